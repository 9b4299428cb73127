/**
 * The one parse of a page: htmlparser2 building a domhandler tree, exactly as parseDocument does,
 * with two things riding on the tree builder so that no extra walk is needed:
 *
 * - the depth guard: htmlparser2's open-element bookkeeping grows quadratically with nesting (a
 *   100,000-deep page takes seconds), so a page is refused the moment it nests past the limit;
 * - the text statistics of every element (see stats.ts), summed as each element closes.
 */
import { DomHandler, type Document as DomDocument, type Element } from 'domhandler';
import { Parser } from 'htmlparser2';
import { MAX_DOM_DEPTH, tooDeep } from './depth.js';
import { SILENT_TAGS } from './rules.js';
import { type NodeStats, type StatsMap, addChildStats, addText, emptyStats, finishMeasured } from './stats.js';

/** Told of every element as the parser opens it (in document order) and as it closes it. */
export interface ElementObserver {
  open(el: Element): void;
  close(): void;
}

/** A tree builder that measures text as it goes and throws input/too-deep past its depth limit. */
class MeasuringHandler extends DomHandler {
  readonly stats: StatsMap = new Map();
  /** Running totals of the open elements, parallel to tagStack without the document root. */
  private readonly open: NodeStats[] = [];

  constructor(
    private readonly maxDepth: number,
    private readonly observer: ElementObserver | null,
  ) {
    super();
  }

  /** How many scripts, styles and the like are open: their text is never measured (it can be huge). */
  private silent = 0;

  override onopentag(name: string, attribs: { [key: string]: string }): void {
    super.onopentag(name, attribs);
    this.open.push(emptyStats());
    if (SILENT_TAGS.has(name)) this.silent++;
    if (this.open.length > this.maxDepth) throw tooDeep(this.maxDepth);
    this.observer?.open(this.tagStack[this.tagStack.length - 1] as Element);
  }

  override ontext(data: string): void {
    // The parser may hand one text node over in pieces (around entities); a space that starts a
    // piece after a word counts, as it would inside one whole text.
    if (this.silent > 0) {
      super.ontext(data);
      return;
    }
    const continues = this.lastNode !== null && this.lastNode.type === 'text';
    const previous = continues ? (this.lastNode as { data: string }).data : '';
    super.ontext(data);
    const current = this.open[this.open.length - 1];
    if (!current) return;
    if (continues && endsWithWordChar(previous) && startsWithSpace(data)) current.textLen++;
    addText(current, data);
  }

  override onclosetag(): void {
    const el = this.tagStack[this.tagStack.length - 1];
    const own = this.open.pop();
    if (own !== undefined) this.observer?.close();
    super.onclosetag();
    if (!el || el.type === 'root' || !own) return;
    const silent = SILENT_TAGS.has((el as Element).name);
    if (silent) this.silent--;
    const finished = silent ? emptyStats() : finishMeasured(el as Element, own);
    // An element without text has nothing to record or pass up (see StatsMap).
    if (finished.textLen === 0) return;
    this.stats.set(el as Element, finished);
    const parent = this.open[this.open.length - 1];
    if (parent) addChildStats(parent, finished);
  }
}

function isSpaceCode(c: number): boolean {
  return c <= 0x20 || c === 0xa0;
}

function endsWithWordChar(text: string): boolean {
  return text.length > 0 && !isSpaceCode(text.charCodeAt(text.length - 1));
}

function startsWithSpace(text: string): boolean {
  return text.length > 0 && isSpaceCode(text.charCodeAt(0));
}

export interface ParsedPage {
  dom: DomDocument;
  /** Text statistics of every element with text, as stats.ts computeStats would give them. */
  stats: StatsMap;
}

/**
 * Parses HTML into a domhandler document with its statistics; throws InputError("input/too-deep")
 * past `maxDepth` levels. An observer, when given, sees every element open and close on the way.
 */
export function parseHtml(html: string, maxDepth: number = MAX_DOM_DEPTH, observer: ElementObserver | null = null): ParsedPage {
  const handler = new MeasuringHandler(maxDepth, observer);
  new Parser(handler).end(html);
  return { dom: handler.root, stats: handler.stats };
}
