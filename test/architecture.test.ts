import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layers' arrows point one way: domain ← db ← server; web and cli use domain; device
 * (private mode's worker, which runs the server's services in a browser) uses server, db
 * and domain, and the web reaches it only through messages. The web
 * takes the API's request and answer types from the domain's *-api.ts files, never from the
 * server, so it can run against another implementation; cli reaches the server only through
 * src/server/index.ts.
 */
const srcRoot = path.resolve(import.meta.dirname, '../src');
type Layer = 'domain' | 'db' | 'server' | 'web' | 'cli' | 'device';
const allowed: Record<Layer, Layer[]> = {
  domain: ['domain'],
  db: ['domain', 'db'],
  server: ['domain', 'db', 'server'],
  web: ['domain', 'web'],
  cli: ['domain', 'cli'],
  device: ['domain', 'db', 'server', 'device'],
};

function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((entry) => {
    const full = path.join(folder, entry);
    if (statSync(full).isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry) ? [full] : [];
  });
}

type Import = { specifier: string; typeOnly: boolean };
function importsOf(text: string): Import[] {
  const pattern =
    /(?:^|\n)\s*(import|export)\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;
  return [...text.matchAll(pattern)].map((match) => ({
    specifier: match[3] ?? match[4] ?? '',
    typeOnly: Boolean(match[2]),
  }));
}

function layerOf(file: string): Layer | undefined {
  const [first] = path.relative(srcRoot, file).split(path.sep);
  return first && first in allowed ? (first as Layer) : undefined;
}

function findWrongWayImports(files: Array<{ file: string; text: string }>): string[] {
  const problems: string[] = [];
  for (const { file, text } of files) {
    const from = layerOf(file);
    if (!from) continue;
    const isTest = /\.test\.tsx?$/.test(file);
    for (const { specifier } of importsOf(text)) {
      const where = `${path.relative(srcRoot, file)} imports ${specifier}`;
      if (
        from === 'domain' &&
        !isTest &&
        (specifier.startsWith('node:') || ['fs', 'path', 'crypto'].includes(specifier))
      ) {
        problems.push(`${where}: the domain must run in the browser (no Node APIs)`);
      }
      if (!specifier.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), specifier);
      const to = layerOf(target);
      if (!to || allowed[from].includes(to)) continue;
      if (
        from === 'cli' &&
        to === 'server' &&
        path.relative(srcRoot, target) === path.join('server', 'index.js')
      )
        continue;
      if (isTest && to === undefined) continue;
      problems.push(`${where}: ${from} may not depend on ${to}`);
    }
  }
  return problems;
}

/** Modules that exist only in Node: its built-ins and the PostgreSQL driver. */
const isNodeOnly = (specifier: string) =>
  specifier.startsWith('node:') ||
  builtinModules.includes(specifier.split('/')[0] ?? '') ||
  specifier === 'pg' ||
  specifier.startsWith('pg/');

/**
 * Every Node-only module reached from `entry` through its relative imports (type-only ones
 * vanish at build time and are skipped), each named with the file that imports it.
 */
function nodeOnlyImportsFrom(entry: string, read: (file: string) => string): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const { specifier, typeOnly } of importsOf(read(file))) {
      if (typeOnly) continue;
      if (specifier.startsWith('.')) {
        visit(path.resolve(path.dirname(file), specifier).replace(/\.js$/, '.ts'));
      } else if (isNodeOnly(specifier)) {
        problems.push(`${path.relative(srcRoot, file)} imports ${specifier}`);
      }
    }
  };
  visit(entry);
  return problems;
}

