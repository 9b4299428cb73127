/**
 * A small seeded pseudo-random generator (mulberry32 over a 32-bit state, seeded through a string
 * hash). The corpus must be the same for the same seed on every machine, and each article is drawn
 * from its own stream (`forArticle`), so article n can be made again without making the n - 1
 * before it: that is what keeps `synth` streaming and lets a duplicate re-create its original.
 */

/** FNV-1a over the string's UTF-16 units: turns a label into a 32-bit seed. */
export function hashSeed(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    hash ^= label.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

export class Random {
  #state: number;

  constructor(seed: number | string) {
    this.#state = typeof seed === 'string' ? hashSeed(seed) : seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0;
    let t = this.#state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(probability: number): boolean {
    return this.next() < probability;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** Picks with a bias towards the start of the list (index ~ n * u^skew): the popular few. */
  pickSkewed<T>(items: readonly T[], skew = 2): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(Math.pow(this.next(), skew) * items.length)] as T;
  }

  /** `count` distinct items (fewer when the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length > 0) {
      const index = Math.floor(this.next() * pool.length);
      out.push(pool.splice(index, 1)[0] as T);
    }
    return out;
  }

  /** A new generator for a named sub-stream, independent of how much this one has been used. */
  fork(label: string): Random {
    return new Random(hashSeed(`${this.#seedLabel()}/${label}`));
  }

  #seedLabel(): string {
    return this.#state.toString(36);
  }
}

/** The generator for one article of a corpus: depends on the seed and the index only. */
export function forArticle(seed: string, index: number): Random {
  return new Random(`${seed}#article#${index}`);
}
