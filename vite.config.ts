import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { apiPrefix } from './src/web/api/api-prefix.js';

const webRoot = 'src/web';
const publicDir = 'public';
const serviceWorkerFile = 'service-worker.js';
/** Private mode's worker and everything it loads (PGlite): fetched only when it is chosen. */
const privatePrefix = 'assets/private-';

/**
 * Builds the service worker at the site root and writes into it this build's precache list
 * (index.html, the hashed scripts and styles, the public files) and a version made from
 * their contents, so each build installs a fresh cache and the old one is deleted. The API's
 * prefix is written in too: a module the app shares would become a chunk the worker imports,
 * and a classic service worker cannot import. Private mode's files are listed apart: cached
 * when first fetched, so account mode never downloads them.
 */
function serviceWorker(): Plugin {
  return {
    name: 'ketalog-service-worker',
    apply: 'build',
    enforce: 'post',
    buildStart() {
      this.emitFile({
        type: 'chunk',
        id: path.resolve(webRoot, 'offline/service-worker.ts'),
        fileName: serviceWorkerFile,
      });
    },
    generateBundle(_options, bundle) {
      const hash = createHash('sha256');
      const files: string[] = [];
      const onDemand: string[] = [];
      const add = (fileName: string, content: string | Uint8Array) => {
        (fileName.startsWith(privatePrefix) ? onDemand : files).push(`/${fileName}`);
        hash.update(fileName).update(content);
      };
      for (const output of Object.values(bundle)) {
        if (output.fileName === serviceWorkerFile || output.fileName.endsWith('.map')) continue;
        add(output.fileName, output.type === 'chunk' ? output.code : output.source);
      }
      for (const fileName of readdirSync(path.join(webRoot, publicDir))) {
        add(fileName, readFileSync(path.join(webRoot, publicDir, fileName)));
      }
      const worker = bundle[serviceWorkerFile];
      const placeholder = '__KETALOG_PRECACHE__';
      if (worker?.type !== 'chunk' || !worker.code.includes(placeholder)) {
        this.error(`The service worker has no ${placeholder} to fill in.`);
      }
      const precache = {
        version: hash.digest('hex').slice(0, 16),
        files: files.sort(),
        onDemand: onDemand.sort(),
        apiPrefix,
      };
      worker.code = worker.code.replaceAll(placeholder, JSON.stringify(precache));
    },
  };
}

export default defineConfig({
  root: webRoot,
  publicDir,
  plugins: [serviceWorker()],
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // No inline scripts or styles: the Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      onwarn(warning, warn) {
        // React Query marks files "use client" for server components; meaningless in an SPA.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: {
    format: 'es',
    rolldownOptions: {
      output: {
        entryFileNames: `${privatePrefix}[name]-[hash].js`,
        chunkFileNames: `${privatePrefix}[name]-[hash].js`,
        assetFileNames: `${privatePrefix}[name]-[hash][extname]`,
      },
    },
  },
  server: { proxy: { '/api': 'http://localhost:3000' } },
});
