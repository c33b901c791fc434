import { describe, expect, it } from 'vitest';
import { complaintRow, dispatchRows, isOverdue } from './complaint-row';
import { COMPLAINT_STATES, type ComplaintState } from './complaint-state';
import {
  apply,
  at,
  calledBack,
  COUNTY,
  dispatched,
  duplicateLinked,
  endOf,
  escalated,
  HOUSING,
  play,
  receipt,
  replied,
  returned,
  signed,
  TOWN_GOVERNMENT,
  TOWNSHIP,
  VILLAGE,
} from './testing/requests';

// Received Mon 2025-11-03 09:00 (due Mon 11-10), returned by 县住建局, handled by the town
// government, replied Fri 11-07 16:30, called back Mon 11-10 (满意), and repeated once.
const RECEIPT = receipt({ contact: { name: '张先生', phone: '+86 138-1234-5678' }, duplicateOf: { id: 'req-0', requestNo: 'AX-0' } });
const handling = [
  dispatched(at('2025-11-04', '09:00'), HOUSING),
  returned(at('2025-11-04', '15:00'), '路灯由乡政府管理'),
  dispatched(at('2025-11-05', '09:00'), TOWN_GOVERNMENT),
  signed(at('2025-11-05', '10:00')),
  replied(at('2025-11-07', '16:30')),
];
const closedRequest = () => play(RECEIPT, ...handling, calledBack(at('2025-11-10'), 4), duplicateLinked(at('2025-11-20'), 'req-9', 'AX-9'));

