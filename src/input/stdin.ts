/** Standard input as a byte stream (the path "-"). */
import { toBuffer } from './byte-stream.js';
import { InputError } from './document.js';

export async function* stdinChunks(stdin: NodeJS.ReadableStream): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of stdin) yield toBuffer(chunk);
  } catch (err) {
    throw new InputError('input/unreadable', `cannot be read (${err instanceof Error ? err.message : String(err)})`);
  }
}
