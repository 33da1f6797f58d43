import { backupToFile, loadConfig, restoreFromFile } from '../../server/index.js';
import { exitCodes, type CliCommand } from '../command.js';

const describeCounts = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([table, count]) => `${count} ${table.replaceAll('_', ' ')}`)
    .join(', ');

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'Write every account and entry to a new backup file (PostgreSQL: while serving)',
  usage: 'ketalog backup <file>',
  run: async (args, io) => {
    const [file, ...extra] = args;
    if (!file || extra.length > 0) {
      io.stderr('Name one new file to write, e.g. ketalog backup ketalog-2026-12-01.json');
      return exitCodes.badInput;
    }
    const counts = await backupToFile(loadConfig(), file);
    io.stdout(`Backed up ${describeCounts(counts)} to ${file} (readable by you only).`);
    return exitCodes.ok;
  },
};

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'Load a backup file into an empty database',
  usage: 'ketalog restore <file>',
  run: async (args, io) => {
    const [file, ...extra] = args;
    if (!file || extra.length > 0) {
      io.stderr('Name the backup file to restore, e.g. ketalog restore ketalog-2026-12-01.json');
      return exitCodes.badInput;
    }
    const counts = await restoreFromFile(loadConfig(), file);
    io.stdout(`Restored ${describeCounts(counts)} from ${file}. Everyone signs in again.`);
    return exitCodes.ok;
  },
};
