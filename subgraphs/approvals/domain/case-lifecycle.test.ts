import { describe, expect, it } from 'vitest';
import { CLOCK_STOP_REASON_LABELS, type ClockStopReason } from '../../shared/calendar';
import { foldMore, type CaseAggregate } from './case-aggregate';
import type { CaseEventType, NewCaseEvent, UnitRefData } from './case-events';
import { ALLOWED_FROM, proposeEvent, unitTierOf, validateReceipt, type Proposal } from './case-lifecycle';
import { CASE_STATE_LABELS, CASE_STATES, type CaseState } from './case-state';
import { numbered } from './event-rows';
import {
  cal,
  accepted,
  apply,
  approved,
  at,
  calledBack,
  CITY,
  COUNTY,
  countyReceipt,
  CREDIT_CODE,
  delivered,
  escalated,
  ev,
  extended,
  FIRE,
  forwarded,
  HOUSING,
  MARKET,
  notAccepted,
  NOW,
  officer,
  OTHER_TOWNSHIP,
  parallelAccepted,
  planned,
  play,
  rated,
  receipt,
  rectified,
  refused,
  RESIDENT_ID,
  resumed,
  returned,
  stage,
  stopped,
  subTaskDecided,
  toMarket,
  toTownship,
  TOWN_CENTRE,
  TOWNSHIP,
  VILLAGE,
  withdrawn,
  type Receipt,
} from './testing/histories';

/** 'ok', or the (field, rule) pairs that refused the proposal. */
function outcome(p: Proposal): 'ok' | { field: string; rule: string }[] {
  return p.ok ? 'ok' : p.errors.map(({ field, rule }) => ({ field, rule }));
}

const propose = (c: CaseAggregate, e: NewCaseEvent) => outcome(proposeEvent(c, e, NOW));

// ---------------------------------------------------------------------------------------------
// One realistic history per state. Village → township → county 市场监管局, accepted on Wed 09-24.

const lead = [toTownship, toMarket];
const review = [...lead, accepted(at('2025-09-24')), stage(at('2025-09-25'), '审查', 10)];
const singleSteps: Record<CaseState, NewCaseEvent[]> = {
  RECEIVED: lead,
  NOT_ACCEPTED: [...lead, notAccepted(at('2025-09-24'))],
  ACCEPTED: [...lead, accepted(at('2025-09-24'))],
  UNDER_REVIEW: review,
  APPROVED: [...review, approved(at('2025-10-09'))],
  REFUSED: [...review, refused(at('2025-10-09'))],
  DELIVERED: [...review, approved(at('2025-10-09')), delivered(at('2025-10-10'))],
  RETURNED: [...review, returned(at('2025-09-26'))],
  WITHDRAWN: [...lead, accepted(at('2025-09-24')), withdrawn(at('2025-09-26'))],
};
/** The same, handled in parallel by 市场监管局 (15 days) and 住建局 (20 days). */
const parallelReview = [...lead, parallelAccepted(at('2025-09-24')), stage(at('2025-09-25'), '审查', 10)];
const parallelApproved = [...parallelReview, subTaskDecided(at('2025-10-09'), MARKET.id, true), subTaskDecided(at('2025-10-10'), HOUSING.id, true)];
const parallelSteps: Record<CaseState, NewCaseEvent[]> = {
  RECEIVED: lead,
  NOT_ACCEPTED: [...lead, notAccepted(at('2025-09-24'))],
  ACCEPTED: [...lead, parallelAccepted(at('2025-09-24'))],
  UNDER_REVIEW: parallelReview,
  APPROVED: parallelApproved,
  REFUSED: [...parallelReview, subTaskDecided(at('2025-10-09'), MARKET.id, false), subTaskDecided(at('2025-10-10'), HOUSING.id, true)],
  DELIVERED: [...parallelApproved, delivered(at('2025-10-11'))],
  RETURNED: [...parallelReview, returned(at('2025-09-26'))],
  WITHDRAWN: [...lead, parallelAccepted(at('2025-09-24')), withdrawn(at('2025-09-26'))],
};

const PREP_AT = at('2025-10-20');
const EVENT_AT = at('2025-10-21');

type Transition = Exclude<CaseEventType, 'RECEIVED'>;
interface ValidProposal {
  /** Parallel-case histories instead of single ones. */
  parallel?: boolean;
  /** Steps that put a case of an allowed state into a position where the event makes sense. */
  prepare?: NewCaseEvent[];
  event: NewCaseEvent;
  /** The state after the event; null: unchanged. */
  leadsTo: CaseState | null;
}

