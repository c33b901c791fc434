import { describe, expect, it } from 'vitest';
import { parseLocalDate } from '../../shared/calendar';
import {
  currentStage,
  foldCase,
  foldMore,
  isBadRating,
  openStop,
  stateAfter,
  totalExtensionDays,
} from './case-aggregate';
import type { CaseEvent, NewCaseEvent } from './case-events';
import { numbered } from './event-rows';
import {
  accepted,
  at,
  COUNTY,
  ev,
  head,
  HOUSING,
  MARKET,
  officer,
  parallelAccepted,
  receipt,
  referencedReceipt,
  TOWNSHIP,
  VILLAGE,
} from './testing/histories';

// foldCase does not validate (proposeEvent does); these tests feed it histories directly.

const fold = (...events: NewCaseEvent[]) => foldCase('case-1', numbered(0, events));

describe('stateAfter', () => {
  it('requires a history to start with RECEIVED', () => {
    expect(() => stateAfter(null, { type: 'CLOCK_STOPPED' })).toThrow(/must start with RECEIVED/);
    expect(stateAfter(null, { type: 'RECEIVED' })).toBe('RECEIVED');
  });

  it('keeps the state for events that do not move the case', () => {
    expect(stateAfter('UNDER_REVIEW', { type: 'CLOCK_STOPPED' })).toBe('UNDER_REVIEW');
    expect(stateAfter('DELIVERED', { type: 'RATED' })).toBe('DELIVERED');
    expect(stateAfter('RECEIVED', { type: 'FORWARDED' })).toBe('RECEIVED');
  });

  it('moves an accepted case under review when a stage starts', () => {
    expect(stateAfter('ACCEPTED', { type: 'STAGE_STARTED' })).toBe('UNDER_REVIEW');
  });
});

