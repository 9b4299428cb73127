/**
 * Documents written for the API tests (invented, like samples/), and a server over a real SQLite
 * file in a temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { type ServerOptions, createServer } from '../../src/serve/server.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';

export const FERRY_PAGE = `<!doctype html>
<html lang="en"><head>
<title>Inter-island ferry returns to Kadavu route after repairs | Coral Coast Times</title>
<meta property="og:site_name" content="Coral Coast Times">
<meta property="article:published_time" content="2025-03-04T08:30:00+12:00">
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<article>
<h1>Inter-island ferry returns to Kadavu route after repairs</h1>
<p class="byline">By Mereani Tuivaga</p>
<p>The passenger ferry Vatulele Star sailed from Suva to Kadavu on Monday for the first time since January, after six weeks in dry dock to replace a cracked propeller shaft.</p>
<p>About 140 passengers and two trucks of building supplies were on board. "We know families on the island waited a long time for this boat, and we are sorry it took so long," the operator's general manager, Sakiusa Ravai, said at the wharf.</p>
<p>The maritime authority inspected the vessel on Friday and cleared it to carry up to 300 people. Sailings will run on Mondays and Thursdays until a second ship joins the route in May.</p>
</article>
<footer>Copyright Coral Coast Times</footer>
</body></html>`;

export const RUGBY_BODY = [
  'Nadroga beat Tailevu Naitasiri 27-19 at Lawaqa Park on Saturday to reach the final of the provincial rugby cup for the first time in nine years.',
  'The home side trailed by seven points at half-time but scored three tries in the second half, two of them from turnovers near their own line.',
  '"The boys never stopped believing, even when the wind was against us," said coach Alifereti Naiova after the match. The final will be played in Suva on 22 March.',
].join('\n\n');

export const MARKET_SCRAPE = [
  'Home | Business | Markets',
  '',
  'Kava prices climb as dry spell cuts harvest',
  '',
  'LABASA, 11 February 2025 - Growers in Vanua Levu are getting up to $95 a kilogram for dried kava root, about a third more than a year ago, as a long dry spell has cut the harvest.',
  '',
  'Traders at the Labasa market said supply had fallen since November and that buyers from Suva were paying in advance to secure stock. One farmer said he had sold his whole crop before it was dug.',
  '',
  'The agriculture ministry said it would hand out drought-tolerant planting material to 400 farms before the next season begins.',
  '',
  'Share this story: Facebook | Twitter',
].join('\n');

export const FERRY = { id: 'ferry-kadavu', url: 'https://coralcoasttimes.example/news/2025/03/ferry-kadavu', html: FERRY_PAGE };
export const RUGBY = { id: 'rugby-semi', url: 'https://islandsport.example/rugby/nadroga-final', body: RUGBY_BODY, title: 'Nadroga into cup final after second-half comeback', published: '2025-03-08' };
export const MARKET = { id: 'kava-prices', url: 'https://northernherald.example/business/kava-prices', text: MARKET_SCRAPE, published: '2025-02-11' };

export interface TestServer {
  app: FastifyInstance;
  store: SqliteStore;
  path: string;
  close(): Promise<void>;
}

/** A server over a fresh database in a temporary folder. */
export function openTestServer(options: Omit<ServerOptions, 'store'> = {}): TestServer {
  const dir = mkdtempSync(join(tmpdir(), 'newsgraph-serve-'));
  const path = join(dir, 'corpus.db');
  const store = new SqliteStore(path);
  const app = createServer({ ...options, store });
  return {
    app,
    store,
    path,
    async close() {
      await app.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Asserts the error shape every failure has, and returns it. */
export function errorBody(body: string): { code: string; message: string } {
  const parsed = JSON.parse(body) as Record<string, unknown>;
  if (typeof parsed['code'] !== 'string' || typeof parsed['message'] !== 'string' || Object.keys(parsed).length !== 2) {
    throw new Error(`not an error body: ${body}`);
  }
  return parsed as { code: string; message: string };
}
