/**
 * Trains the named-entity tagger (src/nlp/tagger/) and writes data/models/ner-tagger.json.
 *
 *   node dist/scripts/train-tagger.js [--train FILE...] [--dev FILE...] [--epochs N] [--seed N]
 *                                     [--caps-share X] [--name-dropout X] [--middle-initials X] [--no-stack] [--min-weight X] [--beam N] [--seeds N] [--split-possessives] [--out PATH] [--check]
 *   node dist/scripts/train-tagger.js --folds K [--fold-files FILE...] [--errors FILE] [same training options]
 *
 * Reproducible: the sentence order of each epoch and the choice of sentences copied in capitals come
 * from a seeded generator, so the same files and settings give the same weights. Dev scores
 * (conlleval-style, PER+ORG+LOC and with MISC) are printed after every epoch; the weights of the last
 * epoch are written. `--check` recomputes the training-data hash and compares it, and the feature
 * version, with what the committed model records: exit 1 when the model is stale (no training).
 *
 * `--folds K` writes no model: it estimates accuracy on unseen modern news by K-fold cross-validation
 * over the documents of the fold files (default: news-ner-silver train and dev). Document i goes to
 * fold i mod K; each fold is scored (pruned weights, document pass on) by a model trained on the other
 * folds plus every training file that is not a fold file; the counts of all folds are pooled. A fold
 * file named N times in the training list (the in-domain file is listed twice to weigh it more) has
 * its training folds repeated N times. Each fold is also scored with possessive tokens split as the
 * run-time tokenizer splits them (scripts/lib/possessives.ts); `--errors FILE` writes the pooled errors.
 *
 * `--seeds N` (default 3) trains the final model N times on the same sentences shuffled by different
 * seeds and averages the weights (one model at run time); the jackknife models stay single.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { packageRoot } from '../src/kb/paths.js';
import { FEATURE_VERSION, staticFeatures } from '../src/nlp/tagger/features.js';
import { loadKbGazetteer } from '../src/nlp/tagger/gazetteer-features.js';
import { type HeadlineCaseMode, recaseHeadlines } from '../src/nlp/tagger/headline-case.js';
import { defaultModelPath, encodeModel, readModelFile } from '../src/nlp/tagger/model.js';
import { GIVEN_NAME, PERSON_NAMES_RELATIVE_PATH, SURNAME, loadPersonNames } from '../src/nlp/tagger/person-names.js';
import { PerceptronTrainer, type WeightTable, averageWeightTables, featuresAt, marginOf, tableSource, tagSentence } from '../src/nlp/tagger/perceptron.js';
import { OUTSIDE, TAG_COUNT } from '../src/nlp/tagger/tags.js';
import type { Gazetteer } from '../src/nlp/tagger/gazetteer-features.js';
import { tagIndex } from '../src/nlp/tagger/tags.js';
import { type ConllDocument, type ConllSentence, parseConll, toIob2 } from './lib/conll-file.js';
import { type TypeCounts, countSentence, formatReport, report } from './lib/conll-score.js';
import { scoreDocumentsWith } from './lib/ner-eval.js';
import { type NerError, countErrors, sentenceErrors } from './lib/ner-errors.js';
import { predictTags, splitPossessiveDocuments } from './lib/possessives.js';
import { Random as SeededRandom } from '../src/synth/prng.js';
import { tagDocument } from '../src/nlp/tagger/document.js';
import { documentCues, stackedFeatures } from '../src/nlp/tagger/stacking.js';

const DEFAULT_TRAIN = [
  '../shared/datasets/news-ner-silver/train.conll',
  '../shared/datasets/gum-ner/train.conll',
  'data/models/ner-wire-train.conll',
  'data/models/ner-written-train.conll',
];
const DEFAULT_DEV = ['../shared/datasets/news-ner-silver/dev.conll', '../shared/datasets/gum-ner/dev.conll', 'eval/ner-newswire-dev.conll'];
const DEFAULT_EPOCHS = 8;
/** The modern-news documents cross-validation folds over (`--folds`). */
const DEFAULT_FOLD_FILES = ['../shared/datasets/news-ner-silver/train.conll', '../shared/datasets/news-ner-silver/dev.conll'];
/**
 * Headline lines are not re-cased in training: the recognizer re-cases ALL-CAPS lines at run time
 * (headline-case.ts), and training on re-cased lines as well measured worse (docs/ner.md). Dev
 * scores per epoch are taken with the recognizer's run-time default.
 */
