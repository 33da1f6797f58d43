import { backupToFile, loadConfig, restoreFromFile, type Config } from '../../server/index.js';
import { exitCodes, type CliCommand } from '../command.js';

/** backup and restore: one file argument, a sentence with what was copied. */
function fileCommand(command: {
  name: string;
  summary: string;
  example: string;
  act: (config: Config, file: string) => Promise<Record<string, number>>;
  done: (counted: string, file: string) => string;
}): CliCommand {
  return {
    name: command.name,
    summary: command.summary,
    usage: `ketalog ${command.name} <file>`,
    run: async (args, io) => {
      const [file, ...extra] = args;
      if (!file || extra.length > 0) {
        io.stderr(`Name one file, e.g. ketalog ${command.name} ${command.example}`);
        return exitCodes.badInput;
      }
      const counts = await command.act(loadConfig(), file);
      // Empty tables are left out: the person wants to see what the file held.
      const counted = Object.entries(counts)
        .filter(([, count]) => count > 0)
        .map(([table, count]) => `${count} ${table.replaceAll('_', ' ')}`)
        .join(', ');
      io.stdout(command.done(counted, file));
      return exitCodes.ok;
    },
  };
}

export const backupCommand = fileCommand({
  name: 'backup',
  summary: 'Write every account and entry to a new backup file (PostgreSQL: while serving)',
  example: 'ketalog-2026-12-01.json',
  act: backupToFile,
  done: (counted, file) => `Backed up ${counted} to ${file} (readable by you only).`,
});

export const restoreCommand = fileCommand({
  name: 'restore',
  summary: 'Load a backup file into an empty database',
  example: 'ketalog-2026-12-01.json',
  act: restoreFromFile,
  done: (counted, file) => `Restored ${counted} from ${file}. Everyone signs in again.`,
});
