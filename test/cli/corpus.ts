/**
 * Small, realistic inputs written for the command-line tests: short local-news pages in HTML and as
 * plain-text scrapes, each with a distinct headline so every document gets a distinct id.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

const TOWNS = ['Aberfeldy', 'Ballater', 'Callander', 'Dornoch', 'Ellon', 'Forres', 'Golspie', 'Huntly', 'Inveraray', 'Keith'];
const TOPICS = [
  { what: 'ferry timetable', detail: 'The council confirmed that the winter crossings will run every ninety minutes from next month.' },
  { what: 'library reopening', detail: 'Volunteers spent three weekends repainting the reading room and sorting donated books.' },
  { what: 'road closure', detail: 'Engineers expect the resurfacing work on the bridge approach to last until the end of the month.' },
];

export interface Page {
  /** Path relative to the corpus folder. */
  name: string;
  title: string;
  body: string | Uint8Array;
}

function story(index: number): { title: string; paragraphs: string[] } {
  const town = TOWNS[index % TOWNS.length];
  const topic = TOPICS[index % TOPICS.length];
  if (town === undefined || topic === undefined) throw new Error('unreachable: indices are taken modulo the lengths');
  const title = `${town} residents react to ${topic.what} plan (story ${index})`;
  return {
    title,
    paragraphs: [
      `Residents of ${town} packed the community hall on Tuesday evening to hear details of the ${topic.what} plan, story number ${index} in our series.`,
      topic.detail,
      `"We were told about it far too late," said one shopkeeper, who has traded on the high street for nineteen years. Officials promised a second meeting before any final decision.`,
    ],
  };
}

export function htmlPage(title: string, paragraphs: readonly string[]): string {
  const body = paragraphs.map((p) => `      <p>${p}</p>`).join('\n');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>${title}</title>
  </head>
  <body>
    <nav><a href="/">Home</a> <a href="/news">News</a></nav>
    <article>
      <h1>${title}</h1>
${body}
    </article>
    <footer>Copyright The Northern Courier</footer>
  </body>
</html>
`;
}

export function textScrape(title: string, paragraphs: readonly string[]): string {
  return [title, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}

/** One page, as the name says: a text scrape (.txt), an HTML page (.html), or a gzipped one (.html.gz). */
export function makePage(index: number, name: string): Page {
  const { title, paragraphs } = story(index);
  const text = name.endsWith('.txt') ? textScrape(title, paragraphs) : htmlPage(title, paragraphs);
  return { name, title, body: name.endsWith('.gz') ? gzipSync(text) : text };
}

export function writePages(root: string, pages: readonly { name: string; body: string | Uint8Array }[]): void {
  for (const page of pages) {
    const path = join(root, page.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, page.body);
  }
}
