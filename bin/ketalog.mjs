#!/usr/bin/env node
// The `ketalog` command: builds on first use (or after a source change), then runs.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const build = spawnSync(
  process.execPath,
  [fileURLToPath(new URL('../scripts/build.mjs', import.meta.url))],
  {
    // Build output goes to stderr so that stdout stays clean for --json.
    stdio: ['ignore', 2, 2],
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);
await import('../dist/cli/run.js');
