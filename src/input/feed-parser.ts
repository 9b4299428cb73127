/**
 * A streaming feed parser (RSS 2.0, RSS 1.0/RDF, Atom) on htmlparser2's XML mode: it follows the
 * element path and collects each item or entry as it closes, so a feed of any length is read in
 * chunks and its items are handed out as soon as they are complete.
 */
import { Parser } from 'htmlparser2';

export type FeedKind = 'rss' | 'rdf' | 'atom';

/** How an item's content is written: escaped HTML, plain text, or inline XHTML (Atom type="xhtml"). */
export type ContentType = 'html' | 'text' | 'xhtml';

export interface FeedContent {
  value: string;
  type: ContentType;
}

export interface FeedEntry {
  title: string | null;
  link: string | null;
  guid: string | null;
  guidIsPermaLink: boolean;
  /** The full article (content:encoded, Atom <content>). */
  content: FeedContent | null;
  /** The teaser (description, Atom <summary>). */
  summary: FeedContent | null;
  /** pubDate, dc:date or Atom <published>, as written. */
  published: string | null;
  /** Atom <updated>, as written. */
  updated: string | null;
  authors: string[];
}

export interface FeedInfo {
  kind: FeedKind | null;
  /** The channel or feed title: the site's name. */
  title: string | null;
  /** The channel or feed home page (relative item links are resolved against it). */
  link: string | null;
  /** True once the root element has closed: a feed that ends before is truncated. */
  complete: boolean;
  entriesSeen: number;
}

type Field = 'title' | 'link' | 'guid' | 'content' | 'summary' | 'published' | 'dcDate' | 'updated' | 'author' | 'siteTitle' | 'siteLink';

interface Capture {
  field: Field;
  /** Stack depth of the element being captured. */
  depth: number;
  type: ContentType;
  parts: string[];
}

const ROOTS: Readonly<Record<string, FeedKind>> = { rss: 'rss', 'rdf:rdf': 'rdf', feed: 'atom' };
const CHANNEL_ELEMENTS = new Set(['channel', 'feed']);
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Fields of an RSS item, by element name. */
const RSS_FIELDS: Readonly<Record<string, Field>> = {
  title: 'title',
  link: 'link',
  guid: 'guid',
  'content:encoded': 'content',
  description: 'summary',
  pubdate: 'published',
  'dc:date': 'dcDate',
  author: 'author',
  'dc:creator': 'author',
};

