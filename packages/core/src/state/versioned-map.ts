/**
 * A persistent map whose newest version reads and writes a native `Map`: the versions of one lineage share a
 * single table, which holds the contents of one version at a time (the head); every other version holds
 * the difference between itself and the version next to it on the way to the head. Reading a version that
 * is not the head first moves the table to it, replaying the differences on the way and reversing them
 * ("rerooting", as in Baker's shallow binding and Conchon and Filliâtre's persistent arrays).
 *
 * So a chain of steps, each deriving from the newest state, costs what its changes cost on a native map, and
 * any version stays readable: an old one pays once, on access, for the distance to it. Two versions read in
 * turn would make the table swing between them; a table that has replayed more than twice its size, or a
 * single move longer than half its size, is instead forked: the head keeps a copy of its own and the table
 * moves on, after which both versions answer at once.
 *
 * Observably every version is immutable. Internally, reading one moves the shared table, so a version is
 * never iterated live: iteration works on a list of its entries taken when it starts.
 */

/** The read side of a persistent map: what a state's collections offer. */
export interface PersistentMap<K extends string, V> extends Iterable<[K, V]> {
  readonly size: number;
  get(key: K): V | undefined;
  has(key: K): boolean;
  keys(): IterableIterator<K>;
  values(): IterableIterator<V>;
  entries(): IterableIterator<[K, V]>;
  /** Calls `fn` for each entry, in insertion order of the version's table. */
  forEach(fn: (value: V, key: K) => void): void;
}

const ABSENT: unique symbol = Symbol('absent');
/** A value in a difference: the entry's value, or {@link ABSENT} when the key is not in that version. */
type Cell<V> = V | typeof ABSENT;
const NO_KEYS: readonly string[] = Object.freeze([]);
const NO_CELLS: readonly never[] = Object.freeze([]);

/** The native table shared by the versions of one lineage, holding the contents of one of them. */
class Table<V> {
  /** Entries replayed by moves of this table since it was made; a fork starts a new count. */
  moved = 0;
  constructor(readonly map: Map<string, V>) {}
}

/** Writes `cells` under `keys` into `map`, returning what they replaced. */
function applyCells<V>(map: Map<string, V>, keys: readonly string[], cells: readonly Cell<V>[]): Cell<V>[] {
  const replaced: Cell<V>[] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    const old = map.get(key);
    replaced[i] = old === undefined ? ABSENT : old;
    const cell = cells[i] as Cell<V>;
    if (cell === ABSENT) map.delete(key);
    else map.set(key, cell);
  }
  return replaced;
}

/**
 * The changes that make the next version: values to set, or `undefined` to remove a key. Values themselves
 * are never `undefined`.
 */
export type MapChanges<V> = ReadonlyMap<string, V | undefined>;

/** A version of a persistent map; see the module comment. Values must not be `undefined`. */
export class VersionedMap<K extends string, V> implements PersistentMap<K, V> {
  readonly size: number;
  /** The shared table, while this version is its head. */
  #table: Table<V> | undefined;
  /** Otherwise: this version is `#next` with `#keys` set to `#cells`. */
  #next: VersionedMap<K, V> | undefined;
  #keys: readonly string[] = NO_KEYS;
  #cells: readonly Cell<V>[] = NO_CELLS;

  private constructor(size: number) {
    this.size = size;
    // Nothing public can be changed; the private fields stay writable (freezing does not reach them).
    Object.freeze(this);
  }

  /** A new lineage holding `entries`; a later entry for the same key wins. */
  static of<K extends string, V>(entries: Iterable<readonly [K, V]> = []): VersionedMap<K, V> {
    const map = new Map<string, V>();
    for (const [key, value] of entries) map.set(key, value);
    return VersionedMap.#own(map);
  }

  /** A new lineage that takes ownership of `map`: the caller must not touch it afterwards. */
  static adopt<K extends string, V>(map: Map<K, V>): VersionedMap<K, V> {
    return VersionedMap.#own(map as Map<string, V>);
  }

  static #own<K extends string, V>(map: Map<string, V>): VersionedMap<K, V> {
    const version = new VersionedMap<K, V>(map.size);
    version.#table = new Table(map);
    return version;
  }

  get(key: K): V | undefined {
    return this.#map().get(key);
  }

  has(key: K): boolean {
    return this.#map().has(key);
  }

  keys(): IterableIterator<K> {
    return (Array.from(this.#map().keys()) as K[]).values();
  }

  values(): IterableIterator<V> {
    return Array.from(this.#map().values()).values();
  }

  entries(): IterableIterator<[K, V]> {
    return (Array.from(this.#map()) as [K, V][]).values();
  }

  [Symbol.iterator](): IterableIterator<[K, V]> {
    return this.entries();
  }

  forEach(fn: (value: V, key: K) => void): void {
    // The callback may read other versions, which moves the table: walk lists taken first.
    const map = this.#map();
    const keys = Array.from(map.keys()) as K[];
    const values = Array.from(map.values());
    for (let i = 0; i < keys.length; i++) fn(values[i] as V, keys[i] as K);
  }

  /**
   * The version with `changes` made; `this` when there are none. Costs what the changes cost on a native
   * map (plus moving the table here first, if another version holds it).
   */
  with(changes: MapChanges<V>): VersionedMap<K, V> {
    if (changes.size === 0) return this;
    const map = this.#map();
    const table = this.#table as Table<V>;
    const keys: string[] = new Array(changes.size);
    const cells: Cell<V>[] = new Array(changes.size);
    let i = 0;
    for (const [key, value] of changes) {
      keys[i] = key;
      cells[i] = value === undefined ? ABSENT : value;
      i++;
    }
    const replaced = applyCells(map, keys, cells);
    // The table now holds the new version, so its size is the version's.
    const next = new VersionedMap<K, V>(map.size);
    next.#table = table;
    this.#table = undefined;
    this.#next = next;
    this.#keys = keys;
    this.#cells = replaced;
    return next;
  }

  /** The table's map, holding this version's contents. */
  #map(): Map<string, V> {
    const table = this.#table;
    return table !== undefined ? table.map : this.#moveHere();
  }

  /** Moves the table to this version (or gives this version a table of its own) and returns its map. */
  #moveHere(): Map<string, V> {
    const path: VersionedMap<K, V>[] = [];
    let cost = 0;
    let node: VersionedMap<K, V> = this;
    while (node.#table === undefined) {
      path.push(node);
      cost += node.#keys.length;
      node = node.#next as VersionedMap<K, V>;
    }
    const table = node.#table;
    const limit = Math.max(table.map.size, 1024);
    if (cost > limit / 2 || table.moved + cost > 2 * limit) {
      // Fork: the head keeps a copy, the shared table moves on and starts a new count.
      node.#table = new Table(new Map(table.map));
      table.moved = 0;
    }
    table.moved += cost;
    for (let i = path.length - 1; i >= 0; i--) {
      const step = path[i] as VersionedMap<K, V>;
      const head = step.#next as VersionedMap<K, V>;
      // The head becomes `step` with the replaced values: the same keys, the difference reversed.
      const replaced = applyCells(table.map, step.#keys, step.#cells);
      if (head.#table === table) {
        head.#table = undefined;
        head.#next = step;
        head.#keys = step.#keys;
        head.#cells = replaced;
      }
      step.#next = undefined;
      step.#keys = NO_KEYS;
      step.#cells = NO_CELLS;
      step.#table = table;
    }
    return table.map;
  }
}
