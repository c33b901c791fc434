import { describe, expect, it } from 'vitest';
import { createWorkingCalendar, type LocalDate } from '../../shared/calendar';
import { receiptDate } from './receipt';
import {
  DEFAULT_REQUEST_LIMITS,
  foldRequest,
  proposeRequestEvent,
  receivedEvent,
  type Actor,
  type ConsultedParty,
  type DisclosureRequest,
  type LifecycleOptions,
  type Proposal,
  type ReceiveInput,
  type RequestCommand,
  type RequestEvent,
  type RequestState,
} from './request-lifecycle';
import type { Outcome } from './request-terms';

// Every expected date below is counted by hand from the real calendars (chinese-days):
//  - Nov–Dec 2025 has no holidays: plain Mon–Fri weeks (Mon 11-03, 11-10, 11-17, 11-24, 12-01,
//    12-08, 12-15, 12-22, 12-29). 2026 元旦: Thu 01-01 … Sat 01-03 off, Sun 01-04 is a 调休 working day.
//  - 2025 国庆/中秋: Wed 10-01 … Wed 10-08 off; Sun 09-28 and Sat 10-11 are 调休 working days.
//  - 2026 春节: Sun 02-15 … Mon 02-23 off; Sat 02-14 and Sat 02-28 are 调休 working days.
//  - 2026 中秋 Fri 09-25 … Sun 09-27 off; 国庆 Thu 10-01 … Wed 10-07 off; Sun 09-20 and Sat 10-10
//    are 调休 working days.
// Day 0 is the receipt day (or the day the correction arrived); counting starts the next day.
//
// The base request: received Mon 2025-11-03 → 20 working days = four plain weeks → Mon 2025-12-01.

const cal = createWorkingCalendar();
const OPTIONS: LifecycleOptions = { calendar: cal, limits: DEFAULT_REQUEST_LIMITS };
const d = (s: string) => s as LocalDate;
const OFFICER: Actor = { id: 'officer-1', name: '李四', role: 'DISCLOSURE_OFFICER' };
const SUPERVISOR: Actor = { id: 'supervisor-1', name: '赵六', role: 'SUPERVISOR' };
const BASE_RECEIVED = '2025-11-03';
const BASE_DUE = '2025-12-01';

const receive = (receivedOn: string, over: Partial<ReceiveInput> = {}): RequestEvent =>
  receivedEvent(
    { channel: 'IN_PERSON', applicantType: 'NATURAL_PERSON', submittedOn: d(receivedOn), receivedOn: d(receivedOn), ...over },
    d(over.receivedOn ?? receivedOn),
    OFFICER,
    cal,
    DEFAULT_REQUEST_LIMITS,
  );

const askCorrection = (on: string, items = '请写明所需政府信息的名称、文号或者便于查询的其他特征性描述', correctionWorkingDays?: number): RequestCommand => ({
  type: 'CORRECTION_REQUESTED',
  on: d(on),
  actor: OFFICER,
  data: correctionWorkingDays === undefined ? { items } : { items, correctionWorkingDays },
});
const correct = (on: string, note = '申请人补正了文件名称和文号'): RequestCommand => ({ type: 'CORRECTION_RECEIVED', on: d(on), actor: OFFICER, data: { note } });
const lapse = (on: string): RequestCommand => ({ type: 'CORRECTION_LAPSED', on: d(on), actor: OFFICER, data: {} });
const consult = (on: string, partyName = '安乡县某建筑公司', party: ConsultedParty = 'THIRD_PARTY'): RequestCommand => ({
  type: 'CONSULTATION_STARTED',
  on: d(on),
  actor: OFFICER,
  data: { party, partyName },
});
const endConsult = (on: string, note = '第三方同意公开'): RequestCommand => ({ type: 'CONSULTATION_ENDED', on: d(on), actor: OFFICER, data: { note } });
const extend = (on: string, workingDays = 20, approvedBy = '王五（政务公开办主任）', reason = '需调取2019年以前的纸质档案'): RequestCommand => ({
  type: 'EXTENDED',
  on: d(on),
  actor: OFFICER,
  data: { workingDays, approvedBy, reason },
});
const answer = (on: string, outcome: Outcome = 'DISCLOSED', legalBasis = '《条例》第三十六条第（二）项', note = '已提供文件复印件'): RequestCommand => ({
  type: 'ANSWERED',
  on: d(on),
  actor: OFFICER,
  data: { outcome, legalBasis, note },
});
const escalate = (on: string, note = '超期未答复，请三日内办结'): RequestCommand => ({ type: 'ESCALATED', on: d(on), actor: SUPERVISOR, data: { note } });

const propose = (r: DisclosureRequest, c: RequestCommand, options = OPTIONS): Proposal => proposeRequestEvent(r, c, options);
const rulesOf = (p: Proposal) => (p.ok ? [] : p.errors.map(({ field, rule }) => ({ field, rule })));
/** The single event an accepted proposal yields. */
const only = (p: Proposal): RequestEvent => {
  if (!p.ok) throw new Error(`refused: ${JSON.stringify(p.errors)}`);
  expect(p.events).toHaveLength(1);
  return p.events[0]!;
};

