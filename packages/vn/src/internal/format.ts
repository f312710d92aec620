import type { Bound, Verdict } from '@tinhgon/core';

/** `Nghị định 45/2025/NĐ-CP, Điều 5 khoản 2 điểm b`: the document (and article) a bound came from. */
export function sourceOf(bound: Bound | undefined): string {
  const source = bound?.parameter?.source;
  if (source === undefined) return '';
  return source.article === undefined ? source.document : `${source.document}, ${source.article}`;
}

/** ` (provinceClass = I)` or ``: the attribute case a parameter was read for. */
export function caseOf(bound: Bound | undefined): string {
  const label = bound?.parameter?.case;
  return label === null || label === undefined ? '' : ` (${label})`;
}

/** `≥ 5`, `≤ 2`, `< 6`: a bound as a person writes it. */
export function limitOf(bound: Bound | undefined): string {
  if (bound === undefined) return '?';
  const relation = { '>=': '≥', '<=': '≤', '<': '<', '>': '>', '=': '=' }[bound.relation];
  return `${relation} ${bound.limit}`;
}

/** A value of a verdict as text. */
export function show(verdict: Verdict, key: string): string {
  const value = verdict.values[key];
  if (Array.isArray(value)) return value.join(', ');
  return String(value ?? '?');
}

/** A whole or one-decimal number with a decimal comma (Vietnamese) or point (English). */
export function decimal(value: number, lang: 'vi' | 'en'): string {
  const text = Number.isInteger(value) ? String(value) : value.toFixed(1);
  return lang === 'vi' ? text.replace('.', ',') : text;
}

/** A list value of a verdict (empty when absent). */
export function listOf(verdict: Verdict, key: string): readonly string[] {
  const value = verdict.values[key];
  return Array.isArray(value) ? value : [];
}
