import { describe, expect, it } from 'vitest';
import { numbered } from '../../shared/event-history';
import { foldMore, type ComplaintAggregate } from './complaint-aggregate';
import type { ComplaintEvent, ComplaintEventType, NewComplaintEvent } from './complaint-events';
import { ALLOWED_FROM, proposeEvent, validateReceipt, type LifecycleOptions } from './complaint-lifecycle';
import { COMPLAINT_STATE_LABELS, COMPLAINT_STATES, type ComplaintState } from './complaint-state';
import {
  apply,
  at,
  cal,
  calledBack,
  CITY_WATER,
  closed,
  COUNTY,
  dispatched,
  duplicateLinked,
  endOf,
  ENVIRONMENT,
  escalated,
  ev,
  HOUSING,
  MARKET,
  NEIGHBOUR_HOUSING,
  NOW,
  OPTIONS,
  OTHER_TOWNSHIP,
  OTHER_VILLAGE,
  outcome,
  play,
  playWith,
  receipt,
  replied,
  returned,
  signed,
  TOWN_GOVERNMENT,
  TOWNSHIP,
  VILLAGE,
  type Receipt,
} from './testing/requests';

const propose = (c: ComplaintAggregate, e: NewComplaintEvent, now: Date = NOW, options: LifecycleOptions = OPTIONS) =>
  outcome(proposeEvent(c, e, now, options));
const refusedWith = (rule: string, field: string) => [{ field, rule }];

// ---------------------------------------------------------------------------------------------
// One realistic history per state. An ordinary 12345 complaint received Mon 2025-11-03 09:00 (reply
// due Mon 11-10 23:59:59.999), dispatched to 县住建局.

const dispatchAndSign = [dispatched(at('2025-11-04', '09:00')), signed(at('2025-11-04', '14:00'))];
const STATE_STEPS: Record<ComplaintState, NewComplaintEvent[]> = {
  RECEIVED: [],
  // Dispatched late on Mon 11-24: its return window and sign-off deadline run to Tue 11-25 23:59:59.999.
  DISPATCHED: [dispatched(at('2025-11-24', '09:00'))],
  RETURNED: [dispatched(at('2025-11-04', '09:00')), returned(at('2025-11-04', '15:00'))],
  SIGNED: dispatchAndSign,
  // Reopened by a very dissatisfied callback on Fri 11-07: the new reply deadline is Fri 11-14.
  REOPENED: [...dispatchAndSign, replied(at('2025-11-06')), calledBack(at('2025-11-07'), 1)],
  REPLIED: [...dispatchAndSign, replied(at('2025-11-06'))],
  CLOSED: [...dispatchAndSign, replied(at('2025-11-06')), calledBack(at('2025-11-07'), 5)],
};
const requestIn = (state: ComplaintState, ...extra: NewComplaintEvent[]) => play(receipt(), ...STATE_STEPS[state], ...extra);

/** Every proposal is made on Tue 11-25 10:00: all fixtures are overdue by then. */
const EVENT_AT = at('2025-11-25', '10:00');

type Proposable = Exclude<ComplaintEventType, 'RECEIVED' | 'REOPENED'>;
const VALID: Record<Proposable, { event: NewComplaintEvent; leadsTo: ComplaintState | null; triggered: ComplaintEventType[] }> = {
  DISPATCHED: { event: dispatched(EVENT_AT, ENVIRONMENT), leadsTo: 'DISPATCHED', triggered: [] },
  RETURNED: { event: returned(EVENT_AT), leadsTo: 'RETURNED', triggered: [] },
  SIGNED: { event: signed(EVENT_AT), leadsTo: 'SIGNED', triggered: [] },
  REPLIED: { event: replied(EVENT_AT), leadsTo: 'REPLIED', triggered: [] },
  CALLED_BACK: { event: calledBack(EVENT_AT, 4), leadsTo: 'CLOSED', triggered: ['CLOSED'] },
  CLOSED: { event: closed(EVENT_AT), leadsTo: 'CLOSED', triggered: [] },
  ESCALATED: { event: escalated(EVENT_AT, endOf('2025-11-28')), leadsTo: null, triggered: [] },
  DUPLICATE_LINKED: { event: duplicateLinked(EVENT_AT, 'req-2', 'AX-20251125-0002'), leadsTo: null, triggered: [] },
};