/** Receives on `receivedOn` and plays the commands, failing loudly on a refusal. */
function play(receivedOn: string, ...commands: RequestCommand[]): { r: DisclosureRequest; history: RequestEvent[] } {
  const history = [receive(receivedOn)];
  for (const c of commands) {
    const p = propose(foldRequest(history), c);
    if (!p.ok) throw new Error(`${c.type} on ${c.on} refused: ${JSON.stringify(p.errors)}`);
    history.push(...p.events);
  }
  return { r: foldRequest(history), history };
}
const base = (...commands: RequestCommand[]) => play(BASE_RECEIVED, ...commands);

describe('receivedEvent: the reply deadline (第三十三条, 20 working days)', () => {
  it('DOMAIN.md example: received Fri 2025-09-26 → due Thu 2025-10-30', () => {
    // Sun 09-28 (调休) 1, Mon 09-29 2, Tue 09-30 3; 10-01…10-08 off; Thu 10-09 4, Fri 10-10 5,
    // Sat 10-11 (调休) 6, 10-13…10-17 7–11, 10-20…10-24 12–16, Mon 10-27 17 … Thu 10-30 20.
    expect(receive('2025-09-26')).toEqual({
      type: 'RECEIVED',
      on: '2025-09-26',
      actor: OFFICER,
      data: { channel: 'IN_PERSON', applicantType: 'NATURAL_PERSON', submittedOn: '2025-09-26', receivedOn: '2025-09-26', replyWorkingDays: 20, dueOn: '2025-10-30' },
    });
  });

  it('over Spring Festival 2026: received Tue 2026-02-10 → due Mon 2026-03-16', () => {
    // Wed 02-11 1, Thu 02-12 2, Fri 02-13 3, Sat 02-14 (调休) 4; 02-15…02-23 off; Tue 02-24 5 … Fri 02-27 8,
    // Sat 02-28 (调休) 9, 03-02…03-06 10–14, 03-09…03-13 15–19, Mon 03-16 20.
    expect(receive('2026-02-10').data).toMatchObject({ receivedOn: '2026-02-10', dueOn: '2026-03-16' });
  });

  it('over 中秋/国庆 2026: received Fri 2026-09-18 → due Thu 2026-10-22', () => {
    // Sun 09-20 (调休) 1, 09-21…09-24 2–5; Fri 09-25…Sun 09-27 off (中秋); 09-28…09-30 6–8;
    // 10-01…10-07 off; Thu 10-08 9, Fri 10-09 10, Sat 10-10 (调休) 11, 10-12…10-16 12–16, 10-19…10-22 17–20.
    expect(receive('2026-09-18').data).toMatchObject({ receivedOn: '2026-09-18', dueOn: '2026-10-22' });
  });

  it('plain weeks: received Mon 2025-11-03 → due Mon 2025-12-01', () => {
    expect(receive(BASE_RECEIVED).data).toMatchObject({ dueOn: BASE_DUE });
  });

  it('counts from the day a posted request is signed for, not the day it was posted (第三十一条)', () => {
    const receipt = receiptDate({ channel: 'POST', submittedOn: d('2025-09-19'), signedForOn: d('2025-09-26') });
    if (!receipt.ok) throw new Error('receipt refused');
    const event = receivedEvent(
      { channel: 'POST', applicantType: 'COMMERCIAL', submittedOn: d('2025-09-19'), receivedOn: receipt.receivedOn },
      d('2025-09-26'),
      OFFICER,
      cal,
      DEFAULT_REQUEST_LIMITS,
    );
    // Same clock as the DOMAIN.md example; posting Fri 09-19 would have given Thu 10-23.
    expect(event.data).toMatchObject({ submittedOn: '2025-09-19', receivedOn: '2025-09-26', dueOn: '2025-10-30' });
  });

  it('folds into a PROCESSING request whose clock starts on the receipt day', () => {
    expect(foldRequest([receive(BASE_RECEIVED)])).toEqual({
      state: 'PROCESSING',
      channel: 'IN_PERSON',
      applicantType: 'NATURAL_PERSON',
      submittedOn: BASE_RECEIVED,
      receivedOn: BASE_RECEIVED,
      clockStartOn: BASE_RECEIVED,
      replyWorkingDays: 20,
      extensionWorkingDays: 0,
      dueOn: BASE_DUE,
      correction: null,
      consultations: [],
      answeredOn: null,
      outcome: null,
      legalBasis: null,
      answeredOnTime: null,
      escalatedDueOns: [],
      lastEventOn: BASE_RECEIVED,
    });
  });

  it('refuses a history that does not start with RECEIVED', () => {
    expect(() => foldRequest([])).toThrow();
    const answered = only(propose(base().r, answer('2025-11-10')));
    expect(() => foldRequest([answered])).toThrow();
  });
});

