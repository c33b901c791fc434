import { describe, expect, it } from 'vitest';
import type { ComplaintAggregate } from './complaint-aggregate';
import {
  apply,
  at,
  calledBack,
  dispatched,
  endOf,
  escalated,
  HOUSING,
  MARKET,
  play,
  receipt,
  replied,
  returned,
  signed,
} from './testing/requests';
import { DEFAULT_WARNING_CONFIG, evaluateWarnings, highestLevel, type WarningCandidate } from './warnings';

const kinds = (found: WarningCandidate[]) => found.map((w) => `${w.kind}:${w.level}`);
const keys = (found: WarningCandidate[]) => found.map((w) => w.dedupeKey);
const ms = (d: Date, delta: number) => new Date(d.getTime() + delta);

// An urgent request received Mon 2025-11-03 10:00 is due at 12:00: a fifth of its 2 hours is
// 24 minutes, so it turns yellow at 11:36 and red after 12:00.
const urgent = () => play(receipt({ at: at('2025-11-03', '10:00'), priority: 'URGENT' }));
// An ordinary request received Mon 2025-11-03 09:00 is due Mon 11-10 23:59:59.999.
const ordinary = () => play(receipt());

describe('reply deadline: yellow (即将到期) and red (超期)', () => {
  it('turns yellow when a fifth of the limit is left by default', () => {
    expect(DEFAULT_WARNING_CONFIG).toEqual({ yellowShare: 0.2 });
  });

  it('shows nothing with more than a fifth of the limit left', () => {
    expect(evaluateWarnings(urgent(), at('2025-11-03', '10:00'))).toEqual([]);
    expect(evaluateWarnings(urgent(), ms(at('2025-11-03', '11:36'), -1))).toEqual([]);
  });

  it('shows a yellow card with exactly a fifth left, up to the deadline instant', () => {
    expect(evaluateWarnings(urgent(), at('2025-11-03', '11:36'))).toEqual([
      {
        dedupeKey: 'REPLY_DUE_SOON|2025-11-03T04:00:00.000Z|YELLOW',
        kind: 'REPLY_DUE_SOON',
        level: 'YELLOW',
        dueAt: at('2025-11-03', '12:00'),
        reason: '“村口路灯损坏”即将到期（应于 2025-11-03 12:00 前答复）',
      },
    ]);
    expect(kinds(evaluateWarnings(urgent(), at('2025-11-03', '12:00')))).toEqual(['REPLY_DUE_SOON:YELLOW']);
  });

  it('shows a red card from the first millisecond past the deadline', () => {
    expect(evaluateWarnings(urgent(), ms(at('2025-11-03', '12:00'), 1))).toEqual([
      {
        dedupeKey: 'REPLY_OVERDUE|2025-11-03T04:00:00.000Z|RED',
        kind: 'REPLY_OVERDUE',
        level: 'RED',
        dueAt: at('2025-11-03', '12:00'),
        reason: '“村口路灯损坏”已超过答复时限（应于 2025-11-03 12:00 前答复）',
      },
    ]);
  });

  it('measures a working-day limit in time from receipt to the end of its last day', () => {
    // 09:00 Mon 11-03 to 23:59:59.999 Mon 11-10: 7 days 14:59:59.999 = 658 799 999 ms; a fifth is
    // 131 759 999.8 ms, i.e. from Sun 11-09 11:24:00.000 on.
    const due = endOf('2025-11-10');
    expect(evaluateWarnings(ordinary(), ms(due, -131_760_000))).toEqual([]);
    expect(ms(due, -131_759_999)).toEqual(at('2025-11-09', '11:24:00.000'));
    expect(kinds(evaluateWarnings(ordinary(), ms(due, -131_759_999)))).toEqual(['REPLY_DUE_SOON:YELLOW']);
    expect(kinds(evaluateWarnings(ordinary(), due))).toEqual(['REPLY_DUE_SOON:YELLOW']);
    expect(evaluateWarnings(ordinary(), at('2025-11-11', '00:00'))).toEqual([
      {
        dedupeKey: 'REPLY_OVERDUE|2025-11-10T15:59:59.999Z|RED',
        kind: 'REPLY_OVERDUE',
        level: 'RED',
        dueAt: due,
        reason: '“村口路灯损坏”已超过答复时限（应于 2025-11-10 23:59 前答复）',
      },
    ]);
  });

  it('follows the configured share', () => {
    expect(evaluateWarnings(urgent(), ms(at('2025-11-03', '11:00'), -1), { yellowShare: 0.5 })).toEqual([]);
    expect(kinds(evaluateWarnings(urgent(), at('2025-11-03', '11:00'), { yellowShare: 0.5 }))).toEqual(['REPLY_DUE_SOON:YELLOW']);
    expect(evaluateWarnings(urgent(), ms(at('2025-11-03', '12:00'), -1), { yellowShare: 0 })).toEqual([]);
  });
});