// The flow of DOMAIN.md written out by hand, one row per state (✓ allowed, · illegal):
// 受理 → 派单 → 签收 / 退单 (then 派单 again or 直接答复) → 答复 → 回访 → 办结; 重办 after a
// dissatisfied callback (派单 elsewhere, or 答复 again); 督办 while the reply is awaited; a 重复来电
// may be linked to a request in any state.
const COLUMNS = ['DISPATCHED', 'RETURNED', 'SIGNED', 'REPLIED', 'CALLED_BACK', 'CLOSED', 'ESCALATED', 'DUPLICATE_LINKED'] as const;
const MATRIX: Record<ComplaintState, string> = {
  //           DISP RET SIGN REPL CALL CLOS ESC DUP
  RECEIVED:   '✓    ·   ·    ✓    ·    ·    ✓   ✓',
  DISPATCHED: '·    ✓   ✓    ·    ·    ·    ✓   ✓',
  RETURNED:   '✓    ·   ·    ✓    ·    ·    ✓   ✓',
  SIGNED:     '·    ·   ·    ✓    ·    ·    ✓   ✓',
  REOPENED:   '✓    ·   ·    ✓    ·    ·    ✓   ✓',
  REPLIED:    '·    ·   ·    ·    ✓    ✓    ·   ✓',
  CLOSED:     '·    ·   ·    ·    ·    ·    ·   ✓',
};
const expectedAllowed = (type: Proposable, state: ComplaintState): boolean => {
  const marks = MATRIX[state].trim().split(/\s+/);
  if (marks.length !== COLUMNS.length) throw new Error(`matrix row ${state} has ${marks.length} marks`);
  return marks[COLUMNS.indexOf(type)] === '✓';
};
const TABLE = COLUMNS.flatMap((type) => COMPLAINT_STATES.map((state) => ({ type, state, allowed: expectedAllowed(type, state) })));

describe('state fixtures', () => {
  it.each(COMPLAINT_STATES)('folds the history for %s into that state', (state) => {
    expect(requestIn(state).state).toBe(state);
  });

  it('has 7 states and a row for each in the hand-written matrix', () => {
    expect(Object.keys(MATRIX).sort()).toEqual([...COMPLAINT_STATES].sort());
    expect(TABLE).toHaveLength(8 * 7);
    expect(TABLE.filter((t) => t.allowed)).toHaveLength(3 + 1 + 1 + 4 + 1 + 1 + 5 + 7);
  });
});

describe('transitions (every proposable event from every state)', () => {
  it.each(TABLE.filter((t) => t.allowed))('accepts $type on a $state request', ({ type, state }) => {
    const { event, leadsTo, triggered } = VALID[type];
    const c = requestIn(state);
    const proposal = proposeEvent(c, event, NOW, OPTIONS);
    expect(outcome(proposal)).toBe('ok');
    if (!proposal.ok) return;
    expect(proposal.events[0]).toEqual(event);
    expect(proposal.events.map((e) => e.type)).toEqual([type, ...triggered]);
    const after = foldMore(c, numbered<ComplaintEvent>(c.version, proposal.events));
    expect(after.state).toBe(leadsTo ?? state);
    expect(after.version).toBe(c.version + 1 + triggered.length);
  });

  it.each(TABLE.filter((t) => !t.allowed))('refuses $type on a $state request as an illegal transition, returning no events', ({ type, state }) => {
    const c = requestIn(state);
    const before = structuredClone(c);
    const proposal = proposeEvent(c, VALID[type].event, NOW, OPTIONS);
    expect(proposal.ok).toBe(false);
    expect(Object.keys(proposal).sort()).toEqual(['errors', 'ok']);
    expect(outcome(proposal)).toEqual(refusedWith('ILLEGAL_TRANSITION', 'state'));
    expect(c).toEqual(before);
  });

  it('agrees with the ALLOWED_FROM constant the implementation declares', () => {
    for (const type of COLUMNS) {
      expect([...ALLOWED_FROM[type]].sort(), type).toEqual(COMPLAINT_STATES.filter((s) => expectedAllowed(type, s)).sort());
    }
    expect(ALLOWED_FROM.REOPENED).toEqual([]);
  });

  it.each(COMPLAINT_STATES)('never accepts a proposed REOPENED on a %s request: only a callback reopens', (state) => {
    const reopen = ev('REOPENED', EVENT_AT, { reason: '群众要求重办', replyDueAt: endOf('2025-12-02').toISOString() });
    const proposal = proposeEvent(requestIn(state), reopen, NOW, OPTIONS);
    expect(outcome(proposal)).toEqual(refusedWith('REOPEN_BY_CALLBACK', 'type'));
    expect('events' in proposal).toBe(false);
  });

  it.each(COMPLAINT_STATES)('refuses a second receipt for a %s request', (state) => {
    expect(propose(requestIn(state), receipt({ at: EVENT_AT }))).toEqual(refusedWith('ALREADY_RECEIVED', 'type'));
  });

  it('names the current state and the step in the refusal message', () => {
    const proposal = proposeEvent(requestIn('CLOSED'), signed(EVENT_AT), NOW, OPTIONS);
    expect(proposal.ok).toBe(false);
    if (proposal.ok) return;
    expect(proposal.errors[0]?.message).toBe(`诉求当前为“${COMPLAINT_STATE_LABELS.CLOSED.zh}”，不能签收`);
    expect(proposal.errors[0]?.messageEn).toBe('a request that is closed cannot be signed off');
  });
});

