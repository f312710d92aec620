import { appraiseScheme } from '@tinhgon/vn';
import { describe, expect, it } from 'vitest';
import { htmlReport } from '../src/html-report.js';
import { pilotRun } from './support/pilot.js';

const run = pilotRun();
const appraisal = appraiseScheme(run);

describe('htmlReport', () => {
  const html = htmlReport(run, { appraisal });

  it('is one self-contained page: UTF-8, no script, no external URL', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/);
  });

  it('has the title, both charts, the bridge, the findings with citations and the tables', () => {
    expect(html).toContain('<title>Báo cáo phương án sắp xếp: Thí điểm huyện Nam Trực</title>');
    expect(html.match(/<svg class="org-chart"/g)).toHaveLength(2);
    expect(html.match(/<svg class="bridge-chart"/g)).toHaveLength(2);
    expect(html).toContain('data-rule="vn.r6.similar-consolidation"');
    expect(html).toContain('Kết luận 34-KL/TW');
    expect(html).toContain('Không thẩm định, trình ký');
    for (const by of ['total', 'level', 'sector', 'kind', 'unit']) expect(html).toContain(`data-by="${by}"`);
    expect(html).toContain('Ban Tổ chức - Nội vụ huyện');
  });

  it('speaks English with lang: en', () => {
    const en = htmlReport(run, { appraisal, lang: 'en' });
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Restructuring report: Thí điểm huyện Nam Trực');
    expect(en).toContain('Not to be appraised or approved');
    expect(en).toContain('Headcount bridge');
  });

  it('says when there is no appraisal, and names display labels', () => {
    const plain = htmlReport(run, {
      labels: {
        sector: (id, lang) => (id === 'party' ? (lang === 'vi' ? 'Khối Đảng' : 'Party') : undefined),
      },
    });
    expect(plain).toContain('Chưa thẩm định.');
    expect(plain).toContain('Khối Đảng');
  });

  it('escapes a hostile scenario name', () => {
    const evil = htmlReport({ ...run, name: '</title><script>alert(1)</script>' });
    expect(evil).not.toContain('<script>');
    expect(evil).toContain('&lt;/title&gt;&lt;script&gt;');
  });
});
