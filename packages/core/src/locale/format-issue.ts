import type { Path, StateIssue } from '../validate/issue.js';
import { en } from './en.js';
import type { Lang } from './lang.js';
import type { IssueMessages } from './locale.js';
import { vi } from './vi.js';

const MESSAGES: Readonly<Record<Lang, IssueMessages>> = { vi, en };

/** Writes a path the way a person reads it: `bodies[3].quota`. An empty path is `(root)`. */
export function formatPath(path: Path): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? key : `.${key}`;
  }
  return out;
}

/**
 * One line for an issue in the chosen language, starting with where it is.
 *
 * @example
 * formatIssue(issue, 'vi'); // 'bodies[2].parent: cơ quan "b3" trực thuộc "x", nhưng "x" không có trong dữ liệu'
 */
export function formatIssue(issue: StateIssue, lang: Lang = 'en'): string {
  const template = MESSAGES[lang][issue.code] as (i: StateIssue) => string;
  return `${formatPath(issue.path)}: ${template(issue)}`;
}

/**
 * A bounded summary of many issues: the count by code, then the first `max` in full. Keeps messages short
 * when a large file has thousands of problems.
 */
export function summarizeIssues(
  issues: readonly StateIssue[],
  options: { lang?: Lang; max?: number } = {},
): string {
  const lang = options.lang ?? 'en';
  const max = options.max ?? 10;
  const counts = new Map<string, number>();
  for (const issue of issues) counts.set(issue.code, (counts.get(issue.code) ?? 0) + 1);
  const byCode = [...counts].map(([code, n]) => `${code} ×${n}`).join(', ');
  const head =
    lang === 'vi'
      ? `${issues.length} vấn đề (${byCode})`
      : `${issues.length} issue${issues.length === 1 ? '' : 's'} (${byCode})`;
  const shown = issues.slice(0, max).map((issue) => `  - ${formatIssue(issue, lang)}`);
  const rest = issues.length - shown.length;
  if (rest > 0) shown.push(lang === 'vi' ? `  … và ${rest} vấn đề khác` : `  … and ${rest} more`);
  return [head, ...shown].join('\n');
}
