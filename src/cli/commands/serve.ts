import { loadConfig, startServer } from '../../server/index.js';
import { exitCodes, type CliCommand } from '../command.js';

export const serveCommand: CliCommand = {
  name: 'serve',
  summary: 'Serve the web app and API (embedded database unless DATABASE_URL is set)',
  usage: 'ketalog serve',
  run: async (args, io) => {
    if (args.length > 0) {
      io.stderr(`serve takes no arguments; configure it with environment variables (see README).`);
      return exitCodes.badInput;
    }
    const config = loadConfig();
    const server = await startServer(config);
    for (const notice of server.notices) io.stderr(notice);
    return new Promise<number>((resolve) => {
      const stop = (signal: NodeJS.Signals) => {
        io.stdout(`Received ${signal}; closing the database cleanly…`);
        server.close().then(
          () => resolve(exitCodes.ok),
          (error: unknown) => {
            io.stderr(`Could not close cleanly: ${String(error)}`);
            resolve(exitCodes.failure);
          },
        );
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      // Only now: whoever waits for this line may stop the server at once.
      io.stdout(
        `Ketalog is running at ${server.url} (database: ${config.database.kind}). Press Ctrl-C to stop.`,
      );
    });
  },
};
