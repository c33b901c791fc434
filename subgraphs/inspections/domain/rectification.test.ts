import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, type LocalDate } from '../../shared/calendar';
import {
  ALLOWED_FROM,
  completionRate,
  DEFAULT_RECTIFICATION_DAYS,
  foldRectification,
  isOverdue,
  openRectification,
  proposeRectificationEvent,
  RECTIFICATION_STATES,
  rectificationWarning,
  type Actor,
  type OpenInput,
  type Proposal,
  type Rectification,
  type RectificationCommand,
  type RectificationEvent,
  type RectificationOptions,
  type RectificationState,
} from './rectification';

// 2025 calendar facts (chinese-days): 国庆/中秋 holidays Wed 10-01 … Wed 10-08; 调休 working days
// Sun 09-28 and Sat 10-11. DOMAIN.md: Fri 09-26 + 20 working days → Thu 10-30.

const cal = createWorkingCalendar();
const OPTIONS: RectificationOptions = { calendar: cal, ...DEFAULT_RECTIFICATION_DAYS };
const d = (s: string) => s as LocalDate;
const TODAY = d('2026-03-31');
const OFFICE: Actor = { id: 'inspector-1', unitId: 'unit-430721' };
const OWNER: Actor = { id: 'clerk-1', unitId: 'unit-430721100' };
const STRANGER: Actor = { id: 'clerk-9', unitId: 'unit-430721101' };

const openInput = (over: Partial<OpenInput> = {}): OpenInput => ({
  findingId: 'finding-1',
  inspectingUnitId: OFFICE.unitId,
  owner: { unitId: OWNER.unitId, person: '张三' },
  foundOn: d('2025-09-26'),
  on: d('2025-09-26'),
  actor: OFFICE,
  ...over,
});

const events = (p: Proposal): RectificationEvent[] => {
  if (!p.ok) throw new Error(JSON.stringify(p.errors));
  return p.events;
};
const rulesOf = (p: Proposal) => (p.ok ? [] : p.errors.map(({ field, rule }) => ({ field, rule })));

const progress = (on: string, actor = OWNER): RectificationCommand => ({ type: 'PROGRESS_REPORTED', on: d(on), actor, data: { note: '已制作新公开栏' } });
const submit = (on: string, evidence: string[] = ['files/board-photo.jpg'], actor = OWNER): RectificationCommand => ({
  type: 'SUBMITTED',
  on: d(on),
  actor,
  data: { evidence, note: '公开栏已移至大门口' },
});
const verify = (on: string, actor = OFFICE): RectificationCommand => ({ type: 'VERIFIED', on: d(on), actor, data: { note: '现场核查，同意销号' } });
const reject = (on: string, workingDays?: number, actor = OFFICE): RectificationCommand => ({
  type: 'REJECTED',
  on: d(on),
  actor,
  data: { reason: '面积仍不足12平方米', ...(workingDays === undefined ? {} : { workingDays }) },
});
const escalate = (on: string, actor = OFFICE): RectificationCommand => ({ type: 'ESCALATED', on: d(on), actor, data: { note: '逾期未整改，请主要负责人督办' } });

/** Opens and plays the commands, failing loudly on a refusal. */
function play(...commands: RectificationCommand[]): { r: Rectification; history: RectificationEvent[] } {
  const history = events(openRectification(openInput(), TODAY, OPTIONS));
  let r = foldRectification(history);
  for (const c of commands) {
    history.push(...events(proposeRectificationEvent(r, c, TODAY, OPTIONS)));
    r = foldRectification(history);
  }
  return { r, history };
}
const propose = (r: Rectification, c: RectificationCommand, today = TODAY) => proposeRectificationEvent(r, c, today, OPTIONS);

