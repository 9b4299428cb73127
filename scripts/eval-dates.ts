/**
 * Scores the dates annotator on a JSON Lines file of hand-annotated passages:
 *
 *   node dist/scripts/eval-dates.js FILE [--errors]
 *
 * Each line is { text, published, timexes: [{ start, end, type, value }] } (published may be null).
 * Prints TempEval-3 style figures: strict and relaxed span P/R/F1, type accuracy, value F1.
 * --errors lists every missed, spurious or wrongly valued expression.
 */
import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { annotateDates } from '../src/annotate/dates.js';
import { type Counts, type Prf, type Timex, addCounts, alignDocument, emptyCounts, score } from './lib/dates-score.js';

interface Passage {
  text: string;
  published: string | null;
  timexes: Timex[];
}

const PERCENT = 100;
const DECIMALS = 1;

function readPassages(file: string): Passage[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line, i) => {
      const p = JSON.parse(line) as Partial<Passage>;
      if (typeof p.text !== 'string' || !Array.isArray(p.timexes)) throw new Error(`${file}:${i + 1}: expected { text, published, timexes }`);
      return { text: p.text, published: p.published ?? null, timexes: p.timexes };
    });
}

function pct(n: number): string {
  return (n * PERCENT).toFixed(DECIMALS).padStart(5);
}

function row(name: string, s: Prf): string {
  return `${name.padEnd(10)} P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}`;
}

function describeErrors(p: Passage, predicted: readonly Timex[]): string[] {
  const lines: string[] = [];
  const show = (t: Timex): string => `"${p.text.slice(t.start, t.end)}" ${t.type} ${t.value}`;
  for (const g of p.timexes) {
    const hit = predicted.find((t) => t.start < g.end && g.start < t.end);
    if (!hit) lines.push(`  missed   ${show(g)}`);
    else if (hit.value !== g.value || hit.type !== g.type) lines.push(`  wrong    ${show(hit)}  expected ${show(g)}`);
  }
  for (const t of predicted) if (!p.timexes.some((g) => t.start < g.end && g.start < t.end)) lines.push(`  spurious ${show(t)}`);
  return lines;
}

function main(): void {
  const program = new Command()
    .argument('<file>', 'JSON Lines: { text, published, timexes: [{ start, end, type, value }] }')
    .option('--errors', 'list every error');
  program.parse();
  const [file] = program.args;
  if (file === undefined) throw new Error('usage: eval-dates FILE [--errors]');
  const showErrors = program.opts<{ errors?: boolean }>().errors === true;
  let total: Counts = emptyCounts();
  const passages = readPassages(file);
  const started = performance.now();
  for (const [i, p] of passages.entries()) {
    const predicted = annotateDates(p.text, p.published);
    total = addCounts(total, alignDocument(p.timexes, predicted));
    if (showErrors) {
      const errors = describeErrors(p, predicted);
      if (errors.length > 0) console.log(`#${i + 1} ${p.text.slice(0, 70)}\n${errors.join('\n')}`);
    }
  }
  const elapsed = performance.now() - started;
  const s = score(total);
  console.log(`${passages.length} passages, ${total.gold} gold, ${total.predicted} predicted (${(elapsed / passages.length).toFixed(2)} ms/passage)`);
  console.log(row('strict', s.strict));
  console.log(row('relaxed', s.relaxed));
  console.log(`type accuracy ${pct(s.typeAccuracy)}   value accuracy ${pct(s.valueAccuracy)}`);
  console.log(row('value', s.value));
}

main();
