/**
 * Charsets a document declares about itself: the HTTP Content-Type header, an HTML <meta>, or an
 * XML declaration. These are claims; decode.ts checks them against the bytes.
 */

/** Browsers look for <meta charset> only in the first 1024 bytes; pages in the wild go later, so we allow 4 KB. */
export const META_SCAN_BYTES = 4 * 1024;

const CHARSET_PARAM = /charset\s*=\s*["']?\s*([^"'\s;,>]+)/i;
const META_TAG = /<meta\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s=/>]+)\s*(?:=\s*("[^"]*"|'[^']*'|[^\s>]+))?/g;

/** The charset parameter of a Content-Type value ("text/html; charset=Shift_JIS" -> "Shift_JIS"). */
export function charsetFromContentType(value: string | null | undefined): string | null {
  if (!value) return null;
  return CHARSET_PARAM.exec(value)?.[1] ?? null;
}

function parseAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase();
    const raw = match[2] ?? '';
    if (!attributes.has(name)) attributes.set(name, raw.replace(/^["']|["']$/g, ''));
  }
  return attributes;
}

/** The charset of the first <meta charset> or <meta http-equiv="Content-Type"> in the page's first 4 KB. */
export function findMetaCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, META_SCAN_BYTES))
    .toString('latin1')
    .replace(/<!--[\s\S]*?-->/g, '');
  for (const match of head.matchAll(META_TAG)) {
    const attributes = parseAttributes(match[1] ?? '');
    const charset = attributes.get('charset');
    if (charset) return charset.trim();
    if (attributes.get('http-equiv')?.toLowerCase() === 'content-type') {
      const fromContent = charsetFromContentType(attributes.get('content'));
      if (fromContent) return fromContent;
    }
  }
  return null;
}

/** The encoding named by an XML declaration (<?xml version="1.0" encoding="windows-1251"?>). */
export function findXmlDeclaredCharset(text: string): string | null {
  const declaration = /^\s*<\?xml\b([^?]*)\?>/i.exec(text);
  if (!declaration) return null;
  return /encoding\s*=\s*["']([^"']+)["']/i.exec(declaration[1] ?? '')?.[1] ?? null;
}