/** Fields of an Atom entry (its <author> is read through its <name>). */
const ATOM_FIELDS: Readonly<Record<string, Field>> = {
  title: 'title',
  id: 'guid',
  content: 'content',
  summary: 'summary',
  published: 'published',
  updated: 'updated',
  'dc:creator': 'author',
};

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string): string => escapeText(text).replace(/"/g, '&quot;');
const localName = (name: string): string => name.slice(name.indexOf(':') + 1);

function attribute(attribs: Record<string, string>, name: string): string | undefined {
  for (const [key, value] of Object.entries(attribs)) if (key.toLowerCase() === name) return value;
  return undefined;
}

/** Atom's type attribute: "html", "xhtml", "text" (the default) or a media type. */
function atomContentType(attribs: Record<string, string>): ContentType {
  const type = (attribute(attribs, 'type') ?? 'text').toLowerCase();
  if (type === 'xhtml' || type.endsWith('+xml')) return 'xhtml';
  if (type === 'html' || type === 'text/html') return 'html';
  return 'text';
}

function isAlternateLink(attribs: Record<string, string>): boolean {
  const rel = (attribute(attribs, 'rel') ?? 'alternate').toLowerCase();
  return rel === 'alternate' && Boolean(attribute(attribs, 'href'));
}

function emptyEntry(): FeedEntry {
  return { title: null, link: null, guid: null, guidIsPermaLink: true, content: null, summary: null, published: null, updated: null, authors: [] };
}

const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

export class FeedCollector {
  readonly info: FeedInfo = { kind: null, title: null, link: null, complete: false, entriesSeen: 0 };
  private readonly stack: string[] = [];
  private entry: FeedEntry | null = null;
  private entryDepth = 0;
  private capture: Capture | null = null;
  private ready: FeedEntry[] = [];
  private readonly parser = new Parser(
    {
      onopentag: (name, attribs) => this.open(name, attribs),
      ontext: (text) => this.text(text),
      onclosetag: (name, isImplied) => this.close(name, isImplied),
    },
    { xmlMode: true },
  );

  write(text: string): void {
    this.parser.write(text);
  }

  end(): void {
    this.parser.end();
  }

  /** The entries completed since the last call. */
  take(): FeedEntry[] {
    const ready = this.ready;
    this.ready = [];
    return ready;
  }

  private get parent(): string | undefined {
    return this.stack[this.stack.length - 2];
  }

  private open(name: string, attribs: Record<string, string>): void {
    const lower = name.toLowerCase();
    this.stack.push(lower);
    if (this.capture) {
      if (this.capture.type !== 'text') this.capture.parts.push(this.openTag(name, attribs));
      return;
    }
    if (this.stack.length === 1) this.info.kind = ROOTS[lower] ?? null;
    if (!this.entry && lower === (this.info.kind === 'atom' ? 'entry' : 'item')) {
      this.entry = emptyEntry();
      this.entryDepth = this.stack.length;
      return;
    }
    if (this.entry) this.openInEntry(lower, attribs);
    else this.openInChannel(lower, attribs);
  }

  private openInEntry(lower: string, attribs: Record<string, string>): void {
    const entry = this.entry;
    if (!entry) return;
    const depth = this.stack.length;
    const atom = this.info.kind === 'atom';
    if (depth === this.entryDepth + 2 && lower === 'name' && this.parent === 'author' && atom) {
      this.startCapture('author', 'text');
      return;
    }
    if (depth !== this.entryDepth + 1) return;
    if (atom && lower === 'link') {
      if (!entry.link && isAlternateLink(attribs)) entry.link = attribute(attribs, 'href') ?? null;
      return;
    }
    const field = (atom ? ATOM_FIELDS : RSS_FIELDS)[lower];
    if (!field) return;
    if (field === 'guid') entry.guidIsPermaLink = atom ? false : attribute(attribs, 'ispermalink')?.toLowerCase() !== 'false';
    const type: ContentType = atom && (field === 'content' || field === 'summary') ? atomContentType(attribs) : 'html';
    this.startCapture(field, field === 'content' || field === 'summary' ? type : 'text');
  }

  private openInChannel(lower: string, attribs: Record<string, string>): void {
    if (!CHANNEL_ELEMENTS.has(this.parent ?? '')) return;
    if (lower === 'title' && !this.info.title) this.startCapture('siteTitle', 'text');
    if (lower === 'link' && !this.info.link) {
      if (this.info.kind === 'atom') {
        if (isAlternateLink(attribs)) this.info.link = attribute(attribs, 'href') ?? null;
      } else {
        this.startCapture('siteLink', 'text');
      }
    }
  }

  private openTag(name: string, attribs: Record<string, string>): string {
    const attributes = Object.entries(attribs)
      .filter(([key]) => !key.startsWith('xmlns'))
      .map(([key, value]) => ` ${localName(key)}="${escapeAttribute(value)}"`)
      .join('');
    return `<${localName(name)}${attributes}>`;
  }

  private startCapture(field: Field, type: ContentType): void {
    this.capture = { field, depth: this.stack.length, type, parts: [] };
  }

  private text(text: string): void {
    if (!this.capture) return;
    // Inline XHTML is markup already parsed by us, so its text must be escaped again.
    this.capture.parts.push(this.capture.type === 'xhtml' ? escapeText(text) : text);
  }

  /** `implied` closes come from the parser at the end of a cut-short feed: those elements never ended. */
  private close(name: string, implied: boolean): void {
    const capture = this.capture;
    if (capture && this.stack.length === capture.depth) {
      this.capture = null;
      this.finish(capture);
    } else if (capture && capture.type !== 'text' && !VOID_ELEMENTS.has(localName(name).toLowerCase())) {
      capture.parts.push(`</${localName(name)}>`);
    }
    if (this.entry && this.stack.length === this.entryDepth) {
      if (!implied) {
        this.ready.push(this.entry);
        this.info.entriesSeen++;
      }
      this.entry = null;
    }
    if (this.stack.length === 1 && !implied) this.info.complete = true;
    this.stack.pop();
  }

  private finish(capture: Capture): void {
    const raw = capture.parts.join('');
    const isBody = capture.field === 'content' || capture.field === 'summary';
    const value = isBody ? raw.trim() : collapse(raw);
    if (value.length === 0) return;
    if (capture.field === 'siteTitle') this.info.title = value;
    else if (capture.field === 'siteLink') this.info.link = value;
    else if (this.entry) assignField(this.entry, capture.field, value, capture.type);
  }
}

function assignField(entry: FeedEntry, field: Field, value: string, type: ContentType): void {
  switch (field) {
    case 'title':
      entry.title ??= value;
      break;
    case 'link':
      entry.link ??= value;
      break;
    case 'guid':
      entry.guid ??= value;
      break;
    case 'content':
      entry.content ??= { value, type };
      break;
    case 'summary':
      entry.summary ??= { value, type };
      break;
    case 'published':
      entry.published = value;
      break;
    case 'dcDate':
      entry.published ??= value;
      break;
    case 'updated':
      entry.updated ??= value;
      break;
    case 'author':
      if (!entry.authors.includes(value)) entry.authors.push(value);
      break;
    default:
      break;
  }
}
