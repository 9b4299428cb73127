/**
 * Small helpers over the domhandler tree that every stage shares. Nothing here recurses: pages can
 * be deep, so walks use an explicit stack.
 */
import type { AnyNode, ChildNode, Element, ParentNode } from 'domhandler';
import { isTag, isText } from 'domhandler';

export { isTag, isText };

/** Lower-cased class and id of an element, joined by a space: what class/id hints are matched on. */
export function classAndId(el: Element): string {
  const cls = el.attribs['class'];
  const id = el.attribs['id'];
  if (cls === undefined && id === undefined) return '';
  return `${cls ?? ''} ${id ?? ''}`.toLowerCase();
}

/** Child elements of a node (text and comments skipped). */
export function childElements(node: ParentNode): Element[] {
  const out: Element[] = [];
  for (const child of node.children) if (isTag(child)) out.push(child);
  return out;
}

/** Detaches a node from its parent, keeping sibling links consistent. */
export function detach(node: ChildNode): void {
  const parent = node.parent;
  if (parent) {
    const i = parent.children.indexOf(node);
    if (i >= 0) parent.children.splice(i, 1);
  }
  if (node.prev) node.prev.next = node.next;
  if (node.next) node.next.prev = node.prev;
  node.parent = null;
  node.prev = null;
  node.next = null;
}

/**
 * Calls `visit` on every element under `root` in document order (pre-order). When `visit` returns
 * false the element's subtree is skipped. Iterative, so any depth is safe.
 */
export function walkElements(root: ParentNode, visit: (el: Element) => boolean | void): void {
  // Only elements go on the stack: text nodes, about half of a page's nodes, are never visited.
  const stack: Element[] = [];
  pushChildElements(stack, root);
  while (stack.length > 0) {
    const node = stack.pop() as Element;
    if (visit(node) === false) continue;
    pushChildElements(stack, node);
  }
}

/** Pushes a node's child elements, last first, so that they pop in document order. */
function pushChildElements(stack: Element[], node: ParentNode): void {
  const kids = node.children;
  for (let i = kids.length - 1; i >= 0; i--) {
    const kid = kids[i] as ChildNode;
    if (isTag(kid)) stack.push(kid);
  }
}

/** Whitespace-collapsed text of a (small) subtree. Iterative; use on captions and boilerplate, not on whole pages. */
export function collapsedText(root: AnyNode, limit: number = Number.POSITIVE_INFINITY): string {
  const parts: string[] = [];
  let size = 0;
  const stack: AnyNode[] = [root];
  while (stack.length > 0 && size < limit) {
    const node = stack.pop() as AnyNode;
    if (isText(node)) {
      parts.push(node.data);
      size += node.data.length;
    } else if (isTag(node) || node.type === 'root') {
      if (isTag(node) && UNREADABLE.has(node.name)) continue;
      const kids = (node as ParentNode).children;
      if (isTag(node) && BLOCK_SEPARATED.has(node.name)) parts.push(' ');
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as ChildNode);
    }
  }
  return collapseWhitespace(parts.join(''));
}

/** Elements whose text is code or markup, never shown. */
const UNREADABLE = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/** Elements whose text never runs into the text next to them. */
const BLOCK_SEPARATED = new Set(['br', 'p', 'div', 'li', 'td', 'th', 'tr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'figcaption', 'dt', 'dd']);

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
