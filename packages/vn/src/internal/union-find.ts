/** Disjoint sets over string keys, for grouping bodies linked by lineage. */
export class UnionFind {
  readonly #parent = new Map<string, string>();

  find(key: string): string {
    let root = key;
    for (
      let next = this.#parent.get(root);
      next !== undefined && next !== root;
      next = this.#parent.get(root)
    ) {
      root = next;
    }
    if (!this.#parent.has(key)) this.#parent.set(key, key);
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

  /** Groups of the given keys by set, each group sorted, groups in order of their first key. */
  groups(keys: Iterable<string>): string[][] {
    const out = new Map<string, string[]>();
    for (const key of [...new Set(keys)].sort()) {
      const root = this.find(key);
      const group = out.get(root);
      if (group === undefined) out.set(root, [key]);
      else group.push(key);
    }
    return [...out.values()];
  }
}
