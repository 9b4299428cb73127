/**
 * Curated entries: data/kb/curated/*.jsonl, one JSON object a line (lines starting with "#" are
 * comments). A line either adds an entry (it then needs type, kind, name and cc) or, when its id
 * is a generated one ("iso3166-2:JP-01"), amends that entry: its aliases and demonyms are added,
 * `dropAliases` removes source aliases, its other fields replace the generated ones. Every line
 * names its source.
 */
import { z } from 'zod';
import { ENTRY_TYPES, EVENT_KINDS, type KbEntry, ORGANIZATION_KINDS, PLACE_KINDS } from '../entry.js';
import { rankScore } from '../rank.js';

const KINDS_BY_TYPE: Readonly<Record<string, readonly string[]>> = {
  location: PLACE_KINDS,
  organization: ORGANIZATION_KINDS,
  event: EVENT_KINDS,
  person: [],
};

const CURATED_ID = /^ng:[a-z]+\/[a-z0-9-]+$/;
const GENERATED_ID = /^(iso3166-1:[A-Z]{2}|iso3166-2:[A-Z]{2}-[A-Z0-9]+|geonames:\d+)$/;
const COUNTRY_CODE = /^[A-Z]{2}$/;
/** Years ("1922"), months or full dates. */
const PARTIAL_DATE = /^-?\d{4}(-\d{2}(-\d{2})?)?$/;

const CountryCode = z.string().regex(COUNTRY_CODE);

export const CuratedLine = z
  .object({
    id: z.string().refine((id) => CURATED_ID.test(id) || GENERATED_ID.test(id), 'an ng: id or a generated id'),
    source: z.string().min(3),
    type: z.enum(ENTRY_TYPES).optional(),
    kind: z.string().optional(),
    name: z.string().min(1).optional(),
    aliases: z.array(z.string().min(1)).optional(),
    /** Amendments only: source aliases that are common words or names in English ("Mann" for the Isle of Man). */
    dropAliases: z.array(z.string().min(1)).optional(),
    demonyms: z.array(z.string().min(1)).optional(),
    cc: z.array(CountryCode).optional(),
    lat: z.number().min(-90).max(90).optional(),
    lon: z.number().min(-180).max(180).optional(),
    admin1: z.string().optional(),
    population: z.number().int().positive().optional(),
    seat: z.enum(['country', 'admin1']).optional(),
    parties: z.array(z.object({ cc: CountryCode, names: z.array(z.string().min(1)).min(1) }).strict()).optional(),
    start: z.string().regex(PARTIAL_DATE).optional(),
    end: z.string().regex(PARTIAL_DATE).optional(),
    partOf: z.string().optional(),
    qid: z.string().regex(/^Q\d+$/).optional(),
    /** Added to the ranking score where the rule of thumb orders a shared name wrongly. */
    priority: z.number().min(-5).max(5).optional(),
  })
  .strict();
export type CuratedLineT = z.infer<typeof CuratedLine>;

export class CuratedDataError extends Error {}

export function parseCuratedJsonl(text: string, file: string): CuratedLineT[] {
  const lines: CuratedLineT[] = [];
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line.length === 0 || line.startsWith('#')) return;
    const where = `${file}:${index + 1}`;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      throw new CuratedDataError(`${where}: not JSON: ${err instanceof Error ? err.message : String(err)}`);
    }
    const parsed = CuratedLine.safeParse(json);
    if (!parsed.success) throw new CuratedDataError(`${where}: ${z.prettifyError(parsed.error)}`);
    lines.push(parsed.data);
  });
  return lines;
}

function union(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] | undefined {
  if (a === undefined && b === undefined) return undefined;
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}

/** Drops undefined fields so that JSON output and equality checks see only what is set. */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

function checkKind(line: CuratedLineT, type: string, kind: string): void {
  if (!(KINDS_BY_TYPE[type] ?? []).includes(kind)) {
    throw new CuratedDataError(`${line.id}: kind "${kind}" is not a kind of ${type}`);
  }
}

/** A new entry from a curated line that does not amend a generated one. */
export function curatedEntry(line: CuratedLineT): KbEntry {
  const { priority, dropAliases, ...fields } = line;
  if (dropAliases !== undefined) throw new CuratedDataError(`${line.id}: dropAliases only amends a generated entry`);
  if (!CURATED_ID.test(line.id)) throw new CuratedDataError(`${line.id}: amends an entry that the sources do not have`);
  if (fields.type === undefined || fields.kind === undefined || fields.name === undefined || fields.cc === undefined) {
    throw new CuratedDataError(`${line.id}: a new entry needs type, kind, name and cc`);
  }
  checkKind(line, fields.type, fields.kind);
  const located = fields.type === 'location' ? { lat: fields.lat ?? null, lon: fields.lon ?? null } : {};
  const entry = { ...fields, ...located, score: rankScore({ ...fields, type: fields.type, kind: fields.kind, priority }) };
  return compact(entry) as KbEntry;
}

/** A generated entry amended by a curated line. */
export function amendEntry(base: KbEntry, line: CuratedLineT): KbEntry {
  const { priority, aliases, dropAliases, demonyms, ...fields } = line;
  const dropped = new Set(dropAliases ?? []);
  const merged = {
    ...base,
    ...fields,
    aliases: union(base.aliases, aliases)?.filter((alias) => !dropped.has(alias)),
    demonyms: union(base.demonyms, demonyms),
  };
  checkKind(line, merged.type, merged.kind);
  const population = 'population' in merged ? merged.population : undefined;
  const seat = 'seat' in merged ? merged.seat : undefined;
  return compact({ ...merged, score: rankScore({ type: merged.type, kind: merged.kind, population, seat, priority }) }) as KbEntry;
}
