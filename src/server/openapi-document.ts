import { migrateToLatest, openDatabase } from '../db/create-db.js';
import { buildApp } from './app.js';
import type { App } from './app-type.js';
import { testConfig } from './config.js';

/** Where the committed copy of the API contract lives, and how to write it anew. */
export const openApiDocumentPath = 'docs/openapi.json';
export const regenerateOpenApiCommand = 'npm run openapi';

/** The OpenAPI document a built app's routes declare, as the text committed in docs/openapi.json. */
export async function openApiDocumentOf(app: App): Promise<string> {
  await app.ready();
  return `${JSON.stringify(app.swagger(), null, 2)}\n`;
}

/**
 * The OpenAPI document the routes declare, from an app of its own. It is
 * built from a throwaway in-memory database, so no data and no server key are involved.
 */
export async function openApiDocumentText(): Promise<string> {
  const config = testConfig();
  const database = await openDatabase(config.database);
  try {
    await migrateToLatest(database.db);
    const app = await buildApp({ config, database });
    try {
      return await openApiDocumentOf(app);
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}
