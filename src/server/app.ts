import { existsSync } from 'node:fs';
import path from 'node:path';
import { constants as zlib } from 'node:zlib';
import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { LogController } from 'fastify';
import type { DestinationStream } from 'pino';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { AppError } from '../domain/errors.js';
import type { DatabaseHandle } from '../db/create-db.js';
import { resolveActor } from './access/request-access.js';
import type { App, RouteSummary } from './app-type.js';
import { databaseRateLimitStore } from './auth/database-rate-limit-store.js';
import { loadServerKey } from './auth/keyed-hash.js';
import { refuseForeignHost, refuseForeignOrigin } from './auth/origin-check.js';
import type { Config } from './config.js';
import { loadContent } from './content/load-content.js';
import { answerClientError, errorBody, handleError } from './http-errors.js';
import { loggerOptions } from './logger.js';
import { packageVersion, projectRoot } from './package-info.js';
import { registerApiDocsRoutes } from './routes/api-docs-routes.js';
import { registerAuthRoutes } from './routes/auth-routes.js';
import { registerCheckInRoutes } from './routes/check-in-routes.js';
import { registerClinicRoutes } from './routes/clinic-routes.js';
import { registerSharingRoutes } from './routes/sharing-routes.js';
import { registerSealedShareRoutes } from './routes/sealed-share-routes.js';
import { registerTreatmentRoutes } from './routes/treatment-routes.js';
import { registerTreatmentScheduleRoutes } from './routes/treatment-schedule-routes.js';
import { registerWithdrawalRoutes } from './routes/withdrawal-routes.js';
import { registerDataRoutes } from './routes/data-routes.js';
import { registerDoseRoutes } from './routes/dose-routes.js';
import { registerQuestionnaireRoutes } from './routes/questionnaire-routes.js';
import { registerRecoveryRoutes } from './routes/recovery-routes.js';
import { registerRiskRoutes } from './routes/risk-routes.js';
import { registerHealthRoutes } from './routes/health-routes.js';
import { registerHelpRoutes } from './routes/help-routes.js';
import { registerLevelsRoutes } from './routes/levels-routes.js';
import { registerFamilyRoutes } from './routes/family-routes.js';
import { registerKbRoutes } from './routes/kb-routes.js';
import { registerPathwayRoutes } from './routes/pathway-routes.js';
import { syncArticleSearch } from './services/kb.js';
import { schedulePurge } from './purge-schedule.js';

export const webRoot = path.join(projectRoot, 'dist', 'web');