describe('event times', () => {
  const c = () => requestIn('SIGNED'); // last event Tue 11-04 14:00

  it('accepts an event up to 5 minutes ahead of the server clock and refuses one later', () => {
    const now = at('2025-11-05', '10:00');
    expect(propose(c(), replied(new Date(now.getTime() + 5 * 60_000)), now)).toBe('ok');
    expect(propose(c(), replied(new Date(now.getTime() + 5 * 60_000 + 1)), now)).toEqual(refusedWith('EVENT_IN_FUTURE', 'at'));
  });

  it('accepts an event at the same instant as the previous one and refuses one before it', () => {
    expect(propose(c(), replied(at('2025-11-04', '14:00')))).toBe('ok');
    expect(propose(c(), replied(new Date(at('2025-11-04', '14:00').getTime() - 1)))).toEqual(refusedWith('EVENT_BEFORE_PREVIOUS', 'at'));
  });

  it('refuses an invalid timestamp', () => {
    expect(propose(c(), replied(new Date('not a date')))).toEqual(refusedWith('INVALID_TIMESTAMP', 'at'));
  });

  it('reports a timing problem before an illegal transition', () => {
    expect(propose(requestIn('CLOSED'), signed(at('2025-11-01')))).toEqual(refusedWith('EVENT_BEFORE_PREVIOUS', 'at'));
  });
});

describe('派单 (dispatch)', () => {
  it('stores the sign-off and return deadlines and holds the request at the assignee', () => {
    const c = play(receipt(), dispatched(at('2025-11-04', '09:00'), MARKET));
    expect(c.assignee).toEqual(MARKET);
    expect(c.dispatches[0]?.signDueAt).toEqual(endOf('2025-11-05'));
    expect(c.dispatches[0]?.returnDueAt).toEqual(endOf('2025-11-05'));
  });

  it('accepts a unit of the receiving unit’s area or a department above it', () => {
    const c = play(receipt());
    expect(propose(c, dispatched(EVENT_AT, TOWN_GOVERNMENT))).toBe('ok');
    expect(propose(c, dispatched(EVENT_AT, CITY_WATER))).toBe('ok');
  });

  it('refuses an assignee of another county', () => {
    expect(propose(play(receipt()), dispatched(EVENT_AT, NEIGHBOUR_HOUSING))).toEqual(refusedWith('ASSIGNEE_ON_LINE', 'departmentId'));
  });

  it('lets a township centre dispatch up to a county bureau but not sideways to another township', () => {
    const c = play(receipt({ receivedUnit: TOWNSHIP }));
    expect(propose(c, dispatched(EVENT_AT, HOUSING))).toBe('ok');
    const otherTown = { ...TOWN_GOVERNMENT, id: OTHER_TOWNSHIP.id, path: OTHER_TOWNSHIP.path };
    expect(propose(c, dispatched(EVENT_AT, otherTown))).toEqual(refusedWith('ASSIGNEE_ON_LINE', 'unitId'));
  });

  it('refuses to dispatch a reopened request again to the unit already handling it, but not to another', () => {
    const c = requestIn('REOPENED');
    expect(propose(c, dispatched(EVENT_AT, HOUSING))).toEqual(refusedWith('ALREADY_ASSIGNED', 'departmentId'));
    expect(propose(c, dispatched(EVENT_AT, MARKET))).toBe('ok');
  });

  it('dispatches a reopened request that the hotline had answered directly', () => {
    const c = play(receipt(), replied(at('2025-11-03', '11:00'), '已直接答复', true), calledBack(at('2025-11-04'), 2));
    expect(c.state).toBe('REOPENED');
    expect(propose(c, dispatched(EVENT_AT, HOUSING))).toBe('ok');
  });
});

