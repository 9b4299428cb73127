/**
 * Peeks at the first items of an async stream without losing them: the command needs to know
 * whether a single PAGE holds one document (pretty JSON) or several (JSON Lines) before choosing
 * how to print, and the stream cannot be rewound.
 */
export interface Lookahead<T> {
  /** Up to `count` first items. */
  head: T[];
  /** Every item, the peeked ones first. */
  all: AsyncIterable<T>;
}

export async function lookahead<T>(source: AsyncIterable<T>, count: number): Promise<Lookahead<T>> {
  const iterator = source[Symbol.asyncIterator]();
  const head: T[] = [];
  let done = false;
  while (head.length < count) {
    const next = await iterator.next();
    if (next.done) {
      done = true;
      break;
    }
    head.push(next.value);
  }
  async function* all(): AsyncGenerator<T> {
    yield* head;
    if (done) return;
    for (let next = await iterator.next(); !next.done; next = await iterator.next()) yield next.value;
  }
  return { head, all: all() };
}
