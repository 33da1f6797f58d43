#!/usr/bin/env node
// Writes dist/web/private-db/fresh.tar.gz: an empty PGlite data directory with every
// migration applied. Private mode's first open loads it instead of running initdb in the
// browser (about 3 s saved). Run by scripts/build.mjs after the server and web builds.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateToLatest, openPortablePglite } from '../dist/db/portable-db.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'dist', 'web', 'private-db', 'fresh.tar.gz');
const handle = await openPortablePglite({});
try {
  await migrateToLatest(handle.db);
  const dump = await handle.pglite.dumpDataDir('gzip');
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, new Uint8Array(await dump.arrayBuffer()));
} finally {
  await handle.close();
}
