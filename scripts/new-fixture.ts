/**
 * Fixture pages: what a fixture's expected.json may say, how a fixture's source travels the real
 * path (readInputs -> createPipeline().process), and the command that drafts a new fixture.
 *
 *   node dist/scripts/new-fixture.js SLUG SOURCE_FILE [--url URL] [--encoding LABEL] [--dir DIR]
 *
 * It creates DIR/SLUG/ (default test/fixtures/pages/SLUG/, relative to the working directory) with
 * the source copied as source.html / source.txt / source.html.gz, and an expected.json drafted
 * from what the extractor produces today. The draft carries a "_note" field: the fixture test
 * rejects any expected.json that still has it, so an unread draft can never pass as a fixture.
 * A human reads the page, corrects every field, adds the boilerplate that must not appear, and
 * deletes the note.
 *
 * --encoding LABEL re-encodes a UTF-8 source into LABEL (e.g. windows-1251, shift_jis) before it
 * is stored, so pages in legacy charsets can be written in an ordinary editor.
 *
 * test/extract/fixtures.test.ts imports the expectation format and the runner from here, so the
 * drafting command and the test can never disagree about either.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import iconv from 'iconv-lite';
import { z } from 'zod';
import type { Document, InputItem } from '../src/input/document.js';
import { readInputs } from '../src/input/read.js';
import { createPipeline } from '../src/pipeline.js';
import {
  type ArticleRecord,
  type BoilerplateKindT,
  BoilerplateKind,
  isErrorRecord,
} from '../src/record/schema.js';

/** The key that marks an expected.json as an unchecked draft. */
export const DRAFT_NOTE_KEY = '_note';

/** The file holding a fixture's expectations. */
export const EXPECTED_FILE = 'expected.json';

/** The names a fixture's source may have; the extension tells readInputs how to read it. */
export const SOURCE_FILES = ['source.html', 'source.html.gz', 'source.txt', 'source.txt.gz'] as const;

/** Where fixtures live, relative to the repository root. */
export const DEFAULT_PAGES_DIR = 'test/fixtures/pages';

/** Slugs are folder names: lower-case words joined by hyphens. */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A calendar date, the part of a published value a fixture pins down. */
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Length of "YYYY-MM-DD", the date part of an ISO 8601 date or date-time. */
const DATE_PART_LENGTH = 10;

const MediaExpectationSchema = z.strictObject({
  caption: z.string().nullable().optional(),
  credit: z.string().nullable().optional(),
  alt: z.string().nullable().optional(),
});

/**
 * expected.json. Strict: a misspelt key is an error, not a silently ignored expectation.
 * `rationale` holds the reasons behind judgement calls (is this line boilerplate or body?) so the
 * next reader does not have to guess them; the test does not read it.
 */
export const FixtureExpectationSchema = z.strictObject({
  url: z.url().optional(),
  title: z.string().nullable(),
  authors: z.array(z.string().min(1)),
  published: z.string().regex(DATE_PATTERN).nullable(),
  site: z.string().nullable().optional(),
  language: z.string().nullable(),
  paragraphs: z.array(z.string().min(1)).min(1),
  mustNotContain: z.array(z.string().min(1)),
  boilerplateKinds: z.array(BoilerplateKind).optional(),
  media: z.array(MediaExpectationSchema).optional(),
  rationale: z.array(z.string()).optional(),
});

export type FixtureExpectation = z.infer<typeof FixtureExpectationSchema>;
export type MediaExpectation = z.infer<typeof MediaExpectationSchema>;

/** What a fixture compares: the record seen through the same fields expected.json states. */
export interface ObservedFixture {
  title: string | null;
  authors: string[];
  published: string | null;
  site: string | null;
  language: string | null;
  paragraphs: string[];
  media: { caption: string | null; credit: string | null; alt: string | null }[];
  boilerplateKinds: BoilerplateKindT[];
}

