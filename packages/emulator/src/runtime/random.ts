/**
 * A seeded pseudo-random source (mulberry32): the same seed gives the same sequence, so ids,
 * faults and rate-limit decisions are reproducible in tests. Without a seed it is seeded randomly.
 * @example
 * const random = createRandom(42);
 * random.next(); // a number in [0, 1), the same for every run with seed 42
 */
export interface Random {
  /** The next number in [0, 1). */
  next(): number;
  /** A fresh UUID (version-4 layout) drawn from this source. */
  uuid(): string;
  /** `length` hexadecimal digits drawn from this source. */
  hex(length: number): string;
}

/**
 * Creates a {@link Random}. With `seed` undefined the sequence starts from a random seed.
 * @example
 * const ids = createRandom(7).uuid(); // deterministic for seed 7
 */
export function createRandom(seed?: number): Random {
  let state = (seed ?? Math.floor(Math.random() * 2 ** 32)) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const hex = (length: number): string => {
    let out = "";
    while (out.length < length) out += Math.floor(next() * 16).toString(16);
    return out;
  };
  const uuid = (): string => {
    const h = hex(32);
    const variant = "89ab"[Math.floor(next() * 4)]!;
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
  };
  return { next, uuid, hex };
}
