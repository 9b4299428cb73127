/**
 * Writes data/models/ner-written-train.conll from the articles in data/models/ner-written/*.txt:
 * modern web news written for newsgraph in its own words (technology, business, culture, politics,
 * local news, sport, world news, science, travel), every named entity marked in brackets by CoNLL-2003
 * conventions as news-ner-silver uses them. Each file is one article: a headline, a blank line, then
 * paragraphs. Files are read in name order, so the output is byte-for-byte reproducible.
 *
 *   node dist/scripts/make-ner-written-train.js [--check]
 *
 * --check exits 1 when the committed .conll file is not what the articles give (CI runs it).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../src/kb/paths.js';
import { toConll, unmark } from './lib/ner-markup.js';

function build(dir: string): { conll: string; articles: number; entities: number; tokens: number } {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort();
  const lines: string[] = [];
  let entities = 0;
  for (const name of files) {
    const article = unmark(readFileSync(join(dir, name), 'utf8'), name);
    entities += article.spans.length;
    lines.push('-DOCSTART-\tO', '');
    try {
      lines.push(...toConll(article));
    } catch (err) {
      throw new Error(`${name}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return { conll: `${lines.join('\n')}\n`, articles: files.length, entities, tokens: lines.filter((l) => l.includes('\t') && !l.startsWith('-DOCSTART-')).length };
}

function main(): number {
  const root = packageRoot();
  const out = join(root, 'data', 'models', 'ner-written-train.conll');
  const built = build(join(root, 'data', 'models', 'ner-written'));
  if (process.argv.includes('--check')) {
    const current = existsSync(out) ? readFileSync(out, 'utf8') : '';
    if (current !== built.conll) {
      console.error(`${out} is stale: run node dist/scripts/make-ner-written-train.js`);
      return 1;
    }
    console.log(`${out} is current (${built.articles} articles)`);
    return 0;
  }
  writeFileSync(out, built.conll);
  console.log(`wrote ${out}: ${built.articles} articles, ${built.tokens} tokens, ${built.entities} entity mentions`);
  return 0;
}

process.exitCode = main();
