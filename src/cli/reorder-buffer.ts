/**
 * Reorder buffer: results arrive in completion order (workers finish at different speeds) and
 * leave in sequence order, so the output follows the input exactly. Its size is bounded by the
 * caller, which stops reading input while too many results are pending.
 */
export class ReorderBuffer<T> {
  private readonly waiting = new Map<number, T>();
  private nextToEmit = 0;
  private assigned = 0;

  constructor(private readonly emit: (value: T, seq: number) => void) {}

  /** Reserves the next sequence number, in input order. */
  reserve(): number {
    return this.assigned++;
  }

  /** Stores the result for `seq` and emits every result that is now contiguous with the emitted ones. */
  put(seq: number, value: T): void {
    if (seq < this.nextToEmit || this.waiting.has(seq)) throw new Error(`sequence ${seq} was delivered twice`);
    if (seq >= this.assigned) throw new Error(`sequence ${seq} was never reserved`);
    this.waiting.set(seq, value);
    while (this.waiting.has(this.nextToEmit)) {
      const seqToEmit = this.nextToEmit;
      // The key exists, so the cast only narrows away the "missing" case of Map.get.
      const ready = this.waiting.get(seqToEmit) as T;
      this.waiting.delete(seqToEmit);
      this.nextToEmit++;
      this.emit(ready, seqToEmit);
    }
  }

  /** Reserved sequence numbers not emitted yet (in flight or waiting behind a slower one). */
  get pending(): number {
    return this.assigned - this.nextToEmit;
  }

  /** Results held back because an earlier one has not arrived. */
  get held(): number {
    return this.waiting.size;
  }
}
