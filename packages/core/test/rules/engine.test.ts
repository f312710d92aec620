import {
  appraiseRun,
  appraiseState,
  checkState,
  checkTransition,
  evaluateDocument,
  graphOf,
  parseParameterTable,
  parseState,
  type RuleSet,
  resolveParameter,
  runRuleFixture,
  runScenario,
  type StateRule,
  scenario,
  type TransitionRule,
} from '@tinhgon/core';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../support/fixtures.js';

// A user's own parameter table, as JSON: a minimum that changed in 2025 and depends on an attribute.
const minStaff = parseParameterTable({
  id: 'test.min-staff',
  title: { vi: 'Biên chế tối thiểu', en: 'Minimum staff' },
  confidence: 'medium',
  versions: [
    { until: '2025-03-01', source: { document: 'Kế hoạch 300/KH-UBND', seed: '002 I' }, value: 5 },
    {
      from: '2025-03-01',
      source: { document: 'Nghị định 45/2025/NĐ-CP', article: 'Điều 5 k.2' },
      by: 'provinceClass',
      cases: { I: 6, special: 7 },
      default: 5,
    },
  ],
});

const deputyBands = parseParameterTable({
  id: 'test.deputies',
  title: { vi: 'Số cấp phó tối đa', en: 'Maximum deputies' },
  confidence: 'high',
  versions: [
    {
      source: { document: 'Nghị định 107/2020/NĐ-CP' },
      value: {
        input: 'quota',
        rows: [
          { below: 10, value: 1 },
          { min: 10, below: 15, value: 2 },
          { min: 15, value: 3 },
        ],
      },
    },
  ],
});

// A user's own state rule, written in TypeScript.
const minStaffRule: StateRule = {
  type: 'state',
  id: 'test.min-staff',
  title: { vi: 'Đủ biên chế tối thiểu', en: 'Enough staff' },
  basis: [{ document: 'Kế hoạch 300/KH-UBND', seed: '002 I' }],
  severity: 'blocking',
  parameters: ['test.min-staff'],
  scope: { sectors: ['party', 'state'], where: (body) => body.parent !== null },
  checkBody: (body, ctx) => {
    const min = ctx.param('test.min-staff', body);
    if (min === undefined) return undefined;
    return {
      ok: body.quota >= min.value,
      values: { quota: body.quota },
      bound: { relation: '>=', limit: min.value, parameter: min },
    };
  },
  exceptions: [
    {
      id: 'test.pilot',
      title: { vi: 'Thí điểm', en: 'Pilot' },
      applies: (verdict) =>
        verdict.body === 'ubkt' ? { vi: 'được phép thí điểm', en: 'allowed as a pilot' } : undefined,
    },
  ],
  messages: {
    vi: (v) => `biên chế ${v.values.quota}, tối thiểu ${v.bound?.limit}`,
    en: (v) => `quota ${v.values.quota}, at least ${v.bound?.limit}`,
  },
};

// A transition rule: the number of bodies must fall.
const fewerBodies: TransitionRule = {
  type: 'transition',
  id: 'test.fewer-bodies',
  title: { vi: 'Giảm đầu mối', en: 'Fewer focal points' },
  basis: [{ document: 'Nghị quyết 18-NQ/TW', seed: '002 I' }],
  severity: 'advisory',
  check: (ctx) => [
    {
      ok: ctx.after.bodies.size < ctx.before.bodies.size,
      values: { before: ctx.before.bodies.size, after: ctx.after.bodies.size },
    },
  ],
  messages: {
    vi: (v) => `${v.values.before} → ${v.values.after} cơ quan`,
    en: (v) => `${v.values.before} → ${v.values.after} bodies`,
  },
};

const ruleSet: RuleSet = { rules: [minStaffRule, fewerBodies], parameters: [minStaff, deputyBands] };

/** The district fixture in a province of the special class (the rule's bound there is 7 from 2025). */
function specialDoc() {
  const doc = loadFixture('district') as ReturnType<typeof loadFixture> & {
    units: { attributes?: object }[];
  };
  (doc.units[0] as { attributes?: object }).attributes = { provinceClass: 'special' };
  return doc;
}
const specialState = () => parseState(specialDoc());

describe('parameters', () => {
  it('resolve by date, by attribute with a default, and by band', () => {
    expect(resolveParameter(minStaff, '2020-01-01')?.value).toBe(5);
    expect(resolveParameter(minStaff, '2025-03-01', { attributes: () => 'I' })).toMatchObject({
      value: 6,
      case: 'provinceClass = I',
    });
    expect(resolveParameter(minStaff, '2025-03-01', { attributes: () => 'III' })).toMatchObject({
      value: 5,
      case: 'provinceClass = (default)',
    });
    expect(resolveParameter(deputyBands, '2020-01-01', { input: 12 })).toMatchObject({
      value: 2,
      band: 'quota 10–14',
    });
    expect(resolveParameter(deputyBands, '2020-01-01', { input: 20 })?.value).toBe(3);
  });

  it('reject a malformed table naming the field', () => {
    expect(() =>
      parseParameterTable({ id: 'x', title: { vi: 'a', en: 'b' }, confidence: 'sure', versions: [] }),
    ).toThrowError(/confidence/);
  });
});

