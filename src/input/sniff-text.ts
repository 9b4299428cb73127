/**
 * A rough text view of a file's first bytes, for sniffing markup and JSON. Markup characters are
 * ASCII in every encoding a news page uses, so Latin-1 (one char per byte) is enough, except for
 * UTF-16, which is recognised by its byte order mark.
 */
import { sniffBom } from './bom.js';

/** Only this many leading bytes are turned into sniffing text. */
export const SNIFF_TEXT_BYTES = 8 * 1024;

export function sniffText(head: Uint8Array, limit = SNIFF_TEXT_BYTES): string {
  const bom = sniffBom(head);
  const sample = head.subarray(0, limit);
  if (bom && bom.encoding !== 'utf-8') return new TextDecoder(bom.encoding).decode(sample);
  return Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength).toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '');
}
