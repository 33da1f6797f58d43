import { readFile } from 'node:fs/promises';
import { AppError } from '../domain/errors.js';
import { ConfigError, packageVersion } from '../server/index.js';
import { exitCodes, type CliCommand, type CliIo } from './command.js';
import { clinicCommand } from './commands/clinic.js';
import { demoCommand } from './commands/demo.js';
import { backupCommand, restoreCommand } from './commands/backup.js';
import { interactionsCommand } from './commands/interactions.js';
import { migrateCommand } from './commands/migrate.js';
import { scoreCommand } from './commands/score.js';
import { serveCommand } from './commands/serve.js';
import { simulateCommand } from './commands/simulate.js';

export const commands: CliCommand[] = [
  serveCommand,
  migrateCommand,
  backupCommand,
  restoreCommand,
  demoCommand,
  clinicCommand,
  scoreCommand,
  interactionsCommand,
  simulateCommand,
];

export function helpText(): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  const lines = commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    `ketalog ${packageVersion} — ketamine use, side-effect and recovery log`,
    '',
    'Usage: ketalog <command> [options]',
    '',
    'Commands:',
    ...lines,
    '',
    'Options: --help (also after a command), --version',
    'Configuration comes from environment variables; see the README.',
  ].join('\n');
}

/** Runs one CLI invocation and returns its exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return name === undefined ? exitCodes.badInput : exitCodes.ok;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(packageVersion);
    return exitCodes.ok;
  }
  const command = commands.find((candidate) => candidate.name === name);
  if (!command) {
    io.stderr(`Unknown command "${name}". Run "ketalog --help" to see the commands.`);
    return exitCodes.badInput;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.summary}\n\nUsage: ${command.usage}`);
    return exitCodes.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof ConfigError) {
      io.stderr(error.message);
      return exitCodes.badInput;
    }
    if (error instanceof AppError) {
      io.stderr(error.message);
      return error.status < 500 ? exitCodes.badInput : exitCodes.failure;
    }
    io.stderr(`ketalog ${name} failed: ${error instanceof Error ? error.message : String(error)}`);
    return exitCodes.failure;
  }
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  readTextFile: (path) => readFile(path, 'utf8'),
};