describe('layering', () => {
  it('has no import that points the wrong way between src/domain, db, server, web and cli', () => {
    const files = sourceFiles(srcRoot).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    expect(files.length).toBeGreaterThan(20);
    expect(findWrongWayImports(files)).toEqual([]);
  });

  it('notices a wrong-way import when one is written', () => {
    const file = path.join(srcRoot, 'domain', 'example.ts');
    const text =
      "import { openDatabase } from '../db/create-db.js';\nimport { readFile } from 'node:fs';";
    expect(findWrongWayImports([{ file, text }])).toHaveLength(2);
    const web = path.join(srcRoot, 'web', 'example.ts');
    expect(
      findWrongWayImports([
        { file: web, text: "import type { Levels } from '../server/services/levels.js';" },
        { file: web, text: "import { findHelp } from '../server/services/help.js';" },
      ]),
    ).toHaveLength(2);
    expect(
      findWrongWayImports([
        { file: web, text: "import type { Levels } from '../domain/pk/pk-api.js';" },
      ]),
    ).toEqual([]);
  });

  it('keeps the portable database part (PGlite, migrations) free of Node-only imports', () => {
    const portable = path.join(srcRoot, 'db', 'portable-db.ts');
    expect(nodeOnlyImportsFrom(portable, (file) => readFileSync(file, 'utf8'))).toEqual([]);
    // Private mode's worker runs the services in the browser: none of them may reach Node.
    const worker = path.join(srcRoot, 'device', 'private-worker.ts');
    expect(nodeOnlyImportsFrom(worker, (file) => readFileSync(file, 'utf8'))).toEqual([]);
    // A Node-only module reached through another file is found too.
    const files: Record<string, string> = {
      [portable]: "import { lock } from './lock.js';\nimport { Kysely } from 'kysely';",
      [path.join(srcRoot, 'db', 'lock.ts')]: "import { open } from 'node:fs/promises';",
    };
    expect(nodeOnlyImportsFrom(portable, (file) => files[file] ?? '')).toEqual([
      `${path.join('db', 'lock.ts')} imports node:fs/promises`,
    ]);
  });
});

const webRoot = path.join(srcRoot, 'web');
const webClientFolder = path.join(webRoot, 'api');

/** The text without its import specifiers ('../api/client.js' names a folder, not a route). */
const withoutImportSpecifiers = (text: string) =>
  text.replace(/(\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)(['"])[^'"]*\2/gm, '$1');

/**
 * Files of the web app that name an API path. Only the client (src/web/api) may: pages reach
 * Ketalog through its KetalogClient interface, so another implementation can answer them.
 */
function filesNamingApiPaths(files: Array<{ file: string; text: string }>): string[] {
  return files
    .filter(({ file }) => !file.startsWith(webClientFolder + path.sep))
    .filter(({ text }) => withoutImportSpecifiers(text).includes('/api/'))
    .map(({ file }) => path.relative(srcRoot, file));
}

describe('the web data layer', () => {
  it('names API paths only in src/web/api, behind the client interface', () => {
    const files = sourceFiles(webRoot).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    expect(files.length).toBeGreaterThan(20);
    expect(filesNamingApiPaths(files)).toEqual([]);
  });

  it('notices a page that fetches an API path itself', () => {
    const page = path.join(webRoot, 'pages', 'Example.tsx');
    const client = path.join(webClientFolder, 'http-client.ts');
    expect(
      filesNamingApiPaths([
        {
          file: page,
          text: "import { api } from '../api/client.js';\nawait api('GET', '/api/risk');",
        },
        { file: page, text: "import { useRisk } from '../log/log-queries.js';\nuseRisk();" },
        { file: client, text: "api('GET', path('risk')); // '/api/risk'" },
      ]),
    ).toEqual([path.join('web', 'pages', 'Example.tsx')]);
  });
});

/**
 * Zod schemas a module shares are named `Z…Schema`, and no name is the old `z…` form; a
 * file's own field pieces (`score0to10`) may keep plain names.
 */
function misnamedSchemas(files: Array<{ file: string; text: string }>): string[] {
  const problems: string[] = [];
  for (const { file, text } of files) {
    const declarations = text.matchAll(
      /^(export )?const ([A-Za-z0-9_]+)\s*(?::[^=]+)?=\s*(?:z\.|Z[A-Za-z0-9]*Schema\b)/gm,
    );
    for (const [, exported, name = ''] of declarations) {
      const misnamed = exported ? !/^Z[A-Za-z0-9]*Schema$/.test(name) : /^z[A-Z]/.test(name);
      if (misnamed) problems.push(`${path.relative(srcRoot, file)}: ${name}`);
    }
  }
  return problems;
}

describe('zod schema names', () => {
  it('names every shared schema Z…Schema', () => {
    const files = sourceFiles(srcRoot).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
    expect(misnamedSchemas(files)).toEqual([]);
  });

  it('notices a schema named another way', () => {
    const file = path.join(srcRoot, 'domain', 'example.ts');
    expect(
      misnamedSchemas([
        {
          file,
          text: [
            'export const zDoseSchema = z.object({});',
            'export const isoDay = z.iso.date();',
            'const zRow = z.object({});',
            'export const ZDoseSchema = z.object({});',
            'export const ZDosePatchSchema = ZDoseSchema.partial();',
            'const score0to3 = z.number();',
          ].join('\n'),
        },
      ]),
    ).toEqual([
      path.join('domain', 'example.ts: zDoseSchema'),
      path.join('domain', 'example.ts: isoDay'),
      path.join('domain', 'example.ts: zRow'),
    ]);
  });
});
