import { InvalidArgumentError } from '@tinhgon/core';
import {
  createFunctionCatalogue,
  FUNCTION_FAMILIES,
  FUNCTION_TAGS,
  functionFamily,
  sharedFunctionGroups,
  similarFunctions,
  VN_FUNCTION_CATALOGUE,
} from '@tinhgon/vn';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

describe('functionFamily', () => {
  it('groups the pairings of the seeds into families', () => {
    expect(functionFamily('party-organization')).toBe('personnel');
    expect(functionFamily('home-affairs')).toBe('personnel');
    expect(functionFamily('party-inspection')).toBe('inspection');
    expect(functionFamily('state-inspection')).toBe('inspection');
    expect(
      ['party-propaganda', 'information-communications', 'political-training'].map(functionFamily),
    ).toEqual(['propaganda', 'propaganda', 'propaganda']);
    expect(functionFamily('party-mass-mobilization')).toBe(functionFamily('front-work'));
    expect(functionFamily('party-office-work')).toBe(functionFamily('council-committee-office-work'));
  });

  it('is undefined for a tag with no family or an unknown tag', () => {
    expect(functionFamily('party-leadership')).toBeUndefined();
    expect(functionFamily('no-such-tag')).toBeUndefined();
  });
});

describe('similarFunctions', () => {
  it.each([
    ['Organization Committee ~ Home Affairs (000 II.1.1)', ['party-organization'], ['home-affairs']],
    [
      'Inspection Committee ~ Inspectorate (000 II.1.2)',
      ['party-inspection'],
      ['state-inspection', 'complaints'],
    ],
    [
      'Propaganda ~ Information and Communications (003 B.II.1)',
      ['party-propaganda'],
      ['information-communications'],
    ],
    ['Propaganda ~ political training centre (004 III.4)', ['party-propaganda'], ['political-training']],
    ['Mass Mobilization ~ Fatherland Front (003 B.II.1)', ['party-mass-mobilization'], ['front-work']],
    [
      'party office ~ People’s Council and Committee office (000 II.1.5)',
      ['party-office-work'],
      ['council-committee-office-work'],
    ],
    ['newspaper ~ radio-TV station (003 B.II.1)', ['press'], ['broadcasting']],
    ['the same unknown tag', ['archives'], ['archives']],
  ])('holds for %s', (_name, a, b) => {
    expect(similarFunctions(a, b)).toBe(true);
    expect(similarFunctions(b, a)).toBe(true);
  });

  it.each([
    ['Propaganda and Inspectorate', ['party-propaganda'], ['state-inspection']],
    ['Mass Mobilization and finance', ['party-mass-mobilization'], ['finance', 'planning-investment']],
    ['party leadership and the People’s Council', ['party-leadership'], ['people-representation']],
    ['two unknown tags', ['archives'], ['ports']],
    ['no functions', [], ['home-affairs']],
  ])('fails for %s', (_name, a, b) => {
    expect(similarFunctions(a, b)).toBe(false);
  });

  it('names what two lists share: families, and family-less tags as tag:<id>', () => {
    expect(sharedFunctionGroups(['party-organization', 'justice'], ['home-affairs', 'justice'])).toEqual([
      'personnel',
      'tag:justice',
    ]);
  });
});

describe('the catalogue', () => {
  it('has unique ids, known families, and labels in both languages in NFC', () => {
    const ids = FUNCTION_TAGS.map((tag) => tag.id);
    expect(new Set(ids).size).toBe(ids.length);
    const families = new Set(FUNCTION_FAMILIES.map((family) => family.id));
    for (const tag of FUNCTION_TAGS) {
      if (tag.family !== undefined) expect(families.has(tag.family), tag.id).toBe(true);
      for (const text of [tag.label.vi, tag.label.en]) {
        expect(text.length, tag.id).toBeGreaterThan(0);
        expect(text, tag.id).toBe(text.normalize('NFC'));
      }
    }
    expect(VN_FUNCTION_CATALOGUE.tags.size).toBe(FUNCTION_TAGS.length);
  });

  it('grows with rows of one’s own, and refuses duplicate ids and unknown families', () => {
    const label = { vi: 'Lưu trữ', en: 'Archives' };
    const mine = createFunctionCatalogue([...FUNCTION_TAGS, { id: 'archives', family: 'office', label }]);
    expect(mine.similar(['archives'], ['party-office-work'])).toBe(true);
    expect(similarFunctions(['archives'], ['party-office-work'])).toBe(false);
    expect(() => createFunctionCatalogue([...FUNCTION_TAGS, { id: 'press', label }])).toThrowError(
      InvalidArgumentError,
    );
    expect(() => createFunctionCatalogue([{ id: 'x', family: 'nope', label }])).toThrowError(
      /unknown family/,
    );
    expect(() =>
      createFunctionCatalogue([], [...FUNCTION_FAMILIES, FUNCTION_FAMILIES[0] as never]),
    ).toThrowError(/listed twice/);
  });

  it('calls lists similar exactly when they share a group, unknown and family-less tags included', () => {
    const tag = fc.constantFrom(...FUNCTION_TAGS.map((info) => info.id), 'no-such-tag', 'other-tag');
    fc.assert(
      fc.property(fc.array(tag, { maxLength: 4 }), fc.array(tag, { maxLength: 4 }), (a, b) => {
        expect(similarFunctions(a, b)).toBe(sharedFunctionGroups(a, b).length > 0);
      }),
    );
  });
});
