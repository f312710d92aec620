import { describe, expect, it } from 'vitest';
import { COMMANDS, commandHelp, mainHelp } from '../src/help.js';
import { main } from '../src/main.js';
import { testIo } from './support/test-io.js';

/** The examples exactly as the help text shows them: `$ tinhgon <args>` and, on the next line, `(exit N)`. */
function examplesOf(text: string): { args: string[]; exit: number }[] {
  const lines = text.split('\n');
  const out: { args: string[]; exit: number }[] = [];
  lines.forEach((line, i) => {
    const match = /^\s+\$ tinhgon (.+)$/.exec(line);
    if (match === null) return;
    const exit = /\(exit (\d)\)$/.exec(lines[i + 1] ?? '');
    if (exit === null) throw new Error(`example without an exit code: ${line}`);
    out.push({ args: (match[1] as string).split(' '), exit: Number(exit[1]) });
  });
  return out;
}

/** What each command's examples must print, beyond the exit code. */
const CHECKS: Record<string, (run: ReturnType<typeof testIo>, args: string[]) => void> = {
  check: (r, args) => {
    if (args.includes('--json'))
      expect(JSON.parse(r.stdout()).blockingRules).toEqual(['vn.r6.similar-consolidation']);
    else if (args[1]?.includes('broken')) expect(r.stderr()).toContain('bodies[12].parent');
    else expect(r.stdout()).toMatch(/vn\.r7|Đạt|approval|phê duyệt/);
  },
  run: (r, args) => {
    if (args.includes('--json')) expect(JSON.parse(r.stdout()).log).toHaveLength(7);
    else if (args.includes('--out'))
      expect(JSON.parse(r.written('final.json')).bodies.map((b: { id: string }) => b.id)).toContain(
        'ban-to-chuc-noi-vu',
      );
    else expect(r.stdout()).toMatch(/Bước 1 \(20\d\d-\d\d-\d\d/);
  },
  compare: (r, args) => {
    expect(r.stdout()).toContain('B: Thí điểm huyện Nam Trực');
    if (args.includes('--out'))
      expect(r.written('comparison/comparison.csv')).toMatch(/^by,group,metric,baseline,a,b,difference\r\n/);
  },
  report: (r, args) => {
    const html = r.written(args[args.indexOf('--out') + 1] as string);
    expect(html).toContain('Ban Tổ chức - Nội vụ huyện');
    expect(html).toContain(args.includes('en') ? 'Restructuring report' : 'Báo cáo phương án sắp xếp');
  },
  import: (r, args) => {
    if (args[1]?.includes('bad')) expect(r.stderr()).toContain('row 3, column "quota"');
    else if (args.includes('--out')) expect(JSON.parse(r.written('state.json')).bodies).toHaveLength(5);
    else expect(JSON.parse(r.stdout()).bodies).toHaveLength(3);
  },
};

describe('every example in the help text runs as shown', () => {
  for (const command of COMMANDS) {
    for (const lang of ['vi', 'en'] as const) {
      const help = commandHelp(command, lang) ?? '';
      it(`${command} (${lang}): has examples`, () => {
        expect(examplesOf(help).length).toBeGreaterThan(0);
      });
      if (lang === 'en') continue;
      for (const example of examplesOf(help)) {
        it(`tinhgon ${example.args.join(' ')} → exit ${example.exit}`, async () => {
          const run = testIo();
          expect(await main(example.args, run.io)).toBe(example.exit);
          CHECKS[command]?.(run, example.args);
        });
      }
    }
  }

  it('the main help shows one example per command, each of which runs', async () => {
    const examples = examplesOf(mainHelp('en'));
    expect(examples.map((e) => e.args[0])).toEqual(COMMANDS);
    for (const example of examples) expect(await main(example.args, testIo().io)).toBe(example.exit);
  });
});