describe('EXTENDED: once, ≤ 20 working days, approved, before the deadline passes', () => {
  it('adds 20 working days to the deadline: Mon 12-01 → Mon 12-29', () => {
    // 12-02…12-05 1–4, 12-08…12-12 5–9, 12-15…12-19 10–14, 12-22…12-26 15–19, Mon 12-29 20.
    const event = only(propose(base().r, extend('2025-11-20', 20, '  王五  ', '  需调取档案  ')));
    expect(event).toEqual({
      type: 'EXTENDED',
      on: '2025-11-20',
      actor: OFFICER,
      data: { workingDays: 20, approvedBy: '王五', reason: '需调取档案', dueOn: '2025-12-29' },
    });
    expect(base(extend('2025-11-20')).r).toMatchObject({ state: 'PROCESSING', extensionWorkingDays: 20, dueOn: '2025-12-29' });
  });

  it('adds a shorter extension: 10 working days → Mon 12-15', () => {
    expect(base(extend('2025-11-20', 10)).r.dueOn).toBe('2025-12-15');
  });

  it('crosses 元旦 2026 with its 调休 Sunday', () => {
    // Received Mon 11-17 → due Mon 12-15 (11-18…11-21 1–4, 11-24…11-28 5–9, 12-01…12-05 10–14,
    // 12-08…12-12 15–19, Mon 12-15 20). Extended by 20: 12-16…12-19 1–4, 12-22…12-26 5–9,
    // 12-29…12-31 10–12, 01-01…01-03 off, Sun 01-04 (调休) 13, 01-05…01-09 14–18, Mon 01-12 19, Tue 01-13 20.
    expect(play('2025-11-17').r.dueOn).toBe('2025-12-15');
    expect(play('2025-11-17', extend('2025-11-24', 20)).r.dueOn).toBe('2026-01-13');
  });

  it('may be granted on the deadline day itself', () => {
    expect(only(propose(base().r, extend(BASE_DUE, 10))).data).toMatchObject({ dueOn: '2025-12-15' });
  });

  it('is refused the day after the deadline', () => {
    expect(rulesOf(propose(base().r, extend('2025-12-02', 10)))).toEqual([{ field: 'type', rule: 'ALREADY_OVERDUE' }]);
  });

  it('is granted only once', () => {
    const { r } = base(extend('2025-11-20', 10));
    expect(rulesOf(propose(r, extend('2025-11-25', 5)))).toEqual([{ field: 'type', rule: 'EXTENSION_ONCE' }]);
  });

  it('refuses a second extension after the extended deadline with both reasons', () => {
    const { r } = base(extend('2025-11-20', 10)); // due Mon 12-15
    expect(rulesOf(propose(r, extend('2025-12-16', 5)))).toEqual(
      expect.arrayContaining([
        { field: 'type', rule: 'EXTENSION_ONCE' },
        { field: 'type', rule: 'ALREADY_OVERDUE' },
      ]),
    );
  });

  it.each([21, 0, -3, 2.5])('refuses %s working days', (days) => {
    expect(rulesOf(propose(base().r, extend('2025-11-20', days)))).toEqual([{ field: 'data.workingDays', rule: 'OUT_OF_RANGE' }]);
  });

  it('requires the approver and the reason, reporting every problem at once', () => {
    expect(rulesOf(propose(base().r, extend('2025-11-20', 25, '  ', '')))).toEqual(
      expect.arrayContaining([
        { field: 'data.workingDays', rule: 'OUT_OF_RANGE' },
        { field: 'data.approvedBy', rule: 'REQUIRED' },
        { field: 'data.reason', rule: 'REQUIRED' },
      ]),
    );
    expect(rulesOf(propose(base().r, extend('2025-11-20', 25, '  ', '')))).toHaveLength(3);
    expect(rulesOf(propose(base().r, extend('2025-11-20', 10, '')))).toEqual([{ field: 'data.approvedBy', rule: 'REQUIRED' }]);
    expect(rulesOf(propose(base().r, extend('2025-11-20', 10, '王五', ' ')))).toEqual([{ field: 'data.reason', rule: 'REQUIRED' }]);
  });

  it('while consulting: no deadline yet, and the extension counts when the consultation ends', () => {
    // Consultation Mon 11-10 → Fri 11-14 excludes Tue 11-11…Fri 11-14 (4 working days): 12-01 → Fri 12-05.
    // Plus 10: 12-08…12-12 1–5, 12-15…12-19 6–10 → Fri 12-19.
    const during = base(consult('2025-11-10'), extend('2025-11-12', 10));
    expect(during.history.at(-1)).toMatchObject({ type: 'EXTENDED', data: { workingDays: 10, dueOn: null } });
    expect(during.r).toMatchObject({ state: 'CONSULTING', extensionWorkingDays: 10, dueOn: null });
    const after = base(consult('2025-11-10'), extend('2025-11-12', 10), endConsult('2025-11-14'));
    expect(after.history.at(-1)).toMatchObject({ type: 'CONSULTATION_ENDED', data: { dueOn: '2025-12-19' } });
    expect(after.r).toMatchObject({ state: 'PROCESSING', dueOn: '2025-12-19' });
  });
});

