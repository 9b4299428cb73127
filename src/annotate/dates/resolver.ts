/**
 * Turns candidates into facts, resolving relative ones in text order.
 *
 * The deictic anchor is the publication date or, when the article has none, the most recent fully
 * stated day in the text. An anaphoric expression is resolved against the last date mentioned
 * before it that is precise enough ("the following day" needs a day, "that month" a month), and
 * falls back to the deictic anchor when there is none.
 */
import type { DateAnchorT, DateFactT } from '../../record/facts/dates.js';
import type { TextLayer } from '../layers.js';
import { type Day, type Grain, formatDay, grainCovers, parseIsoDay, parseValue } from './calendar.js';
import type { Candidate, FixedCandidate, RelativeCandidate } from './candidate.js';

export interface Anchor {
  /** Where the mention sits in the text (-1 for the publication date). */
  readonly at: number;
  readonly day: Day;
  readonly grain: Grain;
  readonly fact: DateAnchorT;
}

const FULL_DAY = /^\d{4}-\d{2}-\d{2}/;
const PARAGRAPH_BREAK = '\n\n';

/** The publication day, else the latest fully stated day among the fixed candidates. */
export function deicticAnchor(published: string | null, candidates: readonly Candidate[]): Anchor | null {
  const day = published ? parseIsoDay(published) : null;
  if (day) return { at: -1, day, grain: 'day', fact: { value: formatDay(day), from: 'published' } };
  let latest: Day | null = null;
  for (const c of candidates) {
    if (c.kind !== 'fixed' || !c.stated || c.range !== null || !FULL_DAY.test(c.value)) continue;
    const d = parseIsoDay(c.value);
    if (d && (latest === null || formatDay(d) > formatDay(latest))) latest = d;
  }
  return latest ? { at: -1, day: latest, grain: 'day', fact: { value: formatDay(latest), from: 'latest-date' } } : null;
}

function factOf(c: Candidate, source: TextLayer, fields: Pick<DateFactT, 'value' | 'range' | 'stated' | 'anchor'>): DateFactT {
  const { layer, text } = source;
  return { layer, start: c.start, end: c.end, text: text.slice(c.start, c.end), rule: `dates/${c.rule}`, type: c.type, ...fields };
}

function resolveRelative(
  text: string,
  c: RelativeCandidate,
  history: readonly Anchor[],
  deictic: Anchor | null,
): Pick<DateFactT, 'value' | 'range' | 'anchor'> {
  let anchor = deictic;
  if (c.anchoring === 'anaphoric') {
    const from = c.withinParagraph ? text.lastIndexOf(PARAGRAPH_BREAK, c.start) : -1;
    for (let i = history.length - 1; i >= 0; i--) {
      const h = history[i];
      if (h && h.at < from) break;
      if (h && grainCovers(h.grain, c.needs)) {
        anchor = h;
        break;
      }
    }
  }
  if (anchor === null) return { value: c.unresolved, range: null, anchor: null };
  const resolved = c.resolve(anchor.day);
  return { ...resolved, anchor: anchor.fact };
}

/** A resolved date becomes a possible anchor for the anaphors after it. */
function mention(value: string, at: number): Anchor | null {
  if (value.includes('/')) return null;
  const parsed = parseValue(value);
  return parsed ? { ...parsed, at, fact: { value, from: 'previous-mention' } } : null;
}

/**
 * The facts of one layer's candidates. `deictic` is the article's "now" (see deicticAnchor), shared
 * by every layer; anaphors look back only at the mentions of their own layer, since a caption's
 * "the following day" follows nothing in the body.
 */
export function resolveAll(source: TextLayer, candidates: readonly Candidate[], deictic: Anchor | null): DateFactT[] {
  const history: Anchor[] = [];
  const facts: DateFactT[] = [];
  for (const c of candidates) {
    const fact =
      c.kind === 'fixed'
        ? factOf(c, source, { value: (c as FixedCandidate).value, range: c.range, stated: c.stated, anchor: null })
        : factOf(c, source, { ...resolveRelative(source.text, c, history, deictic), stated: false });
    facts.push(fact);
    if (fact.type === 'DATE' || fact.type === 'TIME') {
      const m = mention(fact.value, fact.start);
      if (m) history.push(m);
    }
  }
  return facts;
}
