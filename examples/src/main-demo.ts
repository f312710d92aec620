/**
 * The main demo: load a district's party and state bodies, print the org tree, run the Conclusion 34 pilot
 * on it (concurrent appointment, three consolidations, a staff cut), appraise it with the Vietnam rule
 * pack and report the deltas, then show what tinhgon reports for two broken copies of the same data.
 *
 * Run it with `pnpm demo` (from source, through the `@tinhgon/source` condition; no build needed).
 * The data is in `examples/data/`: Nam Trực district (Nam Định province) as it stood before the 2025
 * reform; the unit codes are the official ones, the staff figures are illustrative.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  type BodyId,
  formatIssue,
  graphOf,
  type Lang,
  type OrgGraph,
  type OrgState,
  parseState,
  safeParseState,
} from '@tinhgon/core';
import { runPilot } from './pilot-restructuring.js';

/** Where the demo writes its lines; the default writes to standard output. */
export type Writer = (line: string) => void;

const DATA = new URL('../data/', import.meta.url);

/** The text of one of the demo's data files, e.g. `nam-truc.json`. */
export function readData(name: string): string {
  return readFileSync(fileURLToPath(new URL(name, DATA)), 'utf8');
}

/** `quota/actual` for one body, with the 2015 quota when it is known. */
function staffLabel(graph: OrgGraph, id: BodyId): string {
  const body = graph.body(id);
  const in2015 = body.quotaByYear?.['2015'];
  return `${body.quota}/${body.actual}${in2015 === undefined ? '' : ` (2015: ${in2015})`}`;
}

/** Every body below the roots, indented two spaces a level, depth first, children in id order. */
export function renderTree(state: OrgState): string[] {
  const graph = graphOf(state);
  const lines: string[] = [];
  const stack: { id: BodyId; depth: number }[] = graph
    .roots()
    .reverse()
    .map((id) => ({ id, depth: 0 }));
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const body = graph.body(item.id);
    lines.push(`${'  '.repeat(item.depth)}${body.name} [${body.kind}] ${staffLabel(graph, item.id)}`);
    const children = graph.children(item.id);
    for (let i = children.length - 1; i >= 0; i -= 1) {
      stack.push({ id: children[i] as BodyId, depth: item.depth + 1 });
    }
  }
  return lines;
}

/** Quota and actual staff of a body and everything below it. */
function subtreeStaff(graph: OrgGraph, root: BodyId): { quota: number; actual: number; in2015: number } {
  let quota = 0;
  let actual = 0;
  let in2015 = 0;
  for (const id of graph.subtree(root)) {
    const body = graph.body(id);
    quota += body.quota;
    actual += body.actual;
    in2015 += body.quotaByYear?.['2015'] ?? body.quota;
  }
  return { quota, actual, in2015 };
}

/** The people who hold more than one post at once (kiêm nhiệm), with each post and its time share. */
export function renderConcurrentPosts(state: OrgState): string[] {
  const lines: string[] = [];
  for (const [personId, postIds] of state.index.postsByPerson) {
    if (postIds.size < 2) continue;
    const person = state.persons.get(personId);
    const held = [...postIds].sort().map((postId) => {
      const post = state.posts.get(postId);
      if (post === undefined) return postId;
      const body = state.bodies.get(post.body)?.name ?? post.body;
      const share = post.timeShare === undefined ? '' : ` ${Math.round(post.timeShare * 100)}%`;
      return `${post.role} of ${body}${share}`;
    });
    lines.push(`${person?.name ?? personId}: ${held.join('; ')}`);
  }
  return lines.sort();
}

function reportIssues(name: string, write: Writer): void {
  const result = safeParseState(readData(name));
  if (result.ok) {
    write(`${name}: no issues (unexpected)`);
    return;
  }
  write(`${name}: ${result.issues.length} issues`);
  for (const lang of ['vi', 'en'] as const satisfies readonly Lang[]) {
    write(`  [${lang}]`);
    for (const issue of result.issues) write(`  - ${formatIssue(issue, lang)}`);
  }
}

/**
 * Runs the demo, writing one line at a time to `write` (standard output unless given).
 *
 * @example
 * const lines: string[] = [];
 * main((line) => lines.push(line));
 */
export function main(write: Writer = (line) => process.stdout.write(`${line}\n`)): void {
  const state = parseState(readData('nam-truc.json'));
  const graph = graphOf(state);
  const district = state.units.get('362');
  const province = district?.parent == null ? undefined : state.units.get(district.parent);

  write(`# ${district?.type ?? ''} ${district?.name ?? ''}, ${province?.type ?? ''} ${province?.name ?? ''}`);
  write(
    `${state.bodies.size} bodies, ${state.relations.size} relations, ${state.persons.size} persons, ` +
      `${state.posts.size} posts`,
  );
  write('');
  write('## Org tree (quota/actual staff, 2015 quota where known)');
  for (const line of renderTree(state)) write(line);
  write('');
  write('## Staff by root (quota/actual, change in quota since 2015)');
  for (const root of graph.roots()) {
    const { quota, actual, in2015 } = subtreeStaff(graph, root);
    const change = in2015 === 0 ? 0 : ((quota - in2015) / in2015) * 100;
    write(`${graph.body(root).name}: ${quota}/${actual}, ${change.toFixed(1)} % vs 2015`);
  }
  write('');
  write('## Led by the party committee');
  for (const relation of graph.relationsOf('huyen-uy', { kind: 'leads' })) {
    write(`${graph.body(relation.from).name} → ${graph.body(relation.to).name}`);
  }
  write('');
  write('## Concurrent posts (kiêm nhiệm)');
  for (const line of renderConcurrentPosts(state)) write(line);
  write('');
  runPilot(state, write);
  write('');
  write('## What a broken copy reports: whole-document checks');
  reportIssues('nam-truc-broken.json', write);
  write('');
  write('## What a broken copy reports: schema checks (these stop before the whole-document checks)');
  reportIssues('nam-truc-typos.json', write);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
