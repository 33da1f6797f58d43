import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const binPath = path.resolve(import.meta.dirname, '../../bin/ketalog.mjs');

export type ServerProcess = {
  url: string;
  child: ChildProcess;
  output: () => string;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
};

/** Runs `ketalog <args>` as a real process, the way a person would. */
export function runKetalog(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [binPath, ...args], {
    env: { ...process.env, KETALOG_LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, exited, output: () => output };
}

/** Starts `ketalog serve` on a free port and waits until it says where it listens. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const { child, exited, output } = runKetalog(['serve'], {
    KETALOG_PORT: '0',
    KETALOG_HOST: '127.0.0.1',
    ...env,
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output()}`)), 60_000);
    const check = () => {
      const match = /running at (http:\/\/\S+)/.exec(output());
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output()}`));
    });
  });
  return {
    url,
    child,
    output,
    stop: async (signal = 'SIGTERM') => {
      child.kill(signal);
      return exited;
    },
  };
}
