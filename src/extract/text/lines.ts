/**
 * Splitting a plain-text scrape into lines. A scrape is text copied off a page: every paragraph,
 * caption, menu entry and button label ends up on its own line, and blank lines (when the copy kept
 * them) group lines that sat in the same box. Every later rule works on these lines, so this is the
 * one place that deals with line endings and odd spaces.
 */

/** One non-blank line of the scrape, whitespace collapsed. */
export interface Line {
  /** The line's text: runs of whitespace (including no-break spaces) collapsed to one space, trimmed. */
  text: string;
  /** Run of lines without a blank line between them that this line belongs to (0, 1, 2, ...). */
  block: number;
}

/**
 * Spaces a page uses that are not plain spaces: no-break, narrow no-break, figure, thin and the
 * other fixed-width spaces. Copying a page keeps them; for the record they are ordinary spaces.
 */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\f\v]/g;
/** Characters that take no room and carry no text (zero-width space and joiners, byte-order mark). */
const INVISIBLES = /\u200B|\u200C|\u200D|\u2060|\uFEFF/g;

/** Turns a raw scrape into non-blank lines with their block numbers. */
export function splitLines(raw: string): Line[] {
  const rawLines = raw.replace(/\r\n?/g, '\n').replace(/[\u2028\u2029]/g, '\n').split('\n');
  const lines: Line[] = [];
  let block = 0;
  let previousBlank = false;
  for (const rawLine of rawLines) {
    const text = cleanLine(rawLine);
    if (text.length === 0) {
      previousBlank = true;
      continue;
    }
    if (previousBlank && lines.length > 0) block += 1;
    previousBlank = false;
    lines.push({ text, block });
  }
  return joinHardWrappedLines(lines);
}

/** Collapses whitespace inside a line and drops invisible characters; every other character is kept as is. */
export function cleanLine(rawLine: string): string {
  return rawLine.replace(INVISIBLES, '').replace(ODD_SPACES, ' ').replace(/ {2,}/g, ' ').trim();
}

/** Lines shorter than this say nothing about a wrap width (headings, labels, last lines of paragraphs). */
const WRAP_SAMPLE_MIN_CHARS = 40;
/** A fixed wrap width is never wider than this: longer lines are whole paragraphs. */
const WRAP_MAX_WIDTH = 100;
/** A wrapped line ends at most this many characters short of the wrap width (the next word did not fit). */
const WRAP_SLACK_CHARS = 15;
/** Share of the sampled lines that must sit just under the wrap width for the text to count as hard-wrapped. */
const WRAPPED_LINE_SHARE = 0.7;
/** Fewer sampled lines than this are too few to tell a wrap width from chance. */
const WRAP_MIN_SAMPLE = 6;

/**
 * Some scrapes come hard-wrapped at a fixed width (plain-text e-mails, wire copy, `lynx -dump`): one
 * paragraph spreads over several lines. Such a text shows most of its longer lines just under one
 * width and none above it. When that is the case, lines that reach the wrap zone are joined with the
 * next line of the same block; elsewhere lines are left alone (one line is one unit).
 */
export function joinHardWrappedLines(lines: Line[]): Line[] {
  const width = detectWrapWidth(lines);
  if (width === null) return lines;
  const joined: Line[] = [];
  for (const line of lines) {
    const last = joined.at(-1);
    if (last && last.block === line.block && last.text.length >= width - WRAP_SLACK_CHARS) {
      last.text = `${last.text} ${line.text}`;
    } else {
      joined.push({ ...line });
    }
  }
  return joined;
}

/** The fixed width the text is wrapped at, or null when its lines do not show one. */
export function detectWrapWidth(lines: Line[]): number | null {
  const lengths = lines.map((line) => line.text.length).filter((length) => length >= WRAP_SAMPLE_MIN_CHARS);
  if (lengths.length < WRAP_MIN_SAMPLE) return null;
  const width = Math.max(...lengths);
  if (width > WRAP_MAX_WIDTH) return null;
  const nearWidth = lengths.filter((length) => length >= width - WRAP_SLACK_CHARS).length;
  return nearWidth / lengths.length >= WRAPPED_LINE_SHARE ? width : null;
}
