/**
 * The focal bodies of R7 (overlapping functions) and the function groups two or more of them share within
 * one admin unit and level. Focal bodies are those with functions that are not units inside another body
 * (divisions, sub-departments); a body with no unit sits in its nearest ancestor's.
 */
import type { Body, OrgState, StateContext } from '@tinhgon/core';
import { isInternalKind } from '../taxonomy/body-kinds.js';
import { VN_FUNCTION_CATALOGUE } from '../taxonomy/function-catalogue.js';
import { sortShort } from './short-sort.js';
import { byBodyId, byCodeUnits, unitOf } from './structure.js';
import { type UnitKeyRun, type UnitStretches, unitKeyRuns } from './unit-key-runs.js';

/** The function group of a tag: its family, or `tag:<id>` for a tag with none. */
const groupOfTag = (tag: string): string => VN_FUNCTION_CATALOGUE.family(tag) ?? `tag:${tag}`;

/** A function group, as one evaluation numbers them: its key and a small number. */
interface Group {
  readonly key: string;
  readonly id: number;
}

/** The function groups of tags, numbered 0, 1, … for one evaluation: each tag is looked up once. */
class GroupNumbering {
  /** By number. */
  readonly groups: Group[] = [];
  readonly #byTag = new Map<string, Group>();
  readonly #byKey = new Map<string, Group>();

  of(tag: string): Group {
    let group = this.#byTag.get(tag);
    if (group === undefined) {
      const key = groupOfTag(tag);
      group = this.#byKey.get(key);
      if (group === undefined) {
        group = { key, id: this.groups.length };
        this.groups.push(group);
        this.#byKey.set(key, group);
      }
      this.#byTag.set(tag, group);
    }
    return group;
  }
}

/** The focal bodies of one admin unit and level that carry one function group (two or more). */
export interface Carriers {
  readonly group: string;
  /** In id order. */
  readonly bodies: Body[];
}

/** The carriers of the function groups that two focal bodies or more of one admin unit and level share. */
export interface FocalGroup {
  readonly unit: string;
  readonly level: string;
  readonly carriers: Carriers[];
}

/**
 * One item per focal body and function group it carries, in the order of `all`: the body (its index in
 * `all`) and its key, which numbers its level and group together (`pairs[key]`); the items are cut into
 * stretches of one admin unit as they come.
 */
interface FocalItems {
  readonly bodies: Int32Array;
  readonly keys: Int32Array;
  readonly stretches: UnitStretches;
  readonly pairs: readonly FocalPair[];
}

/** A level and a function group, numbered together as an item's key. */
interface FocalPair {
  readonly level: string;
  readonly group: Group;
}

/**
 * The items of the focal bodies: those with functions that are not units inside another body (divisions,
 * sub-departments); a body with no unit sits in its nearest ancestor's (`''` for none). A body whose tags
 * share a family carries that group once. Numbers go in typed arrays, grown as needed (most bodies carry
 * one group). One pass over the bodies does all that is done per body.
 */
function focalItems(all: readonly Body[], state: OrgState, numbering: GroupNumbering): FocalItems {
  let capacity = all.length + (all.length >> 2) + 16;
  let bodies = new Int32Array(capacity);
  let keys = new Int32Array(capacity);
  const starts: number[] = [];
  const units: string[] = [];
  const pairs: FocalPair[] = [];
  // The key of each (level, group) pair, by level then group number.
  const keysByLevel: number[][] = [];
  const levels: string[] = [];
  let count = 0;
  let unit: string | undefined;
  let level = '';
  let levelKeys: number[] = [];
  for (let index = 0; index < all.length; index += 1) {
    const body = all[index] as Body;
    const functions = body.functions;
    const tags = functions.length;
    if (tags === 0 || isInternalKind(body.kind)) continue;
    const bodyUnit = body.unit ?? unitOf(body, state) ?? '';
    if (bodyUnit !== unit) {
      unit = bodyUnit;
      starts.push(count);
      units.push(unit);
    }
    if (body.level !== level) {
      level = body.level;
      const known = levels.indexOf(level);
      if (known === -1) {
        levels.push(level);
        levelKeys = [];
        keysByLevel.push(levelKeys);
      } else levelKeys = keysByLevel[known] as number[];
    }
    const first = count;
    for (let t = 0; t < tags; t += 1) {
      const group = numbering.of(functions[t] as string);
      let key = levelKeys[group.id];
      if (key === undefined) {
        key = pairs.push({ level, group }) - 1;
        levelKeys[group.id] = key;
      }
      // A body whose tags share a family carries that group once: its items so far are the last ones.
      let again = false;
      for (let j = first; j < count && !again; j += 1) again = keys[j] === key;
      if (again) continue;
      if (count === capacity) {
        capacity *= 2;
        bodies = grown(bodies, capacity);
        keys = grown(keys, capacity);
      }
      bodies[count] = index;
      keys[count] = key;
      count += 1;
    }
  }
  return { bodies, keys, stretches: { count, starts, units }, pairs };
}