describe('foldCase', () => {
  it('refuses a history that does not start with RECEIVED', () => {
    expect(() => foldCase('case-1', [])).toThrow(/must start with RECEIVED/);
    expect(() => foldCase('case-1', numbered(0, [accepted(at('2025-09-22'))]))).toThrow(/must start with RECEIVED/);
  });

  it('starts a received case at its receiving unit with the item limit', () => {
    const c = fold(referencedReceipt());
    expect(c).toMatchObject({
      id: 'case-1',
      state: 'RECEIVED',
      receivedAt: at('2025-09-22', '09:00'),
      current: VILLAGE,
      handling: null,
      acceptedAt: null,
      limitDays: 20,
      version: 1,
      lastEventAt: at('2025-09-22', '09:00'),
    });
    expect(c.received.externalRef).toBe('GD-998877');
  });

  it('gives an on-the-spot item a limit of 0', () => {
    expect(fold(receipt({ kind: 'IMMEDIATE' })).limitDays).toBe(0);
  });

  it('records each hand-off and moves the case with it', () => {
    const c = fold(
      referencedReceipt(),
      ev('FORWARDED', at('2025-09-22', '15:00'), { from: VILLAGE, to: TOWNSHIP, department: null, note: '代办员转报' }),
      ev('FORWARDED', at('2025-09-23'), { from: TOWNSHIP, to: COUNTY, department: MARKET, note: null }, COUNTY.path, head),
    );
    expect(c.current).toEqual(COUNTY);
    expect(c.handling).toEqual(MARKET);
    expect(c.handoffs).toEqual([
      { from: VILLAGE, to: TOWNSHIP, department: null, at: at('2025-09-22', '15:00'), actor: officer, note: '代办员转报' },
      { from: TOWNSHIP, to: COUNTY, department: MARKET, at: at('2025-09-23'), actor: head, note: null },
    ]);
  });

  it('takes the limit, the handling department and the sub-tasks from the acceptance', () => {
    const c = fold(referencedReceipt(), parallelAccepted(at('2025-09-24')));
    expect(c.state).toBe('ACCEPTED');
    expect(c.acceptedAt).toEqual(at('2025-09-24'));
    expect(c.handling).toEqual(MARKET);
    expect(c.subTasks).toEqual([
      { department: MARKET, limitDays: 15, state: 'OPEN', decidedAt: null, note: null },
      { department: HOUSING, limitDays: 20, state: 'OPEN', decidedAt: null, note: null },
    ]);
  });

  it('ends a stage when the next starts and the last one at the decision', () => {
    const c = fold(
      referencedReceipt(),
      accepted(at('2025-09-24')),
      ev('STAGE_STARTED', at('2025-09-25'), { name: '审查', limitDays: 10 }),
      ev('STAGE_STARTED', at('2025-10-09'), { name: '决定', limitDays: 3 }),
    );
    expect(currentStage(c)?.name).toBe('决定');
    const decided = foldMore(c, numbered(c.version, [ev('APPROVED', at('2025-10-10'), { note: null, automatic: false })]));
    expect(decided.stages.map((s) => [s.name, s.startedAt, s.endedAt])).toEqual([
      ['审查', at('2025-09-25'), at('2025-10-09')],
      ['决定', at('2025-10-09'), at('2025-10-10')],
    ]);
    expect(currentStage(decided)).toBeNull();
    expect(decided.decidedAt).toEqual(at('2025-10-10'));
  });

  it('keeps each clock stop as a segment with who started and ended it', () => {
    const c = fold(
      referencedReceipt(),
      accepted(at('2025-09-24')),
      ev('CLOCK_STOPPED', at('2025-10-09'), { reason: 'CORRECTION', note: '补正营业执照' }),
      ev('CLOCK_RESUMED', at('2025-10-13'), { note: null }, COUNTY.path, head),
      ev('CLOCK_STOPPED', at('2025-10-15'), { reason: 'EXPERT_REVIEW', note: null }),
    );
    expect(c.stops).toEqual([
      {
        reason: 'CORRECTION',
        note: '补正营业执照',
        startedAt: at('2025-10-09'),
        startedBy: officer.id,
        startedByName: officer.name,
        endedAt: at('2025-10-13'),
        endedBy: head.id,
        endedByName: head.name,
      },
      {
        reason: 'EXPERT_REVIEW',
        note: null,
        startedAt: at('2025-10-15'),
        startedBy: officer.id,
        startedByName: officer.name,
        endedAt: null,
        endedBy: null,
        endedByName: null,
      },
    ]);
    expect(openStop(c)?.reason).toBe('EXPERT_REVIEW');
  });

  it.each(['NOT_ACCEPTED', 'RETURNED', 'WITHDRAWN'] as const)('closes the case, its stage and its open stop on %s', (type) => {
    const c = fold(
      referencedReceipt(),
      accepted(at('2025-09-24')),
      ev('STAGE_STARTED', at('2025-09-25'), { name: '审查', limitDays: 10 }),
      ev('CLOCK_STOPPED', at('2025-10-09'), { reason: 'CORRECTION', note: null }),
      ev(type, at('2025-10-20'), { reason: '申请人未按期补正' }),
    );
    expect(c.state).toBe(type);
    expect(c.closedAt).toEqual(at('2025-10-20'));
    expect(c.closingReason).toBe('申请人未按期补正');
    expect(c.stages[0]?.endedAt).toEqual(at('2025-10-20'));
    expect(openStop(c)).toBeNull();
    expect(c.stops[0]?.endedAt).toEqual(at('2025-10-20'));
    expect(c.decidedAt).toBeNull();
  });

  it('adds up extensions', () => {
    const c = fold(
      referencedReceipt(),
      accepted(at('2025-09-24')),
      ev('EXTENDED', at('2025-10-09'), { days: 4, reason: '现场核查', approvedBy: '刘强' }),
      ev('EXTENDED', at('2025-10-20'), { days: 6, reason: '专家论证', approvedBy: '刘强' }),
    );
    expect(totalExtensionDays(c)).toBe(10);
    expect(c.extensions.map((e) => [e.days, e.at])).toEqual([
      [4, at('2025-10-09')],
      [6, at('2025-10-20')],
    ]);
  });

  it('records a sub-task decision on the department that made it', () => {
    const c = fold(
      referencedReceipt(),
      parallelAccepted(at('2025-09-24')),
      ev('SUBTASK_DECIDED', at('2025-10-09'), { departmentId: HOUSING.id, approved: false, note: '规划不符' }),
    );
    expect(c.subTasks.map((t) => [t.department.id, t.state, t.decidedAt, t.note])).toEqual([
      [MARKET.id, 'OPEN', null, null],
      [HOUSING.id, 'REFUSED', at('2025-10-09'), '规划不符'],
    ]);
    expect(c.state).toBe('ACCEPTED');
  });

  it('records delivery, rating and escalations', () => {
    const c = fold(
      referencedReceipt(),
      ev('ESCALATED', at('2025-09-23'), { note: '请加快', dueOn: null }, COUNTY.path, head),
      accepted(at('2025-09-24')),
      ev('APPROVED', at('2025-10-09'), { note: null, automatic: false }),
      ev('DELIVERED', at('2025-10-10'), { method: 'POST', note: null }),
      ev('RATED', at('2025-10-11'), { level: 5, channel: 'ONLINE', comment: '办事快' }),
    );
    expect(c.state).toBe('DELIVERED');
    expect(c.deliveredAt).toEqual(at('2025-10-10'));
    expect(c.rating).toEqual({ level: 5, channel: 'ONLINE', comment: '办事快', at: at('2025-10-11') });
    expect(c.followup).toBeNull();
    expect(c.escalations).toEqual([{ at: at('2025-09-23'), actor: head, note: '请加快', dueOn: null }]);
    expect(c.version).toBe(6);
    expect(c.lastEventAt).toEqual(at('2025-10-11'));
  });

  it('opens a follow-up for a bad rating and walks it through callback, ledger and rectification', () => {
    const rated = fold(
      referencedReceipt(),
      accepted(at('2025-09-24')),
      ev('REFUSED', at('2025-10-09'), { note: null, automatic: false }),
      ev('RATED', at('2025-10-10'), { level: 1, channel: 'ON_SITE', comment: '多次跑腿' }),
    );
    expect(rated.followup).toEqual({
      state: 'AWAITING_CALLBACK',
      calledBackAt: null,
      callbackNote: null,
      reached: null,
      mode: null,
      measures: null,
      rectificationDueOn: null,
      rectifiedAt: null,
      rectificationNote: null,
    });
    const done = foldMore(
      rated,
      numbered(rated.version, [
        ev('CALLED_BACK', at('2025-10-13'), { note: '未接通', reached: false }),
        ev('RECTIFICATION_PLANNED', at('2025-10-14'), { mode: 'LEDGER', measures: '一次性告知', dueOn: parseLocalDate('2025-11-30') }),
        ev('RECTIFIED', at('2025-11-20'), { note: '已落实一次性告知' }),
      ]),
    );
    expect(done.followup).toEqual({
      state: 'RECTIFIED',
      calledBackAt: at('2025-10-13'),
      callbackNote: '未接通',
      reached: false,
      mode: 'LEDGER',
      measures: '一次性告知',
      rectificationDueOn: '2025-11-30',
      rectifiedAt: at('2025-11-20'),
      rectificationNote: '已落实一次性告知',
    });
  });
});

