#!/usr/bin/env node
// Writes dist/web/private-db/fresh.tar: an empty PGlite data directory with every migration
// applied, made small (src/device/fresh-data-dir.ts). Private mode's first open loads it
// instead of running initdb in the browser. Run by scripts/build.mjs after the server and web
// builds; the server sends it compressed (scripts/precompress.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareFreshDataDir } from '../dist/device/fresh-data-dir.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'dist', 'web', 'private-db', 'fresh.tar');
const dataDir = await prepareFreshDataDir();
mkdirSync(path.dirname(target), { recursive: true });
writeFileSync(target, new Uint8Array(await dataDir.arrayBuffer()));