describe('openRectification', () => {
  it('counts the deadline in working days from the finding: Fri 2025-09-26 + 20 → Thu 10-30 (国庆 skipped, 调休 counted)', () => {
    const [opened] = events(openRectification(openInput(), TODAY, OPTIONS));
    expect(opened).toEqual({
      type: 'OPENED',
      on: '2025-09-26',
      actor: OFFICE,
      data: { findingId: 'finding-1', inspectingUnitId: OFFICE.unitId, owner: { unitId: OWNER.unitId, person: '张三' }, foundOn: '2025-09-26', workingDays: 20, dueOn: '2025-10-30' },
    });
  });

  it('takes the inspector’s own number of working days, counted from the finding even when opened later', () => {
    const [opened] = events(openRectification(openInput({ workingDays: 10, foundOn: d('2025-11-03'), on: d('2025-11-05') }), TODAY, OPTIONS));
    expect(opened!.data).toMatchObject({ workingDays: 10, dueOn: '2025-11-17' });
  });

  it('starts OPEN', () => {
    const r = foldRectification(events(openRectification(openInput(), TODAY, OPTIONS)));
    expect(r).toMatchObject({ state: 'OPEN', dueOn: '2025-10-30', openedOn: '2025-09-26', submissions: 0, rejections: 0, verifiedOn: null });
  });

  it('refuses missing parties, a finding after the opening, a future date and a bad number of days', () => {
    expect(rulesOf(openRectification(openInput({ findingId: ' ', owner: { unitId: '', person: null }, workingDays: 2.5 }), TODAY, OPTIONS))).toEqual([
      { field: 'findingId', rule: 'REQUIRED' },
      { field: 'owner.unitId', rule: 'REQUIRED' },
      { field: 'workingDays', rule: 'WORKING_DAYS_POSITIVE' },
    ]);
    expect(rulesOf(openRectification(openInput({ foundOn: d('2025-09-27') }), TODAY, OPTIONS))).toEqual([{ field: 'foundOn', rule: 'FOUND_BEFORE_OPENED' }]);
    expect(rulesOf(openRectification(openInput({ on: d('2026-04-01') }), TODAY, OPTIONS))).toEqual([{ field: 'on', rule: 'EVENT_IN_FUTURE' }]);
    expect(rulesOf(openRectification(openInput({ foundOn: d('2025-9-26') }), TODAY, OPTIONS))).toEqual([{ field: 'foundOn', rule: 'DATE_FORMAT' }]);
    expect(rulesOf(openRectification(openInput({ workingDays: 0 }), TODAY, OPTIONS))).toEqual([{ field: 'workingDays', rule: 'WORKING_DAYS_POSITIVE' }]);
  });
});

describe('the lifecycle', () => {
  it('goes OPEN → IN_PROGRESS → SUBMITTED → VERIFIED (销号)', () => {
    const { r, history } = play(progress('2025-10-10'), submit('2025-10-20'), verify('2025-10-24'));
    expect(history.map((e) => e.type)).toEqual(['OPENED', 'PROGRESS_REPORTED', 'SUBMITTED', 'VERIFIED']);
    expect(r).toMatchObject({ state: 'VERIFIED', verifiedOn: '2025-10-24', progressReports: 1, submissions: 1, lastSubmittedOnTime: true });
  });

  it('may be submitted straight from OPEN, without progress reports', () => {
    expect(play(submit('2025-10-09')).r.state).toBe('SUBMITTED');
  });

  it('reopens on failed verification with a new deadline from the rejection day, then verifies', () => {
    const rejected = play(submit('2025-10-20'), reject('2025-11-03'));
    expect(rejected.history.at(-1)).toEqual({
      type: 'REJECTED',
      on: '2025-11-03',
      actor: OFFICE,
      data: { reason: '面积仍不足12平方米', workingDays: 10, dueOn: '2025-11-17' },
    });
    expect(rejected.r).toMatchObject({ state: 'REOPENED', dueOn: '2025-11-17', rejections: 1 });
    const { r } = play(submit('2025-10-20'), reject('2025-11-03'), progress('2025-11-05'), submit('2025-11-17'), verify('2025-11-18'));
    expect(r).toMatchObject({ state: 'VERIFIED', rejections: 1, submissions: 2, lastSubmittedOnTime: true, verifiedOn: '2025-11-18' });
  });

  it('takes the office’s own number of days on rejection', () => {
    expect(play(submit('2025-10-20'), reject('2025-11-03', 5)).r.dueOn).toBe('2025-11-10');
    expect(rulesOf(propose(play(submit('2025-10-20')).r, reject('2025-11-03', -1)))).toEqual([{ field: 'workingDays', rule: 'WORKING_DAYS_POSITIVE' }]);
  });

  it('keeps whether a submission came by the deadline: on the day is on time, the day after is late', () => {
    expect(play(submit('2025-10-30')).r.lastSubmittedOnTime).toBe(true);
    expect(play(submit('2025-10-31')).r.lastSubmittedOnTime).toBe(false);
  });
});

