/** Byte order marks: the only encoding signal that cannot be wrong, so it is checked first. */

export interface Bom {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Length of the mark in bytes. */
  length: number;
}

export function sniffBom(bytes: Uint8Array): Bom | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}