describe('complaintRow', () => {
  it('projects a closed request into every column', () => {
    expect(complaintRow(closedRequest())).toEqual({
      id: 'req-1',
      requestNo: 'AX-20251103-0001',
      externalRef: null,
      kind: 'COMPLAINT',
      channel: 'HOTLINE_12345',
      category: 'URBAN_CONSTRUCTION',
      priority: 'ORDINARY',
      title: '村口路灯损坏',
      contactName: '张先生',
      contactPhone: '+86 138-1234-5678',
      contactKey: '13812345678',
      receivedUnitId: COUNTY.id,
      receivedPath: COUNTY.path,
      orgUnitId: VILLAGE.id,
      orgPath: VILLAGE.path,
      assigneeKind: 'ORG_UNIT',
      assigneeId: TOWNSHIP.id,
      assigneeDepartmentId: null,
      assigneePath: TOWNSHIP.path,
      duplicateOfId: 'req-0',
      duplicateOfNo: 'AX-0',
      duplicateCount: 1,
      state: 'CLOSED',
      receivedAt: at('2025-11-03', '09:00'),
      receivedOn: '2025-11-03',
      dispatchCount: 2,
      returnCount: 1,
      signDueAt: null,
      replyDueAt: endOf('2025-11-10'),
      promisedReplyAt: endOf('2025-11-10'),
      promisedReplyLocal: '2025-11-10 23:59',
      repliedAt: at('2025-11-07', '16:30'),
      repliedOn: '2025-11-07',
      replyOnTime: true,
      // 4 days 7 hours 30 minutes.
      replyMinutes: 6210,
      calledBackOn: '2025-11-10',
      satisfaction: 4,
      callbackAttempts: 1,
      reopenCount: 0,
      closedOn: '2025-11-10',
      escalated: false,
      escalatedOn: null,
      version: 9,
    });
  });

  it('clears the reply columns after a reopening and fills them again with the next reply', () => {
    const reopened = play(RECEIPT, ...handling, calledBack(at('2025-11-10'), 1));
    expect(complaintRow(reopened)).toMatchObject({
      state: 'REOPENED',
      repliedAt: null,
      repliedOn: null,
      replyOnTime: null,
      replyMinutes: null,
      // The callback was on a reply that no longer stands (its rating is a ComplaintCallback row).
      calledBackOn: null,
      satisfaction: 1,
      reopenCount: 1,
      closedOn: null,
      // 5 working days from Mon 11-10.
      replyDueAt: endOf('2025-11-17'),
      promisedReplyAt: endOf('2025-11-17'),
      promisedReplyLocal: '2025-11-17 23:59',
    });
    const again = apply(reopened, replied(at('2025-11-18', '09:00'), '已更换灯具'));
    expect(complaintRow(again)).toMatchObject({
      state: 'REPLIED',
      repliedAt: at('2025-11-18', '09:00'),
      repliedOn: '2025-11-18',
      replyOnTime: false,
      // Counted from receipt: 15 days.
      replyMinutes: 15 * 24 * 60,
      satisfaction: 1,
      reopenCount: 1,
    });
  });

  it('is on time up to the deadline instant', () => {
    const atDue = play(receipt(), replied(endOf('2025-11-10'), '已答复', true));
    expect(complaintRow(atDue).replyOnTime).toBe(true);
    const late = play(receipt(), replied(new Date(endOf('2025-11-10').getTime() + 1), '已答复', true));
    expect(complaintRow(late).replyOnTime).toBe(false);
  });

  it('rounds the minutes to reply to the nearest minute', () => {
    expect(complaintRow(play(receipt(), replied(at('2025-11-03', '09:00:29.999'), '已答复', true))).replyMinutes).toBe(0);
    expect(complaintRow(play(receipt(), replied(at('2025-11-03', '09:00:30.000'), '已答复', true))).replyMinutes).toBe(1);
  });

  it('counts returns and dispatches', () => {
    const c = play(receipt(), dispatched(at('2025-11-04')), returned(at('2025-11-04', '11:00')));
    expect(complaintRow(c)).toMatchObject({ dispatchCount: 1, returnCount: 1, assigneeId: null, assigneeKind: null, assigneePath: null, state: 'RETURNED' });
  });

  it('shows the sign-off deadline only while the request awaits its sign-off', () => {
    const steps = {
      RECEIVED: [],
      DISPATCHED: [dispatched(at('2025-11-04', '09:00'))],
      RETURNED: [dispatched(at('2025-11-04', '09:00')), returned(at('2025-11-04', '15:00'))],
      SIGNED: [dispatched(at('2025-11-04', '09:00')), signed(at('2025-11-04', '15:00'))],
      REPLIED: [dispatched(at('2025-11-04', '09:00')), signed(at('2025-11-04', '15:00')), replied(at('2025-11-06'))],
      REOPENED: [dispatched(at('2025-11-04', '09:00')), signed(at('2025-11-04', '15:00')), replied(at('2025-11-06')), calledBack(at('2025-11-07'), 2)],
      CLOSED: [dispatched(at('2025-11-04', '09:00')), signed(at('2025-11-04', '15:00')), replied(at('2025-11-06')), calledBack(at('2025-11-07'), 3)],
    } satisfies Record<ComplaintState, unknown[]>;
    for (const state of COMPLAINT_STATES) {
      const row = complaintRow(play(receipt(), ...steps[state]));
      expect(row.state).toBe(state);
      expect(row.signDueAt, state).toEqual(state === 'DISPATCHED' ? endOf('2025-11-05') : null);
    }
  });

  it('marks the request escalated on the day of its latest escalation', () => {
    let c = play(receipt(), dispatched(at('2025-11-04')), signed(at('2025-11-04', '10:00')), escalated(at('2025-11-11'), endOf('2025-11-13')));
    expect(complaintRow(c)).toMatchObject({ escalated: true, escalatedOn: '2025-11-11', replyDueAt: endOf('2025-11-13'), promisedReplyLocal: '2025-11-10 23:59' });
    c = apply(c, escalated(at('2025-11-14', '08:00'), endOf('2025-11-17')));
    expect(complaintRow(c)).toMatchObject({ escalated: true, escalatedOn: '2025-11-14' });
  });

  it('has no contact key for an anonymous request', () => {
    const row = complaintRow(play(receipt({ contact: null, kind: 'REPORT' })));
    expect([row.contactName, row.contactPhone, row.contactKey]).toEqual([null, null, null]);
    expect([row.duplicateOfId, row.duplicateOfNo, row.duplicateCount]).toEqual([null, null, 0]);
  });

  it('dates columns by the Beijing day', () => {
    const lateEvening = complaintRow(play(receipt({ at: at('2025-11-03', '23:30') })));
    const afterMidnight = complaintRow(play(receipt({ at: at('2025-11-04', '00:30') })));
    expect(lateEvening.receivedOn).toBe('2025-11-03');
    expect(afterMidnight.receivedOn).toBe('2025-11-04');
    const c = play(receipt({ at: at('2025-11-03', '23:30') }), replied(at('2025-11-04', '00:10'), '已答复', true), calledBack(at('2025-11-05', '07:59'), 5));
    expect(complaintRow(c)).toMatchObject({ repliedOn: '2025-11-04', calledBackOn: '2025-11-05', closedOn: '2025-11-05', replyMinutes: 40 });
  });

  it('counts unreached callbacks as attempts without a satisfaction', () => {
    const c = play(receipt(), replied(at('2025-11-03', '11:00'), '已答复', true), calledBack(at('2025-11-04'), null), calledBack(at('2025-11-05'), null));
    expect(complaintRow(c)).toMatchObject({ state: 'REPLIED', callbackAttempts: 2, calledBackOn: null, satisfaction: null });
  });
});