const VALID: Record<Transition, ValidProposal> = {
  FORWARDED: { event: forwarded(EVENT_AT, COUNTY, CITY), leadsTo: null },
  ACCEPTED: { event: accepted(EVENT_AT), leadsTo: 'ACCEPTED' },
  NOT_ACCEPTED: { event: notAccepted(EVENT_AT), leadsTo: 'NOT_ACCEPTED' },
  STAGE_STARTED: { event: stage(EVENT_AT, '决定', 5), leadsTo: 'UNDER_REVIEW' },
  CLOCK_STOPPED: { event: stopped(EVENT_AT), leadsTo: null },
  CLOCK_RESUMED: { prepare: [stopped(PREP_AT)], event: resumed(EVENT_AT), leadsTo: null },
  EXTENDED: { event: extended(EVENT_AT, 5), leadsTo: null },
  SUBTASK_DECIDED: { parallel: true, event: subTaskDecided(EVENT_AT, MARKET.id, true), leadsTo: null },
  APPROVED: { event: approved(EVENT_AT), leadsTo: 'APPROVED' },
  REFUSED: { event: refused(EVENT_AT), leadsTo: 'REFUSED' },
  DELIVERED: { event: delivered(EVENT_AT), leadsTo: 'DELIVERED' },
  RETURNED: { event: returned(EVENT_AT), leadsTo: 'RETURNED' },
  WITHDRAWN: { event: withdrawn(EVENT_AT), leadsTo: 'WITHDRAWN' },
  RATED: { event: rated(EVENT_AT, 5), leadsTo: null },
  CALLED_BACK: { prepare: [rated(PREP_AT, 1)], event: calledBack(EVENT_AT), leadsTo: null },
  RECTIFICATION_PLANNED: {
    prepare: [rated(PREP_AT, 1), calledBack(PREP_AT)],
    event: planned(EVENT_AT, 'LEDGER', '2025-11-30'),
    leadsTo: null,
  },
  RECTIFIED: {
    prepare: [rated(PREP_AT, 1), calledBack(PREP_AT), planned(PREP_AT, 'LEDGER', '2025-11-30')],
    event: rectified(EVENT_AT),
    leadsTo: null,
  },
  ESCALATED: { event: escalated(EVENT_AT, '群众反映办理缓慢，请加快办理'), leadsTo: null },
};

// The lifecycle as DOMAIN.md describes it, written out independently of the implementation.
const OPEN: CaseState[] = ['RECEIVED', 'ACCEPTED', 'UNDER_REVIEW'];
const WORKING: CaseState[] = ['ACCEPTED', 'UNDER_REVIEW'];
const AFTERCARE: CaseState[] = ['APPROVED', 'REFUSED', 'DELIVERED', 'NOT_ACCEPTED', 'RETURNED'];
const EXPECTED_ALLOWED_FROM: Record<Transition, CaseState[]> = {
  FORWARDED: ['RECEIVED'],
  ACCEPTED: ['RECEIVED'],
  NOT_ACCEPTED: ['RECEIVED'],
  STAGE_STARTED: WORKING,
  CLOCK_STOPPED: WORKING,
  CLOCK_RESUMED: WORKING,
  EXTENDED: WORKING,
  SUBTASK_DECIDED: WORKING,
  APPROVED: WORKING,
  REFUSED: WORKING,
  DELIVERED: ['APPROVED', 'REFUSED'],
  RETURNED: OPEN,
  WITHDRAWN: OPEN,
  RATED: AFTERCARE,
  CALLED_BACK: AFTERCARE,
  RECTIFICATION_PLANNED: AFTERCARE,
  RECTIFIED: AFTERCARE,
  ESCALATED: OPEN,
};

const caseIn = (state: CaseState, parallel = false, extra: NewCaseEvent[] = []) =>
  play(receipt(), ...(parallel ? parallelSteps : singleSteps)[state], ...extra);

describe('state fixtures', () => {
  it.each(CASE_STATES)('folds the single-department history for %s into that state', (state) => {
    expect(caseIn(state).state).toBe(state);
  });

  it.each(CASE_STATES)('folds the parallel history for %s into that state', (state) => {
    expect(caseIn(state, true).state).toBe(state);
  });
});

describe('ALLOWED_FROM', () => {
  it('matches the lifecycle of DOMAIN.md: decisions only while in progress, ratings only after the case ended', () => {
    expect(ALLOWED_FROM).toEqual(EXPECTED_ALLOWED_FROM);
  });

  const table = (Object.keys(ALLOWED_FROM) as Transition[]).flatMap((type) =>
    CASE_STATES.map((state) => ({ type, state, allowed: ALLOWED_FROM[type].includes(state) })),
  );

  it.each(table.filter((t) => t.allowed))('accepts $type on a $state case', ({ type, state }) => {
    const valid = VALID[type];
    const c = caseIn(state, valid.parallel, valid.prepare);
    const proposal = proposeEvent(c, valid.event, NOW);
    expect(outcome(proposal)).toBe('ok');
    if (!proposal.ok) return;
    expect(proposal.events[0]).toEqual(valid.event);
    const after = foldMore(c, numbered(c.version, proposal.events));
    expect(after.state).toBe(valid.leadsTo ?? state);
  });

  it.each(table.filter((t) => !t.allowed))('refuses $type on a $state case as an illegal transition', ({ type, state }) => {
    const valid = VALID[type];
    const c = caseIn(state, valid.parallel);
    expect(propose(c, valid.event)).toEqual([{ field: 'state', rule: 'ILLEGAL_TRANSITION' }]);
  });

  it('names the current state in the refusal message', () => {
    const proposal = proposeEvent(caseIn('DELIVERED'), approved(EVENT_AT), NOW);
    expect(proposal.ok).toBe(false);
    if (proposal.ok) return;
    expect(proposal.errors[0]?.message).toContain(CASE_STATE_LABELS.DELIVERED.zh);
    expect(proposal.errors[0]?.messageEn).toContain(CASE_STATE_LABELS.DELIVERED.en);
  });

  it('refuses a second receipt for a case', () => {
    expect(propose(caseIn('RECEIVED'), receipt({ at: EVENT_AT }))).toEqual([{ field: 'type', rule: 'ALREADY_RECEIVED' }]);
  });
});

