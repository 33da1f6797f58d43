import type { CliCommand, CliIo } from '../../src/cli/command.js';

/**
 * Runs a CLI command against an in-memory CliIo: output is collected, and only the given
 * files can be read (any other path fails like a missing file).
 */
export async function runWithFakeIo(
  command: CliCommand,
  args: string[],
  files: Record<string, string> = {},
) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readTextFile: (path) =>
      path in files ? Promise.resolve(files[path] ?? '') : Promise.reject(new Error('ENOENT')),
  };
  const code = await command.run(args, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}
