/**
 * Joins a bare clock time to the day written next to it: "noon on Monday", "3pm today", "10 a.m.
 * tomorrow", "Tuesday at 9 p.m." become one TIME on that day, instead of a time pinned to the
 * previously mentioned day plus a separate date. chrono already joins "9:15 a.m. on Monday" to a
 * printed weekday or date; this covers the words it is not asked to read (today, tomorrow, noon).
 * Runs on resolved facts, because the day's value is only known then.
 */
import type { DateFactT } from '../../record/facts/dates.js';

const TIME_THEN_DAY = /^\s+(?:on\s+|of\s+)?$/;
const DAY_THEN_TIME = /^,?\s+(?:at\s+)?$/;
const CLOCK_TAIL = /T[\d:]+$/;
const DAY_VALUE = /^\d{4}-\d{2}-\d{2}$/;
/** Rules whose TIME has a clock but took its day from an anchor. */
const BARE_CLOCK_RULES = new Set(['dates/chrono-time', 'dates/clock-word']);

function clockOf(f: DateFactT): string | null {
  if (!BARE_CLOCK_RULES.has(f.rule)) return null;
  return CLOCK_TAIL.exec(f.value)?.[0] ?? null;
}

function isDay(f: DateFactT): boolean {
  return f.type === 'DATE' && DAY_VALUE.test(f.value);
}

/** The merged fact when `a` and `b` are a clock and a day side by side (either order), else null. */
function merge(text: string, a: DateFactT, b: DateFactT): DateFactT | null {
  const between = text.slice(a.end, b.start);
  const clockFirst = clockOf(a);
  const clockLast = clockOf(b);
  const day = clockFirst !== null && isDay(b) && TIME_THEN_DAY.test(between) ? b : clockLast !== null && isDay(a) && DAY_THEN_TIME.test(between) ? a : null;
  const clock = day === b ? clockFirst : clockLast;
  if (day === null || clock === null) return null;
  return { ...day, start: a.start, end: b.end, text: text.slice(a.start, b.end), type: 'TIME', value: day.value + clock };
}

export function mergeTimeWithDate(text: string, facts: readonly DateFactT[]): DateFactT[] {
  const out: DateFactT[] = [];
  for (let i = 0; i < facts.length; i++) {
    const a = facts[i];
    const b = facts[i + 1];
    if (a === undefined) continue;
    const merged = b === undefined ? null : merge(text, a, b);
    out.push(merged ?? a);
    if (merged) i += 1;
  }
  return out;
}
