import type { Body } from '@tinhgon/core';
import { sharedFunctionGroups, similarFunctions } from '../taxonomy/function-catalogue.js';

type Pairable = Pick<Body, 'level' | 'unit' | 'functions'>;

/** The problems of a pair whose functions are, or are not, similar. */
function problemsOf(a: Pairable, b: Pairable, similar: boolean): string[] {
  const problems: string[] = [];
  if (a.level !== b.level) problems.push('level');
  if (a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit) problems.push('unit');
  if (!similar) problems.push('functions');
  return problems;
}

/**
 * What keeps two bodies from being paired by a concurrent appointment or a consolidation (R6): a different
 * level, a different admin unit (when both have one), functions that are not similar. `shared` lists the
 * function families (or tags) they have in common.
 */
export function pairProblems(
  a: Pairable,
  b: Pairable,
  functionsOfB: readonly string[] = b.functions,
): { problems: string[]; shared: string[] } {
  const shared = sharedFunctionGroups(a.functions, functionsOfB);
  return { problems: problemsOf(a, b, shared.length > 0), shared };
}

/** The problems of {@link pairProblems} alone, for a caller that does not report what the pair shares. */
export function pairMismatches(
  a: Pairable,
  b: Pairable,
  functionsOfB: readonly string[] = b.functions,
): string[] {
  return problemsOf(a, b, similarFunctions(a.functions, functionsOfB));
}

const PROBLEM_TEXT: Readonly<Record<string, Readonly<Record<'vi' | 'en', string>>>> = {
  level: { vi: 'khác cấp', en: 'different levels' },
  unit: { vi: 'khác địa bàn', en: 'different admin units' },
  functions: { vi: 'chức năng không tương đồng', en: 'functions not similar' },
};

/** Problems as text, e.g. `khác cấp; chức năng không tương đồng`. */
export function problemText(problems: readonly string[], lang: 'vi' | 'en'): string {
  return problems.map((p) => PROBLEM_TEXT[p]?.[lang] ?? p).join('; ');
}
