/**
 * Sorting the short lists a rule makes by the ten thousand (the bodies of one unit that share a function,
 * the bodies one person heads): an insertion sort in place. For a handful of items it is several times
 * cheaper than the engine's sort, which allocates working arrays on every call; a longer list goes to the
 * engine's sort. Stable, as the engine's sort is.
 */

/** The longest list sorted by insertion. */
const SHORT = 16;

/** Sorts `items` in place by `compare` and returns it, as `Array.prototype.sort` does. */
export function sortShort<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > SHORT) return items.sort(compare);
  for (let i = 1; i < items.length; i += 1) {
    const item = items[i] as T;
    let j = i - 1;
    while (j >= 0 && compare(items[j] as T, item) > 0) {
      items[j + 1] = items[j] as T;
      j -= 1;
    }
    items[j + 1] = item;
  }
  return items;
}
