import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('README', () => {
  it('shows the example that this test runs, verbatim', async () => {
    const source = readFileSync(new URL('support/readme-example.ts', import.meta.url), 'utf8');
    const region = /\/\/ #region readme\n([\s\S]*?)\/\/ #endregion/.exec(source)?.[1] ?? '';
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    expect(region.length).toBeGreaterThan(100);
    expect(readme).toContain(region.trim());
    const { after, before, chart, html } = await import('./support/readme-example.js');
    expect(chart).toContain('>+6<');
    expect(before).toContain('data-mark="consolidated"');
    expect(after).toContain('data-mark="new"');
    expect(html).toContain('Restructuring report');
  });
});