describe('CORRECTION_REQUESTED: one 补正 notice within 7 working days of receipt (第三十条)', () => {
  it('accepts the notice on the 7th working day (Wed 11-12) and sets the applicant’s deadline', () => {
    // 11-04…11-07 1–4, Mon 11-10 5, Tue 11-11 6, Wed 11-12 7.
    // Correction period 15 working days from Wed 11-12: Thu 11-13 1 … Wed 12-03 15.
    const event = only(propose(base().r, askCorrection('2025-11-12', '  请写明文件名称  ')));
    expect(event).toEqual({ type: 'CORRECTION_REQUESTED', on: '2025-11-12', actor: OFFICER, data: { items: '请写明文件名称', correctionDueOn: '2025-12-03' } });
  });

  it('refuses the notice on the 8th working day (Thu 11-13)', () => {
    expect(rulesOf(propose(base().r, askCorrection('2025-11-13')))).toEqual([{ field: 'on', rule: 'CORRECTION_NOTICE_LATE' }]);
  });

  it('does not count 国庆 2025 in the 7 days: received Fri 09-26, last notice day Mon 10-13', () => {
    // Sun 09-28 (调休) 1, 09-29 2, 09-30 3, 10-01…10-08 off, 10-09 4, 10-10 5, Sat 10-11 (调休) 6, Mon 10-13 7.
    const { r } = play('2025-09-26');
    expect(propose(r, askCorrection('2025-10-13')).ok).toBe(true);
    expect(rulesOf(propose(r, askCorrection('2025-10-14')))).toEqual([{ field: 'on', rule: 'CORRECTION_NOTICE_LATE' }]);
  });

  it('stops the clock: AWAITING_CORRECTION with no deadline', () => {
    // Notice Fri 11-07; 15 working days: 11-10…11-14 1–5, 11-17…11-21 6–10, 11-24…11-28 11–15 → Fri 11-28.
    expect(base(askCorrection('2025-11-07')).r).toMatchObject({
      state: 'AWAITING_CORRECTION',
      dueOn: null,
      correction: { requestedOn: '2025-11-07', dueOn: '2025-11-28', receivedOn: null, lapsed: false },
    });
  });

  it('takes the notice’s own correction period: 10 working days from Fri 11-07 → Fri 11-21; 1 → Mon 11-10', () => {
    expect(only(propose(base().r, askCorrection('2025-11-07', '补充身份证明', 10))).data).toMatchObject({ correctionDueOn: '2025-11-21' });
    expect(only(propose(base().r, askCorrection('2025-11-07', '补充身份证明', 1))).data).toMatchObject({ correctionDueOn: '2025-11-10' });
  });

  it.each([0, 61, 1.5])('refuses a correction period of %s working days', (days) => {
    expect(rulesOf(propose(base().r, askCorrection('2025-11-07', '补充身份证明', days)))).toEqual([{ field: 'data.correctionWorkingDays', rule: 'OUT_OF_RANGE' }]);
  });

  it('refuses blank items', () => {
    expect(rulesOf(propose(base().r, askCorrection('2025-11-07', '   ')))).toEqual([{ field: 'data.items', rule: 'REQUIRED' }]);
  });

  it('is sent only once, even after the correction came back', () => {
    const { r } = base(askCorrection('2025-11-05'), correct('2025-11-06'));
    expect(r.state).toBe('PROCESSING');
    expect(rulesOf(propose(r, askCorrection('2025-11-07')))).toEqual([{ field: 'type', rule: 'CORRECTION_ONCE' }]);
  });
});

describe('CORRECTION_RECEIVED: the 20 days count afresh from the correction day', () => {
  it('restarts from the correction day, not with the days that were left', () => {
    // Notice Fri 11-07 after 4 working days had run (11-04…11-07). Correction Wed 11-19:
    // Thu 11-20 1, Fri 11-21 2, 11-24…11-28 3–7, 12-01…12-05 8–12, 12-08…12-12 13–17, 12-15 18, 12-16 19,
    // Wed 12-17 20. (The 16 days that were left would have given Thu 12-11.)
    const { r, history } = base(askCorrection('2025-11-07'), correct('2025-11-19', '  补正了文号  '));
    expect(history.at(-1)).toEqual({ type: 'CORRECTION_RECEIVED', on: '2025-11-19', actor: OFFICER, data: { note: '补正了文号', dueOn: '2025-12-17' } });
    expect(r).toMatchObject({
      state: 'PROCESSING',
      receivedOn: BASE_RECEIVED,
      clockStartOn: '2025-11-19',
      dueOn: '2025-12-17',
      correction: { requestedOn: '2025-11-07', dueOn: '2025-11-28', receivedOn: '2025-11-19', lapsed: false },
    });
  });

  it('accepts a correction on the last day of the period (Fri 11-28) → due Fri 12-26', () => {
    // 12-01…12-05 1–5, 12-08…12-12 6–10, 12-15…12-19 11–15, 12-22…12-26 16–20.
    expect(only(propose(base(askCorrection('2025-11-07')).r, correct('2025-11-28'))).data).toMatchObject({ dueOn: '2025-12-26' });
  });

  it('refuses a correction after the period (Sat 11-29, Mon 12-01)', () => {
    const { r } = base(askCorrection('2025-11-07'));
    expect(rulesOf(propose(r, correct('2025-11-29')))).toEqual([{ field: 'on', rule: 'CORRECTION_LATE' }]);
    expect(rulesOf(propose(r, correct('2025-12-01')))).toEqual([{ field: 'on', rule: 'CORRECTION_LATE' }]);
  });
});

