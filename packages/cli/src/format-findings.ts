import type { Finding, Lang, StepFailure } from '@tinhgon/core';
import { citationText } from '@tinhgon/report';

const SEVERITY = {
  vi: { blocking: 'bắt buộc', advisory: 'khuyến nghị' },
  en: { blocking: 'blocking', advisory: 'advisory' },
} as const;

/** The failing findings as text lines: blocking first, each with where, message and citations. */
export function findingLines(findings: readonly Finding[], lang: Lang): string[] {
  const fails = findings
    .filter((f) => f.status === 'fail')
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'blocking' ? -1 : 1));
  const lines: string[] = [];
  for (const f of fails) {
    const where = f.body === null ? (f.subject ?? '') : f.body.path.join(' › ');
    lines.push(`[${SEVERITY[lang][f.severity]}] ${f.rule}: ${f.title[lang]}`);
    if (where !== '') lines.push(`    ${where}`);
    lines.push(`    ${f.message[lang]}`);
    for (const c of f.citation) lines.push(`    ${lang === 'vi' ? 'căn cứ' : 'basis'}: ${citationText(c)}`);
  }
  return lines;
}

/** The failed steps of a run as text lines. */
export function failureLines(failures: readonly StepFailure[], lang: Lang): string[] {
  return failures.map((f) => `[${lang === 'vi' ? 'lỗi' : 'failed'}] ${f.message[lang]}`);
}