describe('forwarding (四级联动)', () => {
  it('moves a village case to its township and then to a county department', () => {
    const c = caseIn('RECEIVED');
    expect(c.current).toEqual(COUNTY);
    expect(c.handling).toEqual(MARKET);
    expect(c.handoffs.map((h) => [h.from.id, h.to.id, h.department?.id ?? null])).toEqual([
      [VILLAGE.id, TOWNSHIP.id, null],
      [TOWNSHIP.id, COUNTY.id, MARKET.id],
    ]);
  });

  it('refuses to send a township case back down to a village', () => {
    const c = play(receipt(), forwarded(at('2025-09-22', '15:00'), VILLAGE, TOWNSHIP));
    expect(propose(c, forwarded(EVENT_AT, TOWNSHIP, VILLAGE))).toEqual([{ field: 'toUnitId', rule: 'FORWARD_UPWARD_ONLY' }]);
  });

  it('refuses to send a case sideways to another township', () => {
    const c = play(receipt(), forwarded(at('2025-09-22', '15:00'), VILLAGE, TOWNSHIP));
    expect(propose(c, forwarded(EVENT_AT, TOWNSHIP, OTHER_TOWNSHIP))).toEqual([{ field: 'toUnitId', rule: 'FORWARD_UPWARD_ONLY' }]);
  });

  it('does not treat a county whose code merely starts with the same digits as a unit above', () => {
    // A village under '/4307/4307211/': the county path '/4307/430721/' is not a prefix of it.
    const village: UnitRefData = { id: 'unit-v2', path: '/4307/4307211/430721100/430721100201/' };
    const c = play(receipt({ unit: village }));
    expect(propose(c, forwarded(EVENT_AT, village, COUNTY))).toEqual([{ field: 'toUnitId', rule: 'FORWARD_UPWARD_ONLY' }]);
  });

  it('refuses a forward to the same unit that names no department', () => {
    const c = play(countyReceipt());
    expect(propose(c, forwarded(EVENT_AT, COUNTY, COUNTY))).toEqual([{ field: 'toUnitId', rule: 'FORWARD_TO_OTHER_UNIT' }]);
  });

  it('lets a county window hand the case to a department of the same county', () => {
    const c = play(countyReceipt(), forwarded(at('2025-09-22', '11:00'), COUNTY, COUNTY, HOUSING));
    expect(c.handling).toEqual(HOUSING);
    expect(c.current).toEqual(COUNTY);
  });

  it('refuses a department that does not belong to the receiving unit', () => {
    const c = play(receipt());
    expect(propose(c, forwarded(EVENT_AT, VILLAGE, TOWNSHIP, MARKET))).toEqual([
      { field: 'departmentId', rule: 'DEPARTMENT_OF_TARGET_UNIT' },
    ]);
  });
});

describe('acceptance (受理)', () => {
  const atTownship = () => play(receipt(), forwarded(at('2025-09-22', '15:00'), VILLAGE, TOWNSHIP));

  it('refuses a county department while the case is still at the township', () => {
    expect(propose(atTownship(), accepted(EVENT_AT, MARKET))).toEqual([{ field: 'departmentId', rule: 'NOT_AT_HANDLING_UNIT' }]);
  });

  it('lets a department of the township accept a case at the township', () => {
    expect(propose(atTownship(), accepted(EVENT_AT, TOWN_CENTRE))).toBe('ok');
  });

  it('refuses a department other than the one the case was forwarded to', () => {
    expect(propose(caseIn('RECEIVED'), accepted(EVENT_AT, HOUSING))).toEqual([{ field: 'departmentId', rule: 'DEPARTMENT_MISMATCH' }]);
  });

  it('lets any department of the county accept a case received at the county window', () => {
    expect(propose(play(countyReceipt()), accepted(EVENT_AT, HOUSING))).toBe('ok');
  });

  it.each([15, 25, 0])('refuses a limit of %i days when the item promises 20', (limit) => {
    expect(propose(caseIn('RECEIVED'), accepted(EVENT_AT, MARKET, limit))).toEqual([{ field: 'limitDays', rule: 'LIMIT_IS_ITEMS' }]);
  });

  it('requires a limit of 0 for an on-the-spot item (即办件)', () => {
    const c = play(countyReceipt({ kind: 'IMMEDIATE' }));
    expect(propose(c, accepted(EVENT_AT, MARKET, 0))).toBe('ok');
    expect(propose(c, accepted(EVENT_AT, MARKET, 1))).toEqual([{ field: 'limitDays', rule: 'LIMIT_IS_ITEMS' }]);
  });

  it('opens one sub-task per department of a parallel case', () => {
    const c = caseIn('ACCEPTED', true);
    expect(c.subTasks.map((t) => [t.department.id, t.limitDays, t.state])).toEqual([
      [MARKET.id, 15, 'OPEN'],
      [HOUSING.id, 20, 'OPEN'],
    ]);
  });

  it('refuses a parallel case with a single department', () => {
    const e = accepted(EVENT_AT, MARKET, 20, [{ department: MARKET, limitDays: 20 }]);
    expect(propose(caseIn('RECEIVED'), e)).toEqual([{ field: 'subTasks', rule: 'PARALLEL_NEEDS_TWO' }]);
  });

  it('refuses two sub-tasks for the same department', () => {
    const e = accepted(EVENT_AT, MARKET, 20, [
      { department: MARKET, limitDays: 10 },
      { department: MARKET, limitDays: 15 },
    ]);
    expect(propose(caseIn('RECEIVED'), e)).toEqual([{ field: 'subTasks', rule: 'SUBTASK_DEPARTMENTS_DISTINCT' }]);
  });

  it('refuses a sub-task limit longer than the case limit, naming the sub-task', () => {
    const e = accepted(EVENT_AT, MARKET, 20, [
      { department: MARKET, limitDays: 20 },
      { department: HOUSING, limitDays: 21 },
    ]);
    expect(propose(caseIn('RECEIVED'), e)).toEqual([{ field: 'subTasks.1.limitDays', rule: 'SUBTASK_WITHIN_CASE_LIMIT' }]);
  });

  it('refuses a sub-task without a positive limit', () => {
    const e = accepted(EVENT_AT, MARKET, 20, [
      { department: MARKET, limitDays: 0 },
      { department: HOUSING, limitDays: 20 },
    ]);
    expect(propose(caseIn('RECEIVED'), e)).toEqual([{ field: 'subTasks.0.limitDays', rule: 'SUBTASK_LIMIT_POSITIVE' }]);
  });

  it('accepts three departments in parallel', () => {
    const e = accepted(EVENT_AT, MARKET, 20, [
      { department: MARKET, limitDays: 10 },
      { department: HOUSING, limitDays: 20 },
      { department: FIRE, limitDays: 15 },
    ]);
    expect(propose(caseIn('RECEIVED'), e)).toBe('ok');
  });

  it('refuses parallel handling of an on-the-spot item', () => {
    const c = play(countyReceipt({ kind: 'IMMEDIATE' }));
    const e = accepted(EVENT_AT, MARKET, 0, [
      { department: MARKET, limitDays: 1 },
      { department: HOUSING, limitDays: 1 },
    ]);
    expect(propose(c, e)).toContainEqual({ field: 'subTasks', rule: 'NO_PARALLEL_FOR_IMMEDIATE' });
  });
});

