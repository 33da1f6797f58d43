import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../domain/errors.js';

const lockFileName = 'ketalog.lock';

/**
 * PGlite is single-process: two processes on one data directory corrupt it. A lock file
 * holding the owner's pid keeps a second process out; a lock left by a dead process is
 * taken over.
 */
export async function acquireDataDirLock(dataDir: string): Promise<() => Promise<void>> {
  const lockPath = path.join(dataDir, lockFileName);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const ownerPid = Number(await readFile(lockPath, 'utf8').catch(() => ''));
      if (ownerPid && ownerPid !== process.pid && isRunning(ownerPid)) {
        throw new AppError(
          'conflict',
          `The data directory ${dataDir} is in use by another Ketalog process (pid ${ownerPid}). ` +
            'Stop that process first, or use its server instead of opening the directory twice.',
        );
      }
      if (ownerPid === process.pid) {
        throw new AppError(
          'conflict',
          `The data directory ${dataDir} is already open in this process.`,
        );
      }
      await rm(lockPath, { force: true });
    }
  }
  throw new AppError('conflict', `Could not lock the data directory ${dataDir}.`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
