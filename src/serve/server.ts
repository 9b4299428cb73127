/**
 * The HTTP JSON API: a fastify instance over a Store. Every route has a schema (validated on the way
 * in, serialized on the way out, and published at /openapi.json); every failure is `{ code, message }`.
 *
 * createServer() only builds the instance: tests drive it with `inject`, `listen()` in listen.ts
 * binds it to a port.
 */
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { type Pipeline, createPipeline } from '../pipeline.js';
import type { Store } from '../store/store.js';
import { VERSION } from '../version.js';
import { checkBinding } from './auth.js';
import type { RouteContext } from './context.js';
import { registerCors } from './cors.js';
import { registerErrorHandling } from './errors.js';
import { registerArticleRoutes } from './routes/articles.js';
import { registerEntityRoutes } from './routes/entities.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerNetworkRoutes } from './routes/network.js';
import { registerOpenApiRoute } from './routes/openapi.js';
import { registerPlaceRoutes } from './routes/places.js';
import { registerQuoteRoutes } from './routes/quotes.js';
import { registerSearchRoutes } from './routes/search.js';
import { registerTimelineRoutes } from './routes/timeline.js';

/** Default request body limit: room for a batch of long pages. */
export const DEFAULT_BODY_LIMIT = 16 * 1024 * 1024;

export type LogLevel = 'requests' | 'errors' | 'none';

const PINO_LEVELS: Readonly<Record<LogLevel, string>> = { requests: 'info', errors: 'error', none: 'silent' };

export interface ServerOptions {
  store: Store;
  /** The pipeline for POST /articles; a fresh one (createPipeline) on the first write when absent. */
  pipeline?: Pipeline;
  /** When set, writes need `Authorization: Bearer <token>`. */
  token?: string;
  /**
   * The host the server will be bound to. Given, it is checked: a host beyond loopback without a
   * token throws a BindingError, so the server never starts with open writes on a network.
   */
  host?: string;
  /** Largest request body in bytes (default 16 MiB); larger ones get 413. */
  bodyLimit?: number;
  /** Allow browser requests from this origin (CORS); off when absent. */
  cors?: string;
  /**
   * What to log, as JSON lines on standard error: every request, only server failures (500s, with
   * their stack), or nothing (the default, for tests).
   */
  log?: LogLevel;
}

export function createServer(options: ServerOptions): FastifyInstance {
  const token = options.token === '' ? undefined : options.token;
  if (options.host !== undefined) checkBinding(options.host, token);
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = Fastify({
    logger: { level: PINO_LEVELS[options.log ?? 'none'], stream: process.stderr },
    bodyLimit,
    ajv: {
      // Unknown parameters are an error that names them, not silently dropped; query values are
      // strings, coerced to the schema's types, and a single value becomes a one-item array.
      customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true },
    },
  });
  // Only JSON bodies: anything else is a 415 rather than a string the schema then rejects.
  app.removeContentTypeParser('text/plain');
  registerErrorHandling(app, bodyLimit);

  let pipeline = options.pipeline;
  const context: RouteContext = {
    store: options.store,
    pipeline: () => (pipeline ??= createPipeline()),
    token,
    bodyLimit,
  };

  void app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'newsgraph',
        version: VERSION,
        description: 'Structured news records: search, read and add articles; ask the corpus about entities, quotes, dates and places. Errors are { code, message }.',
      },
    },
  });
  // Routes go in a plugin registered after swagger, so its route hook sees every one of them.
  void app.register(async (instance) => {
    if (options.cors !== undefined) registerCors(instance, options.cors);
    registerHealthRoutes(instance, context);
    registerOpenApiRoute(instance);
    registerSearchRoutes(instance, context);
    registerArticleRoutes(instance, context);
    registerEntityRoutes(instance, context);
    registerQuoteRoutes(instance, context);
    registerTimelineRoutes(instance, context);
    registerPlaceRoutes(instance, context);
    registerNetworkRoutes(instance, context);
  });
  return app;
}
