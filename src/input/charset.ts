/**
 * Encoding labels -> decoders. Node's TextDecoder (full ICU) knows every WHATWG encoding and
 * normalises labels the way browsers do (so "iso-8859-1" and "ascii" become windows-1252);
 * iconv-lite covers the few labels it does not know (UTF-32, some legacy code pages).
 */
import { TextDecoder } from 'node:util';
import iconv from 'iconv-lite';

export interface Charset {
  /** The WHATWG name (e.g. "windows-1251"), or iconv-lite's lower-case label when WHATWG has none. */
  name: string;
  decode(bytes: Uint8Array): string;
}

/**
 * Node 20's TextDecoder reads windows-1252 as ISO-8859-1, turning curly quotes and dashes
 * (0x80-0x9F) into C1 control characters; iconv-lite decodes these names correctly.
 */
const NODE_DECODER_OVERRIDES: Readonly<Record<string, string>> = { 'windows-1252': 'win1252' };

function iconvDecode(bytes: Uint8Array, label: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), label);
}

function whatwgCharset(label: string): Charset | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return null;
  }
  const name = decoder.encoding;
  // WHATWG maps a few dangerous labels (ISO-2022-KR, HZ...) to "replacement", which decodes nothing.
  if (name === 'replacement') return null;
  const override = NODE_DECODER_OVERRIDES[name];
  if (override) return { name, decode: (bytes) => iconvDecode(bytes, override) };
  return { name, decode: (bytes) => new TextDecoder(name).decode(bytes) };
}

function iconvCharset(label: string): Charset | null {
  if (!iconv.encodingExists(label)) return null;
  return { name: label.toLowerCase(), decode: (bytes) => iconvDecode(bytes, label) };
}

/** The charset a label names, or null when neither decoder knows it. */
export function resolveCharset(label: string): Charset | null {
  const clean = label.trim().replace(/^["']|["']$/g, '');
  if (clean.length === 0) return null;
  return whatwgCharset(clean) ?? iconvCharset(clean);
}

export const UTF8: Charset = { name: 'utf-8', decode: (bytes) => new TextDecoder('utf-8').decode(bytes) };

/** Decodes strict UTF-8, or returns null when the bytes are not valid UTF-8. */
export function decodeStrictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

export interface StreamingDecoder {
  /** Decodes the next chunk; a character split across chunks comes out whole in the next call. */
  write(bytes: Uint8Array): string;
  end(): string;
}

/** A decoder for chunked input (feeds are decoded as they stream in). */
export function streamingDecoder(charset: Charset): StreamingDecoder {
  const override = NODE_DECODER_OVERRIDES[charset.name];
  let whatwg: TextDecoder | null = null;
  try {
    if (!override) whatwg = new TextDecoder(charset.name);
  } catch {
    whatwg = null;
  }
  if (whatwg) {
    const decoder = whatwg;
    return { write: (bytes) => decoder.decode(bytes, { stream: true }), end: () => decoder.decode() };
  }
  const decoder = iconv.getDecoder(override ?? charset.name);
  return { write: (bytes) => decoder.write(Buffer.from(bytes)), end: () => decoder.end() ?? '' };
}