/** Collapses every run of whitespace to one space and trims: the only normalisation fixtures apply. */
export function normaliseWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/** Reads expected.json, refusing drafts and anything that does not match the format. */
export function parseExpectation(json: string): FixtureExpectation {
  const raw: unknown = JSON.parse(json);
  if (typeof raw === 'object' && raw !== null && DRAFT_NOTE_KEY in raw) {
    throw new Error(
      `${EXPECTED_FILE} is an unchecked draft (it still has "${DRAFT_NOTE_KEY}"): read the page, correct every field, then delete the note`,
    );
  }
  const parsed = FixtureExpectationSchema.safeParse(raw);
  if (!parsed.success) throw new Error(`${EXPECTED_FILE} does not match the fixture format: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** The fixture's source file name, or null when the folder has none. */
export function findSourceFile(folder: string): string | null {
  return SOURCE_FILES.find((name) => existsSync(join(folder, name))) ?? null;
}

/** A run's outcome: the record and the document it came from (decoded as the reader decoded it), or why there is none. */
export type FixtureRun = { ok: true; record: ArticleRecord; document: Document } | { ok: false; problem: string };

/** Sends one source file through the real path: the readers, then the pipeline. */
export async function runFixtureSource(sourcePath: string, url?: string): Promise<FixtureRun> {
  const pipeline = createPipeline();
  const items: InputItem[] = [];
  for await (const item of readInputs([sourcePath], url === undefined ? {} : { url })) items.push(item);
  const [item] = items;
  if (items.length !== 1 || item === undefined) {
    return { ok: false, problem: `readInputs yielded ${items.length} items for ${sourcePath}, expected exactly one document` };
  }
  if (item.kind === 'error') return { ok: false, problem: `readInputs failed: ${item.code}: ${item.message}` };
  const line = pipeline.process(item.document);
  if (isErrorRecord(line)) return { ok: false, problem: `the pipeline failed: ${line.error.code}: ${line.error.message}` };
  return { ok: true, record: line, document: item.document };
}

/** The record reduced to the fields a fixture states, text normalised the way fixtures compare it. */
export function observeRecord(record: ArticleRecord): ObservedFixture {
  return {
    title: record.title,
    authors: record.authors.map((author) => author.name),
    published: record.published === null ? null : record.published.value.slice(0, DATE_PART_LENGTH),
    site: record.site.name,
    language: record.language,
    paragraphs: record.paragraphs.map((p) => normaliseWhitespace(record.text.slice(p.start, p.end))),
    media: record.media.map((m) => ({ caption: m.caption, credit: m.credit, alt: m.alt })),
    boilerplateKinds: [...new Set(record.boilerplate.map((b) => b.kind))],
  };
}

/** An expected.json drafted from today's output, marked as a draft so it cannot pass unread. */
export function draftExpectation(observed: ObservedFixture | null, url: string | undefined, today: string): Record<string, unknown> {
  return {
    [DRAFT_NOTE_KEY]:
      `Drafted on ${today} from the extractor's output, which may be wrong. Read the page, correct every field ` +
      '(paragraphs: the exact body blocks; mustNotContain: boilerplate strings from the page), then delete this note.',
    ...(url === undefined ? {} : { url }),
    title: observed?.title ?? null,
    authors: observed?.authors ?? [],
    published: observed?.published ?? null,
    site: observed?.site ?? null,
    language: observed?.language ?? null,
    paragraphs: observed?.paragraphs ?? [],
    mustNotContain: [],
    boilerplateKinds: observed?.boilerplateKinds ?? [],
    media: (observed?.media ?? []).map((m) => ({ caption: m.caption, credit: m.credit })),
  };
}

