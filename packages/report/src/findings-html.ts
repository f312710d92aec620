import type { Bilingual, Citation, Finding, IsoDate, Lang, StepFailure } from '@tinhgon/core';
import { escapeXml } from './escape.js';
import { textOf } from './labels.js';

/**
 * An appraisal to show in a report: core's `Appraisal` has these fields, and `@tinhgon/vn`'s
 * `SchemeAppraisal` adds the decision (`approved`, `message`).
 */
export interface ReportAppraisal {
  readonly date: IsoDate;
  readonly blocking: number;
  readonly advisory: number;
  readonly findings: readonly Finding[];
  readonly passed?: boolean;
  readonly approved?: boolean;
  readonly message?: Bilingual;
}

/** A citation as one line: document, article, issuer, date; the seed section in brackets. */
export function citationText(citation: Citation): string {
  const main = [citation.document, citation.article, citation.issuer, citation.date].filter(
    (part): part is string => part !== undefined && part !== '',
  );
  return `${main.join(', ')}${citation.seed === undefined ? '' : ` [${citation.seed}]`}`;
}

const ORDER = { fail: 0, excepted: 1, pass: 2 } as const;

/**
 * The findings of an appraisal as an HTML list: failures first (blocking before advisory), then excepted
 * cases and passes when the appraisal lists them; each with its rule, body, message and legal citations.
 */
export function findingsHtml(appraisal: ReportAppraisal, lang: Lang): string {
  const words = textOf(lang).report;
  const approved = appraisal.approved ?? appraisal.passed ?? appraisal.blocking === 0;
  const verdict = appraisal.message?.[lang] ?? words.verdict(approved);
  const sorted = [...appraisal.findings].sort(
    (a, b) =>
      ORDER[a.status] - ORDER[b.status] ||
      (a.severity === b.severity ? 0 : a.severity === 'blocking' ? -1 : 1) ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
  const items = sorted.map((f) => {
    const where = f.body === null ? (f.subject ?? '') : f.body.path.join(' › ');
    const citations = f.citation.map((c) => `<li>${escapeXml(citationText(c))}</li>`).join('');
    return `<li class="finding ${f.status} ${f.severity}" data-rule="${escapeXml(f.rule)}">
<p><span class="tag ${f.status}">${escapeXml(words.findingStatus[f.status])}</span> <span class="tag ${f.severity}">${escapeXml(words.severity[f.severity])}</span> <strong>${escapeXml(f.title[lang])}</strong> <code>${escapeXml(f.rule)}</code></p>
${where === '' ? '' : `<p class="where">${escapeXml(where)}</p>`}
<p class="message">${escapeXml(f.message[lang])}</p>
${citations === '' ? '' : `<div class="citation"><span>${escapeXml(words.citation)}:</span><ul>${citations}</ul></div>`}
</li>`;
  });
  return `<p class="verdict ${approved ? 'approved' : 'refused'}"><strong>${escapeXml(verdict)}</strong> (${escapeXml(appraisal.date)}; ${escapeXml(words.severity.blocking)}: ${appraisal.blocking}, ${escapeXml(words.severity.advisory)}: ${appraisal.advisory})</p>
${items.length === 0 ? `<p>${escapeXml(words.noFindings)}</p>` : `<ol class="findings">\n${items.join('\n')}\n</ol>`}`;
}

/** The steps of a run that could not be done, as an HTML list. */
export function failuresHtml(failures: readonly StepFailure[], lang: Lang): string {
  return `<ul class="failures">${failures
    .map((f) => `<li data-step="${f.step}">${escapeXml(f.message[lang])}</li>`)
    .join('')}</ul>`;
}