describe('review stages (审查环节)', () => {
  it('starts the review and ends the previous stage when the next one starts', () => {
    const c = play(receipt(), ...review, stage(EVENT_AT, '决定', 5));
    expect(c.stages.map((s) => [s.name, s.endedAt])).toEqual([
      ['审查', EVENT_AT],
      ['决定', null],
    ]);
  });

  it('refuses a stage limit that is not a positive number of working days', () => {
    expect(propose(caseIn('ACCEPTED'), stage(EVENT_AT, '审查', 0))).toEqual([{ field: 'limitDays', rule: 'STAGE_LIMIT_POSITIVE' }]);
  });

  it('refuses a stage limit longer than the case limit unless an extension made room', () => {
    expect(propose(caseIn('ACCEPTED'), stage(EVENT_AT, '审查', 21))).toEqual([{ field: 'limitDays', rule: 'STAGE_WITHIN_CASE_LIMIT' }]);
    expect(propose(caseIn('ACCEPTED'), stage(EVENT_AT, '审查', 20))).toBe('ok');
    const longer = caseIn('ACCEPTED', false, [extended(PREP_AT, 10)]);
    expect(propose(longer, stage(EVENT_AT, '审查', 30))).toBe('ok');
    expect(propose(longer, stage(EVENT_AT, '审查', 31))).toEqual([{ field: 'limitDays', rule: 'STAGE_WITHIN_CASE_LIMIT' }]);
  });

  it('refuses to restart the stage the case is already in', () => {
    expect(propose(caseIn('UNDER_REVIEW'), stage(EVENT_AT, '审查', 5))).toEqual([{ field: 'name', rule: 'STAGE_ALREADY_CURRENT' }]);
  });

  it('requires a stage name', () => {
    expect(propose(caseIn('ACCEPTED'), stage(EVENT_AT, '  ', 5))).toEqual([{ field: 'name', rule: 'REQUIRED' }]);
  });
});

describe('clock stops (暂停计时)', () => {
  it.each(Object.keys(CLOCK_STOP_REASON_LABELS) as ClockStopReason[])('accepts the statutory reason %s', (reason) => {
    expect(propose(caseIn('UNDER_REVIEW'), stopped(EVENT_AT, reason))).toBe('ok');
  });

  it('refuses a reason that is not statutory', () => {
    const e = ev('CLOCK_STOPPED', EVENT_AT, { reason: 'LUNCH' as ClockStopReason, note: null });
    expect(propose(caseIn('UNDER_REVIEW'), e)).toEqual([{ field: 'reason', rule: 'UNKNOWN_STOP_REASON' }]);
  });

  it('refuses to stop a clock that is already stopped', () => {
    const c = caseIn('UNDER_REVIEW', false, [stopped(PREP_AT)]);
    expect(propose(c, stopped(EVENT_AT, 'EXPERT_REVIEW'))).toEqual([{ field: 'state', rule: 'CLOCK_ALREADY_STOPPED' }]);
  });

  it('refuses to resume a clock that is running', () => {
    expect(propose(caseIn('UNDER_REVIEW'), resumed(EVENT_AT))).toEqual([{ field: 'state', rule: 'CLOCK_NOT_STOPPED' }]);
    const again = caseIn('UNDER_REVIEW', false, [stopped(PREP_AT), resumed(at('2025-10-20', '16:00'))]);
    expect(propose(again, resumed(EVENT_AT))).toEqual([{ field: 'state', rule: 'CLOCK_NOT_STOPPED' }]);
  });

  it('allows a second stop after the first was resumed', () => {
    const c = caseIn('UNDER_REVIEW', false, [stopped(PREP_AT), resumed(at('2025-10-20', '16:00'))]);
    expect(propose(c, stopped(EVENT_AT, 'EXPERT_REVIEW'))).toBe('ok');
  });

  it('blocks a decision while the clock is stopped and allows it once resumed', () => {
    const c = caseIn('UNDER_REVIEW', false, [stopped(PREP_AT)]);
    expect(propose(c, approved(EVENT_AT))).toEqual([{ field: 'state', rule: 'CLOCK_STOPPED' }]);
    expect(propose(c, refused(EVENT_AT))).toEqual([{ field: 'state', rule: 'CLOCK_STOPPED' }]);
    const running = apply(c, resumed(EVENT_AT));
    expect(propose(running, approved(at('2025-10-22')))).toBe('ok');
  });

  it('blocks a sub-task decision while the clock is stopped', () => {
    const c = caseIn('UNDER_REVIEW', true, [stopped(PREP_AT)]);
    expect(propose(c, subTaskDecided(EVENT_AT, MARKET.id, true))).toEqual([{ field: 'state', rule: 'CLOCK_STOPPED' }]);
  });

  it('lets the applicant withdraw while the clock is stopped, which ends the stop', () => {
    const c = apply(caseIn('UNDER_REVIEW', false, [stopped(PREP_AT)]), withdrawn(EVENT_AT));
    expect(c.state).toBe('WITHDRAWN');
    expect(c.stops.map((s) => [s.startedAt, s.endedAt])).toEqual([[PREP_AT, EVENT_AT]]);
  });
});

