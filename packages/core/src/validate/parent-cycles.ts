/**
 * Finds every cycle in a parent relation (each node has at most one parent), without recursion, in time
 * linear in the number of nodes. Each cycle is listed once, starting from its smallest id, in child → parent
 * order. Nodes whose parent is missing or null end their walk and are not in any cycle.
 */
export function findParentCycles(
  ids: Iterable<string>,
  parentOf: (id: string) => string | null | undefined,
): string[][] {
  // 0 or absent: unvisited; walk number while on the current walk; -1 when known to end outside a cycle.
  const mark = new Map<string, number>();
  const cycles: string[][] = [];
  let walk = 0;
  for (const start of ids) {
    if (mark.has(start)) continue;
    walk += 1;
    const trail: string[] = [];
    let node: string | null | undefined = start;
    while (node !== null && node !== undefined && !mark.has(node)) {
      mark.set(node, walk);
      trail.push(node);
      node = parentOf(node);
    }
    if (node !== null && node !== undefined && mark.get(node) === walk) {
      const cycle = trail.slice(trail.indexOf(node));
      cycles.push(rotateToSmallest(cycle));
    }
    for (const visited of trail) mark.set(visited, -1);
  }
  return cycles;
}

function rotateToSmallest(cycle: string[]): string[] {
  let at = 0;
  for (let i = 1; i < cycle.length; i += 1) if ((cycle[i] as string) < (cycle[at] as string)) at = i;
  return [...cycle.slice(at), ...cycle.slice(0, at)];
}

/** The nodes whose parent is named but not among the nodes. */
export function findOrphans(
  ids: Iterable<string>,
  parentOf: (id: string) => string | null | undefined,
): string[] {
  const known = new Set(ids);
  const orphans: string[] = [];
  for (const id of known) {
    const parent = parentOf(id);
    if (parent !== null && parent !== undefined && !known.has(parent)) orphans.push(id);
  }
  return orphans;
}
