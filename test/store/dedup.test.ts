import { describe, expect, it } from 'vitest';
import { contentHash, fingerprintText } from '../../src/store/dedup/fingerprint.js';
import { BAND_COUNT, SIGNATURE_LENGTH, bandKeys, estimateJaccard } from '../../src/store/dedup/minhash.js';
import { MAX_CANDIDATES, countSharedBands, strongestCandidates } from '../../src/store/dedup/candidates.js';
import { isNearDuplicate, similarity } from '../../src/store/dedup/near-duplicate.js';
import { SHINGLE_WORDS, shingleHashes, tokenize } from '../../src/store/dedup/shingles.js';
import { HARBOUR_STORY, SCHOOL_STORY, VOLCANO_STORY } from './articles.js';

function trueJaccard(a: Set<number>, b: Set<number>): number {
  let shared = 0;
  for (const x of a) if (b.has(x)) shared++;
  return shared / (a.size + b.size - shared);
}

describe('shingles', () => {
  it('ignores case and punctuation but not word order', () => {
    expect(tokenize('The port, at LAUTOKA!')).toEqual(['the', 'port', 'at', 'lautoka']);
    expect(shingleHashes('Workers walked off the job today.')).toEqual(shingleHashes('workers  walked off THE job, today'));
    expect(shingleHashes('workers walked off the job today')).not.toEqual(shingleHashes('the job today workers walked off'));
  });

  it('makes one shingle per window of words, and one for a text shorter than a window', () => {
    const words = HARBOUR_STORY.split(/\s+/).slice(0, 40).join(' ');
    expect(shingleHashes(words).size).toBe(tokenize(words).length - SHINGLE_WORDS + 1);
    expect(shingleHashes('Three short words').size).toBe(1);
  });

  it('treats each Japanese character as a token', () => {
    expect(tokenize('首脳会談を発表')).toHaveLength(7);
  });
});

describe('minhash', () => {
  it('estimates Jaccard similarity within a few points', () => {
    const original = shingleHashes(HARBOUR_STORY + '\n\n' + VOLCANO_STORY);
    const trimmed = shingleHashes(HARBOUR_STORY);
    const estimate = estimateJaccard(fingerprintText(HARBOUR_STORY + '\n\n' + VOLCANO_STORY).signature, fingerprintText(HARBOUR_STORY).signature);
    expect(Math.abs(estimate - trueJaccard(original, trimmed))).toBeLessThan(0.12);
  });

  it('gives one key per band, equal for equal texts', () => {
    const a = fingerprintText(SCHOOL_STORY).signature;
    expect(a).toHaveLength(SIGNATURE_LENGTH);
    expect(bandKeys(a)).toHaveLength(BAND_COUNT);
    expect(bandKeys(a)).toEqual(bandKeys(fingerprintText(SCHOOL_STORY).signature));
  });
});

describe('near-duplicates', () => {
  const harbour = fingerprintText(HARBOUR_STORY);

  it('links a copy with a reworded sentence and a new byline', () => {
    const edited = 'By Staff Reporter\n\n' + HARBOUR_STORY.replace('remained ready to return to the table', 'was willing to resume negotiations soon');
    expect(isNearDuplicate(harbour, fingerprintText(edited))).toBe(true);
  });

  it('links a wire copy trimmed to its first paragraphs, by containment', () => {
    const trimmed = HARBOUR_STORY.split('\n\n').slice(0, 2).join('\n\n');
    const s = similarity(harbour, fingerprintText(trimmed));
    expect(s.containment).toBeGreaterThan(0.9);
    expect(isNearDuplicate(harbour, fingerprintText(trimmed))).toBe(true);
  });

  it('links an updated version with a paragraph added', () => {
    const updated = HARBOUR_STORY + '\n\nLate on Thursday the two sides agreed to meet again on Saturday with a mediator from the labour ministry.';
    expect(isNearDuplicate(harbour, fingerprintText(updated))).toBe(true);
  });

  it('does not link different stories, nor one that borrows a single paragraph', () => {
    expect(isNearDuplicate(harbour, fingerprintText(VOLCANO_STORY))).toBe(false);
    const borrowing = VOLCANO_STORY + '\n\n' + SCHOOL_STORY + '\n\n' + (HARBOUR_STORY.split('\n\n')[3] ?? '');
    expect(isNearDuplicate(harbour, fingerprintText(borrowing))).toBe(false);
  });

  it('never judges texts too short to compare', () => {
    const stub = fingerprintText('Dock workers strike at Lautoka wharf.');
    expect(isNearDuplicate(stub, fingerprintText('Dock workers strike at Lautoka wharf.'))).toBe(false);
  });

  it('hashes content by its words only', () => {
    expect(contentHash(HARBOUR_STORY)).toBe(contentHash(HARBOUR_STORY.replace(/\n\n/g, '\n').toUpperCase()));
    expect(contentHash(HARBOUR_STORY)).not.toBe(contentHash(HARBOUR_STORY.replace('Thursday', 'Friday')));
  });
});

describe('candidates from shared bands', () => {
  it('counts each stored article once per band it shares', () => {
    const shared = countSharedBands([[3, 9], [9], [], [9, 12]]);
    expect(Object.fromEntries(shared)).toEqual({ 3: 1, 9: 3, 12: 1 });
  });

  it('compares every candidate while there are few', () => {
    const shared = new Map([[1, 1], [2, 4], [3, 1]]);
    expect(strongestCandidates(shared, 5).sort()).toEqual([1, 2, 3]);
  });

  it('keeps a true copy among thousands of chance meetings, and compares no more than the limit', () => {
    // 5,000 stored articles each share one band with the new text by chance; article 1234 is the copy.
    const bands: number[][] = Array.from({ length: BAND_COUNT }, () => []);
    for (let key = 1; key <= 5000; key++) bands[key % BAND_COUNT]?.push(key);
    for (const band of [0, 7, 19, 30, 41]) bands[band]?.push(1234);
    const chosen = strongestCandidates(countSharedBands(bands));
    expect(chosen).toHaveLength(MAX_CANDIDATES);
    expect(chosen[0]).toBe(1234);
    // Among equals the newest come first: wire copies of one story arrive close together.
    expect(chosen[1]).toBe(5000);
  });

  it('finds the copy of a real text through its band keys', () => {
    const original = bandKeys(fingerprintText(HARBOUR_STORY).signature);
    const edited = bandKeys(fingerprintText(HARBOUR_STORY.replace('remained ready to return to the table', 'was willing to resume negotiations soon')).signature);
    const other = bandKeys(fingerprintText(VOLCANO_STORY).signature);
    const index = new Map<string, number[]>();
    const add = (keys: typeof original, article: number): void => {
      for (const { band, hash } of keys) index.set(`${band}:${hash}`, [...(index.get(`${band}:${hash}`) ?? []), article]);
    };
    add(original, 1);
    add(other, 2);
    const shared = countSharedBands(edited.map(({ band, hash }) => index.get(`${band}:${hash}`) ?? []));
    expect(shared.get(1)).toBeGreaterThan(10);
    expect(strongestCandidates(shared, 1)).toEqual([1]);
  });
});