function grown(from: Int32Array<ArrayBuffer>, capacity: number): Int32Array<ArrayBuffer> {
  const to = new Int32Array(capacity);
  to.set(from);
  return to;
}

/**
 * The carriers of every function group shared by two focal bodies or more of one admin unit and level,
 * by unit then level (in code-unit order).
 *
 * A national state has some 300,000 focal bodies in 100,000 units, and some fifteen thousand of its (unit,
 * level, group) triples have two bodies or more. Levels and groups are few, so each (level, group) pair
 * is numbered and the triples are grouped with {@link unitKeyRuns}, which takes the bodies unit by unit
 * as the state lists them, rather than with a map of every unit or a hash of every body's unit.
 */
export function sharedGroups(ctx: StateContext): FocalGroup[] {
  const all = ctx.allBodies();
  const items = focalItems(all, ctx.state, new GroupNumbering());
  const runs = unitKeyRuns(items.stretches, items.keys, items.pairs.length);
  return focalGroups(runs, items, all);
}

/** The runs of items of one unit and key, as the carriers of each unit and level, sorted. */
function focalGroups(runs: readonly UnitKeyRun[], items: FocalItems, all: readonly Body[]): FocalGroup[] {
  const out: FocalGroup[] = [];
  // The runs of one unit come together, and its focal groups (one per level) are `out[ofUnit]` on.
  let ofUnit = 0;
  for (const run of runs) {
    const pair = items.pairs[items.keys[run.items[0] as number] as number] as FocalPair;
    if (ofUnit < out.length && (out[ofUnit] as FocalGroup).unit !== run.unit) ofUnit = out.length;
    let focal: FocalGroup | undefined;
    for (let k = ofUnit; k < out.length && focal === undefined; k += 1) {
      if ((out[k] as FocalGroup).level === pair.level) focal = out[k];
    }
    if (focal === undefined) {
      focal = { unit: run.unit, level: pair.level, carriers: [] };
      out.push(focal);
    }
    const bodies: Body[] = new Array(run.items.length);
    for (let k = 0; k < bodies.length; k += 1)
      bodies[k] = all[items.bodies[run.items[k] as number] as number] as Body;
    focal.carriers.push({ group: pair.group.key, bodies: sortShort(bodies, byBodyId) });
  }
  // By unit, then level: as `unit \0 level` keys sort, `\0` coming before any character of a unit code.
  return out.sort((p, q) => byCodeUnits(p.unit, q.unit) || byCodeUnits(p.level, q.level));
}

/** Every focal body with functions, by `unit \0 level`, each list in id order (for `explain`). */
export function focalBodies(ctx: StateContext): Map<string, Body[]> {
  const out = new Map<string, Body[]>();
  for (const body of ctx.allBodies()) {
    if (body.functions.length === 0 || isInternalKind(body.kind)) continue;
    const key = `${body.unit ?? unitOf(body, ctx) ?? ''}\u0000${body.level}`;
    const list = out.get(key);
    if (list === undefined) out.set(key, [body]);
    else list.push(body);
  }
  for (const list of out.values()) list.sort(byBodyId);
  return out;
}
