/**
 * The unlabelled texts that the tagger's data files (the truecasing lexicon) are built
 * from: the train documents of news-ner-silver and gum-ner (their entities.jsonl `text`) and the
 * article bodies of article-extraction-benchmark/ground-truth.json, minus every text that is a dev
 * document of either set, so no dev text shapes what is measured on it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DEFAULT_DATASETS = '../shared/datasets';

interface NerDocument {
  readonly split: string;
  readonly text: string;
}

function jsonLines(path: string): NerDocument[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as NerDocument);
}

export function unlabelledTexts(datasets: string = DEFAULT_DATASETS): string[] {
  const silver = jsonLines(join(datasets, 'news-ner-silver', 'entities.jsonl'));
  const gum = jsonLines(join(datasets, 'gum-ner', 'entities.jsonl'));
  const devTexts = new Set([...silver, ...gum].filter((d) => d.split === 'dev').map((d) => d.text));
  const bench = JSON.parse(readFileSync(join(datasets, 'article-extraction-benchmark', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: unknown }>;
  const bodies = Object.values(bench).flatMap((r) => (typeof r.articleBody === 'string' ? [r.articleBody] : []));
  const texts = [...silver, ...gum].filter((d) => d.split !== 'dev').map((d) => d.text);
  return [...new Set([...texts, ...bodies])].filter((t) => !devTexts.has(t));
}