const DEFAULT_TRAIN_HEADLINE_CASE: HeadlineCaseMode = 'none';
const DEFAULT_SEED = 20261128;
/** Share of training sentences also added in capitals, so headlines and datelines are seen in training. */
const DEFAULT_CAPS_SHARE = 0.08;
/**
 * Share of training sentences (drawn anew each epoch) seen without the person-name features: a model
 * always shown them learns that a name missing from the list is no person ("Liesel Vantongeren").
 */
const DEFAULT_NAME_DROPOUT = 0.5;
/**
 * Share of two-word person names ("Victor Burton") given a middle initial in training ("Victor N.
 * Burton"). The training files hold about twenty names with an initial, so the model learnt that a
 * person ends after two tokens and cut police-blotter names at the initial ("Christopher L." Tays).
 */
const DEFAULT_MIDDLE_INITIALS = 0.1;
/** Seeds the middle-initial draws apart from the shuffling, so the other random choices stay the same. */
const MIDDLE_INITIAL_SEED_OFFSET = 7919;
/** Folds of the jackknife that gives the training documents their first-pass tags with `--stack`. */
const DEFAULT_STACK_FOLDS = 3;
/** Share of training sentences (drawn anew each epoch) seen with the stacked features; the others train the first pass. */
const DEFAULT_STACK_SHARE = 0.5;
/** Models trained on differently shuffled data whose weights are averaged into the final one (`--seeds`). */
const DEFAULT_SEEDS = 3;
/** Seeds the k-th of those models apart from the first (seed + k * offset). */
const SEED_AVERAGE_OFFSET = 1000003;
/** Seeds the jackknife models apart from the final one. */
const STACK_SEED_OFFSET = 104729;
/** Share of training sentences (drawn anew each epoch) seen without the knowledge-base gazetteer features. */
const DEFAULT_GAZETTEER_DROPOUT = 0;
/** Averaged weights below this magnitude are dropped from the committed file (they barely move a score). */
const DEFAULT_MIN_WEIGHT = 0.5;
/** Beam width of the decoder, in training and at run time (1: greedy; see src/nlp/tagger/beam.ts). */
const DEFAULT_BEAM = 4;
/**
 * Confidence calibration: the temperature is set so that the median score margin of tokens tagged
 * as part of an entity gives odds of this many to one against the runner-up (about 0.9).
 */
const MEDIAN_ENTITY_ODDS = 9;
/** Sentences used to measure the margins. */
const CALIBRATION_SENTENCES = 2000;

interface Options {
  train: string[];
  dev: string[];
  epochs: string;
  seed: string;
  capsShare: string;
  nameDropout: string;
  gazetteerDropout: string;
  minWeight: string;
  beam: string;
  out?: string;
  check?: boolean;
  headlineCase: HeadlineCaseMode;
  middleInitials: string;
  stack: boolean;
  stackFolds: string;
  stackShare: string;
  folds?: string;
  foldFiles: string[];
  errors?: string;
  splitPossessives?: boolean;
  seeds: string;
}

/** A seeded generator for shuffling (mulberry32, src/synth/prng.ts). */
function seededRandom(seed: number): () => number {
  const generator = new SeededRandom(seed);
  return () => generator.next();
}

function shuffle<T>(items: T[], random: () => number): void {
  for (let i = items.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    const a = items[i];
    const b = items[j];
    if (a === undefined || b === undefined) continue;
    items[i] = b;
    items[j] = a;
  }
}

export function dataHash(paths: readonly string[]): string {
  const hash = createHash('sha256');
  hash.update(`features:${FEATURE_VERSION}\n`);
  for (const path of paths) hash.update(readFileSync(path));
  // The person-name list is read by the features themselves: a model trained on another list is stale
  // too. Only what the features read counts (each name's given/surname flags), not the genders the
  // quotes annotator reads from the same file.
  for (const [name, flags] of loadPersonNames(join(packageRoot(), PERSON_NAMES_RELATIVE_PATH))) hash.update(`${name}\t${flags & (GIVEN_NAME | SURNAME)}\n`);
  return hash.digest('hex');
}

