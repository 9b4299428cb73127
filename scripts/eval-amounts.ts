/**
 * Scores the amounts annotator on a JSON Lines file of hand-annotated texts:
 *
 *   npm run eval:amounts -- FILE [--show-errors N]
 *
 * Each line: {"id": "...", "body": "the article text", "published"?: "YYYY-MM-DD",
 *   "amounts": [{"text": "about 80,000", "value": 80000, "approximate": true, "object": "troops",
 *                "countType": "TROOPS", "unit": null, "min"?: ..., "max"?: ...}, ...]}
 * Gold amounts are listed in text order; a field left out of a gold amount is not scored. The
 * text runs through the pipeline as a clean body (format "body") with the amounts annotator only.
 * Figures only: nothing here passes or fails.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { amountsAnnotator } from '../src/annotate/amounts.js';
import type { Document } from '../src/input/document.js';
import { createPipeline } from '../src/pipeline.js';
import { isErrorRecord } from '../src/record/schema.js';
import {
  type DocumentMatch,
  FIELDS,
  type GoldAmount,
  type Tally,
  addMatch,
  emptyTally,
  figures,
  locateGold,
  matchAmounts,
} from './lib/amounts-score.js';

const DEFAULT_SHOWN_ERRORS = 20;

interface DevLine {
  id: string;
  body: string;
  published?: string;
  amounts: GoldAmount[];
}

function readDevSet(path: string): DevLine[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, index) => {
      const parsed = JSON.parse(line) as Partial<DevLine>;
      if (typeof parsed.body !== 'string' || !Array.isArray(parsed.amounts)) {
        throw new Error(`${path}:${index + 1}: expected {"id", "body", "amounts": [...]}`);
      }
      return { id: parsed.id ?? `line-${index + 1}`, body: parsed.body, published: parsed.published, amounts: parsed.amounts };
    });
}

function bodyDocument(line: DevLine, path: string, index: number): Document {
  return {
    id: line.id,
    format: 'body',
    content: line.body,
    source: { path, container: { kind: 'jsonl', index }, encoding: null, encodingFrom: null },
    hints: line.published ? { published: line.published } : {},
    warnings: [],
  };
}

function percent(value: number): string {
  return Number.isNaN(value) ? '   n/a' : `${(value * 100).toFixed(1).padStart(5)}%`;
}

function printFigures(tally: Tally, documents: number): void {
  const result = figures(tally);
  console.log(`documents ${documents}, gold amounts ${tally.gold}, predicted ${tally.predicted}, matched ${tally.matched}`);
  console.log(`detection  precision ${percent(result.precision)}  recall ${percent(result.recall)}  F1 ${percent(result.f1)}`);
  console.log(`exact span ${percent(result.exactSpan)} of matched`);
  for (const field of FIELDS) {
    const { checked, correct } = tally.fields[field];
    console.log(`${field.padEnd(12)}${percent(result.fields[field])}  (${correct}/${checked} matched pairs whose gold states it)`);
  }
}

function describeErrors(id: string, match: DocumentMatch): string[] {
  const lines: string[] = [];
  for (const gold of match.missed) lines.push(`${id}: missed "${gold.text}"`);
  for (const predicted of match.spurious) lines.push(`${id}: spurious "${predicted.text}" (${predicted.value})`);
  for (const { gold, predicted } of match.pairs) {
    const wrong = FIELDS.filter((field) => {
      if (field === 'value') return gold.value !== predicted.value;
      if (field === 'object') return gold.object !== undefined && (gold.object?.toLowerCase() ?? null) !== (predicted.object?.text.toLowerCase() ?? null);
      if (field === 'countType') return gold.countType !== undefined && (gold.countType ?? null) !== predicted.countType;
      return false;
    });
    if (wrong.length > 0) {
      lines.push(
        `${id}: "${gold.text}" wrong ${wrong.join(', ')}: got value ${predicted.value}, object ${JSON.stringify(predicted.object?.text ?? null)}, ` +
          `countType ${predicted.countType}; expected ${gold.value}, ${JSON.stringify(gold.object ?? null)}, ${gold.countType ?? null}`,
      );
    }
  }
  return lines;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { 'show-errors': { type: 'string', default: String(DEFAULT_SHOWN_ERRORS) } },
  });
  const path = positionals[0];
  const shown = Number(values['show-errors']);
  if (!path || !(shown >= 0)) {
    console.error('usage: eval-amounts FILE [--show-errors N]');
    process.exit(2);
  }
  const lines = readDevSet(path);
  const pipeline = createPipeline([amountsAnnotator]);
  let tally = emptyTally();
  const errors: string[] = [];
  for (const [index, line] of lines.entries()) {
    const record = pipeline.process(bodyDocument(line, path, index));
    if (isErrorRecord(record)) throw new Error(`${line.id}: ${record.error.message}`);
    const match = matchAmounts(locateGold(line.body, line.amounts), record.amounts);
    tally = addMatch(tally, match);
    errors.push(...describeErrors(line.id, match));
  }
  printFigures(tally, lines.length);
  if (shown > 0 && errors.length > 0) {
    console.log(`\nerrors (${Math.min(shown, errors.length)} of ${errors.length}):`);
    for (const error of errors.slice(0, shown)) console.log(`  ${error}`);
  }
}

main();
