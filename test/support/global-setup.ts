import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { migrateToLatest, openDatabase } from '../../src/db/create-db.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresTemplate: { adminUrl: string; templateName: string } | null;
  }
}

/**
 * Migrates one database per run and hands its copy to every test file: initdb and the
 * migrations are slow, cloning is fast (a PGlite dump, or a PostgreSQL TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const kind = project.config.env?.KETALOG_TEST_DB ?? 'pglite';
  const folder = await mkdtemp(path.join(tmpdir(), 'ketalog-test-'));
  const cleanups: Array<() => Promise<unknown>> = [
    () => rm(folder, { recursive: true, force: true }),
  ];

  const pglite = await openDatabase({ kind: 'pglite', dataDir: null });
  await migrateToLatest(pglite.db);
  const dump = await pglite.pglite!.dumpDataDir('none');
  const templatePath = path.join(folder, 'template.tar');
  await writeFile(templatePath, Buffer.from(await dump.arrayBuffer()));
  await pglite.close();
  project.provide('pgliteTemplatePath', templatePath);

  project.provide('postgresTemplate', null);
  if (kind === 'postgres') {
    const adminUrl = process.env.TEST_DATABASE_URL;
    if (!adminUrl) throw new Error('TEST_DATABASE_URL is needed for the PostgreSQL suite');
    const templateName = `ketalog_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`drop database if exists ${templateName}`);
    await admin.query(`create database ${templateName}`);
    await admin.end();
    const template = await openDatabase({
      kind: 'postgres',
      url: withDatabase(adminUrl, templateName),
    });
    await migrateToLatest(template.db);
    await template.close();
    project.provide('postgresTemplate', { adminUrl, templateName });
    cleanups.push(() => dropDatabases(adminUrl, templateName));
  }

  return async () => {
    for (const cleanup of cleanups) await cleanup();
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Drops the template and every per-file copy made from it in this run. */
async function dropDatabases(adminUrl: string, templateName: string) {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const { rows } = await admin.query<{ datname: string }>(
    `select datname from pg_database where datname = $1 or datname like $2`,
    [templateName, `${templateName}_copy_%`],
  );
  for (const { datname } of rows)
    await admin.query(`drop database if exists "${datname}" with (force)`);
  await admin.end();
}