describe('退单 (return)', () => {
  const returnAfter = (dispatchAt: Date, returnAt: Date, first: Receipt = receipt({ at: new Date(dispatchAt.getTime() - 3_600_000) })) =>
    propose(play(first, dispatched(dispatchAt)), returned(returnAt));

  it('allows a return on the next working day after a Friday dispatch, over the weekend', () => {
    // Fri 2025-11-14 → the window ends Mon 11-17 23:59:59.999.
    const friday = at('2025-11-14');
    expect(play(receipt({ at: at('2025-11-14', '09:00') }), dispatched(friday)).dispatches[0]?.returnDueAt).toEqual(endOf('2025-11-17'));
    expect(returnAfter(friday, at('2025-11-15', '16:00'))).toBe('ok');
    expect(returnAfter(friday, endOf('2025-11-17'))).toBe('ok');
    expect(returnAfter(friday, new Date(endOf('2025-11-17').getTime() + 1))).toEqual(refusedWith('RETURN_WINDOW_PASSED', 'at'));
    expect(returnAfter(friday, at('2025-11-18', '09:00'))).toEqual(refusedWith('RETURN_WINDOW_PASSED', 'at'));
  });

  it('counts Sun 2025-09-28, a 调休 working day, as the working day after Fri 09-26', () => {
    const friday = at('2025-09-26');
    expect(returnAfter(friday, at('2025-09-27'))).toBe('ok');
    expect(returnAfter(friday, at('2025-09-28', '23:00'))).toBe('ok');
    expect(returnAfter(friday, at('2025-09-29', '08:30'))).toEqual(refusedWith('RETURN_WINDOW_PASSED', 'at'));
  });

  it('extends the window over the 国庆 holidays after a dispatch on Tue 2025-09-30', () => {
    // 10-01 … 10-08 are holidays: the next working day is Thu 10-09.
    const eve = at('2025-09-30', '16:00');
    expect(returnAfter(eve, at('2025-10-05'))).toBe('ok');
    expect(returnAfter(eve, at('2025-10-09', '23:59'))).toBe('ok');
    expect(returnAfter(eve, at('2025-10-10', '00:00'))).toEqual(refusedWith('RETURN_WINDOW_PASSED', 'at'));
  });

  it('extends the window over 春节 2025 after a dispatch on Mon 01-27', () => {
    // 01-28 … 02-04 are holidays: the next working day is Wed 02-05.
    const eve = at('2025-01-27', '15:00');
    expect(returnAfter(eve, at('2025-02-05', '20:00'))).toBe('ok');
    expect(returnAfter(eve, at('2025-02-06', '08:00'))).toEqual(refusedWith('RETURN_WINDOW_PASSED', 'at'));
  });

  it('lets the same assignee return a request only once', () => {
    const c = play(receipt(), dispatched(at('2025-11-04')), returned(at('2025-11-04', '15:00')), dispatched(at('2025-11-05'), HOUSING));
    expect(propose(c, returned(at('2025-11-05', '11:00')))).toEqual(refusedWith('RETURN_ONCE', 'state'));
  });

  it('lets another assignee return it, and still refuses the first one on a later dispatch', () => {
    let c = play(receipt(), dispatched(at('2025-11-04')), returned(at('2025-11-04', '15:00')), dispatched(at('2025-11-05'), MARKET));
    expect(propose(c, returned(at('2025-11-05', '11:00')))).toBe('ok');
    c = apply(c, returned(at('2025-11-05', '11:00')));
    c = apply(c, dispatched(at('2025-11-06'), HOUSING));
    expect(propose(c, returned(at('2025-11-06', '11:00')))).toEqual(refusedWith('RETURN_ONCE', 'state'));
    expect(apply(c, signed(at('2025-11-06', '12:00'))).state).toBe('SIGNED');
  });

  it('reports every broken rule at once: no reason, too late and a second return', () => {
    const c = play(receipt(), dispatched(at('2025-11-04')), returned(at('2025-11-04', '15:00')), dispatched(at('2025-11-05'), HOUSING));
    expect(propose(c, returned(at('2025-11-10'), '  '))).toEqual([
      { field: 'reason', rule: 'REQUIRED' },
      { field: 'at', rule: 'RETURN_WINDOW_PASSED' },
      { field: 'state', rule: 'RETURN_ONCE' },
    ]);
  });
});

