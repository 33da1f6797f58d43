import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireDataDirLock } from './data-dir-lock.js';

let dataDir: string;
let lockPath: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'ketalog-lock-'));
  lockPath = path.join(dataDir, 'ketalog.lock');
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const bootId = async () => (await readFile('/proc/sys/kernel/random/boot_id', 'utf8')).trim();

describe('the data directory lock', () => {
  it('takes over a lock left by an earlier process that had this same pid (PID 1 in a container)', async () => {
    await writeFile(
      lockPath,
      JSON.stringify({ pid: process.pid, startTime: `${await bootId()}:1` }),
    );
    const release = await acquireDataDirLock(dataDir);
    expect(JSON.parse(await readFile(lockPath, 'utf8')).pid).toBe(process.pid);
    await release();
  });

  it('takes over a lock whose pid now belongs to another, live program', async () => {
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await writeFile(
        lockPath,
        JSON.stringify({ pid: other.pid, startTime: `${await bootId()}:1` }),
      );
      const release = await acquireDataDirLock(dataDir);
      await release();
    } finally {
      other.kill('SIGKILL');
    }
  });

  it('refuses while the live process named in the lock holds it, and a second open in one process', async () => {
    const release = await acquireDataDirLock(dataDir);
    await expect(acquireDataDirLock(dataDir)).rejects.toThrow(/already open in this process/);
    const lockText = await readFile(lockPath, 'utf8');
    await release();

    // The same lock, held by a real second process (a child that keeps running).
    const holder = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], {
      stdio: 'ignore',
    });
    try {
      const holderStat = await readFile(`/proc/${holder.pid}/stat`, 'utf8');
      const ticks = holderStat.slice(holderStat.lastIndexOf(')') + 2).split(' ')[19];
      const ownerBoot = (JSON.parse(lockText) as { startTime: string }).startTime.split(':')[0];
      await writeFile(
        lockPath,
        JSON.stringify({ pid: holder.pid, startTime: `${ownerBoot}:${ticks}` }),
      );
      await expect(acquireDataDirLock(dataDir)).rejects.toThrow(
        new RegExp(`in use by another Ketalog process \\(pid ${holder.pid}\\)`),
      );
    } finally {
      holder.kill('SIGKILL');
    }
  });
});