describe('extensions (延期, 行政许可法 第42条)', () => {
  it('allows 10 working days at once on a single-department case', () => {
    expect(propose(caseIn('UNDER_REVIEW'), extended(EVENT_AT, 10))).toBe('ok');
  });

  it('refuses extensions totalling more than 10 working days', () => {
    const c = caseIn('UNDER_REVIEW', false, [extended(PREP_AT, 6)]);
    expect(propose(c, extended(EVENT_AT, 4))).toBe('ok');
    expect(propose(c, extended(EVENT_AT, 5))).toEqual([{ field: 'days', rule: 'EXTENSION_OVER_LIMIT' }]);
    expect(propose(caseIn('UNDER_REVIEW'), extended(EVENT_AT, 11))).toEqual([{ field: 'days', rule: 'EXTENSION_OVER_LIMIT' }]);
  });

  it('allows up to 15 working days on a parallel case', () => {
    const c = caseIn('UNDER_REVIEW', true, [extended(PREP_AT, 10)]);
    expect(propose(c, extended(EVENT_AT, 5))).toBe('ok');
    expect(propose(c, extended(EVENT_AT, 6))).toEqual([{ field: 'days', rule: 'EXTENSION_OVER_LIMIT' }]);
  });

  it('refuses an extension once the case is overdue (given the calendar)', () => {
    // Accepted Mon 2025-09-22 with a 2-day limit: due Wed 09-24.
    const c = play(countyReceipt({ promisedDays: 2 }), accepted(at('2025-09-22', '09:30'), MARKET, 2));
    const inTime = proposeEvent(c, extended(at('2025-09-24', '16:00'), 5), NOW, { calendar: cal });
    expect(inTime.ok).toBe(true);
    const late = proposeEvent(c, extended(at('2025-09-25', '09:00'), 5), NOW, { calendar: cal });
    expect(late.ok ? [] : late.errors.map((e) => e.rule)).toEqual(['EXTENSION_AFTER_DUE']);
  });

  it('bounds a parallel case limit: a positive whole number of at most 45 working days', () => {
    const c = play(countyReceipt({ promisedDays: 20 }));
    const tasks = [
      { department: MARKET, limitDays: 5 },
      { department: HOUSING, limitDays: 5 },
    ];
    const rules = (limit: number) => {
      const result = proposeEvent(c, accepted(at('2025-09-22', '09:30'), MARKET, limit, tasks), NOW);
      return result.ok ? [] : result.errors.map((e) => e.rule);
    };
    expect(rules(45)).toEqual([]);
    expect(rules(46)).toEqual(['PARALLEL_LIMIT_MAX']);
    expect(rules(2.5)).toContain('PARALLEL_LIMIT_POSITIVE');
  });

  it('refuses any extension of an on-the-spot item', () => {
    const c = play(countyReceipt({ kind: 'IMMEDIATE' }), accepted(at('2025-09-22', '09:30'), MARKET, 0));
    expect(propose(c, extended(EVENT_AT, 1))).toEqual([{ field: 'days', rule: 'NO_EXTENSION_FOR_IMMEDIATE' }]);
  });

  it.each([0, -2, 1.5])('refuses an extension of %s days', (days) => {
    expect(propose(caseIn('UNDER_REVIEW'), extended(EVENT_AT, days))).toEqual([{ field: 'days', rule: 'EXTENSION_POSITIVE' }]);
  });

  it('requires the reason and the approving head', () => {
    expect(propose(caseIn('UNDER_REVIEW'), extended(EVENT_AT, 5, '', ' '))).toEqual([
      { field: 'reason', rule: 'REQUIRED' },
      { field: 'approvedBy', rule: 'REQUIRED' },
    ]);
  });
});