describe('回访 (callback) and 重办 (reopening)', () => {
  // Received Mon 2025-09-22, replied Fri 09-26 10:00, called back Fri 09-26 15:00.
  const repliedRequest = (o: { priority?: 'URGENT' | 'ORDINARY' } = {}) =>
    play(
      receipt({ at: at('2025-09-22', '09:00'), priority: o.priority }),
      dispatched(at('2025-09-22', '09:10'), HOUSING, o.priority),
      signed(at('2025-09-22', '09:20')),
      replied(at('2025-09-26', '10:00')),
    );
  const CALL = at('2025-09-26', '15:00');

  it.each([5, 4, 3])('closes the request automatically when the citizen is reached and rates %i', (level) => {
    const c = repliedRequest();
    const proposal = proposeEvent(c, calledBack(CALL, level), NOW, OPTIONS);
    expect(proposal.ok).toBe(true);
    if (!proposal.ok) return;
    expect(proposal.events).toHaveLength(2);
    expect(proposal.events[1]).toMatchObject({ type: 'CLOSED', at: CALL, data: { automatic: true } });
    const after = foldMore(c, numbered<ComplaintEvent>(c.version, proposal.events));
    expect(after.state).toBe('CLOSED');
    expect(after.closedAt).toEqual(CALL);
    expect(after.reopenCount).toBe(0);
  });

  it.each([2, 1])('reopens the request on level %i with a reply deadline counted from the callback', (level) => {
    const c = repliedRequest();
    const proposal = proposeEvent(c, calledBack(CALL, level), NOW, OPTIONS);
    expect(proposal.ok).toBe(true);
    if (!proposal.ok) return;
    // 5 working days from Fri 09-26: 09-28 (调休), 09-29, 09-30, 10-09, 10-10.
    expect(proposal.events[1]).toMatchObject({ type: 'REOPENED', at: CALL, data: { replyDueAt: endOf('2025-10-10').toISOString() } });
    expect(proposal.events[1]?.data).toHaveProperty('reason', expect.stringContaining('时限5个工作日'));
    const after = foldMore(c, numbered<ComplaintEvent>(c.version, proposal.events));
    expect(after.state).toBe('REOPENED');
    expect(after.reopenCount).toBe(1);
    expect(after.replyDueAt).toEqual(endOf('2025-10-10'));
    expect(after.replyClockStart).toEqual(CALL);
  });

  it('gives an urgent request 2 natural hours again when it is reopened', () => {
    const c = play(
      receipt({ at: at('2025-09-26', '08:00'), priority: 'URGENT' }),
      dispatched(at('2025-09-26', '08:05'), HOUSING, 'URGENT'),
      signed(at('2025-09-26', '08:10')),
      replied(at('2025-09-26', '09:30')),
      calledBack(at('2025-09-26', '23:00'), 2),
    );
    expect(c.state).toBe('REOPENED');
    expect(c.replyDueAt).toEqual(at('2025-09-27', '01:00'));
  });

  it('reopens at most maxReopens times, then closes a dissatisfied request', () => {
    let c = repliedRequest();
    c = apply(c, calledBack(CALL, 2));
    c = apply(c, replied(at('2025-10-09', '10:00')));
    c = apply(c, calledBack(at('2025-10-09', '16:00'), 1));
    expect([c.state, c.reopenCount]).toEqual(['REOPENED', 2]);
    c = apply(c, replied(at('2025-10-13', '10:00')));
    const proposal = proposeEvent(c, calledBack(at('2025-10-13', '16:00'), 2), NOW, OPTIONS);
    expect(proposal.ok).toBe(true);
    if (!proposal.ok) return;
    expect(proposal.events.map((e) => e.type)).toEqual(['CALLED_BACK', 'CLOSED']);
    expect(proposal.events[1]?.data).toMatchObject({ automatic: true, reason: expect.stringContaining('已重办2次') });
    const after = foldMore(c, numbered<ComplaintEvent>(c.version, proposal.events));
    expect([after.state, after.reopenCount]).toEqual(['CLOSED', 2]);
  });

  it('closes a dissatisfied request at once when reopening is turned off', () => {
    const c = playWith({ ...OPTIONS, maxReopens: 0 }, receipt(), replied(at('2025-11-03', '11:00'), '已答复', true), calledBack(at('2025-11-04'), 1));
    expect([c.state, c.reopenCount]).toEqual(['CLOSED', 0]);
  });

  it('keeps the request REPLIED when the citizen is not reached', () => {
    const c = repliedRequest();
    const proposal = proposeEvent(c, calledBack(CALL, null), NOW, OPTIONS);
    expect(proposal.ok).toBe(true);
    if (!proposal.ok) return;
    expect(proposal.events).toHaveLength(1);
    const after = foldMore(c, numbered<ComplaintEvent>(c.version, proposal.events));
    expect(after.state).toBe('REPLIED');
    expect(after.callbacks).toHaveLength(1);
  });

  it('checks the satisfaction level', () => {
    const c = repliedRequest();
    expect(propose(c, ev('CALLED_BACK', CALL, { reached: true, satisfaction: null, note: null }))).toEqual(refusedWith('REQUIRED', 'satisfaction'));
    for (const level of [0, 6, 2.5, -1]) {
      expect(propose(c, calledBack(CALL, level)), String(level)).toEqual(refusedWith('SATISFACTION_LEVEL_RANGE', 'satisfaction'));
    }
    expect(propose(c, ev('CALLED_BACK', CALL, { reached: false, satisfaction: 3, note: null }))).toEqual(
      refusedWith('SATISFACTION_NEEDS_CONTACT', 'satisfaction'),
    );
  });
});

