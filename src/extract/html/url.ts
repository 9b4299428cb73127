/** Resolves a possibly relative URL against a base; returns the input unchanged when it cannot. */
export function resolveUrl(src: string, base: string | null): string {
  if (base === null) return src;
  try {
    return new URL(src, base).href;
  } catch {
    return src;
  }
}