describe('decisions (办结)', () => {
  it('refuses a manual decision on a parallel case', () => {
    const c = caseIn('UNDER_REVIEW', true);
    expect(propose(c, approved(EVENT_AT))).toEqual([{ field: 'state', rule: 'PARALLEL_DECIDED_BY_SUBTASKS' }]);
    expect(propose(c, refused(EVENT_AT))).toEqual([{ field: 'state', rule: 'PARALLEL_DECIDED_BY_SUBTASKS' }]);
  });

  it('refuses a sub-task decision on a single-department case', () => {
    expect(propose(caseIn('UNDER_REVIEW'), subTaskDecided(EVENT_AT, MARKET.id, true))).toEqual([
      { field: 'departmentId', rule: 'NOT_PARALLEL' },
    ]);
  });

  it('refuses a sub-task decision by a department without a sub-task', () => {
    expect(propose(caseIn('UNDER_REVIEW', true), subTaskDecided(EVENT_AT, FIRE.id, true))).toEqual([
      { field: 'departmentId', rule: 'UNKNOWN_SUBTASK' },
    ]);
  });

  it('refuses to decide the same sub-task twice', () => {
    const c = caseIn('UNDER_REVIEW', true, [subTaskDecided(PREP_AT, MARKET.id, true)]);
    expect(propose(c, subTaskDecided(EVENT_AT, MARKET.id, false))).toEqual([{ field: 'departmentId', rule: 'SUBTASK_ALREADY_DECIDED' }]);
  });

  it.each([
    ['NOT_ACCEPTED', () => caseIn('RECEIVED'), notAccepted],
    ['RETURNED', () => caseIn('UNDER_REVIEW'), returned],
    ['WITHDRAWN', () => caseIn('ACCEPTED'), withdrawn],
  ] as const)('requires a reason for %s', (_type, make, build) => {
    expect(propose(make(), build(EVENT_AT, ' '))).toEqual([{ field: 'reason', rule: 'REQUIRED' }]);
  });
});

describe('parallel completion (并联审批)', () => {
  const decided = (p: Proposal) => (p.ok ? p.events.map((e) => e.type) : p.errors.map((e) => e.rule));

  it('appends nothing when a sub-task other than the last is decided', () => {
    const c = caseIn('UNDER_REVIEW', true);
    expect(decided(proposeEvent(c, subTaskDecided(EVENT_AT, MARKET.id, true), NOW))).toEqual(['SUBTASK_DECIDED']);
    expect(decided(proposeEvent(c, subTaskDecided(EVENT_AT, HOUSING.id, false), NOW))).toEqual(['SUBTASK_DECIDED']);
  });

  it('approves the case automatically when the last sub-task is approved and all were approved', () => {
    const c = caseIn('UNDER_REVIEW', true, [subTaskDecided(PREP_AT, MARKET.id, true)]);
    const last = subTaskDecided(EVENT_AT, HOUSING.id, true);
    const proposal = proposeEvent(c, last, NOW);
    expect(proposal.ok).toBe(true);
    if (!proposal.ok) return;
    expect(proposal.events).toHaveLength(2);
    expect(proposal.events[0]).toEqual(last);
    expect(proposal.events[1]).toMatchObject({ type: 'APPROVED', at: EVENT_AT, actor: officer, unitPath: last.unitPath, data: { automatic: true } });
    const after = foldMore(c, numbered(c.version, proposal.events));
    expect(after.state).toBe('APPROVED');
    expect(after.decidedAt).toEqual(EVENT_AT);
    expect(after.subTasks.map((t) => [t.department.id, t.state])).toEqual([
      [MARKET.id, 'APPROVED'],
      [HOUSING.id, 'APPROVED'],
    ]);
  });

  it('refuses the case automatically when any department refused, whichever was last', () => {
    const refusedFirst = caseIn('UNDER_REVIEW', true, [subTaskDecided(PREP_AT, MARKET.id, false)]);
    const p1 = proposeEvent(refusedFirst, subTaskDecided(EVENT_AT, HOUSING.id, true), NOW);
    expect(decided(p1)).toEqual(['SUBTASK_DECIDED', 'REFUSED']);
    expect(p1.ok && p1.events[1]?.data).toMatchObject({ automatic: true });

    const refusedLast = caseIn('UNDER_REVIEW', true, [subTaskDecided(PREP_AT, MARKET.id, true)]);
    expect(decided(proposeEvent(refusedLast, subTaskDecided(EVENT_AT, HOUSING.id, false), NOW))).toEqual(['SUBTASK_DECIDED', 'REFUSED']);
  });

  it('waits for the third department of a three-department case', () => {
    const three = accepted(at('2025-09-24'), MARKET, 20, [
      { department: MARKET, limitDays: 10 },
      { department: HOUSING, limitDays: 20 },
      { department: FIRE, limitDays: 15 },
    ]);
    let c = play(receipt(), ...lead, three, subTaskDecided(at('2025-10-09'), FIRE.id, true));
    expect(decided(proposeEvent(c, subTaskDecided(at('2025-10-10'), MARKET.id, true), NOW))).toEqual(['SUBTASK_DECIDED']);
    c = apply(c, subTaskDecided(at('2025-10-10'), MARKET.id, true));
    expect(c.state).toBe('ACCEPTED');
    c = apply(c, subTaskDecided(at('2025-10-13'), HOUSING.id, true));
    expect(c.state).toBe('APPROVED');
    expect(c.version).toBe(1 + lead.length + 1 + 3 + 1);
  });
});

