import { describe, expect, it } from 'vitest';
import { parseState } from '../../src/load/parse-state.js';
import type { Body } from '../../src/model/body.js';
import type { Post } from '../../src/model/post.js';
import type { Relation } from '../../src/model/relation.js';
import type { OrgState } from '../../src/state/org-state.js';
import { editState, emptyState, type StateDraft } from '../../src/state/state-draft.js';
import { stringifyState } from '../../src/state/state-json.js';
import { loadFixture } from '../support/fixtures.js';
import { indexMismatches } from '../support/state-checks.js';

const base = () => parseState(loadFixture('district'));
const sorted = (set: Iterable<string> | undefined) => [...(set ?? [])].sort();

function get<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}
const bodyOf = (s: OrgState, id: string): Body => get(s.bodies.get(id));
const postOf = (s: OrgState, id: string): Post => get(s.posts.get(id));
const relationOf = (s: OrgState, id: string): Relation => get(s.relations.get(id));

/** Runs `edit` on the fixture and checks the base is untouched and the result's index is consistent. */
function edit(change: (draft: StateDraft, base: OrgState) => void): { before: OrgState; after: OrgState } {
  const before = base();
  const text = stringifyState(before);
  const index = before.index;
  const after = editState(before, (draft) => change(draft, before));
  expect(stringifyState(before)).toBe(text);
  expect(before.index).toBe(index);
  expect(indexMismatches(before)).toEqual([]);
  expect(indexMismatches(after)).toEqual([]);
  return { before, after };
}

describe('StateDraft bodies', () => {
  it('adds a body under a parent', () => {
    const { before, after } = edit((d, b) =>
      d.putBody(Object.freeze({ ...bodyOf(b, 'thanh-tra'), id: 'phong-moi', name: 'Phòng mới' })),
    );
    expect(sorted(after.index.children.get('ubnd'))).toEqual([
      'phong-moi',
      'phong-noi-vu',
      'thanh-tra',
      'vp-hdnd-ubnd',
    ]);
    expect(sorted(before.index.children.get('ubnd'))).toEqual(['phong-noi-vu', 'thanh-tra', 'vp-hdnd-ubnd']);
    expect(after.bodies.size).toBe(9);
    expect(before.bodies.size).toBe(8);
  });

  it('adds a root', () => {
    const { after } = edit((d, b) => d.putBody(Object.freeze({ ...bodyOf(b, 'ubnd'), id: 'hdnd' })));
    expect(sorted(after.index.roots)).toEqual(['hdnd', 'huyen-uy', 'ubnd']);
  });

  it('moves a body to another parent', () => {
    const { before, after } = edit((d, b) =>
      d.putBody(Object.freeze({ ...bodyOf(b, 'ubkt'), parent: 'ubnd' })),
    );
    expect(sorted(after.index.children.get('huyen-uy'))).toEqual(['ban-to-chuc', 'vp-huyen-uy']);
    expect(sorted(after.index.children.get('ubnd'))).toEqual([
      'phong-noi-vu',
      'thanh-tra',
      'ubkt',
      'vp-hdnd-ubnd',
    ]);
    expect(bodyOf(after, 'ubkt').parent).toBe('ubnd');
    expect(bodyOf(before, 'ubkt').parent).toBe('huyen-uy');
  });

  it('turns a child into a root and a root into a child', () => {
    const { after } = edit((d, b) => {
      d.putBody(Object.freeze({ ...bodyOf(b, 'vp-huyen-uy'), parent: null }));
      d.putBody(Object.freeze({ ...bodyOf(b, 'ubnd'), parent: 'huyen-uy' }));
    });
    expect(sorted(after.index.roots)).toEqual(['huyen-uy', 'vp-huyen-uy']);
    expect(sorted(after.index.children.get('huyen-uy'))).toEqual(['ban-to-chuc', 'ubkt', 'ubnd']);
  });

  it('replaces a body in place when its parent is unchanged', () => {
    const { after } = edit((d, b) => d.putBody(Object.freeze({ ...bodyOf(b, 'ubkt'), quota: 9 })));
    expect(bodyOf(after, 'ubkt').quota).toBe(9);
    expect(sorted(after.index.children.get('huyen-uy'))).toEqual(['ban-to-chuc', 'ubkt', 'vp-huyen-uy']);
  });

  it('removes a leaf, dropping an emptied children entry', () => {
    const { after } = edit((d) => {
      d.removeBody('ban-to-chuc');
      d.removeBody('ubkt');
      d.removeBody('vp-huyen-uy');
    });
    expect(after.bodies.has('ubkt')).toBe(false);
    expect(after.index.children.has('huyen-uy')).toBe(false);
  });

  it('removes a root', () => {
    const { after } = edit((d) => {
      for (const child of ['ban-to-chuc', 'ubkt', 'vp-huyen-uy']) d.removeBody(child);
      d.removeBody('huyen-uy');
    });
    expect(sorted(after.index.roots)).toEqual(['ubnd']);
  });

  it('ignores removal of a body that is not there', () => {
    const { before, after } = edit((d) => d.removeBody('nothing'));
    expect(stringifyState(after)).toBe(stringifyState(before));
  });

  it('reads its own writes', () => {
    edit((d, b) => {
      d.putBody(Object.freeze({ ...bodyOf(b, 'ubkt'), parent: 'ubnd' }));
      expect(d.body('ubkt')?.parent).toBe('ubnd');
      expect(sorted(d.children('ubnd'))).toEqual(['phong-noi-vu', 'thanh-tra', 'ubkt', 'vp-hdnd-ubnd']);
      expect(sorted(d.children('huyen-uy'))).toEqual(['ban-to-chuc', 'vp-huyen-uy']);
      d.removeBody('ubkt');
      expect(d.body('ubkt')).toBeUndefined();
      expect(d.children('nothing').size).toBe(0);
    });
  });
});