function readDocuments(paths: readonly string[]): ConllDocument[] {
  return paths.flatMap((path) => parseConll(readFileSync(path, 'utf8')));
}

/**
 * The training sentences: every sentence, plus a share copied in capitals; with a headline-case mode,
 * each document's headline lines (the capital copies among them) are re-cased as the recognizer
 * will re-case them, from the rest of that document.
 */
function trainingSentences(documents: readonly ConllDocument[], capsShare: number, random: () => number, gazetteer: Gazetteer, headlineCase: HeadlineCaseMode, stacked?: StackedKeys): TrainingSentence[] {
  const out: TrainingSentence[] = [];
  for (const document of documents) {
    const doc: TrainingSentence[] = [];
    for (const sentence of document.sentences) {
      const tags = toIob2(sentence.tags);
      const keys = stacked?.get(sentence);
      const extra = keys === undefined ? {} : { stacked: keys };
      doc.push({ words: sentence.words, tags, ...extra });
      if (random() < capsShare) doc.push({ words: sentence.words.map((w) => w.toUpperCase()), tags, ...extra });
    }
    const recased = recaseHeadlines(doc.map((s) => s.words), gazetteer, headlineCase);
    doc.forEach((s, k) => out.push({ ...s, words: [...(recased[k] ?? s.words)] }));
  }
  return out;
}

/** The documents with middle initials added to a share of their two-word person names (withMiddleInitials), tags in IOB2. */
function withInitials(documents: readonly ConllDocument[], share: number, random: () => number): ConllDocument[] {
  return documents.map((document) => ({ sentences: document.sentences.map((s) => withMiddleInitials({ words: s.words, tags: toIob2(s.tags) }, share, random)) }));
}

/**
 * First-pass tags for every training document from a model that never saw it: the documents are
 * split into `folds` (document i in fold i mod folds), a first-pass model is trained on the others
 * and tags each held-out document (no document pass), and the stacked features are read from those
 * tags (stacking.ts).
 */
function jackknife(documents: readonly ConllDocument[], folds: number, options: Options, gazetteer: Gazetteer): StackedKeys {
  const out = new Map<ConllSentence, readonly (readonly number[] | null)[]>();
  const beam = Number(options.beam);
  for (let fold = 0; fold < folds; fold += 1) {
    const random = seededRandom(Number(options.seed) + STACK_SEED_OFFSET + fold);
    const sentences = trainingSentences(documents.filter((_, i) => i % folds !== fold), Number(options.capsShare), random, gazetteer, options.headlineCase);
    const trainer = trainEpochs(sentences, gazetteer, Number(options.epochs), beam, Number(options.nameDropout), Number(options.gazetteerDropout), 0, random, () => undefined);
    const source = tableSource({ ...trainer.averaged(Number(options.minWeight)), beam });
    documents.forEach((document, i) => {
      if (i % folds !== fold) return;
      const words = document.sentences.map((s) => s.words);
      const tagging = tagDocument(source, gazetteer, words, { consistency: false });
      const flat = words.flat();
      const tags = new Array<number>(flat.length).fill(OUTSIDE);
      for (const span of tagging.spans) for (let k = span.first; k < span.last; k += 1) tags[k] = tagIndex(`${k === span.first ? 'B' : 'I'}-${span.type}`);
      const keys = stackedFeatures(flat, tags, documentCues(words));
      document.sentences.forEach((sentence, k) => {
        const start = tagging.sentenceStarts[k] ?? 0;
        out.set(sentence, keys.slice(start, start + sentence.words.length));
      });
    });
    console.log(`jackknife fold ${fold + 1}/${folds} done`);
  }
  return out;
}

/** A training sentence, with the stacked feature keys of each token when training with `--stack`. */
interface TrainingSentence extends ConllSentence {
  readonly stacked?: readonly (readonly number[] | null)[];
}

/** Stacked feature keys per sentence of the training documents (by sentence object). */
type StackedKeys = ReadonlyMap<ConllSentence, readonly (readonly number[] | null)[]>;

/** A word written like a given name or surname: one capital, then lower-case letters ("Burton"). */
const NAME_WORD = /^\p{Lu}\p{Ll}+$/u;
const INITIALS = 'ABCDEFGHJKLMNPRSTW';

