/**
 * A narrow correction after decoding: when the tagger puts an entity strictly inside a multi-word
 * name that the knowledge base knows under exactly one type, the knowledge base wins, for the extent
 * and the type ("the 5th Area Army": the tagger may say PER "Area Army"; the knowledge base knows
 * "5th Area Army" as an organization). Multi-word names are specific enough to trust; single words
 * ("Mobile", "Georgia") are left to the tagger, and so is any span that reaches beyond the known name
 * ("New York Times" is not cut back to "New York").
 */
import type { TokenSpan } from './decode.js';
import { type GazetteerMatch, typeBit } from './gazetteer-features.js';
import { ENTITY_TYPES, type EntityType } from './tags.js';

/** The one entity type of a match's mask, or null when it has none or several. */
function singleType(mask: number): EntityType | null {
  const types = ENTITY_TYPES.filter((type) => (mask & typeBit(type)) !== 0);
  return types.length === 1 ? (types[0] ?? null) : null;
}

export function applyGazetteerOverride(spans: readonly TokenSpan[], matches: readonly GazetteerMatch[]): TokenSpan[] {
  const out: TokenSpan[] = [];
  const used = new Set<GazetteerMatch>();
  for (const span of spans) {
    const match = matches.find((m) => m.last - m.first > 1 && m.first <= span.first && span.last <= m.last);
    const type = match === undefined ? null : singleType(match.mask);
    if (match === undefined || type === null) {
      out.push(span);
      continue;
    }
    if (used.has(match)) continue;
    used.add(match);
    out.push({ type, first: match.first, last: match.last, confidence: span.confidence });
  }
  return out;
}
