/**
 * Scores the quotes annotator on a JSON Lines file, one passage a line:
 *
 *   { "text": "...", "quotes": [{ "start": 10, "end": 42, "speaker": "Dmitry Medvedev" }] }
 *
 * Gold spans cover the quoted words inside the outer marks (as the annotator's spans do); a quotation
 * split around its attribution is two gold quotations, one running over paragraphs is one.
 *
 *   node dist/scripts/eval-quotes.js FILE [--errors] [--time]
 *
 * Prints precision, recall and F1 of quotation spans and of attribution (span and speaker right);
 * the criteria are in scripts/lib/quotes-score.ts. --errors lists every miss; --time measures speed.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { annotateQuotes } from '../src/annotate/quotes.js';
import { type PassageScore, type PrecisionRecall, type SpanWithSpeaker, scoreCorpus, scorePassage } from './lib/quotes-score.js';

/** Timed passes over the file; the best is kept, so a busy machine does not skew the figure. */
const TIMING_ROUNDS = 5;

interface GoldPassage {
  text: string;
  quotes: SpanWithSpeaker[];
}

function readPassages(path: string): GoldPassage[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, i) => {
      const parsed = JSON.parse(line) as Partial<GoldPassage>;
      if (typeof parsed.text !== 'string' || !Array.isArray(parsed.quotes)) throw new Error(`${path}:${i + 1}: expected { text, quotes }`);
      return { text: parsed.text, quotes: parsed.quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker ?? null })) };
    });
}

function predict(text: string): SpanWithSpeaker[] {
  return annotateQuotes(text).quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker?.name ?? q.speaker?.role ?? null }));
}

function line(label: string, pr: PrecisionRecall): string {
  const f = (n: number): string => n.toFixed(4);
  return `${label.padEnd(12)} precision ${f(pr.precision)}  recall ${f(pr.recall)}  F1 ${f(pr.f1)}`;
}

function printErrors(index: number, passage: GoldPassage, score: PassageScore): void {
  const show = (s: SpanWithSpeaker): string => `"${passage.text.slice(s.start, s.end).slice(0, 70)}" (${s.speaker ?? 'no speaker'})`;
  for (const m of score.missed) console.log(`#${index} missed   ${show(m)}`);
  for (const s of score.spurious) console.log(`#${index} spurious ${show(s)}`);
  for (const w of score.wrongSpeakers) console.log(`#${index} speaker  ${show(w.gold)} predicted ${w.predicted.speaker ?? 'none'}`);
}

function timePassages(passages: readonly GoldPassage[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < TIMING_ROUNDS; round++) {
    const start = process.hrtime.bigint();
    for (const p of passages) annotateQuotes(p.text);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  return best;
}

function main(argv: string[]): number {
  const program = new Command()
    .name('eval-quotes')
    .argument('<file>', 'JSON Lines file of { text, quotes: [{ start, end, speaker }] }')
    .option('--errors', 'list misses, spurious quotations and wrong speakers')
    .option('--time', 'measure the annotator\'s speed on the file')
    .parse(argv, { from: 'user' });
  const file = program.args[0] as string;
  const options = program.opts<{ errors?: boolean; time?: boolean }>();
  const passages = readPassages(file);
  const scores = passages.map((p, i) => {
    const score = scorePassage(p.quotes, predict(p.text));
    if (options.errors) printErrors(i + 1, p, score);
    return score;
  });
  const corpus = scoreCorpus(scores);
  console.log(`passages ${corpus.passages}  gold quotations ${corpus.gold}  predicted ${corpus.predicted}`);
  console.log(line('spans', corpus.span));
  console.log(line('attribution', corpus.attribution));
  if (options.time) {
    const ms = timePassages(passages);
    const chars = passages.reduce((n, p) => n + p.text.length, 0);
    console.log(`time ${ms.toFixed(2)} ms for ${passages.length} passages (${((ms * 1000) / passages.length).toFixed(0)} µs each, ${((ms * 1000 * 1000) / chars).toFixed(0)} µs per 1,000 characters)`);
  }
  return 0;
}

process.exitCode = main(process.argv.slice(2));