describe('checkState', () => {
  it('reports a failing body with its path, values, bound, parameter source and citation', () => {
    const findings = checkState(specialState(), ruleSet.rules, {
      date: '2019-01-01',
      parameters: ruleSet.parameters,
    });
    expect(findings).toHaveLength(0);
    const strict = checkState(specialState(), ruleSet.rules, {
      date: '2026-01-01',
      parameters: ruleSet.parameters,
    });
    expect(strict.map((f) => f.body?.id)).toEqual(['ban-to-chuc', 'thanh-tra']);
    const first = strict[0];
    expect(first).toMatchObject({
      rule: 'test.min-staff',
      status: 'fail',
      severity: 'blocking',
      values: { quota: 6 },
      uncertain: 'medium',
    });
    expect(first?.body?.path).toEqual(['Thành ủy Gia Nghĩa', 'Ban Tổ chức Thành ủy']);
    expect(first?.bound).toMatchObject({ relation: '>=', limit: 7 });
    expect(first?.bound?.parameter?.source.document).toBe('Nghị định 45/2025/NĐ-CP');
    expect(first?.citation[0]?.seed).toBe('002 I');
    expect(first?.message.vi).toMatch(/biên chế 6, tối thiểu 7/);
    expect(first?.message.en).toMatch(/confidence medium/);
  });

  it('turns a fail into an excepted pass when a first-class exception applies, and explains passes', () => {
    const all = checkState(specialState(), ruleSet.rules, {
      date: '2026-01-01',
      parameters: ruleSet.parameters,
      explain: true,
    });
    const ubkt = all.find((f) => f.body?.id === 'ubkt');
    expect(ubkt).toMatchObject({
      status: 'excepted',
      exception: { id: 'test.pilot', reason: { en: 'allowed as a pilot' } },
    });
    const pass = all.find((f) => f.body?.id === 'vp-hdnd-ubnd');
    expect(pass).toMatchObject({ status: 'pass', bound: { limit: 7 } });
  });

  it('gives a rule the lookups of its evaluation: bodies by id, all of them, by kind, and whether passes count', () => {
    const state = specialState();
    const seen: { explain: boolean; all: number; kinds: string[]; parent: string | undefined }[] = [];
    const lookups: StateRule = {
      type: 'state',
      id: 'test.lookups',
      title: { vi: 'Tra cứu', en: 'Lookups' },
      basis: [{ document: 'Nghị quyết 18-NQ/TW', seed: '002 I' }],
      severity: 'advisory',
      checkState: function* (ctx) {
        const offices = ctx.bodiesOfKind('district-office');
        seen.push({
          explain: ctx.explain,
          all: ctx.allBodies().length,
          kinds: offices.map((body) => body.id),
          parent: ctx.body('ban-to-chuc')?.parent ?? undefined,
        });
        expect(ctx.body('nowhere')).toBeUndefined();
        expect(ctx.bodiesOfKind('district-office')).toBe(offices);
        for (const body of ctx.allBodies())
          if (ctx.explain || body.quota < 7) yield { ok: body.quota >= 7, body: body.id, values: {} };
      },
      messages: { vi: () => 'tra cứu', en: () => 'lookup' },
    };
    const fails = checkState(state, [lookups], { date: '2026-01-01' });
    const all = checkState(state, [lookups], { date: '2026-01-01', explain: true });
    expect(seen).toEqual([
      { explain: false, all: state.bodies.size, kinds: ['phong-noi-vu', 'thanh-tra'], parent: 'huyen-uy' },
      { explain: true, all: state.bodies.size, kinds: ['phong-noi-vu', 'thanh-tra'], parent: 'huyen-uy' },
    ]);
    expect(fails).toEqual(all.filter((f) => f.status === 'fail'));
    for (const finding of all) {
      const id = finding.body?.id as string;
      expect(finding.body?.path.join(' / ')).toBe(graphOf(state).namePath(id));
    }
  });
});

describe('appraisal', () => {
  const pilot = scenario('x')
    .absorb({ effective: '2026-01-01', target: 'ban-to-chuc', sources: ['vp-huyen-uy'] })
    .cutStaff({ effective: '2026-02-01', body: 'thanh-tra', quota: 1 });

  it('fails while a blocking finding remains, at each stage of a scenario', () => {
    const run = runScenario(specialState(), pilot.build());
    const stages = appraiseRun(run, ruleSet.rules, { parameters: ruleSet.parameters });
    expect(stages.map((s) => [s.step, s.appraisal.passed, s.appraisal.blocking])).toEqual([
      [1, false, 1],
      [2, false, 1],
    ]);
    expect(checkTransition(run.baseline, run.final, run.log, ruleSet.rules, { date: '2026-02-01' })).toEqual(
      [],
    );
    expect(appraiseState(run.final, [], { date: '2026-02-01' }).passed).toBe(true);
  });

  it('is available to apps as one call on JSON', () => {
    const result = evaluateDocument({ state: specialDoc(), scenario: pilot.build() }, ruleSet);
    expect(result.ok && result.value.blocking).toBe(1);
    const bad = evaluateDocument({ state: { bodies: 'x' } }, ruleSet);
    expect(bad.ok).toBe(false);
  });
});

describe('rule fixtures as data', () => {
  it('pass when the expected findings are there, and list what is missing when not', () => {
    const fixture = {
      name: 'minimum staff after 2025',
      seed: '002 I',
      date: '2026-01-01',
      state: specialDoc(),
      only: ['test.min-staff'],
      exact: true,
      expect: [
        { rule: 'test.min-staff', status: 'fail', body: 'ban-to-chuc' },
        { rule: 'test.min-staff', status: 'fail', body: 'thanh-tra' },
        { rule: 'test.min-staff', status: 'excepted', body: 'ubkt', exception: 'test.pilot' },
      ],
    };
    expect(runRuleFixture(fixture, ruleSet).ok).toBe(true);
    const wrong = runRuleFixture({ ...fixture, expect: fixture.expect.slice(1) }, ruleSet);
    expect(wrong.ok).toBe(false);
    expect(wrong.unexpected.map((f) => f.body?.id)).toEqual(['ban-to-chuc']);
  });
});
