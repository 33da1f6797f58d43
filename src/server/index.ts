/** What the CLI may use of the server layer. */
export { ConfigError, loadConfig, type Config } from './config.js';
export { packageVersion } from './package-info.js';
export { createDemoAccountIn, migrateDatabase, startServer } from './start-server.js';
