/**
 * Tolerant parsing of <script type="application/ld+json"> contents. Pages get JSON-LD wrong in a
 * few recurring ways: HTML comments or CDATA around it, raw newlines and tabs inside strings,
 * trailing commas, several objects one after another, stray text after the object. We try strict
 * JSON first, then cut the text into its top-level values and repair each one. Never throws.
 */

/** JSON-LD larger than this is not metadata worth reading (some pages inline whole catalogues). */
export const MAX_JSON_LD_LENGTH = 1_000_000;

const WRAPPER_RE = /^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/g;
// eslint-disable-next-line no-control-regex -- raw control characters are exactly the slip we repair
const CONTROL_CHARS_RE = /[\u0000-\u001f]/g;
const TRAILING_COMMA_RE = /,(\s*[}\]])/g;
/** JSON allows only these after a backslash; "\'" and friends are a common slip. */
const BAD_ESCAPE_RE = /\\([^"\\/bfnrtu])/g;

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** The usual slips, undone: control characters become spaces (outside strings they are whitespace anyway). */
function repair(text: string): string {
  return text.replace(CONTROL_CHARS_RE, ' ').replace(BAD_ESCAPE_RE, '$1').replace(TRAILING_COMMA_RE, '$1');
}

/** Cuts text into its top-level JSON objects and arrays, skipping anything between them. */
export function splitTopLevelValues(text: string): string[] {
  const values: string[] = [];
  let depth = 0;
  let start = -1;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escaped) escaped = false;
      else if (c === 0x5c /* \ */) escaped = true;
      else if (c === 0x22 /* " */) inString = false;
      continue;
    }
    if (c === 0x22) {
      if (depth > 0) inString = true;
    } else if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      if (depth === 0) start = i;
      depth++;
    } else if ((c === 0x7d /* } */ || c === 0x5d) /* ] */ && depth > 0) {
      depth--;
      if (depth === 0) values.push(text.slice(start, i + 1));
    }
  }
  if (depth > 0 && start >= 0) values.push(text.slice(start)); // truncated: let repair have a go
  return values;
}

/** The JSON values in one JSON-LD script; empty when nothing in it parses. */
export function parseJsonLdScript(raw: string): unknown[] {
  if (raw.length > MAX_JSON_LD_LENGTH) return [];
  const text = raw.replace(WRAPPER_RE, '').trim();
  if (text.length === 0) return [];
  const whole = tryParse(text);
  if (whole !== undefined) return [whole];
  const values: unknown[] = [];
  for (const chunk of splitTopLevelValues(text)) {
    const value = tryParse(chunk) ?? tryParse(repair(chunk));
    if (value !== undefined) values.push(value);
  }
  return values;
}