describe('答复 and 办结', () => {
  it('lets the hotline answer a received or returned request directly', () => {
    expect(propose(requestIn('RECEIVED'), replied(EVENT_AT, '已直接答复', true))).toBe('ok');
    expect(propose(requestIn('RETURNED'), replied(EVENT_AT, '已直接答复', true))).toBe('ok');
  });

  it('requires the reply text and the closing reason', () => {
    expect(propose(requestIn('SIGNED'), replied(EVENT_AT, ' \n '))).toEqual(refusedWith('REQUIRED', 'content'));
    expect(propose(requestIn('REPLIED'), closed(EVENT_AT, ''))).toEqual(refusedWith('REQUIRED', 'reason'));
  });

  it('closes a replied request by hand without a triggered event', () => {
    const proposal = proposeEvent(requestIn('REPLIED'), closed(EVENT_AT), NOW, OPTIONS);
    expect(proposal.ok && proposal.events.map((e) => e.type)).toEqual(['CLOSED']);
  });
});

describe('督办 (escalation)', () => {
  // Signed on Tue 11-04; the reply is due Mon 11-10 23:59:59.999.
  const signedRequest = () => requestIn('SIGNED');

  it('refuses a request that is not overdue, up to and including the deadline instant', () => {
    expect(propose(signedRequest(), escalated(at('2025-11-10', '23:00'), endOf('2025-11-14')))).toEqual(refusedWith('NOT_OVERDUE', 'state'));
    expect(propose(signedRequest(), escalated(endOf('2025-11-10'), endOf('2025-11-14')))).toEqual(refusedWith('NOT_OVERDUE', 'state'));
  });

  it('accepts an overdue request and sets the new deadline without changing the state', () => {
    const when = new Date(endOf('2025-11-10').getTime() + 1);
    expect(propose(signedRequest(), escalated(when, endOf('2025-11-14')))).toBe('ok');
    const c = apply(signedRequest(), escalated(at('2025-11-12'), endOf('2025-11-14')));
    expect(c.state).toBe('SIGNED');
    expect(c.replyDueAt).toEqual(endOf('2025-11-14'));
    expect(c.replyClockStart).toEqual(at('2025-11-12'));
  });

  it('accepts a dispatch that was not signed off in time although the reply is not yet due', () => {
    // Dispatched Tue 11-04 09:00: sign-off due Wed 11-05 23:59:59.999.
    const c = play(receipt(), dispatched(at('2025-11-04', '09:00')));
    expect(propose(c, escalated(at('2025-11-05', '20:00'), endOf('2025-11-07')))).toEqual(refusedWith('NOT_OVERDUE', 'state'));
    expect(propose(c, escalated(at('2025-11-06', '10:00'), endOf('2025-11-07')))).toBe('ok');
  });

  it('accepts an urgent dispatch unsigned after half an hour', () => {
    const c = play(receipt({ at: at('2025-11-03', '10:00'), priority: 'URGENT' }), dispatched(at('2025-11-03', '10:05'), HOUSING, 'URGENT'));
    expect(propose(c, escalated(at('2025-11-03', '10:35'), at('2025-11-03', '11:30')))).toEqual(refusedWith('NOT_OVERDUE', 'state'));
    expect(propose(c, escalated(at('2025-11-03', '10:36'), at('2025-11-03', '11:30')))).toBe('ok');
  });

  it('does not treat a late sign-off as overdue once the request was returned', () => {
    const c = play(receipt(), dispatched(at('2025-11-04', '09:00')), returned(at('2025-11-05', '09:00')));
    expect(propose(c, escalated(at('2025-11-07'), endOf('2025-11-10')))).toEqual(refusedWith('NOT_OVERDUE', 'state'));
  });

  it('requires a new deadline after the escalation and a note', () => {
    const when = at('2025-11-12');
    expect(propose(signedRequest(), escalated(when, when))).toEqual(refusedWith('DEADLINE_AFTER_NOW', 'replyDueAt'));
    expect(propose(signedRequest(), escalated(when, at('2025-11-11')))).toEqual(refusedWith('DEADLINE_AFTER_NOW', 'replyDueAt'));
    expect(propose(signedRequest(), ev('ESCALATED', when, { note: '请加快办理', replyDueAt: 'soon' }))).toEqual(
      refusedWith('DEADLINE_AFTER_NOW', 'replyDueAt'),
    );
    expect(propose(signedRequest(), escalated(when, endOf('2025-11-14'), ''))).toEqual(refusedWith('REQUIRED', 'note'));
  });

  it('escalates a reopened request once its new deadline has passed', () => {
    // Reopened Fri 11-07: due Fri 11-14.
    expect(propose(requestIn('REOPENED'), escalated(at('2025-11-14', '12:00'), endOf('2025-11-21')))).toEqual(refusedWith('NOT_OVERDUE', 'state'));
    expect(propose(requestIn('REOPENED'), escalated(at('2025-11-15', '12:00'), endOf('2025-11-21')))).toBe('ok');
  });
});

