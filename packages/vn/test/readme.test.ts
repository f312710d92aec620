import { readFileSync } from 'node:fs';
import { vnRuleSet } from '@tinhgon/vn';
import { describe, expect, it } from 'vitest';
import { result } from './support/readme-example.js';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('README', () => {
  it('shows the example exactly as it runs', () => {
    const source = read('./support/readme-example.ts');
    const region = source.slice(source.indexOf('// #region readme\n') + 18, source.indexOf('// #endregion'));
    expect(read('../README.md')).toContain(region.trim());
  });

  it('states what the example gives', () => {
    expect(result.approved).toBe(false);
    expect(result.blockingRules).toEqual(['vn.r1.min-division-staff', 'vn.r2.fewer-divisions']);
    expect(result.findings[0]?.message.vi).toBe(
      'Không đủ biên chế để thành lập phòng: có 4, cần ≥ 5 theo Kế hoạch 300/KH-UBND, Mục I',
    );
    expect([vnRuleSet.rules.length, vnRuleSet.parameters.length]).toEqual([13, 8]);
  });
});
