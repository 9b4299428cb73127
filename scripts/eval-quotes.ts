/**
 * Scores the quotes annotator on a JSON Lines file, one passage a line:
 *
 *   { "text": "...", "quotes": [{ "start": 10, "end": 42, "speaker": "Dmitry Medvedev" }] }
 *
 * Gold spans cover the quoted words inside the outer marks (as the annotator's spans do); a quotation
 * split around its attribution is two gold quotations, one running over paragraphs is one.
 *
 *   node dist/scripts/eval-quotes.js FILE [--errors] [--time] [--texts DATASET] [--no-entities]
 *
 * Each passage goes through the entities annotator and then the quotes annotator, as in the
 * pipeline, so that speakers are named as records name them; --no-entities runs the quotes
 * annotator alone on the text.
 *
 * With --texts, a line may give an `id` instead of the `text`: the text is then the `articleBody` of
 * that id in DATASET, a JSON object keyed by id (the article-extraction benchmark's
 * ground-truth.json). Gold made on other people's published articles is kept that way, so the
 * repository holds the annotations and never the articles' prose.
 *
 * Prints precision, recall and F1 of quotation spans and of attribution (span and speaker right);
 * the criteria are in scripts/lib/quotes-score.ts. --errors lists every miss; --time measures speed.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { entitiesAnnotator } from '../src/annotate/entities.js';
import { annotateQuotes, quotesAnnotator } from '../src/annotate/quotes.js';
import type { QuoteT } from '../src/record/facts/quotes.js';
import { createPipeline } from '../src/pipeline.js';
import { isErrorRecord } from '../src/record/schema.js';
import { bodyDocument } from './lib/body-document.js';
import { type PassageScore, type PrecisionRecall, type SpanWithSpeaker, scoreCorpus, scorePassage } from './lib/quotes-score.js';

/** Timed passes over the file; the best is kept, so a busy machine does not skew the figure. */
const TIMING_ROUNDS = 5;

interface GoldPassage {
  text: string;
  quotes: SpanWithSpeaker[];
}

/** Texts by id from a dataset file: a JSON object whose values carry an `articleBody`. */
function readTexts(path: string): Map<string, string> {
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { articleBody?: unknown }>;
  const texts = new Map<string, string>();
  for (const [id, entry] of Object.entries(parsed)) if (typeof entry.articleBody === 'string') texts.set(id, entry.articleBody);
  return texts;
}

function readPassages(path: string, texts: ReadonlyMap<string, string> | null): GoldPassage[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, i) => {
      const parsed = JSON.parse(line) as Partial<GoldPassage> & { id?: unknown };
      const where = `${path}:${i + 1}`;
      let text = parsed.text;
      if (text === undefined && typeof parsed.id === 'string') {
        if (texts === null) throw new Error(`${where}: the line gives an id, not a text: name the dataset with --texts`);
        text = texts.get(parsed.id);
        if (text === undefined) throw new Error(`${where}: id ${parsed.id} is not in the --texts dataset`);
      }
      if (typeof text !== 'string' || !Array.isArray(parsed.quotes)) throw new Error(`${where}: expected { text, quotes } or { id, quotes }`);
      return { text, quotes: parsed.quotes.map((q) => ({ start: q.start, end: q.end, speaker: q.speaker ?? null })) };
    });
}

/**
 * The quotations as the product finds them: the entities annotator first, then the quotes annotator
 * reading its people and organisations (withEntities), or the quotes annotator alone on the text.
 */
function predictor(withEntities: boolean): (text: string) => SpanWithSpeaker[] {
  const pipeline = createPipeline([entitiesAnnotator, quotesAnnotator]);
  const quotesOf = (text: string): readonly QuoteT[] => {
    if (!withEntities) return annotateQuotes(text).quotes;
    // A plain-body document: the body extractor keeps such a text as it is, offsets included.
    const record = pipeline.process(bodyDocument('eval', text));
    if (isErrorRecord(record)) throw new Error(`the pipeline refused a passage: ${record.error.message}`);
    if (record.text !== text) throw new Error('the body extractor changed a passage\'s text: its offsets would not match the gold');
    return record.quotes;
  };
  return (text) => quotesOf(text).map((q) => ({ start: q.start, end: q.end, speaker: q.speaker?.name ?? q.speaker?.role ?? null }));
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
    .argument('<files...>', 'JSON Lines files of { text, quotes: [{ start, end, speaker }] }, scored as one set')
    .option('--errors', 'list misses, spurious quotations and wrong speakers')
    .option('--time', 'measure the annotator\'s speed on the file')
    .option('--no-entities', 'run the quotes annotator alone, without the entities annotator before it')
    .option('--texts <dataset>', 'JSON object of { id: { articleBody } } supplying the text of lines that give an id')
    .parse(argv, { from: 'user' });
  const options = program.opts<{ errors?: boolean; time?: boolean; texts?: string; entities: boolean }>();
  const predict = predictor(options.entities);
  const texts = options.texts === undefined ? null : readTexts(options.texts);
  const passages = program.args.flatMap((file) => readPassages(file, texts));
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
