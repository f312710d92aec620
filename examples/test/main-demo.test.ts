import { parseState, safeParseState } from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { main, readData, renderConcurrentPosts, renderTree } from '../src/main-demo.js';

function runDemo(): string[] {
  const lines: string[] = [];
  main((line) => lines.push(line));
  return lines;
}

describe('main demo', () => {
  const lines = runDemo();
  const text = lines.join('\n');

  it('names the district and counts what it loaded', () => {
    expect(lines[0]).toBe('# Huyện Nam Trực, Tỉnh Nam Định');
    expect(lines[1]).toBe('15 bodies, 4 relations, 4 persons, 7 posts');
  });

  it('prints the org tree indented under its roots, with quota/actual and the 2015 quota', () => {
    const state = parseState(readData('nam-truc.json'));
    expect(renderTree(state)).toMatchInlineSnapshot(`
      [
        "Hội đồng nhân dân huyện Nam Trực [peoples-council] 0/0",
        "Huyện ủy Nam Trực [party-committee] 0/0",
        "  Ban Dân vận Huyện ủy [party-advisory] 5/4 (2015: 5)",
        "  Ban Tổ chức Huyện ủy [party-advisory] 7/6 (2015: 8)",
        "  Ban Tuyên giáo Huyện ủy [party-advisory] 6/6 (2015: 7)",
        "  Trung tâm Chính trị huyện [training-centre] 5/4",
        "  Cơ quan Ủy ban Kiểm tra Huyện ủy [party-inspection] 7/7 (2015: 8)",
        "  Văn phòng Huyện ủy [party-office] 11/10 (2015: 12)",
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Nam Trực [front-committee] 6/6 (2015: 7)",
        "Ủy ban nhân dân huyện Nam Trực [peoples-committee] 0/0",
        "  Phòng Giáo dục và Đào tạo [district-office] 10/9",
        "  Phòng Nội vụ [district-office] 8/7 (2015: 9)",
        "  Phòng Tài chính – Kế hoạch [district-office] 9/9 (2015: 10)",
        "  Thanh tra huyện [district-office] 7/6 (2015: 8)",
        "  Văn phòng HĐND và UBND huyện [state-office] 16/15 (2015: 18)",
      ]
    `);
    expect(text).toContain(renderTree(state).join('\n'));
  });

  it('keeps Vietnamese names in NFC', () => {
    expect(text).toBe(text.normalize('NFC'));
  });

  it('sums staff by root and compares with 2015', () => {
    expect(lines).toContain('Huyện ủy Nam Trực: 41/37, -8.9 % vs 2015');
    expect(lines).toContain('Ủy ban nhân dân huyện Nam Trực: 50/46, -9.1 % vs 2015');
  });

  it('shows the concurrent appointment with its time shares', () => {
    const state = parseState(readData('nam-truc.json'));
    expect(renderConcurrentPosts(state)).toContain(
      'Trần Văn Hùng: head of Huyện ủy Nam Trực 70%; head of Hội đồng nhân dân huyện Nam Trực 30%',
    );
  });

  it('reports every whole-document problem of the broken copy, in Vietnamese and in English', () => {
    const result = safeParseState(readData('nam-truc-broken.json'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.code).sort()).toEqual([
      'dates-reversed',
      'duplicate-function',
      'duplicate-head',
      'missing-parent',
      'time-share-exceeded',
      'unknown-person',
    ]);
    expect(text).toContain('nam-truc-broken.json: 6 issues');
    expect(text).toContain('bodies[12].parent: cơ quan "phong-gd-dt" trực thuộc "ubnd-huyen"');
    expect(text).toContain('bodies[12].parent: body "phong-gd-dt" belongs to "ubnd-huyen"');
  });

  it('reports schema typos with their paths', () => {
    const result = safeParseState(readData('nam-truc-typos.json'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.every((issue) => issue.code === 'invalid-input')).toBe(true);
    expect(result.issues.map((issue) => issue.path.join('.'))).toEqual(
      expect.arrayContaining([
        'bodies.13.quota',
        'bodies.13.actual',
        'bodies.13.parnet',
        'posts.3.validFrom',
      ]),
    );
    expect(text).toContain('nam-truc-typos.json: 5 issues');
    expect(text).toContain('bodies[13].quota: biên chế không được âm');
    expect(text).toContain('bodies[13].quota: staff may not be negative');
  });
});
