import { describe, expect, it } from 'vitest';
import { NotFoundError, TinhgonError, UsageError } from '../../src/errors/errors.js';
import { graphOf, OrgGraph } from '../../src/graph/graph-view.js';
import { parseState } from '../../src/load/parse-state.js';
import type { Body } from '../../src/model/body.js';
import { editState } from '../../src/state/state-draft.js';
import { body, bodyAt, relation, unit } from '../support/docs.js';
import { loadFixture } from '../support/fixtures.js';

const district = () => parseState(loadFixture('district'));

// r ─┬─ a ─┬─ a1 ── a11
//    │     └─ a2
//    └─ b ─── b1
// s (second root)
const tree = () =>
  parseState({
    units: [unit('01', 'province', null), unit('001', 'district', '01')],
    bodies: [
      bodyAt('a11', 'commune', 'a1'),
      body('a1', 'a', { level: 'district', unit: '001', sector: 'party', kind: 'division' }),
      body('a', 'r', { level: 'province', unit: '01', sector: 'party', kind: 'party-advisory' }),
      body('r', null, {
        level: 'province',
        unit: '01',
        sector: 'party',
        kind: 'party-committee',
        name: 'Tỉnh ủy',
      }),
      body('a2', 'a', { level: 'district', unit: '001', sector: 'party', kind: 'division' }),
      body('b', 'r', { level: 'province', unit: '01', name: 'Ban Tổ chức' }),
      body('b1', 'b', { level: 'province', name: 'Phòng Tổ chức cán bộ' }),
      body('s', null, { level: 'central', sector: 'front', kind: 'fatherland-front' }),
    ],
    relations: [
      relation('lead-2', 'r', 'b', 'leads'),
      relation('lead-1', 'r', 's', 'leads'),
      relation('serve', 'b', 's', 'serves'),
      relation('coord', 's', 'r', 'coordinates'),
      relation('lead-3', 'r', 'b', 'serves'),
    ],
  });

describe('graphOf', () => {
  it('returns an OrgGraph over the state', () => {
    const s = district();
    const g = graphOf(s);
    expect(g).toBeInstanceOf(OrgGraph);
    expect(g.state).toBe(s);
  });

  it('caches the view per state object', () => {
    const s = district();
    expect(graphOf(s)).toBe(graphOf(s));
    expect(graphOf(district())).not.toBe(graphOf(s));
  });

  it('gives an edited state its own, up-to-date view; the old view stays right for the old state', () => {
    const s = district();
    const old = graphOf(s);
    expect(old.children('ubnd')).toEqual(['phong-noi-vu', 'thanh-tra', 'vp-hdnd-ubnd']);
    expect(old.bySector('state')).toHaveLength(4);
    const next = editState(s, (d) => {
      const moved = d.body('thanh-tra') as Body;
      d.putBody(Object.freeze({ ...moved, parent: 'huyen-uy', sector: 'party' }));
      d.removeRelation('lead-ubnd');
    });
    const view = graphOf(next);
    expect(view).not.toBe(old);
    expect(view.state).toBe(next);
    expect(view.children('ubnd')).toEqual(['phong-noi-vu', 'vp-hdnd-ubnd']);
    expect(view.children('huyen-uy')).toEqual(['ban-to-chuc', 'thanh-tra', 'ubkt', 'vp-huyen-uy']);
    expect(view.parent('thanh-tra')).toBe('huyen-uy');
    expect(view.subtree('huyen-uy')).toContain('thanh-tra');
    expect(view.bySector('state')).toHaveLength(3);
    expect(view.relationsOf('huyen-uy')).toEqual([]);
    expect(old.children('ubnd')).toEqual(['phong-noi-vu', 'thanh-tra', 'vp-hdnd-ubnd']);
    expect(old.relationsOf('huyen-uy').map((r) => r.id)).toEqual(['lead-ubnd']);
    expect(graphOf(s)).toBe(old);
  });
});