describe('dispatchRows', () => {
  it('gives one row per dispatch with its sign-off or return', () => {
    expect(dispatchRows(closedRequest())).toEqual([
      {
        id: 'req-1:1',
        complaintId: 'req-1',
        seq: 1,
        assigneeKind: 'DEPARTMENT',
        assigneeId: HOUSING.id,
        departmentId: HOUSING.id,
        assigneePath: COUNTY.path,
        orgPath: VILLAGE.path,
        dispatchedAt: at('2025-11-04', '09:00'),
        dispatchedOn: '2025-11-04',
        signDueAt: endOf('2025-11-05'),
        signedAt: null,
        signedOn: null,
        signedOnTime: null,
        returnedAt: at('2025-11-04', '15:00'),
        returnedOn: '2025-11-04',
        returnReason: '路灯由乡政府管理',
      },
      {
        id: 'req-1:2',
        complaintId: 'req-1',
        seq: 2,
        assigneeKind: 'ORG_UNIT',
        assigneeId: TOWNSHIP.id,
        departmentId: null,
        assigneePath: TOWNSHIP.path,
        orgPath: VILLAGE.path,
        dispatchedAt: at('2025-11-05', '09:00'),
        dispatchedOn: '2025-11-05',
        signDueAt: endOf('2025-11-06'),
        signedAt: at('2025-11-05', '10:00'),
        signedOn: '2025-11-05',
        signedOnTime: true,
        returnedAt: null,
        returnedOn: null,
        returnReason: null,
      },
    ]);
  });

  it('marks a sign-off after its deadline as late, and one at the deadline instant as on time', () => {
    const late = play(receipt(), dispatched(at('2025-11-04', '09:00')), signed(new Date(endOf('2025-11-05').getTime() + 1)));
    expect(dispatchRows(late)[0]).toMatchObject({ signedOnTime: false, signedOn: '2025-11-06' });
    const onTheDot = play(receipt(), dispatched(at('2025-11-04', '09:00')), signed(endOf('2025-11-05')));
    expect(dispatchRows(onTheDot)[0]).toMatchObject({ signedOnTime: true, signedOn: '2025-11-05' });
  });

  it('gives no rows before the first dispatch', () => {
    expect(dispatchRows(play(receipt()))).toEqual([]);
  });
});

describe('isOverdue', () => {
  it('is true only for a request still awaiting its reply after the deadline', () => {
    const open = play(receipt(), dispatched(at('2025-11-04')), signed(at('2025-11-04', '10:00')));
    expect(isOverdue(open, endOf('2025-11-10'))).toBe(false);
    expect(isOverdue(open, new Date(endOf('2025-11-10').getTime() + 1))).toBe(true);
    const answered = apply(open, replied(at('2025-11-12')));
    expect(isOverdue(answered, at('2025-11-13'))).toBe(false);
    const reopened = apply(answered, calledBack(at('2025-11-13'), 1));
    expect(isOverdue(reopened, at('2025-11-14'))).toBe(false);
    expect(isOverdue(reopened, at('2025-11-21'))).toBe(true);
  });
});