describe('who may do what', () => {
  const open = play().r;
  it('lets only the owning unit report progress and submit', () => {
    expect(rulesOf(propose(open, progress('2025-10-10', STRANGER)))).toEqual([{ field: 'actor', rule: 'OWNER_ONLY' }]);
    expect(rulesOf(propose(open, submit('2025-10-10', undefined, OFFICE)))).toEqual([{ field: 'actor', rule: 'OWNER_ONLY' }]);
  });

  it('lets only the inspecting office verify, reject and escalate', () => {
    const submitted = play(submit('2025-10-20')).r;
    expect(rulesOf(propose(submitted, verify('2025-10-21', OWNER)))).toEqual([{ field: 'actor', rule: 'INSPECTING_OFFICE_ONLY' }]);
    expect(rulesOf(propose(submitted, reject('2025-10-21', undefined, STRANGER)))).toEqual([{ field: 'actor', rule: 'INSPECTING_OFFICE_ONLY' }]);
    expect(rulesOf(propose(open, escalate('2025-11-03', OWNER)))).toEqual([{ field: 'actor', rule: 'INSPECTING_OFFICE_ONLY' }]);
  });

  it('requires evidence, a note and a reason', () => {
    expect(rulesOf(propose(open, submit('2025-10-10', [])))).toEqual([{ field: 'evidence', rule: 'EVIDENCE_REQUIRED' }]);
    expect(rulesOf(propose(open, submit('2025-10-10', ['a.jpg', ' '])))).toEqual([{ field: 'evidence[1]', rule: 'EVIDENCE_REFERENCE' }]);
    expect(rulesOf(propose(open, { type: 'PROGRESS_REPORTED', on: d('2025-10-10'), actor: OWNER, data: { note: '' } }))).toEqual([{ field: 'note', rule: 'REQUIRED' }]);
    const submitted = play(submit('2025-10-20')).r;
    expect(rulesOf(propose(submitted, { type: 'REJECTED', on: d('2025-10-21'), actor: OFFICE, data: { reason: ' ' } }))).toEqual([{ field: 'reason', rule: 'REQUIRED' }]);
  });
});

describe('illegal transitions', () => {
  it('refuses to verify what was not submitted, in both languages', () => {
    const p = propose(play().r, verify('2025-10-10'));
    expect(p).toEqual({
      ok: false,
      errors: [{ field: 'state', rule: 'ILLEGAL_TRANSITION', message: '整改当前为“待整改”，不能验收销号', messageEn: 'a rectification that is open cannot be verified' }],
    });
  });

  it('allows nothing after 销号', () => {
    const verified = play(submit('2025-10-20'), verify('2025-10-21')).r;
    for (const c of [progress('2025-10-22'), submit('2025-10-22'), verify('2025-10-22'), reject('2025-10-22'), escalate('2025-11-03')]) {
      expect(rulesOf(propose(verified, c))).toEqual([{ field: 'state', rule: 'ILLEGAL_TRANSITION' }]);
    }
  });

  it('follows the ALLOWED_FROM table for every state and step', () => {
    const byState: Record<RectificationState, Rectification> = {
      OPEN: play().r,
      IN_PROGRESS: play(progress('2025-10-10')).r,
      SUBMITTED: play(submit('2025-10-20')).r,
      REOPENED: play(submit('2025-10-20'), reject('2025-10-21')).r,
      VERIFIED: play(submit('2025-10-20'), verify('2025-10-21')).r,
    };
    // Late enough that every deadline above has passed, so escalation is judged on state alone.
    const commands = [progress('2025-12-01'), submit('2025-12-01'), verify('2025-12-01'), reject('2025-12-01'), escalate('2025-12-01')];
    for (const state of RECTIFICATION_STATES) {
      expect(byState[state].state).toBe(state);
      for (const c of commands) {
        const refusedForState = rulesOf(propose(byState[state], c)).some((e) => e.rule === 'ILLEGAL_TRANSITION');
        expect([state, c.type, refusedForState]).toEqual([state, c.type, !ALLOWED_FROM[c.type].includes(state)]);
      }
    }
  });

  it('refuses a date before the previous step or in the future', () => {
    const r = play(progress('2025-10-10')).r;
    expect(rulesOf(propose(r, submit('2025-10-09')))).toEqual([{ field: 'on', rule: 'EVENT_BEFORE_PREVIOUS' }]);
    expect(rulesOf(propose(r, submit('2025-10-11'), d('2025-10-10')))).toEqual([{ field: 'on', rule: 'EVENT_IN_FUTURE' }]);
    expect(propose(r, submit('2025-10-10'), d('2025-10-10')).ok).toBe(true);
  });
});