describe('validateReceipt', () => {
  const rules = (r: Receipt, now: Date = NOW) => validateReceipt(r, now).map(({ field, rule }) => ({ field, rule }));

  it('accepts the standard receipt', () => {
    expect(rules(receipt())).toEqual([]);
  });

  it('requires a title and the content', () => {
    expect(rules(receipt({ title: '   ', content: '' }))).toEqual([
      { field: 'title', rule: 'REQUIRED' },
      { field: 'content', rule: 'REQUIRED' },
    ]);
  });

  it.each(['13812345678', '+86 138-1234-5678', '0736-5123456', '(0736) 5123456', '12345'])('accepts the phone number %s', (phone) => {
    expect(rules(receipt({ contact: { name: '张先生', phone } }))).toEqual([]);
  });

  it.each(['1234', 'tel:13812345678', '138 1234 5678 ext 9', '+86 1381234567890123456', '138/1234/5678'])('refuses the phone number %s', (phone) => {
    expect(rules(receipt({ contact: { name: '张先生', phone } }))).toEqual([{ field: 'contact.phone', rule: 'PHONE_FORMAT' }]);
  });

  it('requires the caller’s number for a 12345 or 114 call', () => {
    expect(rules(receipt({ contact: null, channel: 'HOTLINE_12345' }))).toEqual([{ field: 'contact.phone', rule: 'REQUIRED' }]);
    expect(rules(receipt({ contact: null, channel: 'HOTLINE_114', kind: 'CONSULTATION' }))).toEqual([{ field: 'contact.phone', rule: 'REQUIRED' }]);
    expect(rules(receipt({ contact: { name: '张先生', phone: null }, channel: 'HOTLINE_12345' }))).toEqual([{ field: 'contact.phone', rule: 'REQUIRED' }]);
  });

  it('takes an anonymous 举报 by phone, and anonymous requests from the website or a letter', () => {
    expect(rules(receipt({ contact: null, channel: 'HOTLINE_12345', kind: 'REPORT' }))).toEqual([]);
    expect(rules(receipt({ contact: null, channel: 'WEBSITE' }))).toEqual([]);
    expect(rules(receipt({ contact: null, channel: 'LETTER', kind: 'SUGGESTION' }))).toEqual([]);
  });

  it('requires the location to lie in the receiving unit’s area', () => {
    expect(rules(receipt({ receivedUnit: TOWNSHIP, location: VILLAGE }))).toEqual([]);
    expect(rules(receipt({ receivedUnit: TOWNSHIP, location: TOWNSHIP }))).toEqual([]);
    expect(rules(receipt({ receivedUnit: TOWNSHIP, location: OTHER_VILLAGE }))).toEqual([{ field: 'locationUnitId', rule: 'LOCATION_IN_AREA' }]);
    expect(rules(receipt({ receivedUnit: TOWNSHIP, location: COUNTY }))).toEqual([{ field: 'locationUnitId', rule: 'LOCATION_IN_AREA' }]);
    // '/4307/4307211/' merely starts with the same digits as '/4307/430721/'.
    expect(rules(receipt({ receivedUnit: COUNTY, location: { id: 'unit-x', path: '/4307/4307211/430721100/' } }))).toEqual([
      { field: 'locationUnitId', rule: 'LOCATION_IN_AREA' },
    ]);
  });

  it('refuses a receipt in the future and accepts one within the clock tolerance', () => {
    const now = at('2025-11-03', '09:00');
    expect(rules(receipt({ at: at('2025-11-03', '09:05') }), now)).toEqual([]);
    expect(rules(receipt({ at: at('2025-11-03', '09:06') }), now)).toEqual([{ field: 'at', rule: 'EVENT_IN_FUTURE' }]);
    expect(rules({ ...receipt(), at: new Date(Number.NaN) }, now)).toEqual([{ field: 'at', rule: 'INVALID_TIMESTAMP' }]);
  });

  it('reports every problem of a receipt at once', () => {
    expect(rules(receipt({ title: '', contact: { name: null, phone: 'x' }, receivedUnit: TOWNSHIP, location: OTHER_TOWNSHIP }))).toEqual([
      { field: 'title', rule: 'REQUIRED' },
      { field: 'contact.phone', rule: 'PHONE_FORMAT' },
      { field: 'locationUnitId', rule: 'LOCATION_IN_AREA' },
    ]);
  });
});

describe('options', () => {
  it('reads the reply limit of the request’s priority from the configured table', () => {
    const limits = { ...OPTIONS.limits, ORDINARY: { ...OPTIONS.limits.ORDINARY, reply: { unit: 'WORKING_DAYS' as const, amount: 3 } } };
    const c = playWith({ calendar: cal, limits, maxReopens: 1 }, receipt(), replied(at('2025-11-03', '11:00'), '已答复', true), calledBack(at('2025-11-04'), 1));
    // 3 working days from Tue 11-04.
    expect(c.replyDueAt).toEqual(endOf('2025-11-07'));
  });
});
