/**
 * End-to-end extraction fixtures: every folder under test/fixtures/pages/ holds a page as a site
 * ships it (source.html, source.txt, source.html.gz...) and expected.json, what a careful human
 * reader says the record must hold. Each page goes the real way, readInputs -> pipeline, and the
 * record is compared field by field. A folder without expected.json, with an unchecked draft
 * (a "_note" field) or with stray files fails: orphans and unread drafts break the build.
 *
 * Before that, expected.json is checked against its own page: a paragraph or caption the page does
 * not hold is a typo, and a mustNotContain string the page does not hold is a check that can never fail.
 *
 * Text (paragraphs, title, author names, captions) is compared with whitespace collapsed and
 * nothing else normalised: quotes, dashes and case are part of what the extractor must get right.
 * On failure the message shows a paragraph diff and a token F1, to see how close the extractor came.
 *
 * A new fixture starts as a draft: `node dist/scripts/new-fixture.js SLUG SOURCE_FILE [--url URL]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import {
  DRAFT_NOTE_KEY,
  EXPECTED_FILE,
  type FixtureExpectation,
  type MediaExpectation,
  type ObservedFixture,
  SOURCE_FILES,
  draftExpectation,
  findSourceFile,
  normaliseWhitespace,
  observeRecord,
  parseExpectation,
  runFixtureSource,
} from '../../scripts/new-fixture.js';

const PAGES_DIR = fileURLToPath(new URL('../fixtures/pages/', import.meta.url));

/** Files a fixture folder may hold; anything else is an orphan (a stale copy, a forgotten draft). */
const ALLOWED_FILES: ReadonlySet<string> = new Set<string>([EXPECTED_FILE, ...SOURCE_FILES]);

/** Paragraphs longer than this are cut in diff lines, so a failure stays readable. */
const DIFF_LINE_CHARS = 160;

/** Characters shown on each side of the first difference inside two paragraphs. */
const DIFF_CONTEXT_CHARS = 50;

/**
 * U+FFFD is never on a well-formed page: it appears only when bytes are decoded with the wrong
 * charset, so a fixture may list it in mustNotContain as a guard on decoding.
 */
const REPLACEMENT_CHAR = '\uFFFD';

/**
 * Tokens for the F1 score: runs of letters and digits; in scripts written without spaces between
 * words (Chinese characters, kana) each character counts as one token.
 */
const UNSPACED_SCRIPTS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
const TOKEN_PATTERN = new RegExp(`[${UNSPACED_SCRIPTS}]|(?:(?![${UNSPACED_SCRIPTS}])[\\p{L}\\p{N}])+`, 'gu');

function listFixtureFolders(): { folders: string[]; strayFiles: string[] } {
  const entries = readdirSync(PAGES_DIR, { withFileTypes: true });
  return {
    folders: entries.filter((e) => e.isDirectory()).map((e) => e.name).sort(),
    strayFiles: entries.filter((e) => !e.isDirectory()).map((e) => e.name),
  };
}

// ---- text score -------------------------------------------------------------------------------

interface TokenScore {
  precision: number;
  recall: number;
  f1: number;
}

function tokenCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const token of text.toLowerCase().match(TOKEN_PATTERN) ?? []) counts.set(token, (counts.get(token) ?? 0) + 1);
  return counts;
}

/** Bag-of-tokens F1 between the expected and the extracted text: how close, ignoring order. */
function tokenF1(expected: string, actual: string): TokenScore {
  const want = tokenCounts(expected);
  const got = tokenCounts(actual);
  let overlap = 0;
  for (const [token, n] of got) overlap += Math.min(n, want.get(token) ?? 0);
  const gotTotal = [...got.values()].reduce((a, b) => a + b, 0);
  const wantTotal = [...want.values()].reduce((a, b) => a + b, 0);
  const precision = gotTotal === 0 ? 0 : overlap / gotTotal;
  const recall = wantTotal === 0 ? 0 : overlap / wantTotal;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

function formatScore(score: TokenScore): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  return `token F1 ${pct(score.f1)} (precision ${pct(score.precision)}, recall ${pct(score.recall)})`;
}

// ---- paragraph diff ---------------------------------------------------------------------------

type DiffLine = { op: 'same' | 'missing' | 'extra'; text: string };

