import type { Body } from '@tinhgon/core';
import { sharedFunctionGroups } from '../taxonomy/function-catalogue.js';

/**
 * What keeps two bodies from being paired by a concurrent appointment or a consolidation (R6): a different
 * level, a different admin unit (when both have one), functions that are not similar. `shared` lists the
 * function families (or tags) they have in common.
 */
export function pairProblems(
  a: Pick<Body, 'level' | 'unit' | 'functions'>,
  b: Pick<Body, 'level' | 'unit' | 'functions'>,
  functionsOfB: readonly string[] = b.functions,
): { problems: string[]; shared: string[] } {
  const shared = sharedFunctionGroups(a.functions, functionsOfB);
  const problems: string[] = [];
  if (a.level !== b.level) problems.push('level');
  if (a.unit !== undefined && b.unit !== undefined && a.unit !== b.unit) problems.push('unit');
  if (shared.length === 0) problems.push('functions');
  return { problems, shared };
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