describe('CORRECTION_LAPSED: no correction in time → 逾期不补正 (treated as withdrawn)', () => {
  // Notice Fri 11-07, correction period ends Fri 11-28; the lapse is dated Sat 11-29.
  const awaiting = () => base(askCorrection('2025-11-07')).r;

  it('is refused on or before the last day of the period', () => {
    expect(rulesOf(propose(awaiting(), lapse('2025-11-28')))).toEqual([{ field: 'on', rule: 'CORRECTION_NOT_LAPSED' }]);
    expect(rulesOf(propose(awaiting(), lapse('2025-11-20')))).toEqual([{ field: 'on', rule: 'CORRECTION_NOT_LAPSED' }]);
  });

  it('is dated the first day after the period', () => {
    expect(only(propose(awaiting(), lapse('2025-11-29')))).toEqual({ type: 'CORRECTION_LAPSED', on: '2025-11-29', actor: OFFICER, data: { correctionDueOn: '2025-11-28' } });
  });

  it('is dated the first day after the period even when noticed later', () => {
    expect(only(propose(awaiting(), lapse('2025-12-10')))).toMatchObject({ on: '2025-11-29', data: { correctionDueOn: '2025-11-28' } });
  });

  it('closes the request with outcome OTHER_NO_CORRECTION and its article', () => {
    const { r } = base(askCorrection('2025-11-07'), lapse('2025-12-10'));
    expect(r).toMatchObject({
      state: 'ANSWERED',
      outcome: 'OTHER_NO_CORRECTION',
      legalBasis: '《条例》第三十条',
      answeredOn: '2025-11-29',
      // Withdrawn by law, not answered late.
      answeredOnTime: true,
      dueOn: null,
      correction: { requestedOn: '2025-11-07', dueOn: '2025-11-28', receivedOn: null, lapsed: true },
      lastEventOn: '2025-11-29',
    });
    expect(rulesOf(propose(r, answer('2025-12-10')))).toEqual([{ field: 'type', rule: 'INVALID_TRANSITION' }]);
  });
});

describe('consultation (第三十二条, 第三十四条): excluded from the clock', () => {
  it('stops the clock: no deadline while consulting, the party has 15 working days', () => {
    // Mon 11-10 + 15: 11-11…11-14 1–4, 11-17…11-21 5–9, 11-24…11-28 10–14, Mon 12-01 15.
    const { r, history } = base(consult('2025-11-10', '  安乡县某建筑公司  '));
    expect(history.at(-1)).toEqual({
      type: 'CONSULTATION_STARTED',
      on: '2025-11-10',
      actor: OFFICER,
      data: { party: 'THIRD_PARTY', partyName: '安乡县某建筑公司', replyDueOn: '2025-12-01' },
    });
    expect(r).toMatchObject({
      state: 'CONSULTING',
      dueOn: null,
      consultations: [{ party: 'THIRD_PARTY', partyName: '安乡县某建筑公司', startedOn: '2025-11-10', endedOn: null, replyDueOn: '2025-12-01' }],
    });
  });

  it('pushes the deadline by the consultation’s working days: Mon 11-10 → Fri 11-14 excludes 4 → Fri 12-05', () => {
    // Excluded: Tue 11-11, Wed 11-12, Thu 11-13, Fri 11-14 (the start day itself still counts).
    const { r, history } = base(consult('2025-11-10', '县自然资源局', 'OTHER_AGENCY'), endConsult('2025-11-14', '  同意公开  '));
    expect(history.at(-1)).toEqual({ type: 'CONSULTATION_ENDED', on: '2025-11-14', actor: OFFICER, data: { note: '同意公开', dueOn: '2025-12-05' } });
    expect(r).toMatchObject({ state: 'PROCESSING', dueOn: '2025-12-05', consultations: [{ party: 'OTHER_AGENCY', startedOn: '2025-11-10', endedOn: '2025-11-14' }] });
  });

  it('excludes working days only: Fri 11-07 → Mon 11-10 excludes just Mon 11-10 → Tue 12-02', () => {
    expect(base(consult('2025-11-07'), endConsult('2025-11-10')).r.dueOn).toBe('2025-12-02');
  });

  it('excludes nothing for a consultation started and ended the same day', () => {
    expect(base(consult('2025-11-10'), endConsult('2025-11-10')).r.dueOn).toBe(BASE_DUE);
  });

  it('over 国庆 2025 only the one working day inside counts: Tue 09-30 → Thu 10-09 moves Thu 10-30 to Fri 10-31', () => {
    // Excluded days S < d ≤ E: 10-01…10-08 are holidays anyway, so only Thu 10-09 is excluded.
    expect(play('2025-09-26', consult('2025-09-30'), endConsult('2025-10-09')).r.dueOn).toBe('2025-10-31');
  });

  it('adds up two consultations: 4 + 2 working days → Tue 12-09', () => {
    // Mon 11-10 → Fri 11-14 excludes 4; Mon 11-17 → Wed 11-19 excludes Tue 11-18, Wed 11-19.
    // 12-01 + 6: 12-02…12-05 1–4, Mon 12-08 5, Tue 12-09 6.
    const { r } = base(consult('2025-11-10'), endConsult('2025-11-14'), consult('2025-11-17', '县财政局', 'OTHER_AGENCY'), endConsult('2025-11-19'));
    expect(r.dueOn).toBe('2025-12-09');
    expect(r.consultations).toHaveLength(2);
  });

  it('answering while consulting closes the stop on the answer day and fixes the deadline', () => {
    const { r, history } = base(consult('2025-11-10'), answer('2025-11-14'));
    expect(history.at(-1)).toMatchObject({ type: 'ANSWERED', data: { dueOn: '2025-12-05', onTime: true } });
    expect(r).toMatchObject({ state: 'ANSWERED', dueOn: '2025-12-05', answeredOn: '2025-11-14', consultations: [{ startedOn: '2025-11-10', endedOn: '2025-11-14' }] });
  });

  it('may start on the deadline day, but not once it has passed', () => {
    expect(propose(base().r, consult(BASE_DUE)).ok).toBe(true);
    expect(rulesOf(propose(base().r, consult('2025-12-02')))).toEqual([{ field: 'type', rule: 'ALREADY_OVERDUE' }]);
  });

  it('requires the party consulted', () => {
    expect(rulesOf(propose(base().r, consult('2025-11-10', '  ')))).toEqual([{ field: 'data.partyName', rule: 'REQUIRED' }]);
  });

  it('a consultation before the correction does not shift the restarted clock', () => {
    // Consult Tue 11-04 → Thu 11-06, notice Fri 11-07, correction Wed 11-19 → plain 20 days → Wed 12-17.
    const { r } = base(consult('2025-11-04'), endConsult('2025-11-06'), askCorrection('2025-11-07'), correct('2025-11-19'));
    expect(r.dueOn).toBe('2025-12-17');
  });
});

