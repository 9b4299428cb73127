/**
 * DOM depth guard. Every walk in the extractor is iterative, but a pathologically deep page
 * (100,000 nested tags) is still not an article: it is refused with a clean error. The check rides
 * on the first walk after parsing (the statistics pass, see stats.ts), so it costs no pass of its own;
 * measureDepth is the stand-alone form.
 */
import type { ChildNode, Document as DomDocument } from 'domhandler';
import { InputError } from '../../input/document.js';

/** Deepest nesting of elements accepted. Real pages stay well under 100 levels. */
export const MAX_DOM_DEPTH = 1_000;

export function tooDeep(limit: number): InputError {
  return new InputError('input/too-deep', `HTML nests deeper than ${limit} levels`);
}

/** The maximum element depth of the tree, found iteratively (stops early once past `limit`). */
export function measureDepth(dom: DomDocument, limit: number = Number.POSITIVE_INFINITY): number {
  let max = 0;
  const nodes: ChildNode[] = [...dom.children];
  const depths: number[] = nodes.map(() => 1);
  while (nodes.length > 0) {
    const node = nodes.pop() as ChildNode;
    const depth = depths.pop() as number;
    if (depth > max) {
      max = depth;
      if (max > limit) return max;
    }
    if ('children' in node) {
      for (const child of node.children) {
        // Text and comments add no nesting of their own: only containers are walked.
        if (!('children' in child)) continue;
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return max;
}