describe('overdue and escalation', () => {
  const open = play().r; // due Thu 2025-10-30

  it('is not overdue on the deadline day and overdue the day after', () => {
    expect(isOverdue(open, d('2025-10-30'))).toBe(false);
    expect(isOverdue(open, d('2025-10-31'))).toBe(true);
  });

  it('counts overdue working days after the deadline day: Fri 10-31 and Mon 11-03 → 2 on Mon', () => {
    expect(rectificationWarning(open, d('2025-11-03'), cal)).toEqual({ overdue: true, overdueWorkingDays: 2, escalated: false, shouldEscalate: true });
    expect(rectificationWarning(open, d('2025-11-01'), cal).overdueWorkingDays).toBe(1);
    expect(rectificationWarning(open, d('2025-10-30'), cal)).toEqual({ overdue: false, overdueWorkingDays: 0, escalated: false, shouldEscalate: false });
  });

  it('is not overdue while waiting for verification, nor once verified', () => {
    expect(isOverdue(play(submit('2025-10-31')).r, d('2025-12-01'))).toBe(false);
    expect(isOverdue(play(submit('2025-10-20'), verify('2025-10-21')).r, d('2025-12-01'))).toBe(false);
  });

  it('can be escalated only after the deadline day, once per deadline, keeping its state', () => {
    expect(rulesOf(propose(open, escalate('2025-10-30')))).toEqual([{ field: 'state', rule: 'NOT_OVERDUE' }]);
    const { r, history } = play(progress('2025-10-10'), escalate('2025-10-31'));
    expect(history.at(-1)!.data).toEqual({ note: '逾期未整改，请主要负责人督办', missedDueOn: '2025-10-30' });
    expect(r.state).toBe('IN_PROGRESS');
    expect(r.escalatedDueOns).toEqual(['2025-10-30']);
    expect(rulesOf(propose(r, escalate('2025-11-10')))).toEqual([{ field: 'state', rule: 'ALREADY_ESCALATED' }]);
    expect(rectificationWarning(r, d('2025-11-10'), cal)).toMatchObject({ overdue: true, escalated: true, shouldEscalate: false });
  });

  it('may be escalated again once the new deadline after a failed verification has passed', () => {
    const { r } = play(escalate('2025-10-31'), submit('2025-11-03'), reject('2025-11-03')); // new deadline Mon 11-17
    expect(r.state).toBe('REOPENED');
    expect(rulesOf(propose(r, escalate('2025-11-17')))).toEqual([{ field: 'state', rule: 'NOT_OVERDUE' }]);
    expect(propose(r, escalate('2025-11-18')).ok).toBe(true);
  });
});

describe('foldRectification and completionRate', () => {
  it('refuses a history that does not start with OPENED, or opens twice', () => {
    expect(() => foldRectification([])).toThrow(/starts with OPENED/);
    const opened = events(openRectification(openInput(), TODAY, OPTIONS));
    expect(() => foldRectification([...opened, ...opened])).toThrow(/opened once/);
  });

  it('gives verified over opened, with the counts, null for none', () => {
    const verified = play(submit('2025-10-20'), verify('2025-10-21')).r;
    const submitted = play(submit('2025-10-20')).r;
    const open = play().r;
    expect(completionRate([verified, submitted, open])).toMatchObject({ numerator: 1, denominator: 3, value: 1 / 3, target: 1, meetsTarget: false });
    expect(completionRate([verified])).toMatchObject({ value: 1, meetsTarget: true });
    expect(completionRate([])).toMatchObject({ value: null, meetsTarget: null });
  });
});
