/**
 * Text out to a Node writable, in chunks, honouring backpressure: pieces are gathered into a chunk
 * of about CHUNK_CHARS, and when the stream's buffer is full the exporter waits for 'drain'. So an
 * export over a slow pipe or disk holds one chunk, never the corpus.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** Characters gathered before one write call: large enough that per-call overhead vanishes. */
const CHUNK_CHARS = 64 * 1024;

export class TextWriter {
  readonly #stream: Writable;
  #pending: string[] = [];
  #pendingChars = 0;
  /** The first error the stream reported (a full disk, a closed pipe): the next write throws it. */
  #error: Error | null = null;

  constructor(stream: Writable) {
    this.#stream = stream;
    stream.on('error', (error: Error) => {
      this.#error ??= error;
    });
  }

  /** Queues text; resolves at once unless a chunk had to be written into a full stream. */
  async write(text: string): Promise<void> {
    this.#pending.push(text);
    this.#pendingChars += text.length;
    if (this.#pendingChars >= CHUNK_CHARS) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.#error !== null) throw this.#error;
    if (this.#pendingChars === 0 && this.#pending.length === 0) return;
    const chunk = this.#pending.join('');
    this.#pending = [];
    this.#pendingChars = 0;
    // events.once rejects when the stream emits 'error' first (a closed pipe, a full disk).
    if (!this.#stream.write(chunk, 'utf8')) await once(this.#stream, 'drain');
  }

  /**
   * Writes what is left and waits until the stream has taken it. `close` ends the stream (a file
   * the exporter opened); standard output is left open, since the process owns it.
   */
  async end(close: boolean): Promise<void> {
    await this.flush();
    if (this.#error !== null) throw this.#error;
    if (close) {
      await new Promise<void>((resolve, reject) => {
        this.#stream.once('error', reject);
        this.#stream.end(() => resolve());
      });
      return;
    }
    await new Promise<void>((resolve, reject) => this.#stream.write('', (error) => (error ? reject(error) : resolve())));
  }
}