describe('foldMore', () => {
  const history = [
    referencedReceipt(),
    ev('FORWARDED', at('2025-09-22', '15:00'), { from: VILLAGE, to: TOWNSHIP, department: null, note: null }),
    ev('FORWARDED', at('2025-09-23'), { from: TOWNSHIP, to: COUNTY, department: MARKET, note: null }),
    accepted(at('2025-09-24')),
    ev('STAGE_STARTED', at('2025-09-25'), { name: '审查', limitDays: 10 }),
    ev('CLOCK_STOPPED', at('2025-10-09'), { reason: 'CORRECTION', note: null }),
    ev('CLOCK_RESUMED', at('2025-10-13'), { note: null }),
    ev('EXTENDED', at('2025-10-14'), { days: 5, reason: '现场核查', approvedBy: '刘强' }),
    ev('APPROVED', at('2025-10-20'), { note: null, automatic: false }),
    ev('RATED', at('2025-10-21'), { level: 2, channel: 'ON_SITE', comment: null }),
  ];
  const events: CaseEvent[] = numbered(0, history);

  it.each([1, 3, 5, 8, 9])('gives the same case as folding everything at once when split after %i events', (split) => {
    const whole = foldCase('case-1', events);
    const partial = foldCase('case-1', events.slice(0, split));
    expect(foldMore(partial, events.slice(split))).toEqual(whole);
  });

  it('leaves the case it was given untouched', () => {
    const partial = foldCase('case-1', events.slice(0, 6));
    const snapshot = structuredClone(partial);
    const more = foldMore(partial, events.slice(6));
    expect(partial).toEqual(snapshot);
    expect(openStop(partial)).not.toBeNull();
    expect(openStop(more)).toBeNull();
    expect(more.state).toBe('APPROVED');
  });
});

describe('isBadRating', () => {
  it.each([
    [1, true],
    [2, true],
    [3, false],
    [4, false],
    [5, false],
  ])('level %i is a 差评: %s', (level, bad) => {
    expect(isBadRating(level)).toBe(bad);
  });
});
