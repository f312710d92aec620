import { InvalidArgumentError } from '@tinhgon/core';
import { FUNCTION_FAMILIES, type FunctionFamilyInfo } from './function-families.js';
import { FUNCTION_TAGS, type FunctionTagInfo } from './function-tags.js';

/** Function tags and families with the similarity questions the rules ask of them. */
export interface FunctionCatalogue {
  readonly tags: ReadonlyMap<string, FunctionTagInfo>;
  readonly families: ReadonlyMap<string, FunctionFamilyInfo>;
  /** The family of a tag, or `undefined` for a tag with no family or one the catalogue does not know. */
  family(tag: string): string | undefined;
  /**
   * What two function lists have in common: the families they share, and the tags with no family that
   * both carry (a tag with no family is its own group). Sorted.
   */
  shared(a: readonly string[], b: readonly string[]): string[];
  /** True when the two lists share a family or a tag (chức năng, nhiệm vụ tương đồng). */
  similar(a: readonly string[], b: readonly string[]): boolean;
}

/**
 * Builds a catalogue from tag and family rows, checking that ids are unique and every family named
 * exists. Use it to extend the Vietnamese catalogue with tags of your own:
 *
 * @example
 * const mine = createFunctionCatalogue([...FUNCTION_TAGS, { id: 'archives', family: 'office', label }]);
 * mine.similar(['archives'], ['party-office-work']); // true
 */
export function createFunctionCatalogue(
  tags: readonly FunctionTagInfo[] = FUNCTION_TAGS,
  families: readonly FunctionFamilyInfo[] = FUNCTION_FAMILIES,
): FunctionCatalogue {
  const familyMap = new Map<string, FunctionFamilyInfo>();
  for (const family of families) {
    if (familyMap.has(family.id)) {
      throw new InvalidArgumentError(
        `@tinhgon/vn/createFunctionCatalogue: family "${family.id}" is listed twice`,
      );
    }
    familyMap.set(family.id, family);
  }
  const tagMap = new Map<string, FunctionTagInfo>();
  for (const info of tags) {
    if (tagMap.has(info.id)) {
      throw new InvalidArgumentError(`@tinhgon/vn/createFunctionCatalogue: tag "${info.id}" is listed twice`);
    }
    if (info.family !== undefined && !familyMap.has(info.family)) {
      throw new InvalidArgumentError(
        `@tinhgon/vn/createFunctionCatalogue: tag "${info.id}" names unknown family "${info.family}"`,
      );
    }
    tagMap.set(info.id, info);
  }
  const family = (tag: string) => tagMap.get(tag)?.family;
  // The group of each known tag, worked out once: a national reform asks for the groups of some 100,000
  // function lists.
  const groupOfTag = new Map([...tagMap.values()].map((info) => [info.id, info.family ?? `tag:${info.id}`]));
  const group = (tag: string) => groupOfTag.get(tag) ?? `tag:${tag}`;
  const groups = (list: readonly string[]) => new Set(list.map(group));
  const shared = (a: readonly string[], b: readonly string[]) => {
    const right = groups(b);
    return [...groups(a)].filter((item) => right.has(item)).sort();
  };
  return {
    tags: tagMap,
    families: familyMap,
    family,
    shared,
    // What `shared` would find, without listing or sorting it.
    similar: (a, b) => a.some((x) => b.some((y) => group(x) === group(y))),
  };
}

/** The Vietnamese function catalogue the rules use. */
export const VN_FUNCTION_CATALOGUE: FunctionCatalogue = createFunctionCatalogue();

/**
 * The family of a function tag in the Vietnamese catalogue, e.g. `functionFamily('home-affairs')` is
 * `'personnel'`; `undefined` for a tag with no family or an unknown tag.
 */
export function functionFamily(tag: string): string | undefined {
  return VN_FUNCTION_CATALOGUE.family(tag);
}

/**
 * True when two bodies' function lists are similar (tương đồng, R6): they share a family, or carry the same
 * tag. The Organization Committee (`party-organization`) and Phòng Nội vụ (`home-affairs`) are similar;
 * the Propaganda Committee and the Inspectorate are not.
 *
 * @example
 * similarFunctions(['party-organization'], ['home-affairs']); // true
 * similarFunctions(['party-propaganda'], ['state-inspection']); // false
 */
export function similarFunctions(a: readonly string[], b: readonly string[]): boolean {
  return VN_FUNCTION_CATALOGUE.similar(a, b);
}

/** The families (and family-less tags, as `tag:<id>`) two function lists share, sorted. */
export function sharedFunctionGroups(a: readonly string[], b: readonly string[]): string[] {
  return VN_FUNCTION_CATALOGUE.shared(a, b);
}
