/**
 * Grouping many items by a string key without a hash table. On a national state a rule groups a few
 * hundred thousand items (bodies by admin unit, head posts by holder) of which only a few share a key;
 * a `Map` or `Set` that size costs a cache miss or two per operation, about a microsecond each. Here each
 * key is hashed (FNV-1a, 32 bits) into a number packed with the item's index, the numbers are sorted by
 * the engine's native numeric sort (cache friendly), and equal hashes come out next to each other; only
 * those few runs are compared as strings, so hash collisions cost a comparison, never a wrong group.
 */

/** The FNV-1a offset basis: the hash of the empty string, and where a chain of {@link fnv1a} starts. */
export const FNV_OFFSET = 0x811c9dc5;

/**
 * The 32-bit FNV-1a hash of `text`, continuing from `hash` (so several strings can be hashed as one key,
 * with a separator between them: `fnv1a(b, fnv1a('\0', fnv1a(a)))`).
 */
export function fnv1a(text: string, hash: number = FNV_OFFSET): number {
  let h = hash;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The items `0 … count - 1` whose keys are equal, in runs of two or more, each run in ascending index
 * order, runs in no particular order. `hashes[i]` is item `i`'s key hashed to 32 bits; `same(i, j)` says
 * whether two items whose hashes are equal really have the same key.
 */
export function equalKeyRuns(
  count: number,
  hashes: ArrayLike<number>,
  same: (i: number, j: number) => boolean,
): number[][] {
  if (count < 2) return [];
  // A double holds 53 bits exactly: the index takes what it needs, the hash the rest (its high bits).
  const indexBits = Math.max(1, Math.ceil(Math.log2(count)));
  const hashBits = Math.min(32, 53 - indexBits);
  const scale = 2 ** indexBits;
  const shift = 32 - hashBits;
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i += 1) keys[i] = ((hashes[i] as number) >>> shift) * scale + i;
  keys.sort();
  const runs: number[][] = [];
  let start = 0;
  let hash = Math.floor((keys[0] as number) / scale);
  for (let at = 1; at <= count; at += 1) {
    const next = at === count ? -1 : Math.floor((keys[at] as number) / scale);
    if (next === hash) continue;
    if (at - start >= 2) {
      let rest: number[] = [];
      for (let k = start; k < at; k += 1) rest.push((keys[k] as number) - hash * scale);
      // Split the run by key: almost always one group; a hash collision makes two.
      while (rest.length >= 2) {
        const first = rest[0] as number;
        const run = [first];
        const other: number[] = [];
        for (let k = 1; k < rest.length; k += 1) {
          const i = rest[k] as number;
          if (same(first, i)) run.push(i);
          else other.push(i);
        }
        if (run.length >= 2) runs.push(run);
        rest = other;
      }
    }
    start = at;
    hash = next;
  }
  return runs;
}
