/**
 * Scores the named-entity recognizer on CoNLL-format files (token ... tag columns, the tag last;
 * -DOCSTART- between documents; IOB1 or IOB2):
 *
 *   node dist/scripts/eval-ner.js FILE... [--no-consistency] [--time] [--model PATH]
 *
 * Prints entity-level precision, recall and F1 per type, for PER+ORG+LOC and for all four types,
 * the conlleval way (exact span and type). The files' own tokens are tagged, with the committed model
 * and the knowledge-base gazetteer, one document at a time (so the document-level pass runs).
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { loadKbGazetteer } from '../src/nlp/tagger/gazetteer-features.js';
import { decodeModel, loadModel, readModelFile } from '../src/nlp/tagger/model.js';
import { tableSource } from '../src/nlp/tagger/perceptron.js';
import { parseConll } from './lib/conll-file.js';
import { formatReport, report } from './lib/conll-score.js';
import { scoreDocumentsWith } from './lib/ner-eval.js';

interface Options {
  consistency: boolean;
  model?: string;
  time?: boolean;
}

function main(): void {
  const program = new Command().argument('<files...>', 'CoNLL files').option('--no-consistency', 'skip the document-level pass').option('--time', 'print tagging speed').option('--model <path>', 'model file (default: the committed one)').parse();
  const options = program.opts<Options>();
  const loadStart = performance.now();
  const source = tableSource(options.model === undefined ? loadModel() : decodeModel(readModelFile(options.model)));
  const gazetteer = loadKbGazetteer();
  const loadMs = performance.now() - loadStart;
  for (const path of program.args) {
    const documents = parseConll(readFileSync(path, 'utf8'));
    const start = performance.now();
    const counts = scoreDocumentsWith(source, gazetteer, documents, options.consistency);
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