describe('StateDraft posts', () => {
  it('adds a post to the body and holder indices', () => {
    const { after } = edit((d) =>
      d.putPost(Object.freeze({ id: 'tt-head', body: 'thanh-tra', role: 'head', holder: 'p-binh' })),
    );
    expect(sorted(after.index.postsByBody.get('thanh-tra'))).toEqual(['tt-head']);
    expect(sorted(after.index.postsByPerson.get('p-binh'))).toEqual(['btc-deputy', 'tt-head']);
  });

  it('moves a post to another holder', () => {
    const { before, after } = edit((d, b) =>
      d.putPost(Object.freeze({ ...postOf(b, 'pnv-head'), holder: 'p-binh' })),
    );
    expect(sorted(after.index.postsByPerson.get('p-an'))).toEqual(['btc-head']);
    expect(sorted(after.index.postsByPerson.get('p-binh'))).toEqual(['btc-deputy', 'pnv-head']);
    expect(sorted(before.index.postsByPerson.get('p-an'))).toEqual(['btc-head', 'pnv-head']);
  });

  it('vacates a post and fills a vacant one', () => {
    const { after } = edit((d, b) => {
      d.putPost(Object.freeze({ ...postOf(b, 'btc-deputy'), holder: null }));
      d.putPost(Object.freeze({ ...postOf(b, 'ubkt-head'), holder: 'p-binh' }));
    });
    expect(sorted(after.index.postsByPerson.get('p-binh'))).toEqual(['ubkt-head']);
  });

  it('moves a post to another body', () => {
    const { after } = edit((d, b) => d.putPost(Object.freeze({ ...postOf(b, 'btc-deputy'), body: 'ubkt' })));
    expect(sorted(after.index.postsByBody.get('ban-to-chuc'))).toEqual(['btc-head']);
    expect(sorted(after.index.postsByBody.get('ubkt'))).toEqual(['btc-deputy', 'ubkt-head']);
  });

  it('removes a post from both indices, dropping emptied entries', () => {
    const { after } = edit((d) => {
      d.removePost('btc-deputy');
      d.removePost('nothing');
    });
    expect(after.posts.has('btc-deputy')).toBe(false);
    expect(after.index.postsByPerson.has('p-binh')).toBe(false);
    expect(sorted(after.index.postsByBody.get('ban-to-chuc'))).toEqual(['btc-head']);
  });

  it('reads its own writes', () => {
    edit((d, b) => {
      d.putPost(Object.freeze({ ...postOf(b, 'pnv-head'), holder: 'p-binh' }));
      expect(d.post('pnv-head')?.holder).toBe('p-binh');
      expect(sorted(d.postsHeldBy('p-binh'))).toEqual(['btc-deputy', 'pnv-head']);
      expect(sorted(d.postsOf('phong-noi-vu'))).toEqual(['pnv-head']);
      expect(d.postsHeldBy('nobody').size).toBe(0);
    });
  });
});

