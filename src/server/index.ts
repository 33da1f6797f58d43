/** What the CLI may use of the server layer. */
export { ConfigError, loadConfig, type Config } from './config.js';
export { packageVersion } from './package-info.js';
export {
  createClinicIn,
  createDemoAccountIn,
  migrateDatabase,
  renewJoinCodeIn,
  startServer,
} from './start-server.js';
export { backupToFile, restoreFromFile } from './backup.js';
