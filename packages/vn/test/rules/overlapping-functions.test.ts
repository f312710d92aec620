import { checkState, type Finding, parseState } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { overlappingFunctions, VN_PARAMETERS } from '../../src/index.js';

// R7 reports one finding per cluster: the focal bodies of one admin unit and level sharing a function
// group, a body nested under another of them represented by it, bodies under one head counted as one.

const body = (id: string, functions: string[], parent: string | null = null) => ({
  id,
  name: `Body ${id}`,
  kind: 'mass-organization',
  sector: 'mass',
  level: 'commune',
  unit: '24628',
  parent,
  functions,
  quota: 1,
  actual: 1,
});

function r7(
  bodies: ReturnType<typeof body>[],
  heads: Record<string, string> = {},
  explain = false,
): Finding[] {
  const persons = [...new Set(Object.values(heads))].map((id) => ({ id, name: `Person ${id}` }));
  const posts = Object.entries(heads).map(([b, holder]) => ({
    id: `${b}.head`,
    body: b,
    role: 'head',
    holder,
  }));
  const state = parseState({
    format: 'tinhgon/state@1',
    units: [{ code: '24628', name: 'Xã Đắk Nia', level: 'commune', parent: null }],
    bodies,
    persons,
    posts,
  });
  return checkState(state, [overlappingFunctions], {
    date: '2019-06-30',
    parameters: VN_PARAMETERS,
    explain,
  });
}

const brief = (f: Finding) => [f.status, f.body?.id, f.subject, f.values.members, f.values.shared];

describe('R7: one finding per cluster', () => {
  it('gives six mass organisations of a commune one finding on the first, listing the five others', () => {
    const six = ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => body(id, ['front-work']));
    const findings = r7(six);
    expect(findings.map(brief)).toEqual([
      ['fail', 'a', 'mass-mobilization', ['b', 'c', 'd', 'e', 'f'], ['mass-mobilization']],
    ]);
    expect(findings[0]?.values.memberNames).toEqual(['Body b', 'Body c', 'Body d', 'Body e', 'Body f']);
    expect(findings[0]?.message.en).toBe(
      '6 bodies at commune level in Xã Đắk Nia have overlapping functions (Mass mobilisation and the Fatherland Front): Body a, Body b, Body c, Body d, Body e, Body f (value uncertain, confidence medium)',
    );
    expect(findings[0]?.message.vi).toMatch(
      /^6 cơ quan cùng cấp xã, địa bàn Xã Đắk Nia chồng chéo chức năng/,
    );
  });

  it('represents a body nested under another member by it: nesting is not overlap', () => {
    const bodies = [body('a', ['front-work']), body('b', ['front-work'], 'a'), body('c', ['front-work'])];
    expect(r7(bodies).map(brief)).toEqual([['fail', 'a', 'mass-mobilization', ['c'], ['mass-mobilization']]]);
    // b is covered by a's cluster: no pass for it.
    expect(r7(bodies, {}, true).filter((f) => f.status === 'pass')).toEqual([]);
    expect(r7([body('a', ['front-work']), body('b', ['front-work'], 'a')], {}, true).map(brief)).toEqual([
      ['pass', 'a', null, [], []],
      ['pass', 'b', null, [], []],
    ]);
  });

  it('makes one finding of function groups that cluster the same bodies', () => {
    const bodies = [
      body('a', ['front-work', 'press']),
      body('b', ['broadcasting', 'party-mass-mobilization']),
    ];
    expect(r7(bodies).map(brief)).toEqual([
      ['fail', 'a', 'mass-mobilization', ['b'], ['mass-mobilization', 'media']],
    ]);
  });

  it('counts bodies under one head as one: excepted when one is left, a fail when two or more are', () => {
    const three = ['a', 'b', 'c'].map((id) => body(id, ['front-work']));
    const all = r7(three, { a: 'p', b: 'p', c: 'p' }, true);
    expect(all.map((f) => [f.status, f.body?.id, f.exception?.id])).toEqual([
      ['excepted', 'a', 'vn.r7.shared-head'],
    ]);
    expect(all[0]?.exception?.reason.en).toBe('Person p heads all 3 bodies');
    expect(r7(three, { a: 'p', b: 'p', c: 'q' }).map(brief)).toEqual([
      ['fail', 'a', 'mass-mobilization', ['b', 'c'], ['mass-mobilization']],
    ]);
  });
});
