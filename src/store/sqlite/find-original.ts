/**
 * Finding what a new article duplicates: an earlier version at the same URL (an update), or a
 * stored text it nearly repeats (syndicated wire copy), found through the MinHash band index.
 * Links always point at the root: a copy of a copy is linked to the first article, not to the copy.
 */
import { countSharedBands, strongestCandidates } from '../dedup/candidates.js';
import { bandKeys } from '../dedup/minhash.js';
import { type Fingerprint, type Similarity, bestNearDuplicate, isJudgeable } from '../dedup/near-duplicate.js';
import { blobToSignature } from './signature-blob.js';
import type { WriteStatements } from './statements.js';

export interface OriginalLink {
  /** Key of the root article. */
  key: number;
  reason: 'same-url' | 'near-duplicate';
  /** Containment for a near-duplicate; null for a same-URL link. */
  similarity: number | null;
}

interface StoredFingerprint extends Fingerprint {
  key: number;
  duplicateOf: number | null;
}

interface FingerprintRow {
  key: number;
  duplicate_of: number | null;
  signature: Buffer;
  shingle_count: number;
}

function candidateKeys(statements: WriteStatements, fingerprint: Fingerprint): number[] {
  const members = bandKeys(fingerprint.signature).map(({ band, hash }) => (statements.candidatesByBand.all(band, hash) as { article: number }[]).map((row) => row.article));
  return strongestCandidates(countSharedBands(members));
}

function loadFingerprint(statements: WriteStatements, key: number): StoredFingerprint | null {
  const row = statements.fingerprintByKey.get(key) as FingerprintRow | undefined;
  if (!row) return null;
  return { key: row.key, duplicateOf: row.duplicate_of, signature: blobToSignature(row.signature), shingleCount: row.shingle_count };
}

function nearDuplicateOf(statements: WriteStatements, fingerprint: Fingerprint): { key: number; similarity: Similarity } | null {
  if (!isJudgeable(fingerprint)) return null;
  const candidates: StoredFingerprint[] = [];
  for (const key of candidateKeys(statements, fingerprint)) {
    const stored = loadFingerprint(statements, key);
    if (stored) candidates.push(stored);
  }
  const best = bestNearDuplicate(fingerprint, candidates);
  if (best === null) return null;
  return { key: best.match.duplicateOf ?? best.match.key, similarity: best.similarity };
}

export function findOriginal(statements: WriteStatements, url: string | null, fingerprint: Fingerprint): OriginalLink | null {
  if (url !== null) {
    const sameUrl = statements.firstArticleByUrl.get(url) as { key: number; duplicate_of: number | null } | undefined;
    if (sameUrl) return { key: sameUrl.duplicate_of ?? sameUrl.key, reason: 'same-url', similarity: null };
  }
  const near = nearDuplicateOf(statements, fingerprint);
  return near === null ? null : { key: near.key, reason: 'near-duplicate', similarity: near.similarity.containment };
}