/**
 * The sentence with a middle initial inserted into each two-word person name ("Victor Burton" ->
 * "Victor N. Burton", tagged I-PER) with probability `share`, drawn from `random`.
 */
export function withMiddleInitials(sentence: ConllSentence, share: number, random: () => number): ConllSentence {
  if (share <= 0) return sentence;
  const words: string[] = [];
  const tags: string[] = [];
  const { words: given, tags: gold } = sentence;
  for (let i = 0; i < given.length; i += 1) {
    words.push(given[i] ?? '');
    tags.push(gold[i] ?? 'O');
    const twoWordPerson = gold[i] === 'B-PER' && gold[i + 1] === 'I-PER' && gold[i + 2] !== 'I-PER';
    if (twoWordPerson && NAME_WORD.test(given[i] ?? '') && NAME_WORD.test(given[i + 1] ?? '') && random() < share) {
      words.push(`${INITIALS[Math.floor(random() * INITIALS.length)] ?? 'A'}.`);
      tags.push('I-PER');
    }
  }
  return words.length === given.length ? sentence : { words, tags };
}

/**
 * The softmax temperature that maps the median entity-token margin to MEDIAN_ENTITY_ODDS. Tokens are
 * tagged with the model's own decoder (greedy or beam); each margin is read given the chosen history.
 */
function calibrateTemperature(table: WeightTable, gazetteer: Gazetteer, sentences: readonly ConllSentence[]): number {
  const source = tableSource(table);
  const margins: number[] = [];
  const scores = new Float64Array(TAG_COUNT);
  for (const sentence of sentences.slice(0, CALIBRATION_SENTENCES)) {
    const features = staticFeatures(sentence.words, gazetteer);
    const { tags } = tagSentence(source, features);
    for (let i = 0; i < sentence.words.length; i += 1) {
      const tag = tags[i] ?? OUTSIDE;
      if (tag === OUTSIDE) continue;
      scores.fill(0);
      for (const feature of featuresAt(features, i, tags)) source.addFeature(feature, scores);
      margins.push(marginOf(scores, tags[i - 1] ?? OUTSIDE));
    }
  }
  margins.sort((a, b) => a - b);
  const median = margins[Math.floor(margins.length / 2)] ?? 1;
  return Math.max(median, 1e-6) / Math.log(MEDIAN_ENTITY_ODDS);
}

function check(path: string): number {
  const model = readModelFile(path);
  const current = dataHash(model.sources);
  const fresh = model.featureVersion === FEATURE_VERSION && model.dataHash === current;
  console.log(fresh ? `${path} is up to date` : `${path} is stale: retrain with scripts/train-tagger.ts`);
  return fresh ? 0 : 1;
}

/** One pass per epoch over the shuffled sentences; returns the trainer (weights not yet averaged). */
function trainEpochs(
  sentences: TrainingSentence[],
  gazetteer: Gazetteer,
  epochs: number,
  beam: number,
  nameDropout: number,
  gazetteerDropout: number,
  stackShare: number,
  random: () => number,
  afterEpoch: (epoch: number, trainer: PerceptronTrainer, errorRate: number) => void,
): PerceptronTrainer {
  const trainer = new PerceptronTrainer();
  for (let epoch = 1; epoch <= epochs; epoch += 1) {
    shuffle(sentences, random);
    let errors = 0;
    let tokens = 0;
    for (const sentence of sentences) {
      const names = random() >= nameDropout;
      const plain = staticFeatures(sentence.words, gazetteerDropout > 0 && random() < gazetteerDropout ? null : gazetteer, names);
      const stacked = sentence.stacked !== undefined && random() < stackShare ? sentence.stacked : undefined;
      const features = stacked === undefined ? plain : { ...plain, perToken: plain.perToken.map((f, i) => f.concat(stacked[i] ?? [])) };
      const gold = sentence.tags.map(tagIndex);
      errors += beam > 1 ? trainer.trainBeam(features, gold, beam) : trainer.train(features, gold);
      tokens += sentence.words.length;
    }
    afterEpoch(epoch, trainer, errors / tokens);
  }
  return trainer;
}