describe('ANSWERED', () => {
  it('is on time on the deadline day', () => {
    const { r, history } = base(answer(BASE_DUE, 'PARTIALLY_DISCLOSED', '  《条例》第三十七条  ', '  删除了个人信息  '));
    expect(history.at(-1)).toEqual({
      type: 'ANSWERED',
      on: BASE_DUE,
      actor: OFFICER,
      data: { outcome: 'PARTIALLY_DISCLOSED', legalBasis: '《条例》第三十七条', note: '删除了个人信息', dueOn: BASE_DUE, onTime: true },
    });
    expect(r).toMatchObject({ state: 'ANSWERED', answeredOn: BASE_DUE, outcome: 'PARTIALLY_DISCLOSED', legalBasis: '《条例》第三十七条', answeredOnTime: true, dueOn: BASE_DUE });
  });

  it('is late the day after the deadline', () => {
    const { r, history } = base(answer('2025-12-02'));
    expect(history.at(-1)).toMatchObject({ data: { dueOn: BASE_DUE, onTime: false } });
    expect(r).toMatchObject({ state: 'ANSWERED', answeredOnTime: false });
  });

  it('requires the legal basis', () => {
    expect(rulesOf(propose(base().r, answer('2025-11-20', 'DISCLOSED', '   ')))).toEqual([{ field: 'data.legalBasis', rule: 'REQUIRED' }]);
  });

  it('refuses 逾期不补正 as a manual outcome, together with a missing basis', () => {
    expect(rulesOf(propose(base().r, answer('2025-11-20', 'OTHER_NO_CORRECTION', '《条例》第三十条')))).toEqual([{ field: 'data.outcome', rule: 'LIFECYCLE_OUTCOME' }]);
    const both = rulesOf(propose(base().r, answer('2025-11-20', 'OTHER_NO_CORRECTION', '')));
    expect(both).toEqual(expect.arrayContaining([{ field: 'data.outcome', rule: 'LIFECYCLE_OUTCOME' }, { field: 'data.legalBasis', rule: 'REQUIRED' }]));
    expect(both).toHaveLength(2);
  });

  it('allows 补正后申请内容仍不明确 only after a received correction', () => {
    expect(rulesOf(propose(base().r, answer('2025-11-20', 'UNABLE_STILL_UNCLEAR', '《条例》第三十条')))).toEqual([{ field: 'data.outcome', rule: 'NO_CORRECTION_RECEIVED' }]);
    const { r } = base(askCorrection('2025-11-07'), correct('2025-11-19'), answer('2025-11-25', 'UNABLE_STILL_UNCLEAR', '《条例》第三十条'));
    expect(r).toMatchObject({ state: 'ANSWERED', outcome: 'UNABLE_STILL_UNCLEAR', answeredOnTime: true, dueOn: '2025-12-17' });
  });

  it('after a restarted clock, is judged against the new deadline', () => {
    // New deadline Wed 12-17 (see CORRECTION_RECEIVED): Thu 12-11 and Wed 12-17 on time, Thu 12-18 late.
    const corrected = () => base(askCorrection('2025-11-07'), correct('2025-11-19')).r;
    expect(only(propose(corrected(), answer('2025-12-17'))).data).toMatchObject({ dueOn: '2025-12-17', onTime: true });
    expect(only(propose(corrected(), answer('2025-12-18'))).data).toMatchObject({ onTime: false });
  });
});