describe('StateDraft relations', () => {
  it('adds a relation to both ends', () => {
    const { after } = edit((d) =>
      d.putRelation(Object.freeze({ id: 'serve', kind: 'serves', from: 'ban-to-chuc', to: 'phong-noi-vu' })),
    );
    expect(sorted(after.index.relationsByBody.get('ban-to-chuc'))).toEqual(['serve']);
    expect(sorted(after.index.relationsByBody.get('phong-noi-vu'))).toEqual(['serve']);
  });

  it('moves a relation to other ends', () => {
    const { after } = edit((d, b) =>
      d.putRelation(Object.freeze({ ...relationOf(b, 'lead-ubnd'), to: 'thanh-tra' })),
    );
    expect(after.index.relationsByBody.has('ubnd')).toBe(false);
    expect(sorted(after.index.relationsByBody.get('thanh-tra'))).toEqual(['lead-ubnd']);
    expect(sorted(after.index.relationsByBody.get('huyen-uy'))).toEqual(['lead-ubnd']);
  });

  it('removes a relation from both ends', () => {
    const { after } = edit((d) => {
      d.removeRelation('lead-ubnd');
      d.removeRelation('nothing');
    });
    expect(after.relations.size).toBe(0);
    expect(after.index.relationsByBody.size).toBe(0);
  });

  it('reads its own writes', () => {
    edit((d) => {
      d.removeRelation('lead-ubnd');
      expect(d.relation('lead-ubnd')).toBeUndefined();
      expect(d.relationsOf('ubnd').size).toBe(0);
    });
  });
});

describe('StateDraft unit indices', () => {
  it('moves a body between units in bodiesByUnit, and drops it when it leaves every unit', () => {
    const { after } = edit((d, b) => {
      d.putUnit(Object.freeze({ code: '661', name: 'Đắk Mil', level: 'district', parent: '67' }));
      d.putBody(Object.freeze({ ...bodyOf(b, 'ubkt'), unit: '661' }));
      const { unit: _, ...noUnit } = bodyOf(b, 'thanh-tra');
      d.putBody(Object.freeze(noUnit));
      expect(sorted(d.bodiesIn('661'))).toEqual(['ubkt']);
    });
    expect(sorted(after.index.bodiesByUnit.get('661'))).toEqual(['ubkt']);
    expect(after.index.bodiesByUnit.get('660')?.has('ubkt')).toBe(false);
    expect(after.index.bodiesByUnit.get('660')?.has('thanh-tra')).toBe(false);
    expect(after.index.bodiesByUnit.get('660')?.size).toBe(6);
  });

  it('removes a removed body from bodiesByUnit', () => {
    const { after } = edit((d) => d.removeBody('ubkt'));
    expect(after.index.bodiesByUnit.get('660')?.has('ubkt')).toBe(false);
  });

  it('keeps unitChildren in step when units are added, moved and removed', () => {
    const { before, after } = edit((d) => {
      d.putUnit(Object.freeze({ code: '68', name: 'Lâm Đồng', level: 'province', parent: null }));
      d.putUnit(Object.freeze({ code: '661', name: 'Đắk Mil', level: 'district', parent: '67' }));
      d.putUnit(Object.freeze({ code: '660', name: 'Gia Nghĩa', level: 'district', parent: '68' }));
      expect(sorted(d.unitChildren('67'))).toEqual(['661']);
      d.removeUnit('661');
      d.removeUnit('nothing');
    });
    expect(after.index.unitChildren.has('67')).toBe(false);
    expect(sorted(after.index.unitChildren.get('68'))).toEqual(['660']);
    expect(sorted(before.index.unitChildren.get('67'))).toEqual(['660']);
  });
});

