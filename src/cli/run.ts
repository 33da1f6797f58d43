import { processIo, runCli } from './main.js';

// Exit explicitly: a finished command must not linger on an idle database pool.
process.exit(await runCli(process.argv.slice(2), processIo));
