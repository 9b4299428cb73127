/**
 * Choosing which stored articles to compare with a new one, from the LSH bands they share with it.
 *
 * With bands of three rows, two unrelated texts that share boilerplate or common phrasing meet in
 * one band or another now and then; over a million stored articles that is thousands of articles per
 * new one, and loading each of their signatures made ingest slow down as the corpus grew (at 660,000
 * articles the writer spent two thirds of its time there). A true copy shares many bands: a pair at
 * Jaccard 0.5 shares about five of 42, at 0.3 about one. So candidates are ranked by bands shared
 * (then by recency: copies of a story arrive close together) and at most MAX_CANDIDATES are compared.
 * Below that many, every candidate is compared, exactly as before.
 */

/** Signatures compared per new article at most. */
export const MAX_CANDIDATES = 64;

/** Counts, per stored article key, how many of the new article's bands it shares. */
export function countSharedBands(bandMembers: Iterable<Iterable<number>>): Map<number, number> {
  const shared = new Map<number, number>();
  for (const members of bandMembers) for (const key of members) shared.set(key, (shared.get(key) ?? 0) + 1);
  return shared;
}

/** The keys worth comparing: all of them when few, else the most shared bands first, newest first among equals. */
export function strongestCandidates(shared: ReadonlyMap<number, number>, limit = MAX_CANDIDATES): number[] {
  if (shared.size <= limit) return [...shared.keys()];
  return [...shared]
    .sort((a, b) => b[1] - a[1] || b[0] - a[0])
    .slice(0, limit)
    .map(([key]) => key);
}