describe('ESCALATED (督办): only when overdue, once per deadline', () => {
  it('is refused on the deadline day', () => {
    expect(rulesOf(propose(base().r, escalate(BASE_DUE)))).toEqual([{ field: 'type', rule: 'NOT_OVERDUE' }]);
  });

  it('records the missed deadline the day after, and the request stays open', () => {
    const { r, history } = base(escalate('2025-12-02', '  请于三日内答复  '));
    expect(history.at(-1)).toEqual({ type: 'ESCALATED', on: '2025-12-02', actor: SUPERVISOR, data: { note: '请于三日内答复', missedDueOn: BASE_DUE } });
    expect(r).toMatchObject({ state: 'PROCESSING', dueOn: BASE_DUE, escalatedDueOns: [BASE_DUE] });
  });

  it('is refused a second time for the same deadline', () => {
    const { r } = base(escalate('2025-12-02'));
    expect(rulesOf(propose(r, escalate('2025-12-05')))).toEqual([{ field: 'type', rule: 'ALREADY_ESCALATED' }]);
  });

  it('is allowed again for a different, later deadline', () => {
    const { r } = base(escalate('2025-12-02'));
    const withNewDeadline: DisclosureRequest = { ...r, dueOn: d('2025-12-05') };
    expect(only(propose(withNewDeadline, escalate('2025-12-08'))).data).toMatchObject({ missedDueOn: '2025-12-05' });
  });

  it('requires a note', () => {
    expect(rulesOf(propose(base().r, escalate('2025-12-02', ' ')))).toEqual([{ field: 'data.note', rule: 'REQUIRED' }]);
  });

  it('is refused while the clock is stopped (no deadline to miss)', () => {
    const { r } = base(consult('2025-11-28'));
    expect(rulesOf(propose(r, escalate('2025-12-10')))).toEqual([{ field: 'type', rule: 'INVALID_TRANSITION' }]);
  });

  it('after an escalation the late answer is recorded as late', () => {
    expect(base(escalate('2025-12-02'), answer('2025-12-04')).r).toMatchObject({ state: 'ANSWERED', answeredOnTime: false, escalatedDueOns: [BASE_DUE] });
  });
});

describe('step order', () => {
  it('refuses a step dated before the previous step', () => {
    const consulting = base(consult('2025-11-10')).r;
    expect(rulesOf(propose(consulting, endConsult('2025-11-07')))).toEqual([{ field: 'on', rule: 'BEFORE_LAST_STEP' }]);
    expect(propose(consulting, endConsult('2025-11-10')).ok).toBe(true);
    expect(rulesOf(propose(base().r, answer('2025-11-02')))).toEqual([{ field: 'on', rule: 'BEFORE_LAST_STEP' }]);
    const awaiting = base(askCorrection('2025-11-07')).r;
    expect(rulesOf(propose(awaiting, correct('2025-11-06')))).toEqual([{ field: 'on', rule: 'BEFORE_LAST_STEP' }]);
  });
});

describe('transitions (INVALID_TRANSITION from the wrong state)', () => {
  // Requests put in each state on Wed 2025-11-05; every proposal is dated Tue 11-11.
  const inState: Record<RequestState, () => DisclosureRequest> = {
    PROCESSING: () => base().r,
    AWAITING_CORRECTION: () => base(askCorrection('2025-11-05')).r,
    CONSULTING: () => base(consult('2025-11-05')).r,
    ANSWERED: () => base(answer('2025-11-05')).r,
  };
  const on = '2025-11-11';
  const commands: Record<RequestCommand['type'], RequestCommand> = {
    CORRECTION_REQUESTED: askCorrection(on),
    CORRECTION_RECEIVED: correct(on),
    CORRECTION_LAPSED: lapse(on),
    CONSULTATION_STARTED: consult(on),
    CONSULTATION_ENDED: endConsult(on),
    EXTENDED: extend(on),
    ANSWERED: answer(on),
    ESCALATED: escalate(on),
  };
  // From the state diagram of 第三十条–第三十三条 (written out here, not read from ALLOWED_FROM).
  const allowed: Record<RequestCommand['type'], RequestState[]> = {
    CORRECTION_REQUESTED: ['PROCESSING'],
    CORRECTION_RECEIVED: ['AWAITING_CORRECTION'],
    CORRECTION_LAPSED: ['AWAITING_CORRECTION'],
    CONSULTATION_STARTED: ['PROCESSING'],
    CONSULTATION_ENDED: ['CONSULTING'],
    EXTENDED: ['PROCESSING', 'CONSULTING'],
    ANSWERED: ['PROCESSING', 'CONSULTING'],
    ESCALATED: ['PROCESSING'],
  };
  const states = Object.keys(inState) as RequestState[];
  const refusedCases = (Object.keys(commands) as RequestCommand['type'][]).flatMap((type) => states.filter((s) => !allowed[type].includes(s)).map((s) => [type, s] as const));
  const allowedCases = (Object.keys(commands) as RequestCommand['type'][]).flatMap((type) => allowed[type].map((s) => [type, s] as const));

  it.each(refusedCases)('%s is refused from %s', (type, state) => {
    const p = propose(inState[state](), commands[type]);
    expect(rulesOf(p)).toEqual([{ field: 'type', rule: 'INVALID_TRANSITION' }]);
  });

  it.each(allowedCases)('%s is not a wrong transition from %s', (type, state) => {
    expect(rulesOf(propose(inState[state](), commands[type]))).not.toContainEqual({ field: 'type', rule: 'INVALID_TRANSITION' });
  });

  it('names the state in the message', () => {
    const p = propose(inState.ANSWERED(), answer(on));
    expect(p.ok ? null : p.errors[0]).toMatchObject({ message: expect.stringContaining('已答复'), messageEn: expect.stringContaining('answered') });
  });
});

