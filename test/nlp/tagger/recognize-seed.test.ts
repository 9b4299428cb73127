import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../../src/kb/paths.js';
import { type EntityMention, recognizeEntities } from '../../../src/nlp/tagger/index.js';

/**
 * The canonical seed article (a plain-text scrape), body paragraphs only: the headline, the photo
 * captions and credits, and the author's biography after "More from us" are left out.
 */
function seedBody(): string | null {
  const candidates = [join(packageRoot(), '..', 'shared', 'seeds', '000_19dde15206abf679.txt')];
  for (const path of candidates) {
    try {
      const full = readFileSync(path, 'utf8');
      const article = full.slice(0, full.indexOf('More from us'));
      return article
        .split('\n')
        .slice(1)
        .filter((line) => !line.includes('Photo Credit') && !/^(View of|Aerial view|Dmitry Medvedev walking)/.test(line))
        .join('\n');
    } catch {
      // try the next location
    }
  }
  return null;
}

const body = seedBody();
const mentions: EntityMention[] = body === null ? [] : recognizeEntities(body);
const typeOf = (name: string): Set<string> => new Set(mentions.filter((m) => m.text === name).map((m) => m.type));

describe.skipIf(body === null)('recognizeEntities on the seed article', () => {
  it('finds the places', () => {
    for (const place of ['Russia', 'Japan', 'China', 'United States', 'Hokkaido', 'Kuril Islands', 'Kunashiri', 'Etorofu', 'Shikotan', 'Habomai Islands', 'Hiroshima', 'Nagasaki']) {
      expect(typeOf(place), place).toContain('LOC');
    }
    expect(typeOf('Northern Territories')).toContain('LOC');
  });

  it('types the armed forces, with their ordinals, as organizations', () => {
    expect(typeOf('5th Area Army')).toEqual(new Set(['ORG']));
    expect(typeOf('2nd Far East Front')).toEqual(new Set(['ORG']));
  });

  it('finds the organizations', () => {
    for (const org of ['Security Council', 'Kremlin', 'Red Army', 'Soviet Pacific Fleet', 'Imperial Japanese Army', 'IJA']) {
      expect(typeOf(org), org).toEqual(new Set(['ORG']));
    }
  });

  it('finds the people and types "Japanese" as MISC', () => {
    const people = mentions.filter((m) => m.type === 'PER').map((m) => m.text);
    expect(people.filter((p) => p.endsWith('Medvedev')).length).toBeGreaterThanOrEqual(3);
    expect(people).toContain('Vladimir Putin');
    expect(people).toContain('Fumio Kishida');
    expect(typeOf('Japanese')).toEqual(new Set(['MISC']));
  });

  it('offsets point at the mention text with a confidence in (0, 1]', () => {
    for (const m of mentions) {
      expect(body?.slice(m.start, m.end)).toBe(m.text);
      expect(m.confidence).toBeGreaterThan(0);
      expect(m.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('tags nobody but Medvedev, Putin and Kishida as a person', () => {
    const people = mentions.filter((m) => m.type === 'PER').map((m) => m.text);
    for (const person of people) expect(person).toMatch(/Medvedev|Putin|Kishida/);
  });
});