/**
 * The final weights: one model trained with `random`, or with `--seeds N` the mean of N models, the
 * others trained on the same sentences shuffled by their own seeds (seedBase + k * SEED_AVERAGE_OFFSET).
 */
function trainTable(sentences: TrainingSentence[], gazetteer: Gazetteer, options: Options, random: () => number, seedBase: number, afterEpoch: (epoch: number, trainer: PerceptronTrainer, errorRate: number) => void): WeightTable {
  const train = (generator: () => number, after: typeof afterEpoch): PerceptronTrainer =>
    trainEpochs(sentences, gazetteer, Number(options.epochs), Number(options.beam), Number(options.nameDropout), Number(options.gazetteerDropout), Number(options.stackShare), generator, after);
  const seeds = Number(options.seeds);
  const first = train(random, afterEpoch);
  if (seeds <= 1) return first.averaged(Number(options.minWeight));
  const tables = [first.averaged(0)];
  for (let k = 1; k < seeds; k += 1) {
    tables.push(train(seededRandom(seedBase + k * SEED_AVERAGE_OFFSET), () => undefined).averaged(0));
    console.log(`seed model ${k + 1}/${seeds} done`);
  }
  return averageWeightTables(tables, Number(options.minWeight));
}

function addCounts(into: Map<string, TypeCounts>, from: ReadonlyMap<string, TypeCounts>): void {
  for (const [type, c] of from) {
    const total = into.get(type) ?? { gold: 0, predicted: 0, correct: 0 };
    into.set(type, { gold: total.gold + c.gold, predicted: total.predicted + c.predicted, correct: total.correct + c.correct });
  }
}

/** K-fold cross-validation over the fold files' documents (see the header); prints per fold and pooled. */
function crossValidate(options: Options, gazetteer: Gazetteer): void {
  const k = Number(options.folds);
  const foldFiles = new Set(options.foldFiles);
  const fixed = readDocuments(options.train.filter((path) => !foldFiles.has(path)));
  const copies = Math.max(1, ...options.foldFiles.map((path) => options.train.filter((p) => p === path).length));
  const share = Number(options.middleInitials);
  const documents = readDocuments(options.foldFiles);
  const pooled = new Map<string, TypeCounts>();
  const beam = Number(options.beam);
  const errors: NerError[] = [];
  const pooledOther = new Map<string, TypeCounts>();
  for (let fold = 0; fold < k; fold += 1) {
    const random = seededRandom(Number(options.seed) + fold);
    const held = documents.filter((_, i) => i % k === fold);
    const rest = Array.from({ length: copies }, () => documents.filter((_, i) => i % k !== fold)).flat();
    const initialled = withInitials([...fixed, ...rest], share, seededRandom(Number(options.seed) + fold + MIDDLE_INITIAL_SEED_OFFSET));
    const training = options.splitPossessives === true ? splitPossessiveDocuments(initialled) : initialled;
    const stacked = options.stack ? jackknife(training, Number(options.stackFolds), options, gazetteer) : undefined;
    const sentences = trainingSentences(training, Number(options.capsShare), random, gazetteer, options.headlineCase, stacked);
    const weights = trainTable(sentences, gazetteer, options, random, Number(options.seed) + fold, () => undefined);
    const source = tableSource({ ...weights, beam, stacked: options.stack });
    const split = options.splitPossessives === true;
    const counts = scoreWithErrors(source, gazetteer, held, errors, split);
    const other = scoreDocumentsWith(source, gazetteer, held, true, undefined, !split);
    addCounts(pooled, counts);
    addCounts(pooledOther, other);
    console.log(`fold ${fold + 1}/${k} (${held.length} documents): PER+ORG+LOC F1 ${(100 * report(counts).core.f1).toFixed(2)} (possessives ${split ? 'split' : 'whole'} in scoring; ${split ? 'whole' : 'split'}: ${(100 * report(other).core.f1).toFixed(2)})`);
  }
  const result = report(pooled);
  console.log(`pooled over ${documents.length} documents: PER+ORG+LOC F1 ${(100 * result.core.f1).toFixed(2)}, all F1 ${(100 * result.all.f1).toFixed(2)}`);
  console.log(formatReport(result).replace(/^/gm, '    '));
  const other = report(pooledOther);
  console.log(`scored with possessives ${options.splitPossessives === true ? 'whole' : 'split'} instead: PER+ORG+LOC F1 ${(100 * other.core.f1).toFixed(2)}, all F1 ${(100 * other.all.f1).toFixed(2)}`);
  console.log(formatReport(other).replace(/^/gm, '    '));
  if (options.errors !== undefined) writeErrors(options.errors, errors);
}

