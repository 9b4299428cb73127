/**
 * Stage 4: walk the chosen containers and emit the body as blocks. Block elements (p, div, li,
 * headings...) end one block and start another; inline elements (a, em, span...) stay inside their
 * block. Two line breaks in a row also split a block, since older pages separate paragraphs that way.
 * Images met on the way become media items.
 */
import type { ChildNode, Element, ParentNode } from 'domhandler';
import type { BlockKind } from '../article.js';
import type { MediaT } from '../../record/schema.js';
import { isTag, isText } from './dom.js';
import { IMAGE_TAGS, imageMedia } from './media.js';
import { BLOCK_TAGS, isInlineOnly } from './score.js';
import { addText } from './stats.js';

/** A block as emitted, with what the filters need to judge it. */
export interface RawBlock {
  text: string;
  kind: BlockKind;
  /** Tag of the element that produced the block (for example "h1", "li", "p"). */
  tag: string;
  /** Share of the block's characters that were inside links. */
  linkShare: number;
}

/** Images this small (either side, in pixels) are trackers or icons, not media. */
const MIN_IMAGE_SIDE = 2;

const KIND_BY_TAG: Readonly<Record<string, BlockKind>> = {
  h1: 'heading', h2: 'heading', h3: 'heading', h4: 'heading', h5: 'heading', h6: 'heading',
  li: 'list-item', dt: 'list-item', dd: 'list-item',
  blockquote: 'blockquote',
  pre: 'preformatted',
  tr: 'table-row',
};

/** Stands for a <br> until the block is flushed (a private-use character, never in real text). */
const BREAK = '\uE000';
const PARAGRAPH_BREAK = /(?: ?\uE000){2,} ?/;
const LINE_BREAK = / ?\uE000 ?/g;

/** Fewest cells in a row read as a data table row. */
const MIN_DATA_ROW_CELLS = 2;

/** Separator between the cells of a data table row. */
const CELL_SEPARATOR = ' | ';

interface Context {
  kind: BlockKind;
  tag: string;
  /** Inside <pre>: whitespace is kept. */
  pre: boolean;
  /** Inside a data table row: cells are inline. */
  dataRow: boolean;
}

class BlockWriter {
  readonly blocks: RawBlock[] = [];
  private parts: string[] = [];
  private chars = 0;
  private linkChars = 0;

  /** Scratch totals for measuring one text (reused: this runs on every text node of the article). */
  private readonly measure = { textLen: 0, commas: 0 };

  append(text: string, inLink: boolean): void {
    this.parts.push(text);
    // Link share is measured on visible characters: the page's indentation must not dilute it.
    this.measure.textLen = 0;
    addText(this.measure, text);
    const visible = this.measure.textLen;
    this.chars += visible;
    if (inLink) this.linkChars += visible;
  }

  flush(ctx: Context): void {
    if (this.parts.length === 0) return;
    const raw = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('');
    const linkShare = this.chars === 0 ? 0 : this.linkChars / this.chars;
    this.parts = [];
    this.chars = 0;
    this.linkChars = 0;
    // Most flushes between block elements carry only the page's indentation.
    if (!/\S/.test(raw)) return;
    if (ctx.pre) {
      const text = raw.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim().length > 0).join('\n');
      if (text.trim().length > 0) this.blocks.push({ text, kind: 'preformatted', tag: ctx.tag, linkShare });
      return;
    }
    // Source whitespace (newlines included) collapses to one space; <br> marks become line breaks,
    // and two or more in a row end the block.
    const collapsed = raw.replace(/\s+/g, ' ');
    const pieces = collapsed.includes(BREAK) ? collapsed.split(PARAGRAPH_BREAK) : [collapsed];
    for (const piece of pieces) {
      const text = (piece.includes(BREAK) ? piece.replace(LINE_BREAK, '\n') : piece).trim();
      if (text.length > 0) this.blocks.push({ text, kind: ctx.kind, tag: ctx.tag, linkShare });
    }
  }
}