describe('签收超时 (dispatch not signed off in time)', () => {
  // Dispatched Tue 11-04 09:00 to 县住建局: to be signed off by Wed 11-05 23:59:59.999.
  const dispatchedRequest = () => play(receipt(), dispatched(at('2025-11-04', '09:00'), HOUSING));

  it('shows nothing up to the sign-off deadline', () => {
    expect(evaluateWarnings(dispatchedRequest(), endOf('2025-11-05'))).toEqual([]);
  });

  it('shows a red card once the deadline passed with the dispatch unsigned', () => {
    expect(evaluateWarnings(dispatchedRequest(), at('2025-11-06'))).toEqual([
      {
        dedupeKey: 'SIGN_OVERDUE|1|RED',
        kind: 'SIGN_OVERDUE',
        level: 'RED',
        dueAt: endOf('2025-11-05'),
        reason: '县住建局未按时签收（应于 2025-11-05 23:59 前签收）',
      },
    ]);
  });

  it('shows it beside a reply card', () => {
    const c = play(receipt({ at: at('2025-11-03', '10:00'), priority: 'URGENT' }), dispatched(at('2025-11-03', '10:05'), HOUSING, 'URGENT'));
    expect(kinds(evaluateWarnings(c, at('2025-11-03', '10:35')))).toEqual([]);
    expect(kinds(evaluateWarnings(c, at('2025-11-03', '10:36')))).toEqual(['SIGN_OVERDUE:RED']);
    expect(kinds(evaluateWarnings(c, at('2025-11-03', '11:40')))).toEqual(['REPLY_DUE_SOON:YELLOW', 'SIGN_OVERDUE:RED']);
    expect(kinds(evaluateWarnings(c, at('2025-11-03', '12:01')))).toEqual(['REPLY_OVERDUE:RED', 'SIGN_OVERDUE:RED']);
  });

  it('drops it once the dispatch is signed off, late or not, or returned', () => {
    expect(evaluateWarnings(apply(dispatchedRequest(), signed(at('2025-11-06', '11:00'))), at('2025-11-07'))).toEqual([]);
    expect(evaluateWarnings(apply(dispatchedRequest(), returned(at('2025-11-05', '11:00'))), at('2025-11-07'))).toEqual([]);
  });

  it('keys it by dispatch, so a new dispatch can raise it again', () => {
    const c = play(receipt(), dispatched(at('2025-11-04', '09:00')), returned(at('2025-11-04', '11:00')), dispatched(at('2025-11-05', '09:00'), MARKET));
    const found = evaluateWarnings(c, at('2025-11-07'));
    expect(keys(found)).toEqual(['SIGN_OVERDUE|2|RED']);
    expect(found[0]?.reason).toBe('县市场监管局未按时签收（应于 2025-11-06 23:59 前签收）');
  });
});