/** Like scoreDocumentsWith, also collecting the PER/ORG/LOC errors of each sentence (scripts/lib/ner-errors.ts). */
function scoreWithErrors(source: ReturnType<typeof tableSource>, gazetteer: Gazetteer, documents: readonly ConllDocument[], errors: NerError[], split: boolean): Map<string, TypeCounts> {
  const counts = new Map<string, TypeCounts>();
  for (const document of documents) {
    const sentences = document.sentences.map((s) => s.words);
    const predicted = predictTags(source, gazetteer, sentences, {}, split);
    document.sentences.forEach((s, k) => {
      const gold = toIob2(s.tags);
      countSentence(gold, predicted[k] ?? [], counts);
      errors.push(...sentenceErrors(s.words, gold, predicted[k] ?? []));
    });
  }
  return counts;
}

/** Writes the cross-validation errors by kind and type pair, then every error, to `path`. */
function writeErrors(path: string, errors: readonly NerError[]): void {
  const lines = [`errors touching PER/ORG/LOC: ${errors.length}`];
  for (const [key, n] of countErrors(errors, (e) => `${e.kind} ${e.types}`)) lines.push(`  ${key.padEnd(28)} ${n}`);
  for (const e of errors) lines.push(`${e.kind}\t${e.types}\t[${e.gold}]\t[${e.predicted}]\t${e.sentence.slice(0, 200)}`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  console.log(`wrote ${errors.length} errors to ${path}`);
}

function main(): void {
  const program = new Command()
    .option('--train <files...>', 'training CoNLL files', DEFAULT_TRAIN)
    .option('--dev <files...>', 'development CoNLL files (scored per epoch)', DEFAULT_DEV)
    .option('--epochs <n>', 'passes over the training data', String(DEFAULT_EPOCHS))
    .option('--seed <n>', 'random seed', String(DEFAULT_SEED))
    .option('--caps-share <x>', 'share of sentences also trained in capitals', String(DEFAULT_CAPS_SHARE))
    .option('--name-dropout <x>', 'share of sentences trained without the person-name features', String(DEFAULT_NAME_DROPOUT))
    .option('--gazetteer-dropout <x>', 'share of sentences trained without the gazetteer features', String(DEFAULT_GAZETTEER_DROPOUT))
    .option('--min-weight <x>', 'prune weights below this magnitude', String(DEFAULT_MIN_WEIGHT))
    .option('--beam <n>', 'beam width of the decoder (1: greedy)', String(DEFAULT_BEAM))
    .option('--headline-case <mode>', 're-case headline lines of the training documents: none, caps or caps+title', DEFAULT_TRAIN_HEADLINE_CASE)
    .option('--middle-initials <x>', 'share of two-word person names given a middle initial in training', String(DEFAULT_MIDDLE_INITIALS))
    .option('--no-stack', 'train without the stacked second pass (src/nlp/tagger/stacking.ts; on by default, on jackknifed first-pass tags)')
    .option('--stack-folds <k>', 'folds of the jackknife with --stack', String(DEFAULT_STACK_FOLDS))
    .option('--stack-share <x>', 'share of sentences trained with the stacked features', String(DEFAULT_STACK_SHARE))
    .option('--out <path>', 'model file to write')
    .option('--check', 'verify the committed model against the data files, do not train')
    .option('--folds <k>', 'cross-validate over the fold files instead of training a model')
    .option('--fold-files <files...>', 'documents split into folds by --folds', DEFAULT_FOLD_FILES)
    .option('--split-possessives', "split possessive tokens of the training files as the run-time tokenizer does (\"SpaceX's\" -> \"SpaceX\" \"'s\")")
    .option('--seeds <n>', 'average the weights of this many models trained on differently shuffled data', String(DEFAULT_SEEDS))
    .option('--errors <file>', 'with --folds: write the PER/ORG/LOC errors of the held-out folds to this file')
    .parse();
  const options = program.opts<Options>();
  const out = options.out ?? defaultModelPath();
  if (options.check === true) {
    process.exitCode = check(out);
    return;
  }
  const gazetteer = loadKbGazetteer();
  if (options.folds !== undefined) {
    crossValidate(options, gazetteer);
    return;
  }
  const random = seededRandom(Number(options.seed));
  const initialled = withInitials(readDocuments(options.train), Number(options.middleInitials), seededRandom(Number(options.seed) + MIDDLE_INITIAL_SEED_OFFSET));
  const training = options.splitPossessives === true ? splitPossessiveDocuments(initialled) : initialled;
  const stack = options.stack;
  const stacked = stack ? jackknife(training, Number(options.stackFolds), options, gazetteer) : undefined;
  const sentences = trainingSentences(training, Number(options.capsShare), random, gazetteer, options.headlineCase, stacked);
  const devSets = options.dev.map((path) => ({ path, documents: readDocuments([path]) }));
  const epochs = Number(options.epochs);
  const beam = Number(options.beam);
  const devScores: Record<string, number>[] = [];
  let featureCount = 0;
  const pruned = trainTable(sentences, gazetteer, options, random, Number(options.seed), (epoch, trained, errorRate) => {
    featureCount = trained.featureCount;
    const table = tableSource({ ...trained.averaged(0), beam, stacked: stack });
    const scores: Record<string, number> = { epoch };
    console.log(`epoch ${epoch}: training error rate ${(100 * errorRate).toFixed(2)}%, ${trained.featureCount} features`);
    for (const dev of devSets) {
      const result = report(scoreDocumentsWith(table, gazetteer, dev.documents, true, undefined, options.splitPossessives === true));
      scores[`${dev.path} PER+ORG+LOC`] = Number(result.core.f1.toFixed(4));
      console.log(`  ${dev.path}: PER+ORG+LOC F1 ${(100 * result.core.f1).toFixed(2)}, all F1 ${(100 * result.all.f1).toFixed(2)}`);
      if (epoch === epochs) console.log(formatReport(result).replace(/^/gm, '    '));
    }
    devScores.push(scores);
  });
  if (Number(options.seeds) > 1) {
    // The recorded dev scores are the averaged model's (pruned weights).
    const table = tableSource({ ...pruned, beam, stacked: stack });
    const scores: Record<string, number> = { epoch: epochs, seeds: Number(options.seeds) };
    for (const dev of devSets) {
      const result = report(scoreDocumentsWith(table, gazetteer, dev.documents, true, undefined, options.splitPossessives === true));
      scores[`${dev.path} PER+ORG+LOC`] = Number(result.core.f1.toFixed(4));
      console.log(`  averaged over ${options.seeds} seeds, ${dev.path}: PER+ORG+LOC F1 ${(100 * result.core.f1).toFixed(2)}, all F1 ${(100 * result.all.f1).toFixed(2)}`);
    }
    devScores.push(scores);
  }
  const devSentences = devSets.flatMap((dev) => dev.documents.flatMap((d) => d.sentences));
  const table = { ...pruned, beam, stacked: stack, temperature: calibrateTemperature(pruned, gazetteer, devSentences) };
  const file = encodeModel(table, {
    sources: options.train,
    dataHash: dataHash(options.train),
    training: { epochs, seed: Number(options.seed), capsShare: Number(options.capsShare), nameDropout: Number(options.nameDropout), gazetteerDropout: Number(options.gazetteerDropout), headlineCase: options.headlineCase, middleInitials: Number(options.middleInitials), ...(stack ? { stackFolds: Number(options.stackFolds), stackShare: Number(options.stackShare) } : {}), ...(Number(options.seeds) > 1 ? { seeds: Number(options.seeds) } : {}), ...(options.splitPossessives === true ? { splitPossessives: true } : {}), minWeight: Number(options.minWeight), beam, temperature: table.temperature, sentences: sentences.length, dev: devScores.at(-1) ?? {} },
  });
  writeFileSync(out, `${JSON.stringify(file)}\n`);
  console.log(`wrote ${out}: ${table.keys.length} features kept of ${featureCount} (first model)`);
}

main();