describe('StateDraft persons and units', () => {
  it('puts and removes persons and units', () => {
    const { after } = edit((d) => {
      d.putPerson(Object.freeze({ id: 'p-cuong', name: 'Lê Văn Cường' }));
      d.removePerson('p-binh');
      d.putUnit(Object.freeze({ code: '661', name: 'Đắk Mil', level: 'district', parent: '67' }));
      d.removeUnit('660');
      expect(d.person('p-cuong')?.name).toBe('Lê Văn Cường');
      expect(d.unit('661')?.name).toBe('Đắk Mil');
      expect(d.unit('660')).toBeUndefined();
    });
    expect(sorted(after.persons.keys())).toEqual(['p-an', 'p-cuong']);
    expect(sorted(after.units.keys())).toEqual(['661', '67']);
  });
});

describe('editState', () => {
  it('returns a new frozen state and leaves the base alone', () => {
    const before = base();
    const after = editState(before, (d) => d.removeRelation('lead-ubnd'));
    expect(after).not.toBe(before);
    expect(Object.isFrozen(after)).toBe(true);
    expect(Object.isFrozen(after.index)).toBe(true);
    expect(before.relations.size).toBe(1);
    expect(after.relations.size).toBe(0);
  });

  it('shares what it did not change', () => {
    const before = base();
    const after = editState(before, (d) => d.removeRelation('lead-ubnd'));
    expect(after.bodies.get('ubnd')).toBe(before.bodies.get('ubnd'));
    expect(after.bodies).toBe(before.bodies);
  });

  it('keeps nothing when the edit throws, and lets the exception through', () => {
    const before = base();
    const text = stringifyState(before);
    const boom = new Error('boom');
    expect(() =>
      editState(before, (d) => {
        d.removeBody('ubkt');
        d.removePost('btc-head');
        d.putRelation(Object.freeze({ id: 'x', kind: 'leads', from: 'ubnd', to: 'huyen-uy' }));
        throw boom;
      }),
    ).toThrow(boom);
    expect(stringifyState(before)).toBe(text);
    expect(indexMismatches(before)).toEqual([]);
    expect(before.bodies.has('ubkt')).toBe(true);
    // The base still edits normally afterwards.
    expect(editState(before, (d) => d.removeBody('ubkt')).bodies.size).toBe(7);
  });

  it('gives independent results for two edits of one base', () => {
    const before = base();
    const a = editState(before, (d) => d.removeBody('ubkt'));
    const b = editState(before, (d) => d.removePost('btc-head'));
    expect(a.bodies.has('ubkt')).toBe(false);
    expect(b.bodies.has('ubkt')).toBe(true);
    expect(a.posts.has('btc-head')).toBe(true);
    expect(b.posts.has('btc-head')).toBe(false);
  });

  it('edits a state produced by an edit', () => {
    const once = editState(base(), (d) => d.removeBody('ubkt'));
    const twice = editState(once, (d) => d.removeBody('ban-to-chuc'));
    expect(once.bodies.has('ban-to-chuc')).toBe(true);
    expect(sorted(twice.index.children.get('huyen-uy'))).toEqual(['vp-huyen-uy']);
    expect(indexMismatches(twice)).toEqual([]);
  });

  it('builds from the empty state', () => {
    const s = editState(emptyState(), (d) => {
      d.putBody(
        Object.freeze({
          id: 'a',
          name: 'A',
          kind: 'k',
          sector: 's',
          level: 'province',
          parent: null,
          functions: [],
          quota: 1,
          actual: 1,
        }),
      );
    });
    expect(sorted(s.index.roots)).toEqual(['a']);
    expect(emptyState().bodies.size).toBe(0);
    expect(indexMismatches(s)).toEqual([]);
  });
});
