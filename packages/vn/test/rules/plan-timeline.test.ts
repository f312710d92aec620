import { InvalidArgumentError, parseState, runScenario } from '@tinhgon/core';
import { checkTimeline, type PlanTaskInput, parsePlanTasks, type TimelineOptions } from '@tinhgon/vn';
import { describe, expect, it } from 'vitest';
import { loadFixtures } from '../support/fixtures.js';

interface TimelineFixture {
  readonly name: string;
  readonly state: unknown;
  readonly tasks: PlanTaskInput[];
  readonly steps: unknown[];
  readonly options?: TimelineOptions;
  readonly expect: { rule: string; subject: string }[];
}

/** Runs a timeline fixture: the steps on the state, then the task table against the run's log. */
function runTimelineFixture(fixture: TimelineFixture) {
  const run = runScenario(parseState(fixture.state), { name: fixture.name, steps: fixture.steps as never });
  expect(run.failures.map((f) => f.message.en)).toEqual([]);
  return checkTimeline(fixture.tasks, run.log, fixture.options);
}

const key = (f: { rule: string; subject: string | null }) => `${f.rule} @ ${f.subject}`;

describe('checkTimeline fixtures (test/fixtures/timeline/*.json)', () => {
  it.each(loadFixtures('timeline'))('%s', (_file, fixture) => {
    const f = fixture as unknown as TimelineFixture;
    const findings = runTimelineFixture(f);
    // Exactly the expected findings, in any order.
    expect(findings.map(key).sort(), f.name).toEqual(f.expect.map(key).sort());
  });
});

describe('checkTimeline', () => {
  const [, misdated] =
    loadFixtures('timeline').find(([file]) => file === 'r11-conclusion-34-misdated.json') ?? [];
  const fixture = misdated as unknown as TimelineFixture;

  it('reports the misdated Conclusion 34 as core-shaped rule findings, in both languages', () => {
    const [first] = runTimelineFixture(fixture);
    expect(first).toMatchObject({
      code: 'rule',
      rule: 'vn.r11.task-dates',
      status: 'fail',
      severity: 'blocking',
      subject: '000 III.1',
      values: { problem: 'basis-after-deadline', basisDate: '2019-08-07', deadline: '2018-12-10' },
      bound: null,
      exception: null,
    });
    expect(first?.message.vi).toBe(
      'Nhiệm vụ 000 III.1 có thời hạn 2018-12-10 nhưng căn cứ Kết luận 34-KL/TW ghi ngày 2019-08-07, sau thời hạn',
    );
    expect(first?.message.en).toBe(
      'Task 000 III.1 is due 2018-12-10, but its basis Kết luận 34-KL/TW is dated 2019-08-07, after the deadline',
    );
    expect(first?.citation.map((c) => c.seed)).toEqual([
      '000_924fbc0903c2089d.txt III.1',
      '002_2601a27634ddaafe.txt II',
    ]);
  });

  it('counts a step on its deadline or its approval day as on time', () => {
    const tasks: PlanTaskInput[] = [
      {
        planItem: 'x',
        title: 'Nhiệm vụ',
        lead: 'Sở Nội vụ',
        start: '2019-01-01',
        deadline: '2019-03-31',
        approvedOn: '2019-03-31',
      },
    ];
    const log = [{ op: 'cutStaff', effective: '2019-03-31', planItem: 'x' }] as never;
    expect(checkTimeline(tasks, log)).toEqual([]);
  });

  it('rejects a malformed task table, naming the field', () => {
    const bad = [{ planItem: 'x', title: 'a', lead: 'b', start: '2019-02-30', deadline: '2019-03-31' }];
    expect(() => parsePlanTasks(bad)).toThrowError(InvalidArgumentError);
    expect(() => parsePlanTasks(bad)).toThrowError(/\[0\]\.start/);
    const twice = [
      { planItem: 'x', title: 'a', lead: 'b', start: '2019-01-01', deadline: '2019-03-31' },
      { planItem: 'x', title: 'c', lead: 'd', start: '2019-01-01', deadline: '2019-03-31' },
    ];
    expect(() => checkTimeline(twice, [])).toThrowError(/\[1\]\.planItem/);
    expect(() =>
      parsePlanTasks([
        { planItem: 'x', title: 'a', lead: 'b', start: '2019-01-01', deadline: '2019-03-31', extra: 1 },
      ]),
    ).toThrowError(InvalidArgumentError);
  });
});
