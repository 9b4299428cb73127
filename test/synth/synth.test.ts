import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSynth } from '../../src/cli/synth.js';
import { lookup } from '../../src/kb/index.js';
import { createPipeline } from '../../src/pipeline.js';
import { isErrorRecord } from '../../src/record/schema.js';
import { SqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { LENGTH_BANDS } from '../../src/synth/article.js';
import { DEFAULT_SYNTH_OPTIONS, type SynthItem, SynthCorpus, type SynthOptions } from '../../src/synth/corpus.js';
import { duplicatePlan } from '../../src/synth/duplicates.js';
import { Random } from '../../src/synth/prng.js';
import type { SynthDocument } from '../../src/synth/render.js';
import { parseTemplates } from '../../src/synth/template-book.js';

const OPTIONS: SynthOptions = { ...DEFAULT_SYNTH_OPTIONS, articles: 60, seed: 'test' };

function all(options: SynthOptions): SynthItem[] {
  return [...new SynthCorpus(options).items()];
}

function content(document: SynthDocument): string {
  return document.html ?? document.text ?? '';
}

function words(item: SynthItem): number {
  return item.article.paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'newsgraph-synth-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('Random', () => {
  it('gives the same numbers for the same seed and different ones for another', () => {
    const a = new Random('seed-a');
    const b = new Random('seed-a');
    const c = new Random('seed-b');
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });

  it('keeps int() within its bounds, both included', () => {
    const random = new Random(3);
    const seen = new Set(Array.from({ length: 400 }, () => random.int(2, 5)));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });
});

describe('parseTemplates', () => {
  it('groups templates by section and topic, general ones after the topic’s own', () => {
    const book = parseTemplates('[lead health]\nA health lead.\n[lead *]\nA general lead.\n');
    expect(book.get('lead', 'health')).toEqual(['A health lead.', 'A general lead.']);
    expect(book.get('lead', 'trade')).toEqual(['A general lead.']);
  });

  it('refuses an unknown section', () => {
    expect(() => parseTemplates('[footnote *]\nx\n')).toThrow(/unknown section/);
  });
});

describe('SynthCorpus', () => {
  const items = all(OPTIONS);

  it('is deterministic for a seed, and another seed gives another corpus', () => {
    expect(all(OPTIONS).map((item) => item.document)).toEqual(items.map((item) => item.document));
    const other = all({ ...OPTIONS, seed: 'other' });
    expect(other[0]?.document.title).not.toBe(items[0]?.document.title);
  });

  it('makes any article on its own, without the ones before it (what keeps it streaming)', () => {
    const fresh = new SynthCorpus(OPTIONS);
    for (const index of [59, 17, 0]) expect(fresh.item(index).document).toEqual(items[index]?.document);
  });

  it('writes JSON Lines documents with id, url, title, published and one content field', () => {
    const ids = new Set<string>();
    for (const { document } of items) {
      ids.add(document.id);
      expect(document.url).toMatch(/^https:\/\/[a-z]+\.example\/\d{4}\/\d{2}\//);
      expect(document.published).toMatch(/^(2019|202[0-5])-\d{2}-\d{2}T\d{2}:\d{2}:00[+-]\d{2}:\d{2}$/);
      expect(document.title.length).toBeGreaterThan(10);
      expect((document.html === undefined) !== (document.text === undefined)).toBe(true);
    }
    expect(ids.size).toBe(items.length);
    const html = items.filter((item) => item.document.html !== undefined).length;
    expect(html).toBeGreaterThan(items.length * 0.3);
    expect(html).toBeLessThan(items.length * 0.9);
  });

  it('varies lengths, most articles between 300 and 1,200 words', () => {
    const counts = items.filter((item) => !item.truth).map(words);
    const usual = counts.filter((n) => n >= 300 && n <= 1300).length;
    expect(usual / counts.length).toBeGreaterThan(0.6);
    expect(Math.max(...counts)).toBeGreaterThan(1000);
    const longest = LENGTH_BANDS.at(-1)?.max ?? 0;
    for (const n of counts) expect(n).toBeLessThan(longest + 200);
  });

  it('quotes people with attribution and names places the knowledge base knows', () => {
    const bodies = items.map((item) => item.article.paragraphs.join('\n'));
    const quoted = bodies.filter((body) => /"[^"]+,"\s+(said|[A-Z][a-z]+)/.test(body) || /said: "/.test(body));
    expect(quoted.length / bodies.length).toBeGreaterThan(0.5);
    const corpus = new SynthCorpus(OPTIONS);
    for (const country of corpus.cast.countries.slice(0, 10)) {
      expect(lookup(country.name.replace(/^the /, '')).length).toBeGreaterThan(0);
      for (const city of country.cities.slice(0, 2)) expect(lookup(city).length).toBeGreaterThan(0);
    }
  });

  it('writes dates in the text, absolute and relative', () => {
    const text = items.map((item) => item.article.paragraphs.join(' ')).join(' ');
    expect(text).toMatch(/\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b/);
    expect(text).toMatch(/\b(last week|yesterday|earlier this month|two days ago|last month|three weeks ago)\b/);
    expect(text).toMatch(/\b\d{1,3}(,\d{3})+ (people|households|families|businesses|children)\b/);
  });
});

