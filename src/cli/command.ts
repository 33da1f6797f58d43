/** What every `ketalog` sub-command is: a name, help text and a run function. */
export type CliIo = {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readTextFile: (path: string) => Promise<string>;
};

export type CliCommand = {
  name: string;
  summary: string;
  usage: string;
  /** Returns the process exit code: 0 ok, 1 failure, 2 bad usage or bad input. */
  run: (args: string[], io: CliIo) => Promise<number>;
};

export const exitCodes = { ok: 0, failure: 1, badInput: 2 } as const;
