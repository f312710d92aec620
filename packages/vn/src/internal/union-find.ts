/** Disjoint sets over string keys, for grouping bodies linked by lineage. */
export class UnionFind {
  /** A key's link towards its root; a key with none is a root (most keys never join a set). */
  readonly #parent = new Map<string, string>();

  find(key: string): string {
    let root = key;
    for (let next = this.#parent.get(root); next !== undefined; next = this.#parent.get(root)) root = next;
    // path compression
    let node = key;
    while (node !== root) {
      const next = this.#parent.get(node) as string;
      this.#parent.set(node, root);
      node = next;
    }
    return root;
  }

  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // the smaller key becomes the root, so grouping is deterministic
    if (ra < rb) this.#parent.set(rb, ra);
    else this.#parent.set(ra, rb);
  }

  /**
   * Groups of the given keys by set, each group sorted, groups in order of their first key. With `wanted`,
   * only the groups holding a key it accepts: the others are never sorted or listed, which matters when
   * most of many keys fall in groups nobody asks about.
   */
  groups(keys: Iterable<string>, wanted?: (key: string) => boolean): string[][] {
    // A set is read as it is (it may hold 100,000 keys), anything else is made one.
    const unique: ReadonlySet<string> = keys instanceof Set ? keys : new Set(keys);
    let roots: Set<string> | undefined;
    if (wanted !== undefined) {
      roots = new Set();
      for (const key of unique) if (wanted(key)) roots.add(this.find(key));
    }
    const out = new Map<string, string[]>();
    for (const key of unique) {
      const root = this.find(key);
      if (roots !== undefined && !roots.has(root)) continue;
      const group = out.get(root);
      if (group === undefined) out.set(root, [key]);
      else group.push(key);
    }
    const groups = [...out.values()];
    for (const group of groups) group.sort();
    return groups.sort((a, b) => ((a[0] as string) < (b[0] as string) ? -1 : 1));
  }
}
