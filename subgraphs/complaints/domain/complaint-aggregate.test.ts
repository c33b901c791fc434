import { describe, expect, it } from 'vitest';
import { numbered } from '../../shared/event-history';
import { currentDispatch, foldComplaint, foldMore, lastReachedCallback, lastReply, stateAfter } from './complaint-aggregate';
import type { ComplaintEvent, NewComplaintEvent } from './complaint-events';
import {
  apply,
  at,
  calledBack,
  closed,
  dispatched,
  duplicateLinked,
  endOf,
  escalated,
  fold,
  HOUSING,
  MARKET,
  officer,
  play,
  receipt,
  replied,
  returned,
  seat,
  signed,
  supervisor,
  TOWN_GOVERNMENT,
} from './testing/requests';

// An ordinary request received Mon 2025-11-03 09:00: reply due Mon 11-10 23:59:59.999.
const RECEIPT = receipt();

describe('foldComplaint', () => {
  it('starts a request from its receipt', () => {
    const c = fold(RECEIPT, 'req-42');
    expect(c).toEqual({
      id: 'req-42',
      received: RECEIPT.data,
      state: 'RECEIVED',
      receivedAt: at('2025-11-03', '09:00'),
      dispatches: [],
      assignee: null,
      replyDueAt: endOf('2025-11-10'),
      promisedReplyBy: endOf('2025-11-10'),
      replyClockStart: at('2025-11-03', '09:00'),
      replies: [],
      callbacks: [],
      reopenCount: 0,
      closedAt: null,
      closingReason: null,
      escalations: [],
      duplicates: [],
      version: 1,
      lastEventAt: at('2025-11-03', '09:00'),
    });
  });

  it('refuses a history that does not start with the receipt', () => {
    expect(() => foldComplaint('req-1', [])).toThrow(/must start with RECEIVED/);
    const [dispatch] = numbered<ComplaintEvent>(0, [dispatched(at('2025-11-04'))]);
    expect(() => foldComplaint('req-1', [dispatch!])).toThrow(/must start with RECEIVED/);
  });

  it('gives the same request for the same events, whether folded at once or step by step', () => {
    const steps: NewComplaintEvent[] = [dispatched(at('2025-11-04')), returned(at('2025-11-04', '11:00')), dispatched(at('2025-11-05'), MARKET), signed(at('2025-11-05', '11:00')), replied(at('2025-11-06'))];
    const atOnce = foldComplaint('req-1', numbered<ComplaintEvent>(0, [RECEIPT, ...steps]));
    expect(atOnce).toEqual(play(RECEIPT, ...steps));
    expect(atOnce.version).toBe(6);
  });
});

describe('dispatch, return and re-dispatch', () => {
  const c = play(
    RECEIPT,
    dispatched(at('2025-11-04', '09:00'), HOUSING, 'ORDINARY', '请核实处理'),
    returned(at('2025-11-04', '15:00'), '路灯由乡政府管理'),
    dispatched(at('2025-11-05', '09:00'), TOWN_GOVERNMENT),
    signed(at('2025-11-05', '10:00')),
  );

  it('keeps every dispatch with its sign-off or return', () => {
    expect(c.dispatches).toEqual([
      {
        seq: 1,
        assignee: HOUSING,
        at: at('2025-11-04', '09:00'),
        actor: seat,
        note: '请核实处理',
        signDueAt: endOf('2025-11-05'),
        returnDueAt: endOf('2025-11-05'),
        signedAt: null,
        returnedAt: at('2025-11-04', '15:00'),
        returnReason: '路灯由乡政府管理',
      },
      {
        seq: 2,
        assignee: TOWN_GOVERNMENT,
        at: at('2025-11-05', '09:00'),
        actor: seat,
        note: null,
        signDueAt: endOf('2025-11-06'),
        returnDueAt: endOf('2025-11-06'),
        signedAt: at('2025-11-05', '10:00'),
        returnedAt: null,
        returnReason: null,
      },
    ]);
  });

  it('holds the request at the last assignee that did not return it', () => {
    expect(c.state).toBe('SIGNED');
    expect(c.assignee).toEqual(TOWN_GOVERNMENT);
    expect(currentDispatch(c)?.seq).toBe(2);
  });

  it('holds it nowhere while it is returned', () => {
    const back = play(RECEIPT, dispatched(at('2025-11-04', '09:00')), returned(at('2025-11-04', '15:00')));
    expect(back.state).toBe('RETURNED');
    expect(back.assignee).toBeNull();
    expect(currentDispatch(back)).toBeNull();
  });

  it('counts every event in the version and remembers the last event time', () => {
    expect(c.version).toBe(5);
    expect(c.lastEventAt).toEqual(at('2025-11-05', '10:00'));
  });
});