describe('ratings and 差评 follow-up (好差评)', () => {
  it.each([1, 2, 3, 4, 5])('accepts level %i', (level) => {
    expect(propose(caseIn('DELIVERED'), rated(EVENT_AT, level))).toBe('ok');
  });

  it.each([0, 6, 3.5])('refuses level %s', (level) => {
    expect(propose(caseIn('DELIVERED'), rated(EVENT_AT, level))).toEqual([{ field: 'level', rule: 'RATING_LEVEL_RANGE' }]);
  });

  it('accepts one rating per case', () => {
    const c = caseIn('DELIVERED', false, [rated(PREP_AT, 4)]);
    expect(propose(c, rated(EVENT_AT, 5))).toEqual([{ field: 'level', rule: 'ALREADY_RATED' }]);
  });

  it('opens a callback for 不满意 (2) but not for 基本满意 (3)', () => {
    expect(caseIn('DELIVERED', false, [rated(PREP_AT, 2)]).followup?.state).toBe('AWAITING_CALLBACK');
    const fine = caseIn('DELIVERED', false, [rated(PREP_AT, 3)]);
    expect(fine.followup).toBeNull();
    expect(propose(fine, calledBack(EVENT_AT))).toEqual([{ field: 'state', rule: 'NO_CALLBACK_DUE' }]);
  });

  it('refuses a rectification plan before the callback', () => {
    const c = caseIn('DELIVERED', false, [rated(PREP_AT, 1)]);
    expect(propose(c, planned(EVENT_AT, 'IMMEDIATE', null))).toEqual([{ field: 'state', rule: 'CALLBACK_BEFORE_RECTIFICATION' }]);
  });

  it('refuses to mark a case rectified before a plan is on the ledger', () => {
    const c = caseIn('DELIVERED', false, [rated(PREP_AT, 1), calledBack(PREP_AT)]);
    expect(propose(c, rectified(EVENT_AT))).toEqual([{ field: 'state', rule: 'NO_RECTIFICATION_OPEN' }]);
  });

  it('refuses a second callback', () => {
    const c = caseIn('DELIVERED', false, [rated(PREP_AT, 1), calledBack(PREP_AT)]);
    expect(propose(c, calledBack(EVENT_AT))).toEqual([{ field: 'state', rule: 'NO_CALLBACK_DUE' }]);
  });

  it('requires a callback note', () => {
    const c = caseIn('DELIVERED', false, [rated(PREP_AT, 1)]);
    expect(propose(c, calledBack(EVENT_AT, ''))).toEqual([{ field: 'note', rule: 'REQUIRED' }]);
  });

  it('follows callback → ledger plan → rectified', () => {
    let c = caseIn('DELIVERED', false, [rated(PREP_AT, 1), calledBack(PREP_AT)]);
    c = apply(c, planned(EVENT_AT, 'LEDGER', '2025-11-30'));
    expect(c.followup).toMatchObject({ state: 'RECTIFYING', mode: 'LEDGER', rectificationDueOn: '2025-11-30', rectifiedAt: null });
    c = apply(c, rectified(at('2025-11-20'), '已增设两个窗口'));
    expect(c.followup).toMatchObject({ state: 'RECTIFIED', rectifiedAt: at('2025-11-20'), rectificationNote: '已增设两个窗口' });
    expect(propose(c, rectified(at('2025-11-21')))).toEqual([{ field: 'state', rule: 'NO_RECTIFICATION_OPEN' }]);
  });

  it('closes the follow-up at once when the rectification is immediate', () => {
    const c = apply(caseIn('DELIVERED', false, [rated(PREP_AT, 2), calledBack(PREP_AT)]), planned(EVENT_AT, 'IMMEDIATE', null, '当场致歉并办结'));
    expect(c.followup).toMatchObject({ state: 'RECTIFIED', mode: 'IMMEDIATE', rectifiedAt: EVENT_AT, rectificationNote: '当场致歉并办结' });
    expect(propose(c, rectified(at('2025-10-22')))).toEqual([{ field: 'state', rule: 'NO_RECTIFICATION_OPEN' }]);
  });

  it('requires a deadline for a ledger rectification, not in the past', () => {
    const c = caseIn('DELIVERED', false, [rated(PREP_AT, 1), calledBack(PREP_AT)]);
    expect(propose(c, planned(EVENT_AT, 'LEDGER', null))).toEqual([{ field: 'dueOn', rule: 'REQUIRED' }]);
    expect(propose(c, planned(EVENT_AT, 'LEDGER', '2025-10-20'))).toEqual([{ field: 'dueOn', rule: 'DEADLINE_NOT_PAST' }]);
    expect(propose(c, planned(EVENT_AT, 'LEDGER', '2025-10-21'))).toBe('ok');
  });

  it('requires the measures', () => {
    const c = caseIn('DELIVERED', false, [rated(PREP_AT, 1), calledBack(PREP_AT)]);
    expect(propose(c, planned(EVENT_AT, 'IMMEDIATE', null, ' '))).toEqual([{ field: 'measures', rule: 'REQUIRED' }]);
  });
});

describe('escalation (督办)', () => {
  it('requires a note', () => {
    expect(propose(caseIn('UNDER_REVIEW'), escalated(EVENT_AT, ''))).toEqual([{ field: 'note', rule: 'REQUIRED' }]);
    expect(propose(caseIn('UNDER_REVIEW'), escalated(EVENT_AT, '   '))).toEqual([{ field: 'note', rule: 'REQUIRED' }]);
  });

  it('refuses a deadline before the day of the escalation', () => {
    expect(propose(caseIn('UNDER_REVIEW'), escalated(EVENT_AT, '请于期限内办结', '2025-10-20'))).toEqual([
      { field: 'dueOn', rule: 'DEADLINE_NOT_PAST' },
    ]);
    expect(propose(caseIn('UNDER_REVIEW'), escalated(EVENT_AT, '请当日办结', '2025-10-21'))).toBe('ok');
  });

  it('keeps every escalation with its note', () => {
    const c = caseIn('UNDER_REVIEW', false, [escalated(PREP_AT, '第一次督办'), escalated(EVENT_AT, '第二次督办', '2025-10-24')]);
    expect(c.escalations.map((e) => [e.note, e.dueOn])).toEqual([
      ['第一次督办', null],
      ['第二次督办', '2025-10-24'],
    ]);
  });
});

