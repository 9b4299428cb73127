/** MinHash signatures as BLOBs: the raw little-endian 32-bit words. */

export function signatureToBlob(signature: Uint32Array): Buffer {
  return Buffer.from(signature.buffer, signature.byteOffset, signature.byteLength);
}

export function blobToSignature(blob: Buffer): Uint32Array {
  // Copy into a fresh buffer: a Buffer from SQLite need not be 4-byte aligned.
  const words = new Uint32Array(Math.floor(blob.byteLength / Uint32Array.BYTES_PER_ELEMENT));
  new Uint8Array(words.buffer).set(blob.subarray(0, words.byteLength));
  return words;
}
