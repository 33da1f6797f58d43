import { defineConfig } from 'vitest/config';

const integrationFiles = ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'];
const postgresUrl = process.env.TEST_DATABASE_URL;

export default defineConfig({
  test: {
    reporters: ['default', './test/support/plain-summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: integrationFiles,
          // Pure functions with no module state, mocks or globals: one worker's module cache
          // serves every file instead of a fresh import per file.
          isolate: false,
          setupFiles: ['test/support/fast-check-seed.ts'],
        },
      },
      {
        test: {
          name: 'int-pglite',
          include: integrationFiles,
          exclude: ['**/*.postgres.int.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          env: { KETALOG_TEST_DB: 'pglite' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      ...(postgresUrl
        ? [
            {
              test: {
                name: 'int-postgres',
                include: integrationFiles,
                exclude: ['**/*.pglite.int.test.ts'],
                globalSetup: ['test/support/global-setup.ts'],
                env: { KETALOG_TEST_DB: 'postgres' },
                testTimeout: 30_000,
                hookTimeout: 60_000,
              },
            },
          ]
        : []),
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.spec.ts'],
          // After the other suites: on two cores a busy CPU would make the browser time out.
          sequence: { groupOrder: 1 },
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
