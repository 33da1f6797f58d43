#!/usr/bin/env node
// Writes a brotli (.br) and a gzip (.gz) copy beside each compressible file the web build
// made, so the server sends those as they are (@fastify/static's preCompressed) instead of
// compressing on every request: PGlite's 15 MB cost the server seconds of CPU each time.
// Brotli quality 11 for small files; 5 for the large ones (11 takes a minute on PGlite for
// 10 % fewer bytes). Run by scripts/build.mjs.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const webRoot = path.join(root, 'dist', 'web');
const compressible = /\.(js|css|wasm|data|tar|svg|webmanifest)$/;
const smallBytes = 512 * 1024;

const files = ['assets', 'private-db'].flatMap((folder) =>
  readdirSync(path.join(webRoot, folder))
    .filter((name) => compressible.test(name))
    .map((name) => path.join(webRoot, folder, name)),
);
await Promise.all(
  files.map(async (file) => {
    const content = readFileSync(file);
    if (content.length < 1024) return;
    const quality = statSync(file).size < smallBytes ? 11 : 5;
    const [br, gz] = await Promise.all([
      promisify(brotliCompress)(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: quality,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      promisify(gzip)(content, { level: 9 }),
    ]);
    writeFileSync(`${file}.br`, br);
    writeFileSync(`${file}.gz`, gz);
  }),
);
