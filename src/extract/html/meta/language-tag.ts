/**
 * Language tags from markup (<html lang>, content-language, og:locale, JSON-LD inLanguage),
 * normalised to the lower-cased primary subtag: "en-US", "en_GB" and "EN" all become "en",
 * "pt-BR" becomes "pt", "zh-Hant-TW" becomes "zh".
 *
 * Why only the primary subtag: region and script subtags in markup are mostly CMS defaults
 * ("en-US" on a British site), the text-based detector can only ever say the primary language,
 * and one form makes records comparable and filterable ("language = 'pt'").
 */

/** Deprecated codes still found in markup, and their current form. */
const DEPRECATED_CODES: ReadonlyMap<string, string> = new Map([
  ['iw', 'he'],
  ['in', 'id'],
  ['ji', 'yi'],
  ['jw', 'jv'],
]);

/** Codes that say no particular language. */
const NOT_A_LANGUAGE: ReadonlySet<string> = new Set(['und', 'mul', 'zxx', 'mis']);

/** Names some sites write instead of codes. */
const LANGUAGE_NAMES: ReadonlyMap<string, string> = new Map([
  ['english', 'en'],
  ['french', 'fr'],
  ['german', 'de'],
  ['spanish', 'es'],
  ['italian', 'it'],
  ['portuguese', 'pt'],
  ['dutch', 'nl'],
  ['russian', 'ru'],
]);

export function normaliseLanguageTag(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const first = raw.split(/[,;]/)[0]?.trim().toLowerCase() ?? '';
  const named = LANGUAGE_NAMES.get(first);
  if (named !== undefined) return named;
  const primary = first.split(/[-_]/)[0] ?? '';
  if (!/^[a-z]{2,3}$/.test(primary) || NOT_A_LANGUAGE.has(primary)) return null;
  return DEPRECATED_CODES.get(primary) ?? primary;
}
