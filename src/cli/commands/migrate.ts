import { loadConfig, migrateDatabase } from '../../server/index.js';
import { exitCodes, type CliCommand } from '../command.js';

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Apply pending database migrations and exit',
  usage: 'ketalog migrate',
  run: async (args, io) => {
    if (args.length > 0) {
      io.stderr('migrate takes no arguments.');
      return exitCodes.badInput;
    }
    const applied = await migrateDatabase(loadConfig());
    io.stdout(applied.length ? `Applied: ${applied.join(', ')}` : 'The database is up to date.');
    return exitCodes.ok;
  },
};