describe('tree queries', () => {
  it('children are sorted by id, and empty for a leaf', () => {
    const g = graphOf(district());
    expect(g.children('huyen-uy')).toEqual(['ban-to-chuc', 'ubkt', 'vp-huyen-uy']);
    expect(g.children('ubnd')).toEqual(['phong-noi-vu', 'thanh-tra', 'vp-hdnd-ubnd']);
    expect(g.children('ubkt')).toEqual([]);
  });

  it('roots are sorted by id', () => {
    expect(graphOf(district()).roots()).toEqual(['huyen-uy', 'ubnd']);
    expect(graphOf(tree()).roots()).toEqual(['r', 's']);
  });

  it('parent, ancestors, pathToRoot and depth', () => {
    const g = graphOf(tree());
    expect(g.parent('a11')).toBe('a1');
    expect(g.parent('r')).toBeNull();
    expect(g.ancestors('a11')).toEqual(['a1', 'a', 'r']);
    expect(g.ancestors('r')).toEqual([]);
    expect(g.pathToRoot('a11')).toEqual(['a11', 'a1', 'a', 'r']);
    expect(g.pathToRoot('s')).toEqual(['s']);
    expect(g.depth('a11')).toBe(3);
    expect(g.depth('b1')).toBe(2);
    expect(g.depth('r')).toBe(0);
  });

  it('namePath joins names from the root down, with a chosen separator', () => {
    const g = graphOf(tree());
    expect(g.namePath('b1')).toBe('Tỉnh ủy / Ban Tổ chức / Phòng Tổ chức cán bộ');
    expect(g.namePath('b1', ' › ')).toBe('Tỉnh ủy › Ban Tổ chức › Phòng Tổ chức cán bộ');
    expect(g.namePath('r')).toBe('Tỉnh ủy');
    expect(graphOf(district()).namePath('ban-to-chuc')).toBe('Thành ủy Gia Nghĩa / Ban Tổ chức Thành ủy');
  });

  it('subtree lists a body and everything below it, breadth first', () => {
    const g = graphOf(tree());
    const sub = g.subtree('r');
    expect(sub[0]).toBe('r');
    expect(new Set(sub)).toEqual(new Set(['r', 'a', 'b', 'a1', 'a2', 'b1', 'a11']));
    expect(sub).toHaveLength(7);
    const depths = sub.map((id) => g.depth(id));
    expect(depths).toEqual([...depths].sort((x, y) => x - y));
    expect(g.subtree('a')).toHaveLength(4);
    expect(g.subtree('a11')).toEqual(['a11']);
    expect(g.subtree('s')).toEqual(['s']);
  });
});

describe('relationsOf', () => {
  const ids = (list: readonly { id: string }[]) => list.map((r) => r.id);

  it('lists outgoing relations by default, sorted by id, parallel ones included', () => {
    const g = graphOf(tree());
    expect(ids(g.relationsOf('r'))).toEqual(['lead-1', 'lead-2', 'lead-3']);
    expect(ids(g.relationsOf('a'))).toEqual([]);
  });

  it('lists incoming relations with direction in', () => {
    const g = graphOf(tree());
    expect(ids(g.relationsOf('s', { direction: 'in' }))).toEqual(['lead-1', 'serve']);
    expect(ids(g.relationsOf('s', { direction: 'out' }))).toEqual(['coord']);
    expect(ids(g.relationsOf('b', { direction: 'in' }))).toEqual(['lead-2', 'lead-3']);
  });

  it('filters by kind', () => {
    const g = graphOf(tree());
    expect(ids(g.relationsOf('r', { kind: 'leads' }))).toEqual(['lead-1', 'lead-2']);
    expect(ids(g.relationsOf('r', { kind: 'serves' }))).toEqual(['lead-3']);
    expect(ids(g.relationsOf('r', { kind: 'coordinates' }))).toEqual([]);
    expect(ids(g.relationsOf('r', { kind: 'coordinates', direction: 'in' }))).toEqual(['coord']);
  });

  it('returns the relation records themselves', () => {
    const s = tree();
    expect(graphOf(s).relationsOf('b', { kind: 'serves' })[0]).toBe(s.relations.get('serve'));
  });
});

describe('facets', () => {
  it('byLevel, bySector, byKind and byUnit list sorted ids, empty for unknown values', () => {
    const g = graphOf(tree());
    expect(g.byLevel('province')).toEqual(['a', 'b', 'b1', 'r']);
    expect(g.byLevel('district')).toEqual(['a1', 'a2']);
    expect(g.byLevel('central')).toEqual(['s']);
    expect(g.byLevel('village')).toEqual([]);
    expect(g.bySector('party')).toEqual(['a', 'a1', 'a2', 'r']);
    expect(g.bySector('front')).toEqual(['s']);
    expect(g.bySector('nothing')).toEqual([]);
    expect(g.byKind('division')).toEqual(['a1', 'a2']);
    expect(g.byKind('department')).toEqual(['a11', 'b', 'b1']);
    expect(g.byUnit('01')).toEqual(['a', 'b', 'r']);
    expect(g.byUnit('001')).toEqual(['a1', 'a2']);
    expect(g.byUnit('999')).toEqual([]);
  });

  it('cover the fixture', () => {
    const g = graphOf(district());
    expect(g.byLevel('district')).toHaveLength(8);
    expect(g.bySector('party')).toEqual(['ban-to-chuc', 'huyen-uy', 'ubkt', 'vp-huyen-uy']);
    expect(g.byKind('district-office')).toEqual(['phong-noi-vu', 'thanh-tra']);
    expect(g.byUnit('660')).toHaveLength(8);
    expect(g.byUnit('67')).toEqual([]);
  });
});