describe('event time', () => {
  it('refuses an event dated before the previous event of the case', () => {
    const c = caseIn('UNDER_REVIEW');
    expect(propose(c, stopped(at('2025-09-25', '09:59')))).toEqual([{ field: 'at', rule: 'EVENT_BEFORE_PREVIOUS' }]);
  });

  it('accepts an event at the same instant as the previous one', () => {
    const c = caseIn('UNDER_REVIEW');
    expect(propose(c, stopped(c.lastEventAt))).toBe('ok');
  });

  it('refuses an event in the future beyond five minutes of clock skew', () => {
    const c = caseIn('UNDER_REVIEW');
    const inFourMinutes = new Date(NOW.getTime() + 4 * 60_000);
    const inSixMinutes = new Date(NOW.getTime() + 6 * 60_000);
    expect(propose(c, stopped(inFourMinutes))).toBe('ok');
    expect(propose(c, stopped(inSixMinutes))).toEqual([{ field: 'at', rule: 'EVENT_IN_FUTURE' }]);
  });

  it('refuses an invalid timestamp', () => {
    expect(propose(caseIn('UNDER_REVIEW'), stopped(new Date('not a date')))).toEqual([{ field: 'at', rule: 'INVALID_TIMESTAMP' }]);
  });
});

describe('validateReceipt', () => {
  const rules = (r: Receipt) => validateReceipt(r, NOW).map(({ field, rule }) => ({ field, rule }));

  it('accepts a person with a valid resident ID at a village agency point', () => {
    expect(rules(receipt())).toEqual([]);
  });

  it('refuses a resident ID whose check character is wrong', () => {
    expect(rules(receipt({ applicant: { idNumber: '110105194912310021' } }))).toEqual([
      { field: 'applicant.idNumber', rule: 'RESIDENT_ID_CHECKSUM' },
    ]);
  });

  it('checks an organisation against the unified social credit code', () => {
    expect(rules(receipt({ applicant: { kind: 'ORGANISATION', name: '安乡县某某餐饮有限公司', idNumber: CREDIT_CODE } }))).toEqual([]);
    expect(rules(receipt({ applicant: { kind: 'ORGANISATION', name: '安乡县某某餐饮有限公司', idNumber: '91350100M000100Y44' } }))).toEqual([
      { field: 'applicant.idNumber', rule: 'CREDIT_CODE_CHECKSUM' },
    ]);
    expect(rules(receipt({ applicant: { kind: 'ORGANISATION', name: '安乡县某某餐饮有限公司', idNumber: RESIDENT_ID } }))).toEqual([
      { field: 'applicant.idNumber', rule: 'CREDIT_CODE_CHECKSUM' },
    ]);
  });

  it('accepts an applicant without an ID number or phone', () => {
    expect(rules(receipt({ applicant: { idNumber: null, phone: null } }))).toEqual([]);
  });

  it.each([TOWNSHIP, COUNTY])('refuses an agency-point case received at $path', (unit) => {
    expect(rules(receipt({ unit }))).toEqual([{ field: 'unitId', rule: 'AGENCY_POINT_AT_VILLAGE' }]);
  });

  it('accepts window and online cases at any tier', () => {
    expect(rules(receipt({ unit: TOWNSHIP, channel: 'WINDOW' }))).toEqual([]);
    expect(rules(receipt({ unit: COUNTY, channel: 'ONLINE' }))).toEqual([]);
  });

  it.each(['13812345678', '0736-4321234', '+86 138 1234 5678'])('accepts the phone number %s', (phone) => {
    expect(rules(receipt({ applicant: { phone } }))).toEqual([]);
  });

  it.each(['138abc45678', '', '1234'])('refuses the phone number "%s"', (phone) => {
    expect(rules(receipt({ applicant: { phone } }))).toEqual([{ field: 'applicant.phone', rule: 'PHONE_FORMAT' }]);
  });

  it('requires the applicant name', () => {
    expect(rules(receipt({ applicant: { name: ' ' } }))).toEqual([{ field: 'applicant.name', rule: 'REQUIRED' }]);
  });

  it.each([-1, 2.5])('refuses an item with a promised limit of %s', (promisedDays) => {
    expect(rules(receipt({ promisedDays }))).toEqual([{ field: 'serviceItemId', rule: 'ITEM_LIMIT_INVALID' }]);
  });

  it('refuses a receipt dated in the future', () => {
    expect(rules(receipt({ at: at('2026-01-01') }))).toEqual([{ field: 'at', rule: 'EVENT_IN_FUTURE' }]);
  });

  it('reports every problem at once', () => {
    const r = receipt({ unit: TOWNSHIP, applicant: { name: '', phone: 'x', idNumber: '123' } });
    expect(rules(r).map((e) => e.rule)).toEqual(['REQUIRED', 'PHONE_FORMAT', 'RESIDENT_ID_CHECKSUM', 'AGENCY_POINT_AT_VILLAGE']);
  });
});

describe('unitTierOf', () => {
  it.each([
    ['/4307/', 'CITY'],
    ['/4307/430721/', 'COUNTY'],
    ['/4307/430721/430721100/', 'TOWNSHIP'],
    ['/4307/430721/430721100/430721100201/', 'VILLAGE'],
    ['/430721/430721100/430721100201', 'VILLAGE'],
  ])('reads %s as %s', (path, tier) => {
    expect(unitTierOf(path)).toBe(tier);
  });
});