/** The whole HTTP app, ready for inject() or listen(); it never listens by itself. */
export async function buildApp({
  config,
  database,
  logStream,
}: {
  config: Config;
  database: DatabaseHandle;
  /** Where the log goes (standard output unless given; tests read it). */
  logStream?: DestinationStream;
}): Promise<App> {
  const app = Fastify({
    logger: loggerOptions(config.logLevel, config.logFormat, logStream),
    // In a terminal a line per request would bury the one line that says where the app is.
    logController: new LogController({ disableRequestLogging: config.logFormat === 'text' }),
    bodyLimit: config.bodyLimitBytes,
    trustProxy: proxyTrust(config.trustProxy),
    // Errors Fastify raises before routing (bad URL, over-long parameter) answer in our shape too.
    frameworkErrors: (error, request, reply) => void handleError(error, request, reply),
    clientErrorHandler: answerClientError,
  }).withTypeProvider<ZodTypeProvider>();

  const serverKey = await loadServerKey(database.db);
  app.decorate('ctx', { db: database.db, config, now: () => new Date(), serverKey, log: app.log });
  // Every route as registered, so tests can check each one (a new route cannot be missed).
  const routeTable: RouteSummary[] = [];
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') routeTable.push({ method, url: route.url });
    }
  });
  app.decorate('routeTable', routeTable);
  app.decorate('databaseKind', database.kind);
  app.decorate('content', await loadContent());
  await syncArticleSearch(app.ctx, app.content.english.articles);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        // Private mode compiles PGlite's WebAssembly; no other eval is allowed.
        scriptSrc: ["'self'", "'wasm-unsafe-eval'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    // The app runs on plain http://localhost by default; HSTS only for an https public URL.
    hsts: config.publicUrl?.protocol === 'https:',
  });
  await app.register(compress, {
    encodings: ['br', 'gzip'],
    // Quality 5 compresses nearly as well as the default 11 at a small part of the CPU cost.
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } },
  });
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    store: databaseRateLimitStore(app.ctx),
    errorResponseBuilder: (_request, context) =>
      new AppError(
        'rate_limited',
        `Too many attempts. Please wait ${context.after} and try again.`,
        undefined,
        {
          reason: 'too-many-attempts',
          params: { count: Math.max(1, Math.ceil(context.ttl / 60_000)) },
        },
      ),
  });
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Ketalog',
        version: packageVersion,
        description: 'Ketamine use, side-effect and recovery log with a risk engine.',
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  app.addHook('onRequest', refuseForeignHost);
  app.addHook('onRequest', refuseForeignOrigin);
  app.decorateRequest('actor', null);
  app.decorateRequest('subjects', null);
  // After validation, so a malformed request costs no session lookup.
  app.addHook('preHandler', resolveActor);
  schedulePurge(app);
  // API answers hold personal data: no browser or proxy may keep a copy.
  app.addHook('onSend', async (request, reply) => {
    if (isApiPath(request.url)) reply.header('cache-control', 'no-store');
  });

  registerHealthRoutes(app);
  registerAuthRoutes(app);
  registerHelpRoutes(app);
  registerKbRoutes(app);
  registerFamilyRoutes(app);
  registerPathwayRoutes(app);
  registerDoseRoutes(app);
  registerCheckInRoutes(app);
  registerQuestionnaireRoutes(app);
  registerRiskRoutes(app);
  registerRecoveryRoutes(app);
  registerDataRoutes(app);
  registerLevelsRoutes(app);
  registerSharingRoutes(app);
  registerSealedShareRoutes(app);
  registerClinicRoutes(app);
  registerTreatmentRoutes(app);
  registerTreatmentScheduleRoutes(app);
  registerWithdrawalRoutes(app);
  registerApiDocsRoutes(app);

  await registerWebApp(app);
  return app;
}

/** A hop count becomes "trust the nearest N hops" (proxy-addr's index 0 is the nearest). */
function proxyTrust(trust: Config['trustProxy']) {
  return typeof trust === 'number' ? (_address: string, hop: number) => hop < trust : trust;
}
/** Vite names every file under assets/ by a hash of its content, so it never changes. */
const hashedAssetsDir = `${path.sep}assets${path.sep}`;
const cacheForever = 'public, max-age=31536000, immutable';
const alwaysRevalidate = 'no-cache';
/** /api, /API/…, /Api?x: anything that looks like the API is answered as the API, never as a page. */
function isApiPath(url: string): boolean {
  return /^\/api(?:[/?]|$)/i.test(url);
}

/** Serves the built single-page app; unknown non-API paths get its index.html. */
async function registerWebApp(app: App) {
  const hasWebBuild = existsSync(path.join(webRoot, 'index.html'));
  if (hasWebBuild) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      index: false,
      cacheControl: false,
      // The build writes .br and .gz copies (scripts/precompress.mjs): sent as they are.
      preCompressed: true,
      setHeaders: (reply, filePath) => {
        const hashed = filePath.slice(webRoot.length).startsWith(hashedAssetsDir);
        reply.header('cache-control', hashed ? cacheForever : alwaysRevalidate);
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      (request.method === 'GET' || request.method === 'HEAD') && !isApiPath(request.url);
    if (wantsPage && hasWebBuild) return reply.type('text/html').sendFile('index.html');
    const notFound = new AppError(
      'not_found',
      `There is nothing at ${request.method} ${request.url.split('?')[0]}.`,
    );
    return reply.status(404).send(errorBody(notFound));
  });
}
