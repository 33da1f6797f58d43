#!/usr/bin/env node
// Builds the server/CLI (tsc) and the web app (Vite) into dist/, unless dist/ is already
// newer than every source file. `--force` always builds.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stampPath = path.join(root, 'dist', '.build-stamp');
const inputs = [
  'src',
  'content',
  'package.json',
  'tsconfig.json',
  'tsconfig.build.json',
  'vite.config.ts',
];

function newestModification(target) {
  if (!existsSync(target)) return 0;
  const stats = statSync(target);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const entry of readdirSync(target)) {
    newest = Math.max(newest, newestModification(path.join(target, entry)));
  }
  return newest;
}

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) {
    console.error(`Build step failed: ${command} ${args.join(' ')}`);
    process.exit(result.status ?? 1);
  }
}

const force = process.argv.includes('--force');
const builtAt = existsSync(stampPath) ? statSync(stampPath).mtimeMs : 0;
const sourcesAt = Math.max(...inputs.map((input) => newestModification(path.join(root, input))));
if (force || sourcesAt > builtAt) {
  const bin = (name) => path.join(root, 'node_modules', '.bin', name);
  console.error('Building Ketalog (server and web app)…');
  run(bin('tsc'), ['-p', 'tsconfig.build.json']);
  run(bin('vite'), ['build', '--logLevel', 'warn']);
  run(process.execPath, [path.join(root, 'scripts', 'fresh-private-db.mjs')]);
  run(process.execPath, [path.join(root, 'scripts', 'precompress.mjs')]);
  writeFileSync(stampPath, new Date().toISOString());
}
