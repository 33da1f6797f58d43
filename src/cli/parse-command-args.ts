import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliIo } from './command.js';

/**
 * `parseArgs` for a sub-command: on bad arguments it prints the reason and the usage line to
 * stderr and returns undefined, so the command can return the bad-input exit code.
 */
export function parseCommandArgs<T extends ParseArgsConfig>({
  config,
  io,
  usage,
}: {
  config: T;
  io: CliIo;
  usage: string;
}): ReturnType<typeof parseArgs<T>> | undefined {
  try {
    return parseArgs(config);
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}. Usage: ${usage}`);
    return undefined;
  }
}
