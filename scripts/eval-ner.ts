/**
 * Scores the named-entity recognizer on CoNLL-format files (token ... tag columns, the tag last;
 * -DOCSTART- between documents; IOB1 or IOB2):
 *
 *   node dist/scripts/eval-ner.js FILE... [--no-consistency] [--whole-possessives] [--time] [--model PATH] [--beam N] [--errors [N]]
 *   node dist/scripts/eval-ner.js --speed TEXT... [--repeat N] [--beam N]
 *
 * Prints entity-level precision, recall and F1 per type, for PER+ORG+LOC and for all four types,
 * the conlleval way (exact span and type). The files' own tokens are tagged, with the committed model
 * and the knowledge-base gazetteer, one document at a time (so the document-level pass runs). A
 * possessive token the run-time tokenizer would split ("SpaceX's", as news-ner-silver writes it) is
 * split the same way before tagging and takes its stem's tag (scripts/lib/possessives.ts), so the
 * recognizer is scored on the words it meets on raw text and the gold spans as the file writes them;
 * `--whole-possessives` tags such tokens whole instead (the scoring of sessions 1-8).
 *
 * `--errors` also sorts the PER/ORG/LOC mistakes into kinds (type confusion, boundary, missed,
 * spurious; scripts/lib/ner-errors.ts), prints their counts and lists up to N examples of each.
 *
 * `--speed` times the whole recognizer (sentences, tokens, tagging, document pass) on raw texts
 * instead, warm: a plain-text file is one text; a JSON object file is read as the benchmark's
 * ground truth (one text per `articleBody`). It prints ms per text and per 4,000 characters.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { loadKbGazetteer } from '../src/nlp/tagger/gazetteer-features.js';
import type { HeadlineCaseMode } from '../src/nlp/tagger/headline-case.js';
import { createRecognizer, loadRecognizer } from '../src/nlp/tagger/index.js';
import { decodeModel, loadModel, readModelFile } from '../src/nlp/tagger/model.js';
import { tableSource } from '../src/nlp/tagger/perceptron.js';
import type { Gazetteer } from '../src/nlp/tagger/gazetteer-features.js';
import type { ScoreSource } from '../src/nlp/tagger/perceptron.js';
import { type ConllDocument, parseConll, toIob2 } from './lib/conll-file.js';
import { type NerError, countErrors, sentenceErrors } from './lib/ner-errors.js';
import { predictTags } from './lib/possessives.js';
import { formatReport, report } from './lib/conll-score.js';
import { scoreDocumentsWith } from './lib/ner-eval.js';

interface Options {
  consistency: boolean;
  model?: string;
  time?: boolean;
  speed?: boolean;
  repeat: string;
  headlineCase?: HeadlineCaseMode;
  errors?: string | boolean;
  beam?: string;
  wholePossessives?: boolean;
}

/** Examples listed per error kind by default with --errors. */
const DEFAULT_ERROR_EXAMPLES = 15;

/** Prints the counts of each error kind and type pair, then examples of each kind. */
function printErrors(source: ScoreSource, gazetteer: Gazetteer, documents: readonly ConllDocument[], examples: number, options: Options): void {
  const errors: NerError[] = [];
  for (const document of documents) {
    const sentences = document.sentences.map((s) => s.words);
    const predicted = predictTags(source, gazetteer, sentences, { consistency: options.consistency, ...(options.headlineCase === undefined ? {} : { headlineCase: options.headlineCase }) }, options.wholePossessives !== true);
    document.sentences.forEach((s, k) => errors.push(...sentenceErrors(s.words, toIob2(s.tags), predicted[k] ?? [])));
  }
  console.log(`errors touching PER/ORG/LOC: ${errors.length}`);
  for (const [kind, n] of countErrors(errors, (e) => e.kind)) console.log(`  ${kind.padEnd(14)} ${n}`);
  console.log('by kind and types (gold->predicted):');
  for (const [key, n] of countErrors(errors, (e) => `${e.kind} ${e.types}`)) console.log(`  ${key.padEnd(28)} ${n}`);
  for (const [kind] of countErrors(errors, (e) => e.kind)) {
    console.log(`examples of ${kind}:`);
    for (const e of errors.filter((x) => x.kind === kind).slice(0, examples)) console.log(`  ${e.types.padEnd(10)} gold [${e.gold}] predicted [${e.predicted}]  | ${e.sentence.slice(0, 140)}`);
  }
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

function timeTexts(path: string, repeat: number, recognizeEntities: (text: string) => unknown): void {
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
    .option('--beam <n>', 'decode with this beam width instead of the model\'s (1: greedy)')
    .option('--model <path>', 'model file (default: the committed one)')
    .option('--errors [n]', 'count the PER/ORG/LOC errors by kind and list up to n examples of each')
    .option('--whole-possessives', "tag possessive tokens (\"SpaceX's\") whole, as the file gives them, instead of split as the run-time tokenizer splits them (the scoring before session 9)")
    .option('--speed', 'time the recognizer on raw texts (committed model)')
    .option('--repeat <n>', 'passes over the texts with --speed', String(DEFAULT_REPEAT))
    .parse();
  const options = program.opts<Options>();
  if (options.speed === true) {
    const recognizer = options.beam === undefined ? loadRecognizer() : createRecognizer(tableSource({ ...loadModel(), beam: Number(options.beam) }), loadKbGazetteer());
    for (const path of program.args) timeTexts(path, Number(options.repeat), (text) => recognizer.recognize(text));
    return;
  }
  const loadStart = performance.now();
  const table = options.model === undefined ? loadModel() : decodeModel(readModelFile(options.model));
  const source = tableSource(options.beam === undefined ? table : { ...table, beam: Number(options.beam) });
  const gazetteer = loadKbGazetteer();
  const loadMs = performance.now() - loadStart;
  for (const path of program.args) {
    const documents = parseConll(readFileSync(path, 'utf8'));
    const start = performance.now();
    const counts = scoreDocumentsWith(source, gazetteer, documents, options.consistency, options.headlineCase, options.wholePossessives !== true);
    const ms = performance.now() - start;
    console.log(`${path}: ${documents.length} documents`);
    console.log(formatReport(report(counts)));
    if (options.time === true) {
      const tokens = documents.reduce((n, d) => n + d.sentences.reduce((m, s) => m + s.words.length, 0), 0);
      console.log(`tagging: ${ms.toFixed(0)} ms for ${tokens} tokens (${((1000 * ms) / tokens).toFixed(2)} µs/token); model + gazetteer load ${loadMs.toFixed(0)} ms`);
    }
    if (options.errors !== undefined && options.errors !== false) {
      printErrors(source, gazetteer, documents, options.errors === true ? DEFAULT_ERROR_EXAMPLES : Number(options.errors), options);
    }
  }
}

main();
