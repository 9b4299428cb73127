/**
 * Whether a bare weekday or month ("on Tuesday", "in August") points forward or back from the
 * anchor. News reports mostly look back, so the past is the default; a future marker shortly
 * before the expression in the same sentence ("will", "is due to", "scheduled", "could", "a cut
 * was possible in March") flips it, and so does a scheduling verb in the present tense ("the race
 * reaches Paris on Sunday", "the rules take effect on January 1", "the tour ends this Saturday").
 */

/** How far back in the sentence a future marker is looked for. */
const TENSE_WINDOW = 80;
const FUTURE_MARKER =
  /\b(?:will|shall|'ll|is to|are to|is due|are due|scheduled|expected to|plans? to|planned|set to|going to|upcoming|next|could|would|may|might|possible|likely|takes? effect|(?:ends|begins|starts|opens|reopens|closes|reaches|arrives|returns|resumes|launches|kicks off|goes on sale|hits theaters|premieres))\b/i;
const SENTENCE_END = /[.!?]\s/g;

export function looksFuture(text: string, start: number): boolean {
  let window = text.slice(Math.max(0, start - TENSE_WINDOW), start);
  let lastEnd = -1;
  for (const m of window.matchAll(SENTENCE_END)) lastEnd = m.index + m[0].length;
  if (lastEnd >= 0) window = window.slice(lastEnd);
  return FUTURE_MARKER.test(window);
}