/** Aligns the two paragraph lists by their longest common subsequence (lists are short). */
function diffParagraphs(expected: readonly string[], actual: readonly string[]): DiffLine[] {
  const rows = expected.length + 1;
  const cols = actual.length + 1;
  const lcs: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  const at = (i: number, j: number): number => lcs[i]?.[j] ?? 0;
  for (let i = expected.length - 1; i >= 0; i--) {
    const row = lcs[i] ?? [];
    for (let j = actual.length - 1; j >= 0; j--) {
      row[j] = expected[i] === actual[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < expected.length || j < actual.length) {
    const e = expected[i];
    const a = actual[j];
    if (e !== undefined && a !== undefined && e === a) {
      lines.push({ op: 'same', text: e });
      i++;
      j++;
    } else if (a === undefined || (e !== undefined && at(i + 1, j) >= at(i, j + 1))) {
      lines.push({ op: 'missing', text: e ?? '' });
      i++;
    } else {
      lines.push({ op: 'extra', text: a });
      j++;
    }
  }
  return lines;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** Where two paragraphs first part, with a little context on each side. */
function firstDifference(expected: string, actual: string): string {
  let k = 0;
  while (k < expected.length && k < actual.length && expected[k] === actual[k]) k++;
  const from = Math.max(0, k - DIFF_CONTEXT_CHARS);
  const window = (s: string): string => JSON.stringify(s.slice(from, k + DIFF_CONTEXT_CHARS));
  return `at character ${k}:\n    expected …${window(expected)}…\n    actual   …${window(actual)}…`;
}

function describeParagraphMismatch(expected: readonly string[], actual: readonly string[]): string {
  const firstBad = expected.findIndex((p, k) => p !== actual[k]);
  const index = firstBad === -1 ? expected.length : firstBad;
  const e = expected[index];
  const a = actual[index];
  const first =
    e !== undefined && a !== undefined
      ? `first differing paragraph: #${index} ${firstDifference(e, a)}`
      : `first differing paragraph: #${index}: expected ${e === undefined ? 'none' : 'one'}, got ${a === undefined ? 'none' : 'one'}`;
  const marks = { same: ' ', missing: '-', extra: '+' } as const;
  const diff = diffParagraphs(expected, actual)
    .map((line) => `  ${marks[line.op]} ${clip(line.text, DIFF_LINE_CHARS)}`)
    .join('\n');
  return [
    `paragraphs differ (expected ${expected.length}, got ${actual.length}); "-" expected only, "+" extracted only:`,
    diff,
    first,
  ].join('\n');
}

// ---- field checks -----------------------------------------------------------------------------

function show(value: unknown): string {
  return JSON.stringify(value);
}

/**
 * A language matches when the tags agree; an expectation without a region ("en") accepts any
 * region the page declares ("en-GB"), because the markup, not the extractor, decides that part.
 */
function languageMatches(expected: string | null, actual: string | null): boolean {
  if (expected === null || actual === null) return expected === actual;
  const want = expected.toLowerCase();
  const got = actual.toLowerCase();
  return want.includes('-') ? want === got : got.split('-')[0] === want;
}

function mediaMatches(want: MediaExpectation, got: ObservedFixture['media'][number]): boolean {
  const same = (w: string | null | undefined, g: string | null): boolean =>
    w === undefined || (w === null ? g === null : g !== null && normaliseWhitespace(g) === normaliseWhitespace(w));
  return same(want.caption, got.caption) && same(want.credit, got.credit) && same(want.alt, got.alt);
}

/** Each expected media item must match a distinct extracted one; extra extracted items are allowed. */
function missingMedia(expected: readonly MediaExpectation[], actual: ObservedFixture['media']): MediaExpectation[] {
  const unused = [...actual];
  const missing: MediaExpectation[] = [];
  for (const want of expected) {
    const k = unused.findIndex((got) => mediaMatches(want, got));
    if (k === -1) missing.push(want);
    else unused.splice(k, 1);
  }
  return missing;
}

function checkMetadata(want: FixtureExpectation, got: ObservedFixture): string[] {
  const problems: string[] = [];
  const norm = (s: string | null): string | null => (s === null ? null : normaliseWhitespace(s));
  if (norm(want.title) !== norm(got.title)) problems.push(`title: expected ${show(want.title)}, got ${show(got.title)}`);
  if (show(want.authors.map(norm)) !== show(got.authors.map(norm))) {
    problems.push(`authors: expected ${show(want.authors)}, got ${show(got.authors)}`);
  }
  if (want.published !== got.published) {
    problems.push(`published (date part): expected ${show(want.published)}, got ${show(got.published)}`);
  }
  if (want.site !== undefined && want.site !== got.site) problems.push(`site: expected ${show(want.site)}, got ${show(got.site)}`);
  if (!languageMatches(want.language, got.language)) {
    problems.push(`language: expected ${show(want.language)}, got ${show(got.language)}`);
  }
  return problems;
}

function checkBody(want: FixtureExpectation, got: ObservedFixture, text: string): string[] {
  const problems: string[] = [];
  const expectedParagraphs = want.paragraphs.map(normaliseWhitespace);
  if (show(expectedParagraphs) !== show(got.paragraphs)) {
    problems.push(describeParagraphMismatch(expectedParagraphs, got.paragraphs));
  }
  const leaked = want.mustNotContain.filter((s) => text.includes(s));
  if (leaked.length > 0) problems.push(`text contains boilerplate it must not: ${leaked.map(show).join(', ')}`);
  const missingKinds = (want.boilerplateKinds ?? []).filter((kind) => !got.boilerplateKinds.includes(kind));
  if (missingKinds.length > 0) {
    problems.push(`boilerplate kinds missing: ${show(missingKinds)} (record has ${show(got.boilerplateKinds)})`);
  }
  const missing = missingMedia(want.media ?? [], got.media);
  if (missing.length > 0) {
    problems.push(`media not found: ${missing.map(show).join(', ')}\n  record media: ${show(got.media)}`);
  }
  return problems;
}

// ---- the expectation against its own page ------------------------------------------------------

/** What a reader could see of the page: the text of every node (scripts included, for JSON-LD bodies). */
function pageText(content: string, format: string): string {
  const text = format === 'html' ? textContent(parseDocument(content)) : content;
  return normaliseWhitespace(text);
}

/**
 * An expectation that its page cannot produce (a paragraph, the title, a name, a caption) is a
 * typo, and a mustNotContain string the page does not hold is a check that can never fail: both
 * are fixture bugs, reported before the extraction is judged.
 */
function checkAgainstPage(want: FixtureExpectation, content: string, format: string): string[] {
  const text = pageText(content, format);
  const problems: string[] = [];
  const absent = want.paragraphs.filter((p) => !text.includes(normaliseWhitespace(p)));
  if (absent.length > 0) {
    problems.push(`expected paragraphs that are not on the page: ${absent.map((p) => show(clip(p, DIFF_LINE_CHARS))).join(', ')}`);
  }
  const stated = [want.title, ...want.authors, ...(want.media ?? []).flatMap((m) => [m.caption, m.credit, m.alt])];
  const unseen = stated
    .filter((t) => typeof t === 'string')
    .filter((t) => !text.includes(normaliseWhitespace(t)) && !content.includes(t));
  if (unseen.length > 0) {
    problems.push(`expected title, authors or media texts that are not on the page: ${unseen.map(show).join(', ')}`);
  }
  const vacuous = want.mustNotContain.filter((s) => s !== REPLACEMENT_CHAR && !text.includes(s) && !content.includes(s));
  if (vacuous.length > 0) {
    problems.push(`mustNotContain strings that are not on the page, so they can never fail: ${vacuous.map(show).join(', ')}`);
  }
  return problems;
}

// ---- the tests --------------------------------------------------------------------------------

async function checkFixture(slug: string): Promise<void> {
  const folder = join(PAGES_DIR, slug);
  const files = readdirSync(folder);
  const stray = files.filter((name) => !ALLOWED_FILES.has(name));
  expect(stray, `${slug}: files that are neither the source nor ${EXPECTED_FILE}`).toEqual([]);
  expect(files, `${slug}: every fixture needs ${EXPECTED_FILE}`).toContain(EXPECTED_FILE);
  const sourceName = findSourceFile(folder);
  expect(sourceName, `${slug}: no source file (one of ${SOURCE_FILES.join(', ')})`).not.toBeNull();
  const want = parseExpectation(readFileSync(join(folder, EXPECTED_FILE), 'utf8'));

  const run = await runFixtureSource(join(folder, sourceName ?? ''), want.url);
  if (!run.ok) expect.fail(`${slug}: ${run.problem}`);
  const fixtureBugs = checkAgainstPage(want, run.document.content, run.document.format);
  if (fixtureBugs.length > 0) expect.fail(`${slug}: ${EXPECTED_FILE} disagrees with its own page:\n${fixtureBugs.join('\n')}`);
  const got = observeRecord(run.record);
  const problems = [...checkMetadata(want, got), ...checkBody(want, got, run.record.text)];
  if (problems.length > 0) {
    const score = tokenF1(want.paragraphs.join('\n'), run.record.text);
    expect.fail(`${slug} (${formatScore(score)}, stage ${run.record.extraction.stage}):\n${problems.join('\n')}`);
  }
}

const { folders, strayFiles } = listFixtureFolders();

describe('fixture pages', () => {
  it('the pages folder holds only fixture folders', () => {
    expect(strayFiles).toEqual([]);
    expect(folders.length).toBeGreaterThan(0);
  });

  for (const slug of folders) {
    it(slug, () => checkFixture(slug));
  }
});

describe('the fixture harness', () => {
  it('scores identical text 1 and disjoint text 0, counting unspaced scripts per character', () => {
    expect(tokenF1('The ferry left at dawn.', 'the ferry LEFT at dawn').f1).toBe(1);
    expect(tokenF1('The ferry left at dawn.', 'Rain fell on Tuesday.').f1).toBe(0);
    const partial = tokenF1('東京で雨', '東京で晴れ');
    expect(partial.recall).toBeCloseTo(3 / 4);
    expect(partial.precision).toBeCloseTo(3 / 5);
  });

  it('diffs paragraph lists by alignment, naming what is missing and what is extra', () => {
    const lines = diffParagraphs(['Lead.', 'Second.', 'Third.'], ['Lead.', 'Share this story', 'Third.']);
    expect(lines).toEqual([
      { op: 'same', text: 'Lead.' },
      { op: 'missing', text: 'Second.' },
      { op: 'extra', text: 'Share this story' },
      { op: 'same', text: 'Third.' },
    ]);
    expect(describeParagraphMismatch(['Lead.', 'Second.'], ['Lead.', 'Secnd.'])).toContain('#1 at character 3');
  });

  it('accepts any region when the expected language has none, and only the same region otherwise', () => {
    expect(languageMatches('en', 'en-GB')).toBe(true);
    expect(languageMatches('en-GB', 'en-US')).toBe(false);
    expect(languageMatches('ru', 'en')).toBe(false);
    expect(languageMatches('ja', null)).toBe(false);
  });

  it('rejects a drafted expected.json until its note is deleted, then reads it', () => {
    const observed: ObservedFixture = {
      title: 'Ferry late',
      authors: ['Ana Reyes'],
      published: '2025-03-04',
      site: null,
      language: 'en',
      paragraphs: ['The ferry left Batangas at dawn.'],
      media: [],
      boilerplateKinds: ['share'],
    };
    const draft = draftExpectation(observed, 'https://example.org/ferry', '2025-03-05');
    expect(() => parseExpectation(JSON.stringify(draft))).toThrow(/unchecked draft/);
    const { [DRAFT_NOTE_KEY]: _note, ...checked } = draft;
    expect(parseExpectation(JSON.stringify(checked)).paragraphs).toEqual(['The ferry left Batangas at dawn.']);
    expect(() => parseExpectation(JSON.stringify({ ...checked, mustNotContian: [] }))).toThrow(/fixture format/);
  });

  it('matches each expected media item to a distinct extracted one, ignoring fields it does not state', () => {
    const extracted = [{ caption: 'Boats at the  pier.', credit: 'Ana Reyes / Wirewatch', alt: null }];
    expect(missingMedia([{ caption: 'Boats at the pier.' }], extracted)).toEqual([]);
    expect(missingMedia([{ caption: 'Boats at the pier.' }, { caption: 'Boats at the pier.' }], extracted)).toHaveLength(1);
    expect(missingMedia([{ credit: 'Wirewatch' }], extracted)).toHaveLength(1);
  });
});
