/**
 * Scores the named-entity recognizer on CoNLL-format files (token ... tag columns, the tag last;
 * -DOCSTART- between documents; IOB1 or IOB2):
 *
 *   node dist/scripts/eval-ner.js FILE... [--no-consistency] [--time] [--model PATH]
 *   node dist/scripts/eval-ner.js --speed TEXT... [--repeat N]
 *
 * Prints entity-level precision, recall and F1 per type, for PER+ORG+LOC and for all four types,
 * the conlleval way (exact span and type). The files' own tokens are tagged, with the committed model
 * and the knowledge-base gazetteer, one document at a time (so the document-level pass runs).
 *
 * `--speed` times the whole recognizer (sentences, tokens, tagging, document pass) on raw texts
 * instead, warm: a plain-text file is one text; a JSON object file is read as the benchmark's
 * ground truth (one text per `articleBody`). It prints ms per text and per 4,000 characters.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { loadKbGazetteer } from '../src/nlp/tagger/gazetteer-features.js';
import type { HeadlineCaseMode } from '../src/nlp/tagger/headline-case.js';
import { recognizeEntities } from '../src/nlp/tagger/index.js';
import { decodeModel, loadModel, readModelFile } from '../src/nlp/tagger/model.js';
import { tableSource } from '../src/nlp/tagger/perceptron.js';
import { parseConll } from './lib/conll-file.js';
import { formatReport, report } from './lib/conll-score.js';
import { scoreDocumentsWith } from './lib/ner-eval.js';

interface Options {
  consistency: boolean;
  model?: string;
  time?: boolean;
  speed?: boolean;
  repeat: string;
  headlineCase?: HeadlineCaseMode;
}

/** Texts are timed per this many characters (a typical news article). */
const CHARS_PER_ARTICLE = 4000;
const DEFAULT_REPEAT = 20;
/** Texts tagged before timing starts, so the JIT has compiled the hot paths (one text is not enough). */
const WARM_UP_TEXTS = 100;

/** The texts of a file: the whole file, or each `articleBody` of a JSON object of records. */
function textsOf(path: string): string[] {
  const raw = readFileSync(path, 'utf8');
  if (!path.endsWith('.json')) return [raw];
  const records = Object.values(JSON.parse(raw) as Record<string, { articleBody?: unknown }>);
  return records.flatMap((r) => (typeof r.articleBody === 'string' && r.articleBody.length > 0 ? [r.articleBody] : []));
}

function timeTexts(path: string, repeat: number): void {
  const texts = textsOf(path);
  const warmUpPasses = Math.max(1, Math.ceil(WARM_UP_TEXTS / Math.max(texts.length, 1)));
  for (let r = 0; r < warmUpPasses; r += 1) for (const text of texts) recognizeEntities(text);
  const chars = texts.reduce((n, t) => n + t.length, 0);
  const start = performance.now();
  for (let r = 0; r < repeat; r += 1) for (const text of texts) recognizeEntities(text);
  const ms = (performance.now() - start) / repeat;
  console.log(`${path}: ${texts.length} texts, ${(ms / texts.length).toFixed(2)} ms per text, ${((ms * CHARS_PER_ARTICLE) / chars).toFixed(2)} ms per ${CHARS_PER_ARTICLE} characters`);
}

function main(): void {
  const program = new Command()
    .argument('<files...>', 'CoNLL files (raw texts with --speed)')
    .option('--no-consistency', 'skip the document-level pass')
    .option('--time', 'print tagging speed')
    .option('--headline-case <mode>', 're-case headline lines first: none, caps or caps+title (default: the model\'s)')
    .option('--model <path>', 'model file (default: the committed one)')
    .option('--speed', 'time the recognizer on raw texts (committed model)')
    .option('--repeat <n>', 'passes over the texts with --speed', String(DEFAULT_REPEAT))
    .parse();
  const options = program.opts<Options>();
  if (options.speed === true) {
    for (const path of program.args) timeTexts(path, Number(options.repeat));
    return;
  }
  const loadStart = performance.now();
  const source = tableSource(options.model === undefined ? loadModel() : decodeModel(readModelFile(options.model)));
  const gazetteer = loadKbGazetteer();
  const loadMs = performance.now() - loadStart;
  for (const path of program.args) {
    const documents = parseConll(readFileSync(path, 'utf8'));
    const start = performance.now();
    const counts = scoreDocumentsWith(source, gazetteer, documents, options.consistency, options.headlineCase);
    const ms = performance.now() - start;
    console.log(`${path}: ${documents.length} documents`);
    console.log(formatReport(report(counts)));
    if (options.time === true) {
      const tokens = documents.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
      console.log(`tagging: ${ms.toFixed(0)} ms for ${tokens} tokens (${((1000 * ms) / tokens).toFixed(2)} µs/token); model + gazetteer load ${loadMs.toFixed(0)} ms`);
    }
  }
}

main();