describe('reply, callback, reopening and closing', () => {
  const handled = play(RECEIPT, dispatched(at('2025-11-04')), signed(at('2025-11-04', '11:00')), replied(at('2025-11-06', '16:00'), '已修复'));

  it('records the reply with the deadline that stood and who gave it', () => {
    expect(handled.replies).toEqual([{ at: at('2025-11-06', '16:00'), content: '已修复', direct: false, dueAt: endOf('2025-11-10'), byName: officer.name }]);
    expect(lastReply(handled)?.content).toBe('已修复');
  });

  it('reopens with a new deadline and a new clock start after a dissatisfied callback', () => {
    const c = apply(handled, calledBack(at('2025-11-07', '10:00'), 2, '路灯仍不亮'));
    expect(c.state).toBe('REOPENED');
    expect(c.reopenCount).toBe(1);
    // 5 working days from Fri 11-07.
    expect(c.replyDueAt).toEqual(endOf('2025-11-14'));
    expect(c.replyClockStart).toEqual(at('2025-11-07', '10:00'));
    expect(c.callbacks).toEqual([{ at: at('2025-11-07', '10:00'), reached: true, satisfaction: 2, note: '路灯仍不亮', byName: seat.name, assigneeDepartmentId: HOUSING.departmentId }]);
    expect(c.version).toBe(handled.version + 2);
    expect(c.assignee).toEqual(HOUSING);
    expect(c.closedAt).toBeNull();
  });

  it('keeps each reply with its own deadline after a reopening', () => {
    let c = apply(handled, calledBack(at('2025-11-07', '10:00'), 1));
    c = apply(c, replied(at('2025-11-12', '10:00'), '已更换灯具'));
    c = apply(c, calledBack(at('2025-11-13', '10:00'), null));
    c = apply(c, calledBack(at('2025-11-13', '15:00'), 5));
    expect(c.replies.map((r) => [r.content, r.dueAt])).toEqual([
      ['已修复', endOf('2025-11-10')],
      ['已更换灯具', endOf('2025-11-14')],
    ]);
    expect(c.state).toBe('CLOSED');
    expect(c.closedAt).toEqual(at('2025-11-13', '15:00'));
    expect(c.closingReason).toContain('非常满意');
    expect(lastReachedCallback(c)?.satisfaction).toBe(5);
    expect(c.callbacks.map((cb) => cb.reached)).toEqual([true, false, true]);
  });

  it('finds the last callback that reached the citizen, skipping later unreached ones', () => {
    const c = apply(handled, calledBack(at('2025-11-07'), null));
    expect(lastReachedCallback(c)).toBeNull();
    let d = apply(handled, calledBack(at('2025-11-07'), 1));
    d = apply(d, replied(at('2025-11-10'), '再次答复'));
    d = apply(d, calledBack(at('2025-11-11'), null));
    expect(lastReachedCallback(d)?.at).toEqual(at('2025-11-07'));
  });

  it('closes by hand with the reason given', () => {
    const c = apply(handled, closed(at('2025-11-20'), '三次回访未接通'));
    expect([c.state, c.closedAt, c.closingReason]).toEqual(['CLOSED', at('2025-11-20'), '三次回访未接通']);
  });
});

