/**
 * CORS, off unless an origin is given (`--cors https://app.example`): then responses allow that
 * origin, and preflight requests are answered. A dozen lines, so no plugin for it.
 */
import type { FastifyInstance } from 'fastify';

const HTTP_NO_CONTENT = 204;
const ALLOWED_METHODS = 'GET, POST, OPTIONS';
const ALLOWED_HEADERS = 'Authorization, Content-Type';
/** How long a browser may cache a preflight answer, in seconds. */
const PREFLIGHT_MAX_AGE = 600;

export function registerCors(app: FastifyInstance, origin: string): void {
  app.addHook('onRequest', async (_request, reply) => {
    void reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
  });
  app.options('/*', { schema: { hide: true } }, async (_request, reply) => {
    void reply
      .status(HTTP_NO_CONTENT)
      .header('access-control-allow-methods', ALLOWED_METHODS)
      .header('access-control-allow-headers', ALLOWED_HEADERS)
      .header('access-control-max-age', String(PREFLIGHT_MAX_AGE))
      .send();
  });
}
