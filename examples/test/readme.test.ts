import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';

/** The `ts` code blocks of a markdown file of the repository. */
function codeBlocks(file: string): string[] {
  const text = readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => match[1] as string);
}

function source(file: string): string {
  return readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8');
}

/** Imports an example module and returns what it printed with console.log, one entry per call. */
async function printed(load: () => Promise<unknown>): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
    calls.push(args);
  });
  await load();
  return calls;
}

// The snippets are read from the working directory, as a reader would run them: the repository root.
describe('README snippets', () => {
  it('README.md shows examples/src/readme-usage.ts, which prints what its comments say', async () => {
    expect(codeBlocks('README.md')).toEqual([source('readme-usage.ts')]);
    const calls = await printed(() => import('../src/readme-usage.js'));
    expect(calls).toEqual([
      [['hdnd', 'huyen-uy', 'mttq', 'ubnd']],
      [6],
      ['Ủy ban nhân dân huyện Nam Trực / Phòng Nội vụ'],
      ['bodies[3].functions[1]: cơ quan "ban-dan-van" ghi chức năng "mass-mobilization" hai lần'],
    ]);
  });

  it('packages/core/README.md shows examples/src/core-readme-usage.ts, which prints what its comments say', async () => {
    expect(codeBlocks('packages/core/README.md')).toEqual([source('core-readme-usage.ts')]);
    const calls = await printed(() => import('../src/core-readme-usage.js'));
    expect(calls).toEqual([
      ['Ban Tuyên giáo và Dân vận Huyện ủy', 11, 10],
      [['ban-dan-van: absorbed']],
      [true, false],
    ]);
  });
});
