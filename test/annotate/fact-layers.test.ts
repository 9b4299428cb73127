/**
 * Every fact of every kind, in records that go the whole way through the default pipeline, names a
 * layer that exists in its record, and its offsets (and those of the phrases nested in it) slice
 * that layer's string to exactly the text it reports.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { layerText } from '../../src/annotate/layers.js';
import type { Document } from '../../src/input/document.js';
import { createPipeline } from '../../src/pipeline.js';
import { type ArticleRecord, RecordSchema, isErrorRecord } from '../../src/record/schema.js';

const SEED = fileURLToPath(new URL('../../../shared/seeds/000_19dde15206abf679.txt', import.meta.url));
const FIXTURES = new URL('../fixtures/', import.meta.url);

/** A page written for this test: a dated headline, a body with quotes and counts, two captions. */
const FLOOD_PAGE = `<!doctype html>
<html lang="en"><head><title>Rewa floods: 1,200 families moved as river peaks on Sunday | Delta Courier</title>
<meta property="og:site_name" content="Delta Courier"></head>
<body><article>
<h1>Rewa floods: 1,200 families moved as river peaks on Sunday</h1>
<p>NAUSORI — About 1,200 families were moved to evacuation centres on Saturday as the Rewa River rose
to its highest level since January 2012, the disaster office said.</p>
<p>“We have never seen the water come up this fast,” said Mere Tuilagi, who runs a shop on the main road.
She said at least 40 houses in her village were flooded by the morning.</p>
<p>The office expects the river to peak on Sunday and asked people in low-lying areas to stay away
from the banks until Tuesday. Schools will stay closed for three days.</p>
<figure><img src="/img/rewa-bridge.jpg" alt="The Rewa bridge">
<figcaption>The Rewa bridge at dawn on Saturday, with about 300 people waiting to cross.</figcaption></figure>
<figure><img src="/img/rewa-2012.jpg" alt="Flooded houses">
<figcaption>Houses under water in the same district in January 2012.</figcaption></figure>
</article></body></html>`;

function document(id: string, format: Document['format'], content: string, published?: string): Document {
  return {
    id,
    format,
    content,
    source: { path: `${id}.${format}`, container: { kind: 'file', index: null }, encoding: null, encodingFrom: null },
    hints: published === undefined ? {} : { published },
    warnings: [],
  };
}

function record(doc: Document): ArticleRecord {
  const line = createPipeline().process(doc);
  if (isErrorRecord(line)) throw new Error(line.error.message);
  return line;
}

interface Piece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Every fact with its layer and the pieces (its own span and nested phrases) that index it. */
function factsOf(r: ArticleRecord): { kind: string; layer: string; pieces: Piece[] }[] {
  const present = (p: Piece | null | undefined): p is Piece => p !== null && p !== undefined;
  return [
    ...r.dates.map((d) => ({ kind: 'dates', layer: d.layer, pieces: [d] })),
    ...r.amounts.map((a) => ({ kind: 'amounts', layer: a.layer, pieces: [a, a.object, a.countCue].filter(present) })),
    ...r.quotes.map((q) => ({ kind: 'quotes', layer: q.layer, pieces: [q, q.speaker?.mention, q.verb, q.channel, q.date].filter(present) })),
    ...r.terms.map((t) => ({ kind: 'terms', layer: t.layer, pieces: [t] })),
  ];
}

const records: { name: string; make: () => ArticleRecord }[] = [
  { name: 'a page written for this test', make: () => record(document('flood', 'html', FLOOD_PAGE, '2024-03-10')) },
  { name: 'the news-jsonld fixture', make: () => record(document('canal', 'html', readFileSync(new URL('pages/news-jsonld/source.html', FIXTURES), 'utf8'))) },
  { name: 'the text-scrape fixture', make: () => record(document('vilnius', 'text', readFileSync(new URL('pages/text-scrape/source.txt', FIXTURES), 'utf8'))) },
  ...(existsSync(SEED) ? [{ name: 'the seed article', make: () => record(document('seed', 'text', readFileSync(SEED, 'utf8'), '2024-01-31')) }] : []),
];

describe('fact layers', () => {
  for (const { name, make } of records) {
    it(`every fact of ${name} slices its own layer to its text`, () => {
      const r = make();
      expect(RecordSchema.safeParse(r).success).toBe(true);
      const facts = factsOf(r);
      expect(facts.length).toBeGreaterThan(0);
      for (const fact of facts) {
        const layer = layerText(r, fact.layer);
        expect(layer, `${fact.kind} layer "${fact.layer}"`).not.toBeNull();
        for (const piece of fact.pieces) expect(layer?.slice(piece.start, piece.end), `${fact.kind} in ${fact.layer}`).toBe(piece.text);
      }
    });
  }

  it('finds the dates and amounts of the title and the captions, body first', () => {
    const r = record(document('flood', 'html', FLOOD_PAGE, '2024-03-10'));
    const outside = (facts: readonly { layer: string; text: string }[]) => facts.filter((f) => f.layer !== 'text').map((f) => [f.layer, f.text]);
    expect(outside(r.dates)).toEqual([
      ['title', 'Sunday'],
      ['media/0/caption', 'Saturday'],
      ['media/1/caption', 'January 2012'],
    ]);
    expect(outside(r.amounts)).toEqual([
      ['title', '1,200'],
      ['media/0/caption', 'about 300'],
    ]);
    const layers = r.dates.map((d) => d.layer);
    expect(layers.lastIndexOf('text')).toBeLessThan(layers.indexOf('title'));
    expect([...r.quotes, ...r.terms].every((f) => f.layer === 'text')).toBe(true);
  });
});