describe('checks', () => {
  it('orphans and cycles are empty for valid states', () => {
    for (const s of [district(), tree()]) {
      expect(graphOf(s).orphans()).toEqual([]);
      expect(graphOf(s).cycles()).toEqual([]);
    }
  });

  it('orphans and cycles find what an unchecked edit left behind', () => {
    const s = editState(tree(), (d) => {
      d.removeBody('a');
      const b = d.body('b') as Body;
      const b1 = d.body('b1') as Body;
      d.putBody(Object.freeze({ ...b, parent: 'b1' }));
      d.putBody(Object.freeze({ ...b1, parent: 'b' }));
    });
    const g = graphOf(s);
    expect(g.orphans()).toEqual(['a1', 'a2']);
    expect(g.cycles()).toEqual([['b', 'b1']]);
  });
});

describe('unknown ids', () => {
  const calls: [string, (g: OrgGraph) => unknown][] = [
    ['body', (g) => g.body('nope')],
    ['children', (g) => g.children('nope')],
    ['parent', (g) => g.parent('nope')],
    ['ancestors', (g) => g.ancestors('nope')],
    ['pathToRoot', (g) => g.pathToRoot('nope')],
    ['namePath', (g) => g.namePath('nope')],
    ['depth', (g) => g.depth('nope')],
    ['subtree', (g) => g.subtree('nope')],
    ['relationsOf', (g) => g.relationsOf('nope')],
    ['relationsOf in', (g) => g.relationsOf('nope', { direction: 'in' })],
  ];

  it.each(calls)('%s throws NotFoundError with code not-found', (_, call) => {
    const g = graphOf(district());
    expect(() => call(g)).toThrow(NotFoundError);
    try {
      call(g);
    } catch (error) {
      expect(error).toBeInstanceOf(TinhgonError);
      expect((error as TinhgonError).code).toBe('not-found');
      expect((error as Error).message.startsWith('@tinhgon/core/')).toBe(true);
    }
  });

  it('facets return empty lists rather than throwing', () => {
    const g = graphOf(district());
    expect(g.byUnit('nope')).toEqual([]);
    expect(g.byKind('nope')).toEqual([]);
  });
});

describe('toGraph', () => {
  it('holds every body as a node with its attributes and every edge with its kind', () => {
    const s = tree();
    const graph = graphOf(s).toGraph();
    expect(graph.order).toBe(8);
    expect(graph.size).toBe(6 + 5);
    expect(graph.getNodeAttributes('b1')).toEqual({ ...s.bodies.get('b1') });
    const belongs = graph.filterEdges((_, attributes) => attributes.kind === 'belongs-to');
    expect(belongs.map((e) => `${graph.source(e)}>${graph.target(e)}`).sort()).toEqual(
      ['a>a1', 'a>a2', 'a1>a11', 'b>b1', 'r>a', 'r>b'].sort(),
    );
    const relationEdges = graph.filterEdges((_, attributes) => attributes.kind !== 'belongs-to');
    expect(relationEdges.map((e) => graph.getEdgeAttribute(e, 'id')).sort()).toEqual(
      ['coord', 'lead-1', 'lead-2', 'lead-3', 'serve'].sort(),
    );
    expect(graph.edges('r', 'b')).toHaveLength(3);
  });

  it('returns an independent copy on every call; changing it changes nothing else', () => {
    const s = tree();
    const g = graphOf(s);
    const first = g.toGraph();
    expect(g.toGraph()).not.toBe(first);
    first.dropNode('a');
    first.addNode('zzz');
    first.setNodeAttribute('b', 'quota', 999);
    first.clearEdges();
    const second = g.toGraph();
    expect(second.order).toBe(8);
    expect(second.size).toBe(11);
    expect(second.getNodeAttribute('b', 'quota')).toBe(5);
    expect(s.bodies.get('b')?.quota).toBe(5);
    expect(g.children('r')).toEqual(['a', 'b']);
    expect(g.subtree('r')).toHaveLength(7);
  });

  it('node attributes are copies: changing one leaves the body record alone', () => {
    const s = tree();
    const graph = graphOf(s).toGraph();
    const attributes = graph.getNodeAttributes('r');
    attributes.name = 'changed';
    expect(s.bodies.get('r')?.name).toBe('Tỉnh ủy');
  });
});

describe('pathToRoot on a forged state', () => {
  it('refuses a belongs-to cycle instead of looping', () => {
    const state = parseState({
      bodies: [
        {
          id: 'a',
          name: 'A',
          kind: 'k',
          sector: 's',
          level: 'province',
          parent: null,
          functions: [],
          quota: 0,
          actual: 0,
        },
        {
          id: 'b',
          name: 'B',
          kind: 'k',
          sector: 's',
          level: 'province',
          parent: 'a',
          functions: [],
          quota: 0,
          actual: 0,
        },
      ],
    });
    const forged = editState(state, (draft) => {
      const a = draft.body('a');
      if (a !== undefined) draft.putBody({ ...a, parent: 'b' });
    });
    expect(() => graphOf(forged).pathToRoot('a')).toThrow(UsageError);
  });
});
