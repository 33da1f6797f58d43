import { createDemoAccountIn, loadConfig } from '../../server/index.js';
import { exitCodes, type CliCommand } from '../command.js';

export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'Create a demo account with three months of example history and say how to sign in',
  usage:
    'ketalog demo   (uses the same database settings as serve; run it while the app is stopped)',
  run: async (args, io) => {
    if (args.length > 0) {
      io.stderr('demo takes no arguments; it uses the same settings as serve (see README).');
      return exitCodes.badInput;
    }
    const config = loadConfig();
    const demo = await createDemoAccountIn(config);
    const host = config.host === '0.0.0.0' ? 'localhost' : config.host;
    io.stdout(
      [
        `Demo account ready: ${demo.counts.doses} doses, ${demo.counts.checkIns} check-ins, ${demo.counts.phq9} PHQ-9 results and a plan, over the last three months.`,
        `Start the app (npm start), open http://${host}:${config.port}/sign-in and sign in with`,
        `  email:    ${demo.email}`,
        `  password: ${demo.password}`,
        'Running the demo again replaces the demo account (and only it) with a new password.',
      ].join('\n'),
    );
    return exitCodes.ok;
  },
};