describe('duplicates', () => {
  const options: SynthOptions = { ...OPTIONS, articles: 80, dupRate: 0.3 };
  const items = all(options);
  const byId = new Map(items.map((item) => [item.document.id, item]));
  const copies = items.filter((item) => item.truth !== null);

  it('copies at about the rate asked, always an earlier original that is no copy itself', () => {
    expect(copies.length).toBeGreaterThan(80 * 0.15);
    expect(copies.length).toBeLessThan(80 * 0.45);
    for (const copy of copies) {
      const original = byId.get(copy.truth?.of ?? '');
      expect(original?.truth).toBeNull();
      expect(original?.article.index).toBeLessThan(copy.article.index);
    }
    expect(duplicatePlan('x', 0, 1)).toBeNull();
  });

  it('makes exact re-posts elsewhere, edited copies, and updates under the same URL', () => {
    const kinds = new Set(copies.map((copy) => copy.truth?.kind));
    expect(kinds).toEqual(new Set(['exact', 'near', 'update']));
    for (const copy of copies) {
      const original = byId.get(copy.truth?.of ?? '');
      if (!original || !copy.truth) continue;
      if (copy.truth.kind === 'exact') {
        expect(copy.article.paragraphs).toEqual(original.article.paragraphs);
        expect(copy.document.url).not.toBe(original.document.url);
      } else if (copy.truth.kind === 'near') {
        expect(copy.article.paragraphs).not.toEqual(original.article.paragraphs);
        expect(copy.document.url).not.toBe(original.document.url);
      } else {
        expect(copy.document.url).toBe(original.document.url);
        expect(copy.document.id).not.toBe(original.document.id);
        expect(copy.article.paragraphs.at(-1)).toMatch(/^(Update|Updated|Correction)/);
      }
    }
  });
});

describe('newsgraph synth', () => {
  it('writes the corpus and its ground truth', () => {
    const out = join(dir, 'corpus.jsonl');
    const truth = join(dir, 'truth.jsonl');
    const code = runSynth({
      articles: 40,
      out,
      truth,
      seed: 'cli',
      dupRate: 0.2,
      htmlShare: 0.5,
      years: { from: 2021, to: 2022 },
      quiet: true,
      progress: false,
    });
    expect(code).toBe(0);
    const lines = readFileSync(out, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(40);
    const documents = lines.map((line) => JSON.parse(line) as SynthDocument);
    for (const document of documents) expect(document.published.slice(0, 4)).toMatch(/^202[12]$/);
    const truthLines = readFileSync(truth, 'utf8').trim().split('\n').filter(Boolean);
    const ids = new Set(documents.map((document) => document.id));
    for (const line of truthLines) {
      const entry = JSON.parse(line) as { id: string; of: string };
      expect(ids.has(entry.id) && ids.has(entry.of)).toBe(true);
    }
  });
});

describe('synthetic documents through the pipeline and the store', () => {
  it('extract cleanly, and the store links the copies the ground truth names', () => {
    const options: SynthOptions = { ...OPTIONS, seed: 'store', articles: 24, dupRate: 0.25 };
    const items = all(options);
    const pipeline = createPipeline();
    const store = new SqliteStore(join(dir, 'store.db'));
    try {
      const lines = items.map((item) =>
        pipeline.process({
          id: item.document.id,
          format: item.document.html !== undefined ? 'html' : 'text',
          content: content(item.document),
          source: { path: 'synth.jsonl', container: { kind: 'jsonl', index: item.article.index }, encoding: null, encodingFrom: null },
          hints: { url: item.document.url, title: item.document.title, published: item.document.published },
          warnings: [],
        }),
      );
      for (const [i, line] of lines.entries()) {
        expect(isErrorRecord(line)).toBe(false);
        if (isErrorRecord(line)) continue;
        expect(line.title).toBe(items[i]?.document.title);
        expect(line.text).toContain(items[i]?.article.paragraphs[0]?.slice(0, 40).replace(/"/g, '“') ?? '');
      }
      const results = store.put(lines);
      for (const [i, item] of items.entries()) {
        const result = results[i];
        if (!item.truth || !result) continue;
        const expected = { exact: 'same-content', near: 'stored', update: 'stored' }[item.truth.kind];
        expect(result.outcome).toBe(expected);
        if (item.truth.kind === 'update') expect(result.duplicateReason).toBe('same-url');
        if (item.truth.kind === 'near') expect(result.duplicateReason).toBe('near-duplicate');
        if (item.truth.kind !== 'exact') expect(result.duplicateOf).toBe(item.truth.of);
      }
    } finally {
      store.close();
    }
  });
});
