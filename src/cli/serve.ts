/**
 * `newsgraph serve`: the HTTP JSON API over the corpus database (see docs/api.md). Bound to
 * 127.0.0.1 by default; binding beyond loopback needs NEWSGRAPH_TOKEN, which writes must then carry.
 * Runs until SIGINT or SIGTERM, then stops taking requests, finishes those in flight and closes the
 * database.
 */
import { type Command, InvalidArgumentError } from 'commander';
import { BindingError, TOKEN_ENV } from '../serve/auth.js';
import { DEFAULT_HOST, DEFAULT_PORT, type ListenOptions, type RunningServer, listen } from '../serve/listen.js';
import { DEFAULT_BODY_LIMIT } from '../serve/server.js';
import { SqliteStore } from '../store/sqlite/sqlite-store.js';
import { EXIT_OK, UsageError } from './exit-codes.js';
import { DEFAULT_DB } from './ingest.js';
import { parsePositiveInteger } from './option-parsers.js';

const MAX_PORT = 65535;

const HELP = `
Routes: GET /health, /openapi.json, /search, /articles/:id, /stats, /entities?q=, /entities/:id,
/quotes, /timeline, /places (GeoJSON), /network; POST /articles (documents in, stored records out).
Errors are JSON: { "code", "message" }. See docs/api.md.

Writes need no token on 127.0.0.1, ::1 or localhost. On any other host the server refuses to start
unless ${TOKEN_ENV} is set, and writes must send "Authorization: Bearer <token>" (when ${TOKEN_ENV}
is set, on loopback too).

Examples:
  newsgraph serve --db corpus.db
  curl 'http://127.0.0.1:8080/search?q=cyclone&limit=5'
  ${TOKEN_ENV}=s3cret newsgraph serve --db corpus.db --host 0.0.0.0 --port 9000`;

interface ServeOptions {
  db: string;
  host: string;
  port: number;
  cors?: string;
  bodyLimit: number;
  log?: boolean;
}

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > MAX_PORT) throw new InvalidArgumentError(`expected a port from 0 to ${MAX_PORT} (0 picks a free one).`);
  return n;
}

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('Serve the corpus database as an HTTP JSON API (OpenAPI at /openapi.json).')
    .option('--db <file>', 'the SQLite database (created when missing)', DEFAULT_DB)
    .option('--host <host>', 'the interface to listen on', DEFAULT_HOST)
    .option('--port <n>', 'the port to listen on (0: any free port)', parsePort, DEFAULT_PORT)
    .option('--cors <origin>', 'allow browser requests from this origin')
    .option('--body-limit <bytes>', 'largest request body accepted', parsePositiveInteger, DEFAULT_BODY_LIMIT)
    .option('--log', 'log every request as a JSON line on standard error (failures are always logged)')
    .addHelpText('after', HELP)
    .action(async (options: ServeOptions) => {
      process.exitCode = await runServe(options);
    });
}

/** Resolves once a signal asks the process to stop. */
function stopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      resolve(signal);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
  });
}

async function listenOrRefuse(options: ListenOptions): Promise<RunningServer> {
  try {
    return await listen(options);
  } catch (error) {
    if (error instanceof BindingError) throw new UsageError(error.message);
    throw error;
  }
}

export async function runServe(options: ServeOptions): Promise<number> {
  const token = process.env[TOKEN_ENV] || undefined;
  const store = new SqliteStore(options.db);
  try {
    const { host, port, cors, bodyLimit } = options;
    const running = await listenOrRefuse({ store, host, port, token, cors, bodyLimit, log: options.log ? 'requests' : 'errors' });
    const stopped = stopSignal();
    const writes = token === undefined ? 'writes open (loopback only)' : 'writes need the bearer token';
    process.stdout.write(`newsgraph serve: ${running.url} (database ${options.db}; ${writes}; API description at ${running.url}/openapi.json)\n`);
    const signal = await stopped;
    process.stderr.write(`newsgraph serve: ${signal}, shutting down\n`);
    await running.app.close();
    return EXIT_OK;
  } finally {
    store.close();
  }
}