describe('escalation and duplicates', () => {
  it('changes the reply deadline and its clock start, not the state', () => {
    const signedOff = play(RECEIPT, dispatched(at('2025-11-04')), signed(at('2025-11-04', '11:00')));
    const c = apply(signedOff, escalated(at('2025-11-12', '09:30'), endOf('2025-11-14'), '请两日内办结'));
    expect(c.state).toBe('SIGNED');
    expect(c.replyDueAt).toEqual(endOf('2025-11-14'));
    expect(c.replyClockStart).toEqual(at('2025-11-12', '09:30'));
    expect(c.escalations).toEqual([{ at: at('2025-11-12', '09:30'), actor: supervisor, note: '请两日内办结', replyDueAt: endOf('2025-11-14') }]);
    const again = apply(c, escalated(at('2025-11-17'), endOf('2025-11-18')));
    expect(again.escalations).toHaveLength(2);
    expect(again.replyDueAt).toEqual(endOf('2025-11-18'));
    // A reply by the 督办 deadline is still judged against the promise made at receipt.
    expect(again.promisedReplyBy).toEqual(endOf('2025-11-10'));
    const replied = apply(again, { type: 'REPLIED', at: at('2025-11-18', '10:00'), actor: supervisor, unitPath: '/4307/430721/', data: { content: '已处理', direct: false } } as never);
    expect(replied.replies[0]!.dueAt).toEqual(endOf('2025-11-10'));
  });

  it('lists the repeats linked to the request, in any state', () => {
    const done = play(RECEIPT, replied(at('2025-11-03', '10:00'), '已答复', true), calledBack(at('2025-11-03', '15:00'), 5));
    const c = apply(apply(done, duplicateLinked(at('2025-11-10'), 'req-2', 'AX-2')), duplicateLinked(at('2025-11-20'), 'req-3', 'AX-3'));
    expect(c.state).toBe('CLOSED');
    expect(c.duplicates).toEqual([
      { id: 'req-2', requestNo: 'AX-2', at: at('2025-11-10') },
      { id: 'req-3', requestNo: 'AX-3', at: at('2025-11-20') },
    ]);
    expect(c.version).toBe(done.version + 2);
  });
});

describe('foldMore', () => {
  it('returns a new request and leaves its input untouched', () => {
    const c = play(RECEIPT, dispatched(at('2025-11-04')));
    const snapshot = structuredClone(c);
    const next = foldMore(c, numbered<ComplaintEvent>(c.version, [returned(at('2025-11-04', '12:00')), dispatched(at('2025-11-05'), MARKET)]));
    expect(c).toEqual(snapshot);
    expect(c.dispatches[0]?.returnedAt).toBeNull();
    expect(next).not.toBe(c);
    expect(next.dispatches).toHaveLength(2);
    expect(next.dispatches[0]?.returnedAt).toEqual(at('2025-11-04', '12:00'));
    expect(next.version).toBe(c.version + 2);
  });
});

describe('stateAfter', () => {
  it('moves to the state each step names and keeps it for the others', () => {
    const moves: [NewComplaintEvent['type'], string][] = [
      ['RECEIVED', 'RECEIVED'],
      ['DISPATCHED', 'DISPATCHED'],
      ['RETURNED', 'RETURNED'],
      ['SIGNED', 'SIGNED'],
      ['REPLIED', 'REPLIED'],
      ['REOPENED', 'REOPENED'],
      ['CLOSED', 'CLOSED'],
      ['CALLED_BACK', 'SIGNED'],
      ['ESCALATED', 'SIGNED'],
      ['DUPLICATE_LINKED', 'SIGNED'],
    ];
    for (const [type, expected] of moves) expect(stateAfter('SIGNED', { type }), type).toBe(expected);
  });

  it('refuses a first event other than the receipt', () => {
    expect(() => stateAfter(null, { type: 'ESCALATED' })).toThrow(/must start with RECEIVED/);
  });
});
