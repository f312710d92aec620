import { describe, expect, it } from 'vitest';
import { formatIssue, formatPath, summarizeIssues } from '../../src/locale/format-issue.js';
import type { StateIssue, StateIssueCode } from '../../src/validate/issue.js';
import { body, issuesOf } from '../support/docs.js';
import { SAMPLES } from '../validate/samples.js';

const CODES = Object.keys(SAMPLES) as StateIssueCode[];
const sampleIssue = (code: StateIssueCode): StateIssue => {
  const issue = issuesOf(SAMPLES[code])[0];
  if (issue === undefined) throw new Error(`no issue for ${code}`);
  return issue;
};

describe('formatPath', () => {
  it.each<[(string | number)[], string]>([
    [[], '(root)'],
    [['bodies'], 'bodies'],
    [['bodies', 3], 'bodies[3]'],
    [['bodies', 3, 'quota'], 'bodies[3].quota'],
    [['bodies', 0, 'functions', 2], 'bodies[0].functions[2]'],
    [['bodies', 1, 'quotaByYear', '2015'], 'bodies[1].quotaByYear.2015'],
    [[0, 'x'], '[0].x'],
  ])('%j → %s', (path, text) => {
    expect(formatPath(path)).toBe(text);
  });
});

describe('formatIssue', () => {
  it.each(CODES)('%s: Vietnamese and English differ, are not empty and start with the path', (code) => {
    const issue = sampleIssue(code);
    const vi = formatIssue(issue, 'vi');
    const en = formatIssue(issue, 'en');
    const prefix = `${formatPath(issue.path)}: `;
    expect(vi.startsWith(prefix)).toBe(true);
    expect(en.startsWith(prefix)).toBe(true);
    expect(vi.length).toBeGreaterThan(prefix.length + 5);
    expect(en.length).toBeGreaterThan(prefix.length + 5);
    expect(vi).not.toBe(en);
    expect(vi).not.toContain('undefined');
    expect(en).not.toContain('undefined');
    expect(vi).not.toContain('[object Object]');
    expect(en).not.toContain('[object Object]');
  });

  it('defaults to English', () => {
    const issue = sampleIssue('missing-parent');
    expect(formatIssue(issue)).toBe(formatIssue(issue, 'en'));
  });

  it('names the values that decided the issue', () => {
    const issue = sampleIssue('missing-parent');
    expect(formatIssue(issue, 'en')).toContain('"x"');
    expect(formatIssue(issue, 'vi')).toContain('"x"');
    const schema = sampleIssue('invalid-input');
    expect(formatIssue(schema, 'en')).toContain('-1');
    expect(formatIssue(schema, 'vi')).toContain('-1');
  });

  it('writes Vietnamese text in Vietnamese, schema details included', () => {
    expect(formatIssue(sampleIssue('invalid-input'), 'vi')).toMatch(/biên chế/);
    expect(formatIssue(sampleIssue('level-above-parent'), 'vi')).toMatch(/cấp xã/);
  });

  it('shortens a cycle of thousands of bodies, keeping the count and closing the loop', () => {
    const issue: StateIssue = {
      code: 'parent-cycle',
      path: ['bodies', 0, 'parent'],
      bodies: Array.from({ length: 5_000 }, (_, i) => `b${i}`),
    };
    for (const lang of ['en', 'vi'] as const) {
      const text = formatIssue(issue, lang);
      expect(text.length).toBeLessThan(300);
      expect(text).toContain('"b0"');
      expect(text).toMatch(/… 49\d\d /);
      expect(text).not.toContain('"b100"');
      expect(text.endsWith('"b0"')).toBe(true);
    }
  });

  it('lists a short cycle in full and closes the loop', () => {
    const issue: StateIssue = {
      code: 'parent-cycle',
      path: ['bodies', 0, 'parent'],
      bodies: ['a', 'b', 'c'],
    };
    expect(formatIssue(issue, 'en')).toBe(
      'bodies[0].parent: belongs-to forms a cycle: "a" → "b" → "c" → "a"',
    );
  });
});

describe('summarizeIssues', () => {
  const many = issuesOf({ bodies: Array.from({ length: 25 }, (_, i) => body(`b${i}`, `gone${i}`)) });

  it('counts by code, shows the first ten, and says how many more', () => {
    const text = summarizeIssues(many);
    const lines = text.split('\n');
    expect(lines[0]).toBe('25 issues (missing-parent ×25)');
    expect(lines).toHaveLength(1 + 10 + 1);
    expect(lines[1]).toBe(`  - ${formatIssue(many[0] as StateIssue, 'en')}`);
    expect(lines[11]).toBe('  … and 15 more');
  });

  it('takes max and lang', () => {
    const text = summarizeIssues(many, { max: 2, lang: 'vi' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('25 vấn đề (missing-parent ×25)');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('  … và 23 vấn đề khác');
  });

  it('shows everything and no tail when under the cap, in the singular for one', () => {
    const one = issuesOf(SAMPLES['missing-parent']);
    expect(summarizeIssues(one)).toBe(
      `1 issue (missing-parent ×1)\n  - ${formatIssue(one[0] as StateIssue)}`,
    );
  });

  it('counts several codes in order of first appearance', () => {
    const issues = issuesOf({ bodies: [body('a', 'x'), body('a'), body('b', 'y')] });
    expect(summarizeIssues(issues, { max: 0 })).toMatchInlineSnapshot(`
      "3 issues (duplicate-id ×1, missing-parent ×2)
        … and 3 more"
    `);
  });

  it('reads well for a small broken document', () => {
    const issues = issuesOf({
      bodies: [body('ban-to-chuc', 'tinh-uy'), body('ubkt', 'ubkt', { quota: 3, functions: ['a', 'a'] })],
    });
    expect(summarizeIssues(issues, { lang: 'vi' })).toMatchInlineSnapshot(`
      "3 vấn đề (missing-parent ×1, duplicate-function ×1, parent-cycle ×1)
        - bodies[0].parent: cơ quan "ban-to-chuc" trực thuộc "tinh-uy", nhưng "tinh-uy" không có trong dữ liệu
        - bodies[1].functions[1]: cơ quan "ubkt" ghi chức năng "a" hai lần
        - bodies[1].parent: quan hệ trực thuộc tạo thành vòng: "ubkt" → "ubkt""
    `);
    expect(summarizeIssues(issues, { lang: 'en' })).toMatchInlineSnapshot(`
      "3 issues (missing-parent ×1, duplicate-function ×1, parent-cycle ×1)
        - bodies[0].parent: body "ban-to-chuc" belongs to "tinh-uy", which is not in the state
        - bodies[1].functions[1]: body "ubkt" lists function "a" twice
        - bodies[1].parent: belongs-to forms a cycle: "ubkt" → "ubkt""
    `);
  });
});
