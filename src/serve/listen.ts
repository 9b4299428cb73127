/** Binds a server to a host and port, and says where it listens. */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { type ServerOptions, createServer } from './server.js';

export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_PORT = 8080;

export interface ListenOptions extends ServerOptions {
  host: string;
  /** 0 picks a free port. */
  port: number;
}

export interface RunningServer {
  app: FastifyInstance;
  /** http://host:port with the port actually bound (IPv6 hosts in brackets). */
  url: string;
}

export function urlOf(address: AddressInfo): string {
  const host = address.family === 'IPv6' || address.address.includes(':') ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** Builds the server (refusing a host beyond loopback without a token) and starts listening. */
export async function listen(options: ListenOptions): Promise<RunningServer> {
  const app = createServer(options);
  try {
    await app.listen({ host: options.host, port: options.port });
  } catch (error) {
    await app.close();
    throw error;
  }
  const address = app.server.address() as AddressInfo;
  return { app, url: urlOf(address) };
}
