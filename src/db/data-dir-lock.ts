import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../domain/errors.js';

const lockFileName = 'ketalog.lock';

/** Data directories this process holds: a lock naming our pid but not listed here is stale. */
const heldHere = new Set<string>();

/** Who holds a lock: the pid plus that process's start time, which a reused pid does not share. */
type LockOwner = { pid: number; startTime: string | null };

/**
 * PGlite is single-process: two processes on one data directory corrupt it. A lock file
 * names the owner by pid and start time and keeps a second live process out. A lock left by
 * `kill -9` is taken over, even when the new process has the same pid (node as PID 1 in a
 * container) or the pid now belongs to another program: the start time then differs.
 */
export async function acquireDataDirLock(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = path.join(dataDir, lockFileName);
  if (heldHere.has(lockPath)) {
    throw new AppError(
      'conflict',
      `The data directory ${dataDir} is already open in this process.`,
    );
  }
  const me: LockOwner = { pid: process.pid, startTime: await processStartTime(process.pid) };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx', 0o600);
      await handle.writeFile(JSON.stringify(me));
      await handle.close();
      heldHere.add(lockPath);
      return async () => {
        heldHere.delete(lockPath);
        await rm(lockPath, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = parseLockOwner(await readFile(lockPath, 'utf8').catch(() => ''));
      if (owner && owner.pid !== process.pid && (await isAlive(owner))) {
        throw new AppError(
          'conflict',
          `The data directory ${dataDir} is in use by another Ketalog process (pid ${owner.pid}). ` +
            'Stop that process first, or use its server instead of opening the directory twice.',
        );
      }
      await rm(lockPath, { force: true });
    }
  }
  throw new AppError('conflict', `Could not lock the data directory ${dataDir}.`);
}

/** Reads both the current form and the bare pid older versions wrote. */
function parseLockOwner(text: string): LockOwner | null {
  if (/^\d+$/.test(text.trim())) return { pid: Number(text), startTime: null };
  try {
    const parsed = JSON.parse(text) as Partial<LockOwner>;
    return typeof parsed.pid === 'number'
      ? {
          pid: parsed.pid,
          startTime: typeof parsed.startTime === 'string' ? parsed.startTime : null,
        }
      : null;
  } catch {
    return null;
  }
}

async function isAlive(owner: LockOwner): Promise<boolean> {
  if (owner.startTime !== null) {
    const startTime = await processStartTime(owner.pid);
    if (startTime !== null || (await processStartTime(process.pid)) !== null) {
      return startTime === owner.startTime;
    }
  }
  // Without /proc (macOS) or for a lock of an older version, the pid is all there is.
  try {
    process.kill(owner.pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * When a process started, in clock ticks since boot (field 22 of /proc/<pid>/stat), with the
 * boot id so a reboot cannot match. Null where /proc is not available.
 */
async function processStartTime(pid: number): Promise<string | null> {
  try {
    const [stat, bootId] = await Promise.all([
      readFile(`/proc/${pid}/stat`, 'utf8'),
      readFile('/proc/sys/kernel/random/boot_id', 'utf8'),
    ]);
    // The command name (field 2) may hold spaces; fields after it are plain numbers.
    const fieldsAfterName = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = fieldsAfterName[19];
    return ticks ? `${bootId.trim()}:${ticks}` : null;
  } catch {
    return null;
  }
}