function contextFor(el: Element, parent: Context): Context {
  if (el.name === 'tr') {
    // A row of two or more cells of plain text is data; a lone cell, or cells holding blocks, is layout.
    const cells = el.children.filter(isTag);
    const dataRow = cells.length >= MIN_DATA_ROW_CELLS && cells.every((c) => isInlineOnly(c));
    return dataRow ? { kind: 'table-row', tag: 'tr', pre: parent.pre, dataRow: true } : parent;
  }
  const kind = KIND_BY_TAG[el.name];
  if (kind === undefined) return { ...parent, tag: el.name };
  // Paragraphs inside a quote or a list item keep the outer role.
  if (parent.kind !== 'paragraph' && kind !== 'heading' && kind !== 'preformatted') return { ...parent, tag: el.name };
  return { kind, tag: el.name, pre: parent.pre || el.name === 'pre', dataRow: false };
}

function imageFromElement(el: Element, base: string | null): MediaT | null {
  const w = Number(el.attribs['width']);
  const h = Number(el.attribs['height']);
  if ((Number.isFinite(w) && w > 0 && w < MIN_IMAGE_SIDE) || (Number.isFinite(h) && h > 0 && h < MIN_IMAGE_SIDE)) return null;
  const media = imageMedia(el, base);
  return media.src === null ? null : media;
}

export interface EmitResult {
  blocks: RawBlock[];
  media: MediaT[];
}

/** The end of an element on the walk's stack: where its block closes and the outer context resumes. */
class ExitFrame {
  constructor(
    readonly node: Element,
    readonly ctx: Context,
    readonly outer: Context,
  ) {}
}

/** Nodes still to enter, and the ends of the elements entered (an object only per element, not per text node). */
type Frame = ChildNode | ExitFrame;

/** Emits the blocks of the given containers, in order. */
export function emitBlocks(containers: readonly ParentNode[], base: string | null): EmitResult {
  const writer = new BlockWriter();
  const media: MediaT[] = [];
  const root: Context = { kind: 'paragraph', tag: 'div', pre: false, dataRow: false };
  for (const container of containers) {
    let ctx = root;
    let linkDepth = 0;
    const stack: Frame[] = [];
    if (isTag(container)) stack.push(container);
    else for (let i = container.children.length - 1; i >= 0; i--) stack.push(container.children[i] as ChildNode);
    while (stack.length > 0) {
      const node = stack.pop() as Frame;
      if (node instanceof ExitFrame) {
        if (node.node.name === 'a') linkDepth--;
        else if (BLOCK_TAGS.has(node.node.name) && !isCell(node.node, node.outer)) writer.flush(node.ctx);
        ctx = node.outer;
        continue;
      }
      if (isText(node)) {
        writer.append(node.data, linkDepth > 0);
        continue;
      }
      if (!isTag(node)) continue;
      if (node.name === 'br') {
        writer.append(ctx.pre ? '\n' : BREAK, false);
        continue;
      }
      if (IMAGE_TAGS.has(node.name)) {
        const item = imageFromElement(node, base);
        if (item) media.push(item);
        continue;
      }
      const outer = ctx;
      if (isCell(node, outer)) {
        if (hasPreviousCell(node)) writer.append(CELL_SEPARATOR, false);
      } else if (BLOCK_TAGS.has(node.name)) writer.flush(outer);
      if (node.name === 'a') linkDepth++;
      const inner = BLOCK_TAGS.has(node.name) && !isCell(node, outer) ? contextFor(node, outer) : outer;
      ctx = inner;
      stack.push(new ExitFrame(node, inner, outer));
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ChildNode);
    }
    writer.flush(root);
  }
  return { blocks: writer.blocks, media };
}

function isCell(el: Element, ctx: Context): boolean {
  return ctx.dataRow && (el.name === 'td' || el.name === 'th');
}

function hasPreviousCell(el: Element): boolean {
  for (let prev = el.prev; prev; prev = prev.prev) if (isTag(prev)) return true;
  return false;
}
