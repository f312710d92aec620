import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { ROOT, testIo } from './support/test-io.js';

const F = 'packages/cli/test/fixtures';

describe('main', () => {
  it('prints the help and exits 0 for help, --help and help <command>', async () => {
    for (const argv of [['help'], ['--help'], ['help', 'run'], ['run', '--help'], ['import', '-h']]) {
      const r = testIo();
      expect(await main(argv, r.io)).toBe(0);
      expect(r.stdout()).toContain('tinhgon');
      expect(r.stderr()).toBe('');
    }
  });

  it('shows the main help but exits 2 with no command', async () => {
    const r = testIo();
    expect(await main([], r.io)).toBe(2);
    expect(r.stdout()).toContain('Lệnh:');
  });

  it('the main help in English', () => {
    const r = testIo();
    return main(['help', '--lang', 'en'], r.io).then(() => {
      expect(r.stdout().split('\n').slice(0, 13)).toMatchInlineSnapshot(`
        [
          "tinhgon: model and simulate the restructuring of a political system's bodies",
          "",
          "Usage: tinhgon <command> [arguments] [options]",
          "",
          "Commands:",
          "  check    check a state, or appraise a scenario, with the Vietnam rule pack",
          "  run      run a scenario: print the change log, write the final state",
          "  compare  compare two scenarios on one baseline",
          "  report   write the HTML report of a scenario",
          "  import   import bodies from CSV or XLSX into a validated state",
          "  help     help on a command: tinhgon help <command>",
          "",
          "Options:",
        ]
      `);
    });
  });

  it.each([
    [['nope', '--lang', 'en'], 'Unknown command "nope"'],
    [['help', 'nope', '--lang', 'en'], 'Unknown command "nope"'],
    [['check', '--lang', 'fr'], '--lang phải là vi hoặc en'],
    [['check', `${F}/nam-truc.json`, '--date', '2019-02-30', '--lang', 'en'], '--date must be a real date'],
    [['check', '--frobnicate', '--lang', 'en'], 'Invalid arguments'],
    [['check', '--lang', 'en'], 'Wrong number of arguments (0)'],
    [['run', `${F}/nam-truc.json`, '--lang', 'en'], 'Usage: tinhgon run'],
    [
      ['check', `${F}/missing.json`, '--lang', 'en'],
      'Cannot read file "packages/cli/test/fixtures/missing.json" (ENOENT)',
    ],
    [['check', `${F}/units.csv`, '--lang', 'en'], 'is not valid JSON'],
    [
      ['run', `${F}/nam-truc.json`, `${F}/nam-truc.json`, '--lang', 'en'],
      'Scenario "packages/cli/test/fixtures/nam-truc.json" is invalid',
    ],
    [
      ['report', `${F}/nam-truc.json`, `${F}/pilot.scenario.json`, '--max-depth=-1', '--lang', 'en'],
      '--max-depth must be',
    ],
    [['import', `${F}/nam-truc.json`, '--lang', 'en'], 'only .csv and .xlsx'],
  ])('exits 2 on bad input: %j', async (argv, message) => {
    const r = testIo();
    expect(await main(argv, r.io)).toBe(2);
    expect(r.stderr()).toContain(message);
    expect(r.stdout()).toBe('');
  });

  it('speaks Vietnamese by default', async () => {
    const r = testIo();
    expect(await main(['nope'], r.io)).toBe(2);
    expect(r.stderr()).toContain('Không có lệnh "nope"');
  });

  it('check of a state alone uses --date, or today from the io', async () => {
    const r = testIo();
    expect(await main(['check', `${F}/nam-truc.json`, '--json'], r.io)).toBe(0);
    expect(JSON.parse(r.stdout()).date).toBe('2019-01-01');
  });

  it('report without --out writes the HTML to standard output', async () => {
    const r = testIo();
    expect(
      await main(['report', `${F}/nam-truc.json`, `${F}/offices.scenario.json`, '--lang', 'en'], r.io),
    ).toBe(0);
    expect(r.stdout()).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
  });

  it('run --json --out writes the whole document to the file', async () => {
    const r = testIo();
    expect(
      await main(
        ['run', `${F}/nam-truc.json`, `${F}/failing.scenario.json`, '--json', '--out', 'x/run.json'],
        r.io,
      ),
    ).toBe(1);
    const doc = JSON.parse(r.written('x/run.json'));
    expect(doc.ok).toBe(false);
    expect(doc.failures[0].reason).toBe('unknown-body');
  });

  it('runs from source through tsx as the tinhgon executable', () => {
    const result = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--conditions=@tinhgon/source',
        'packages/cli/src/bin.ts',
        'check',
        `${F}/nam-truc.json`,
        `${F}/pilot.scenario.json`,
        '--lang',
        'en',
      ],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
    );
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('Not to be appraised or approved');
    expect(result.stderr).toBe('');
  });
});