/** The stored name for a source file, chosen by its extension. */
export function sourceNameFor(sourceFile: string): (typeof SOURCE_FILES)[number] {
  const name = basename(sourceFile).toLowerCase();
  const gz = name.endsWith('.gz');
  const stem = gz ? name.slice(0, -'.gz'.length) : name;
  const isText = stem.endsWith('.txt');
  const isHtml = stem.endsWith('.html') || stem.endsWith('.htm');
  if (!isText && !isHtml) throw new Error(`cannot tell whether ${sourceFile} is HTML or text: name it .html, .htm, .txt (optionally .gz)`);
  if (isText) return gz ? 'source.txt.gz' : 'source.txt';
  return gz ? 'source.html.gz' : 'source.html';
}

/** Encodes UTF-8 text into a legacy charset, refusing characters the charset cannot hold. */
export function encodeStrictly(text: string, encoding: string): Buffer {
  if (!iconv.encodingExists(encoding)) throw new Error(`unknown encoding "${encoding}"`);
  const bytes = iconv.encode(text, encoding);
  const roundTrip = iconv.decode(bytes, encoding);
  if (roundTrip !== text) {
    const wanted = [...text];
    const stored = [...roundTrip];
    const at = wanted.findIndex((ch, k) => stored[k] !== ch);
    const ch = wanted[at] ?? '';
    const code = ch.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0') ?? '?';
    throw new Error(`${encoding} cannot represent "${ch}" (U+${code}, character ${at} of the source); it would be stored as "?"`);
  }
  return bytes;
}

interface CliOptions {
  slug: string;
  sourceFile: string;
  url: string | undefined;
  encoding: string | undefined;
  pagesDir: string;
}

const USAGE = 'usage: new-fixture SLUG SOURCE_FILE [--url URL] [--encoding LABEL] [--dir DIR]';

function parseCli(argv: string[]): CliOptions {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { url: { type: 'string' }, encoding: { type: 'string' }, dir: { type: 'string' } },
  });
  const [slug, sourceFile] = positionals;
  if (slug === undefined || sourceFile === undefined || positionals.length !== 2) throw new Error(USAGE);
  if (!SLUG_PATTERN.test(slug)) throw new Error(`slug "${slug}" must be lower-case words joined by hyphens`);
  return { slug, sourceFile, url: values.url, encoding: values.encoding, pagesDir: values.dir ?? DEFAULT_PAGES_DIR };
}

/** The bytes to store: the file as is, or re-encoded from UTF-8 when --encoding asks for it. */
function sourceBytes(options: CliOptions, sourceName: string): Buffer {
  const raw = readFileSync(options.sourceFile);
  if (options.encoding === undefined) return raw;
  if (sourceName.endsWith('.gz')) throw new Error('--encoding needs an uncompressed source');
  return encodeStrictly(raw.toString('utf8'), options.encoding);
}

async function main(argv: string[]): Promise<void> {
  const options = parseCli(argv);
  const folder = resolve(options.pagesDir, options.slug);
  if (existsSync(folder)) throw new Error(`${folder} already exists; pick another slug or delete it first`);
  const sourceName = sourceNameFor(options.sourceFile);
  const bytes = sourceBytes(options, sourceName);
  mkdirSync(folder, { recursive: true });
  const sourcePath = join(folder, sourceName);
  writeFileSync(sourcePath, bytes);

  const run = await runFixtureSource(sourcePath, options.url);
  if (!run.ok) console.error(`warning: ${run.problem}; the draft is empty`);
  const observed = run.ok ? observeRecord(run.record) : null;
  const today = new Date().toISOString().slice(0, DATE_PART_LENGTH);
  const draft = draftExpectation(observed, options.url, today);
  writeFileSync(join(folder, EXPECTED_FILE), JSON.stringify(draft, null, 2) + '\n');
  console.log(`created ${folder}/{${sourceName},${EXPECTED_FILE}}`);
  console.log(`now read the page, correct ${EXPECTED_FILE} and delete its "${DRAFT_NOTE_KEY}" field: the fixture test fails until you do`);
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (invokedDirectly) {
  main(process.argv.slice(2)).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : String(err));
    process.exitCode = 1;
  });
}