describe('requests no longer awaiting a reply', () => {
  const late = () => play(receipt(), dispatched(at('2025-11-04')), signed(at('2025-11-04', '10:00')), replied(at('2025-11-12')));

  it('shows nothing for a replied request, even one replied late', () => {
    expect(late().state).toBe('REPLIED');
    expect(evaluateWarnings(late(), at('2025-11-13'))).toEqual([]);
  });

  it('shows nothing for a closed request', () => {
    const c = apply(late(), calledBack(at('2025-11-13'), 5));
    expect(c.state).toBe('CLOSED');
    expect(evaluateWarnings(c, at('2025-12-31'))).toEqual([]);
  });

  it('watches a reopened request against its new deadline', () => {
    // Reopened Thu 11-13: due Thu 11-20.
    const c = apply(late(), calledBack(at('2025-11-13'), 1));
    expect(c.state).toBe('REOPENED');
    expect(evaluateWarnings(c, at('2025-11-14'))).toEqual([]);
    expect(keys(evaluateWarnings(c, at('2025-11-21')))).toEqual(['REPLY_OVERDUE|2025-11-20T15:59:59.999Z|RED']);
  });
});

describe('dedupe keys after 督办', () => {
  // Signed off Tue 11-04; overdue after Mon 11-10; escalated Wed 11-12 10:00 with a new deadline of
  // Fri 11-14 23:59:59.999 (2 days 13:59:59.999; a fifth is about 12.4 hours).
  const signedOff = () => play(receipt(), dispatched(at('2025-11-04')), signed(at('2025-11-04', '10:00')));
  const escalatedRequest = () => apply(signedOff(), escalated(at('2025-11-12', '10:00'), endOf('2025-11-14')));

  it('changes the keys, so the new deadline raises its own cards', () => {
    const before = keys(evaluateWarnings(signedOff(), at('2025-11-12', '09:00')));
    expect(before).toEqual(['REPLY_OVERDUE|2025-11-10T15:59:59.999Z|RED']);
    expect(evaluateWarnings(escalatedRequest(), at('2025-11-12', '10:00'))).toEqual([]);
    expect(evaluateWarnings(escalatedRequest(), at('2025-11-14', '10:00'))).toEqual([]);
    expect(keys(evaluateWarnings(escalatedRequest(), at('2025-11-14', '12:00')))).toEqual(['REPLY_DUE_SOON|2025-11-14T15:59:59.999Z|YELLOW']);
    const after = keys(evaluateWarnings(escalatedRequest(), at('2025-11-15')));
    expect(after).toEqual(['REPLY_OVERDUE|2025-11-14T15:59:59.999Z|RED']);
    expect(after[0]).not.toBe(before[0]);
  });

  it('counts the yellow share from the escalation, not from receipt', () => {
    // Counted from receipt (11 days 15 hours) a fifth would already be reached on Thu 11-13.
    expect(evaluateWarnings(escalatedRequest(), at('2025-11-13', '10:00'))).toEqual([]);
  });
});

describe('highestLevel', () => {
  it('is the worst card, or NONE', () => {
    const yellow = evaluateWarnings(urgent(), at('2025-11-03', '11:40'));
    const red = evaluateWarnings(urgent(), at('2025-11-03', '12:40'));
    expect(highestLevel([])).toBe('NONE');
    expect(highestLevel(yellow)).toBe('YELLOW');
    expect(highestLevel(red)).toBe('RED');
    expect(highestLevel([...yellow, ...red])).toBe('RED');
  });

  it('is RED for an urgent dispatch unsigned while the reply is only yellow', () => {
    const c: ComplaintAggregate = play(receipt({ at: at('2025-11-03', '10:00'), priority: 'URGENT' }), dispatched(at('2025-11-03', '10:05'), HOUSING, 'URGENT'));
    expect(highestLevel(evaluateWarnings(c, at('2025-11-03', '11:40')))).toBe('RED');
  });
});