describe('foldRequest over a full history', () => {
  it('gives the request’s fields after correction, consultation, extension, escalation and a late answer', () => {
    // Posted Thu 10-30, signed for Mon 11-03 (due Mon 12-01). Notice Fri 11-07 (correction due Fri 11-28).
    // Correction Wed 11-19 → due Wed 12-17. Consultation Mon 12-01 → Fri 12-05 excludes 12-02…12-05 (4):
    //   Thu 12-18 1, Fri 12-19 2, Mon 12-22 3, Tue 12-23 4 → due Tue 12-23.
    //   Its party's 15 days from Mon 12-01: 12-02…12-05 1–4, 12-08…12-12 5–9, 12-15…12-19 10–14, Mon 12-22 15.
    // Extension of 10 on Wed 12-10: Wed 12-24 1, Thu 12-25 2, Fri 12-26 3, Mon 12-29 4, Tue 12-30 5,
    //   Wed 12-31 6, 01-01…01-03 off (元旦), Sun 01-04 (调休) 7, Mon 01-05 8, Tue 01-06 9, Wed 01-07 10.
    // Overdue from Thu 2026-01-08, escalated that day; answered Mon 01-12 (late).
    const history: RequestEvent[] = [
      receivedEvent({ channel: 'POST', applicantType: 'LEGAL_SERVICE', submittedOn: d('2025-10-30'), receivedOn: d('2025-11-03') }, d('2025-11-03'), OFFICER, cal, DEFAULT_REQUEST_LIMITS),
    ];
    const steps = [
      askCorrection('2025-11-07', '请写明所需信息的文号'),
      correct('2025-11-19'),
      consult('2025-12-01', '县住建局', 'OTHER_AGENCY'),
      endConsult('2025-12-05'),
      extend('2025-12-10', 10),
      escalate('2026-01-08'),
      answer('2026-01-12', 'NOT_DISCLOSED_THIRD_PARTY', '《条例》第十五条'),
    ];
    for (const c of steps) {
      // The extended deadline day itself is not overdue yet.
      if (c.type === 'ESCALATED') expect(rulesOf(propose(foldRequest(history), escalate('2026-01-07')))).toEqual([{ field: 'type', rule: 'NOT_OVERDUE' }]);
      history.push(only(propose(foldRequest(history), c)));
    }
    expect(history.map((e) => e.type)).toEqual(['RECEIVED', 'CORRECTION_REQUESTED', 'CORRECTION_RECEIVED', 'CONSULTATION_STARTED', 'CONSULTATION_ENDED', 'EXTENDED', 'ESCALATED', 'ANSWERED']);
    expect(foldRequest(history)).toEqual({
      state: 'ANSWERED',
      channel: 'POST',
      applicantType: 'LEGAL_SERVICE',
      submittedOn: '2025-10-30',
      receivedOn: '2025-11-03',
      clockStartOn: '2025-11-19',
      replyWorkingDays: 20,
      extensionWorkingDays: 10,
      dueOn: '2026-01-07',
      correction: { requestedOn: '2025-11-07', items: '请写明所需信息的文号', dueOn: '2025-11-28', receivedOn: '2025-11-19', lapsed: false },
      consultations: [{ party: 'OTHER_AGENCY', partyName: '县住建局', startedOn: '2025-12-01', endedOn: '2025-12-05', replyDueOn: '2025-12-22' }],
      answeredOn: '2026-01-12',
      outcome: 'NOT_DISCLOSED_THIRD_PARTY',
      legalBasis: '《条例》第十五条',
      answeredOnTime: false,
      escalatedDueOns: ['2026-01-07'],
      lastEventOn: '2026-01-12',
    });
  });
});

describe('a correction notice never moves a passed deadline', () => {
  it('is refused once overdue, even when the notice period is configured longer than the reply period', () => {
    const calendar = createWorkingCalendar();
    const limits = { ...DEFAULT_REQUEST_LIMITS, replyWorkingDays: 3, correctionNoticeWorkingDays: 10 };
    const actor = { id: 'u', name: '经办人', role: 'operator' };
    // Received Mon 2026-06-01; 3 working days → due Thu 2026-06-04; on Fri 06-05 it is overdue.
    const received = receivedEvent({ channel: 'IN_PERSON', applicantType: 'NATURAL_PERSON', submittedOn: '2026-06-01' as LocalDate, receivedOn: '2026-06-01' as LocalDate }, '2026-06-01' as LocalDate, actor, calendar, limits);
    expect(received.type === 'RECEIVED' && received.data.dueOn).toBe('2026-06-04');
    const proposal = proposeRequestEvent(foldRequest([received]), { type: 'CORRECTION_REQUESTED', on: '2026-06-05' as LocalDate, actor, data: { items: '补充身份证明' } }, { calendar, limits });
    expect(proposal.ok ? [] : proposal.errors.map((e) => e.rule)).toEqual(['ALREADY_OVERDUE']);
  });
});
