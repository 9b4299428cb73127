/**
 * Binary sniffing: images, PDFs, archives and other non-text files are refused before decoding,
 * by their magic bytes or by the control characters no text file contains.
 */

/** Only this many leading bytes are inspected. */
export const BINARY_SAMPLE_BYTES = 8 * 1024;
/** A text file has almost no C0 control characters besides tab, newlines, form feed and escape. */
export const BINARY_CONTROL_SHARE = 0.1;

interface Magic {
  what: string;
  offset: number;
  bytes: readonly number[];
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const MAGICS: readonly Magic[] = [
  { what: 'PNG image', offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { what: 'JPEG image', offset: 0, bytes: [0xff, 0xd8, 0xff] },
  { what: 'GIF image', offset: 0, bytes: ascii('GIF8') },
  { what: 'WebP or other RIFF media', offset: 0, bytes: ascii('RIFF') },
  { what: 'PDF document', offset: 0, bytes: ascii('%PDF-') },
  { what: 'zip archive (or an Office document)', offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
  { what: 'legacy Office document', offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { what: 'bzip2 archive', offset: 0, bytes: ascii('BZh') },
  { what: 'xz archive', offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
  { what: 'zstd archive', offset: 0, bytes: [0x28, 0xb5, 0x2f, 0xfd] },
  { what: '7z archive', offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { what: 'executable', offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { what: 'MP4 or QuickTime media', offset: 4, bytes: ascii('ftyp') },
];

const TAB = 0x09;
const LINE_FEED = 0x0a;
const VERTICAL_TAB = 0x0b;
const FORM_FEED = 0x0c;
const CARRIAGE_RETURN = 0x0d;
/** ESC introduces the shifts of ISO-2022-JP text, so it is not counted as binary. */
const ESCAPE = 0x1b;
const DELETE = 0x7f;
const TEXT_CONTROLS = new Set([TAB, LINE_FEED, VERTICAL_TAB, FORM_FEED, CARRIAGE_RETURN, ESCAPE]);

function hasMagic(head: Uint8Array, magic: Magic): boolean {
  if (head.length < magic.offset + magic.bytes.length) return false;
  return magic.bytes.every((byte, i) => head[magic.offset + i] === byte);
}

/** UTF-16 text is full of NUL bytes; with a byte order mark it is still text. */
function hasUtf16Bom(head: Uint8Array): boolean {
  return (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
}

/** Names what the bytes are when they are not text, or returns null for text. */
export function sniffBinary(head: Uint8Array): string | null {
  for (const magic of MAGICS) if (hasMagic(head, magic)) return magic.what;
  if (hasUtf16Bom(head)) return null;
  const sample = head.subarray(0, BINARY_SAMPLE_BYTES);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return 'binary data (NUL bytes)';
    if ((byte < 0x20 && !TEXT_CONTROLS.has(byte)) || byte === DELETE) controls++;
  }
  if (sample.length > 0 && controls / sample.length > BINARY_CONTROL_SHARE) return 'binary data (control characters)';
  return null;
}
