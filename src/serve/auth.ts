/**
 * Who may write. Reads are open. Writes (POST /articles) are open on a server bound to the loopback
 * interface only; a server bound anywhere else must be given a token (NEWSGRAPH_TOKEN) and refuses to
 * start without one, and then every write must carry `Authorization: Bearer <token>`. When a token
 * is configured it is required on loopback too: a configured secret is never silently ignored.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { ApiError, HTTP_UNAUTHORIZED } from './errors.js';

/** The environment variable the CLI reads the token from. */
export const TOKEN_ENV = 'NEWSGRAPH_TOKEN';

const LOOPBACK_NAMES: ReadonlySet<string> = new Set(['localhost', '::1', '[::1]', '0:0:0:0:0:0:0:1']);
/** IPv4 loopback is the whole 127.0.0.0/8 block. */
const IPV4_LOOPBACK = /^127(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

/** True when a server bound to this host can only be reached from this machine. */
export function isLoopbackHost(host: string): boolean {
  const name = host.trim().toLowerCase();
  return LOOPBACK_NAMES.has(name) || IPV4_LOOPBACK.test(name) || IPV4_LOOPBACK.test(name.replace(/^::ffff:/, ''));
}

/** Thrown when the server must not start as configured. */
export class BindingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BindingError';
  }
}

/** Refuses a host beyond loopback without a token: writes would be open to the network. */
export function checkBinding(host: string, token: string | undefined): void {
  if (isLoopbackHost(host)) return;
  if (token === undefined || token.length === 0) {
    throw new BindingError(`refusing to listen on ${host} without a token: set ${TOKEN_ENV} in the environment, or bind to 127.0.0.1`);
  }
}

/**
 * Compares in constant time. Hashing both sides first gives equal-length inputs to timingSafeEqual,
 * so not even the token's length leaks through timing.
 */
export function tokensMatch(given: string, expected: string): boolean {
  const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();
  return timingSafeEqual(digest(given), digest(expected));
}

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/** A preHandler for write routes: passes when no token is configured or the request carries it. */
export function requireToken(token: string | undefined): (request: FastifyRequest) => Promise<void> {
  return async (request: FastifyRequest): Promise<void> => {
    if (token === undefined || token.length === 0) return;
    const header = request.headers.authorization;
    const given = header === undefined ? undefined : BEARER.exec(header)?.[1];
    if (given === undefined) throw new ApiError(HTTP_UNAUTHORIZED, 'unauthorized', 'writes need an "Authorization: Bearer <token>" header');
    if (!tokensMatch(given, token)) throw new ApiError(HTTP_UNAUTHORIZED, 'unauthorized', 'the bearer token is not the one this server was started with');
  };
}
