/**
 * Builds data/models/truecase-lexicon.txt, the common-word list of src/nlp/truecase.ts: the words
 * that unlabelled English news writes in lower case in nearly all their mid-sentence occurrences.
 *
 *   node dist/scripts/build-truecase-lexicon.js [--datasets DIR] [--min-count N] [--min-lower-share X]
 *
 * Texts (unlabelled use only): the train documents of news-ner-silver and gum-ner (their
 * entities.jsonl `text`), and the article bodies of article-extraction-benchmark/ground-truth.json
 * except those that are news-ner-silver dev texts, so no dev text shapes the lexicon.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { packageRoot } from '../src/kb/paths.js';
import { TRUECASE_LEXICON_RELATIVE_PATH, type WordCasing, caseEvidence } from '../src/nlp/truecase.js';
import { DEFAULT_DATASETS, unlabelledTexts } from './lib/conll-texts.js';

const DEFAULT_MIN_COUNT = 2;
const DEFAULT_MIN_LOWER_SHARE = 0.9;

function main(): void {
  const options = new Command()
    .option('--datasets <dir>', 'the shared datasets folder', DEFAULT_DATASETS)
    .option('--min-count <n>', 'lower-case occurrences a word needs', String(DEFAULT_MIN_COUNT))
    .option('--min-lower-share <x>', 'share of mid-sentence occurrences in lower case', String(DEFAULT_MIN_LOWER_SHARE))
    .parse()
    .opts<{ datasets: string; minCount: string; minLowerShare: string }>();
  const evidence = new Map<string, WordCasing>();
  const texts = unlabelledTexts(options.datasets);
  for (const text of texts) caseEvidence(text, evidence);
  const minCount = Number(options.minCount);
  const share = Number(options.minLowerShare);
  const words = [...evidence.entries()]
    .filter(([key, c]) => c.lower >= minCount && c.lower >= share * (c.lower + c.capital) && /^\p{Ll}/u.test(key))
    .map(([key]) => key)
    .sort();
  const out = join(packageRoot(), TRUECASE_LEXICON_RELATIVE_PATH);
  const header = [
    '# Common lower-case words for src/nlp/truecase.ts, built by scripts/build-truecase-lexicon.ts: words written in lower case',
    `# in at least ${share * 100}% of their mid-sentence occurrences (${minCount}+ times) in ${texts.length} unlabelled texts: the train documents of`,
    '# news-ner-silver and gum-ner and the article-extraction-benchmark bodies (dev texts left out). Do not edit.',
  ];
  writeFileSync(out, `${[...header, ...words].join('\n')}\n`);
  console.log(`wrote ${out}: ${words.length} words from ${texts.length} texts`);
}

main();
