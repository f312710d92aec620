/**
 * Grouping many items by a string key without a `Map`. On a national state a rule groups a few hundred
 * thousand items (bodies by admin unit, head posts by holder) of which only a few share a key; a `Map` or
 * `Set` that size costs a cache miss or two per operation, about a microsecond each. Here each key is
 * hashed (FNV-1a, 32 bits) and the hashes go into a table of typed arrays, which finds equal hashes in
 * one pass (sorting them, even with the engine's native sort, cost four times as much); only those few
 * items are compared as strings, so hash collisions cost a comparison, never a wrong group.
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
  const { next, chains } = hashChains(count, hashes);
  const runs: number[][] = [];
  for (const first of chains) {
    let rest: number[] = [];
    let one = true;
    for (let i = first; i !== -1; i = next[i] as number) {
      rest.push(i);
      if (one && i !== first) one = same(first, i);
    }
    // A chain is almost always one key; a hash collision makes it several, split here.
    if (one) {
      runs.push(rest);
      continue;
    }
    while (rest.length >= 2) {
      const head = rest[0] as number;
      const run = [head];
      const other: number[] = [];
      for (let k = 1; k < rest.length; k += 1) {
        const i = rest[k] as number;
        if (same(head, i)) run.push(i);
        else other.push(i);
      }
      if (run.length >= 2) runs.push(run);
      rest = other;
    }
  }
  return runs;
}

/**
 * The items with equal hashes, as chains: `chains` holds the first item of each chain of two or more
 * (in index order), and `next[i]` the item after `i` in its chain (`-1` after the last).
 *
 * An open-addressing table of hashes, at most half full, in typed arrays: each slot holds the first item
 * with its hash. (A loop of its own: it runs once per call over every item, and the engine optimizes it
 * while it runs.)
 */
function hashChains(count: number, hashes: ArrayLike<number>): { next: Int32Array; chains: number[] } {
  let bits = 2;
  while (2 ** bits < 2 * count) bits += 1;
  const shift = 32 - bits;
  const mask = 2 ** bits - 1;
  const slots = new Int32Array(2 ** bits).fill(-1);
  const next = new Int32Array(count).fill(-1);
  const last = new Int32Array(count);
  const chains: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const hash = (hashes[i] as number) >>> 0;
    // The slot is the top bits of the hash times 2^32/φ (Fibonacci hashing): they depend on every bit of
    // the hash, where the low bits of a product depend only on the low bits of the hash.
    let slot = Math.imul(hash, 0x9e3779b1) >>> shift;
    for (;;) {
      const first = slots[slot] as number;
      if (first === -1) {
        slots[slot] = i;
        last[i] = i;
        break;
      }
      if ((hashes[first] as number) >>> 0 === hash) {
        if (next[first] === -1) chains.push(first);
        next[last[first] as number] = i;
        last[first] = i;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return { next, chains };
}
