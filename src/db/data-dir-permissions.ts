import { chmod, lstat, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../domain/errors.js';

const ownerOnly = { directory: 0o700, file: 0o600 } as const;

/**
 * The embedded database holds health data, so no other local account may read it: the
 * directory is 0700 and its files 0600. Files PGlite creates later follow the umask set
 * here (it stays for the life of the process, which writes nothing meant to be shared).
 * A looser directory left by an older version is tightened, and the caller is told so.
 * Returns what was changed, as a sentence for the operator, or null.
 */
export async function secureDataDir(dataDir: string): Promise<string | null> {
  process.umask(0o077);
  await mkdir(dataDir, { recursive: true, mode: ownerOnly.directory });
  const root = await lstat(dataDir);
  const uid = process.getuid?.();
  if (uid !== undefined && uid !== 0 && root.uid !== uid) {
    throw new AppError(
      'forbidden',
      `The data directory ${dataDir} belongs to another account (uid ${root.uid}); ` +
        'run Ketalog as that account or give it a directory of its own.',
    );
  }
  const tightened = await tightenDataDir(dataDir);
  return tightened === 0
    ? null
    : `Tightened the permissions of ${tightened} file(s) and folder(s) in ${dataDir} to owner-only ` +
        '(folders 0700, files 0600): other local accounts could read them.';
}

/**
 * Makes every folder 0700 and file 0600 under dataDir; returns how many were looser. PGlite
 * sets the modes of the files it unpacks at initdb itself, so this runs again after it opens.
 */
export async function tightenDataDir(dataDir: string): Promise<number> {
  let tightened = 0;
  const entries = await readdir(dataDir, { recursive: true, withFileTypes: true });
  const paths = [
    { fullPath: dataDir, isDirectory: true },
    ...entries
      .filter((entry) => entry.isDirectory() || entry.isFile())
      .map((entry) => ({
        fullPath: path.join(entry.parentPath, entry.name),
        isDirectory: entry.isDirectory(),
      })),
  ];
  for (const { fullPath, isDirectory } of paths) {
    const { mode } = await lstat(fullPath);
    if ((mode & 0o077) === 0) continue;
    await chmod(fullPath, isDirectory ? ownerOnly.directory : ownerOnly.file);
    tightened += 1;
  }
  return tightened;
}
