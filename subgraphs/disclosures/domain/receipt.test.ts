import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../shared/calendar';
import { receiptDate, type ReceiptFacts, type ReceiptResult } from './receipt';

// 政府信息公开条例 第三十一条: the receipt day (day 0 of the reply clock) depends on the channel —
// in person: the day it is handed in; post: the day the agency signs for it; online / fax: the day
// both sides confirm it. Dates are plain civil dates; no working-day arithmetic is involved here.

const d = (s: string) => s as LocalDate;
const rulesOf = (result: ReceiptResult) => (result.ok ? [] : result.errors.map(({ field, rule }) => ({ field, rule })));

describe('receiptDate — in person (当面提交)', () => {
  it('takes the day the request is handed in as the receipt day', () => {
    expect(receiptDate({ channel: 'IN_PERSON', submittedOn: d('2025-11-03') })).toEqual({ ok: true, receivedOn: '2025-11-03' });
    // Explicit nulls are the same as absent fields.
    expect(receiptDate({ channel: 'IN_PERSON', submittedOn: d('2025-11-03'), signedForOn: null, confirmedOn: null })).toEqual({ ok: true, receivedOn: '2025-11-03' });
  });

  it('refuses a signed-for date, which only posted requests have', () => {
    const result = receiptDate({ channel: 'IN_PERSON', submittedOn: d('2025-11-03'), signedForOn: d('2025-11-04') });
    expect(rulesOf(result)).toEqual([{ field: 'signedForOn', rule: 'NOT_FOR_CHANNEL' }]);
    expect(result.ok ? null : result.errors[0]?.message).toContain('邮寄');
  });

  it('refuses a confirmation date, which only online or fax requests have', () => {
    expect(rulesOf(receiptDate({ channel: 'IN_PERSON', submittedOn: d('2025-11-03'), confirmedOn: d('2025-11-03') }))).toEqual([{ field: 'confirmedOn', rule: 'NOT_FOR_CHANNEL' }]);
  });

  it('reports both foreign dates at once, and no receipt day', () => {
    const result = receiptDate({ channel: 'IN_PERSON', submittedOn: d('2025-11-03'), signedForOn: d('2025-11-04'), confirmedOn: d('2025-11-04') });
    expect(result.ok).toBe(false);
    expect(result).not.toHaveProperty('receivedOn');
    expect(rulesOf(result)).toEqual(
      expect.arrayContaining([
        { field: 'signedForOn', rule: 'NOT_FOR_CHANNEL' },
        { field: 'confirmedOn', rule: 'NOT_FOR_CHANNEL' },
      ]),
    );
    expect(rulesOf(result)).toHaveLength(2);
  });
});

describe('receiptDate — post (邮寄)', () => {
  it('takes the day the agency signed for the letter, not the posting day', () => {
    // Posted Fri 2025-11-07, signed for Tue 2025-11-11: the clock starts from the signature.
    expect(receiptDate({ channel: 'POST', submittedOn: d('2025-11-07'), signedForOn: d('2025-11-11') })).toEqual({ ok: true, receivedOn: '2025-11-11' });
  });

  it('accepts a letter signed for on the day it was posted', () => {
    expect(receiptDate({ channel: 'POST', submittedOn: d('2025-11-07'), signedForOn: d('2025-11-07') })).toEqual({ ok: true, receivedOn: '2025-11-07' });
  });

  it('requires the signed-for date (absent or null), citing article 31', () => {
    const absent = receiptDate({ channel: 'POST', submittedOn: d('2025-11-07') });
    expect(rulesOf(absent)).toEqual([{ field: 'signedForOn', rule: 'REQUIRED_FOR_CHANNEL' }]);
    expect(absent.ok ? null : absent.errors[0]).toMatchObject({ message: expect.stringContaining('第三十一条'), messageEn: expect.stringContaining('article 31') });
    expect(rulesOf(receiptDate({ channel: 'POST', submittedOn: d('2025-11-07'), signedForOn: null }))).toEqual([{ field: 'signedForOn', rule: 'REQUIRED_FOR_CHANNEL' }]);
  });

  it('refuses a signature the day before the letter was posted', () => {
    const result = receiptDate({ channel: 'POST', submittedOn: d('2025-11-07'), signedForOn: d('2025-11-06') });
    expect(rulesOf(result)).toEqual([{ field: 'signedForOn', rule: 'BEFORE_SUBMISSION' }]);
  });

  it('refuses a confirmation date on a posted request', () => {
    expect(rulesOf(receiptDate({ channel: 'POST', submittedOn: d('2025-11-07'), signedForOn: d('2025-11-10'), confirmedOn: d('2025-11-10') }))).toEqual([
      { field: 'confirmedOn', rule: 'NOT_FOR_CHANNEL' },
    ]);
  });

  it('reports a foreign confirmation date and a missing signature together', () => {
    const rules = rulesOf(receiptDate({ channel: 'POST', submittedOn: d('2025-11-07'), confirmedOn: d('2025-11-10') }));
    expect(rules).toEqual(
      expect.arrayContaining([
        { field: 'confirmedOn', rule: 'NOT_FOR_CHANNEL' },
        { field: 'signedForOn', rule: 'REQUIRED_FOR_CHANNEL' },
      ]),
    );
    expect(rules).toHaveLength(2);
  });

  it('reports a foreign confirmation date and a signature before posting together', () => {
    const rules = rulesOf(receiptDate({ channel: 'POST', submittedOn: d('2025-11-07'), signedForOn: d('2025-11-05'), confirmedOn: d('2025-11-10') }));
    expect(rules).toEqual(
      expect.arrayContaining([
        { field: 'confirmedOn', rule: 'NOT_FOR_CHANNEL' },
        { field: 'signedForOn', rule: 'BEFORE_SUBMISSION' },
      ]),
    );
    expect(rules).toHaveLength(2);
  });
});

describe.each(['ONLINE', 'FAX'] as const)('receiptDate — %s (confirmed by both sides)', (channel) => {
  it('takes the confirmation day, even when it is days after sending', () => {
    // Sent on Sat 2025-11-08, confirmed Mon 2025-11-10.
    expect(receiptDate({ channel, submittedOn: d('2025-11-08'), confirmedOn: d('2025-11-10') })).toEqual({ ok: true, receivedOn: '2025-11-10' });
  });

  it('accepts a confirmation on the day of sending', () => {
    expect(receiptDate({ channel, submittedOn: d('2025-11-10'), confirmedOn: d('2025-11-10') })).toEqual({ ok: true, receivedOn: '2025-11-10' });
  });

  it('requires the confirmation date', () => {
    expect(rulesOf(receiptDate({ channel, submittedOn: d('2025-11-10') }))).toEqual([{ field: 'confirmedOn', rule: 'REQUIRED_FOR_CHANNEL' }]);
    expect(rulesOf(receiptDate({ channel, submittedOn: d('2025-11-10'), confirmedOn: null }))).toEqual([{ field: 'confirmedOn', rule: 'REQUIRED_FOR_CHANNEL' }]);
  });

  it('refuses a confirmation before the request was sent', () => {
    expect(rulesOf(receiptDate({ channel, submittedOn: d('2025-11-10'), confirmedOn: d('2025-11-09') }))).toEqual([{ field: 'confirmedOn', rule: 'BEFORE_SUBMISSION' }]);
  });

  it('refuses a signed-for date', () => {
    expect(rulesOf(receiptDate({ channel, submittedOn: d('2025-11-10'), signedForOn: d('2025-11-10'), confirmedOn: d('2025-11-10') }))).toEqual([
      { field: 'signedForOn', rule: 'NOT_FOR_CHANNEL' },
    ]);
  });

  it('reports a signed-for date and a missing confirmation together', () => {
    const rules = rulesOf(receiptDate({ channel, submittedOn: d('2025-11-10'), signedForOn: d('2025-11-11') }));
    expect(rules).toEqual(
      expect.arrayContaining([
        { field: 'signedForOn', rule: 'NOT_FOR_CHANNEL' },
        { field: 'confirmedOn', rule: 'REQUIRED_FOR_CHANNEL' },
      ]),
    );
    expect(rules).toHaveLength(2);
  });
});

describe('receiptDate — field prefix', () => {
  const cases: Array<[string, ReceiptFacts, string[]]> = [
    ['in person with both foreign dates', { channel: 'IN_PERSON', submittedOn: d('2025-11-03'), signedForOn: d('2025-11-03'), confirmedOn: d('2025-11-03') }, ['input.signedForOn', 'input.confirmedOn']],
    ['post without signature', { channel: 'POST', submittedOn: d('2025-11-03') }, ['input.signedForOn']],
    ['online confirmed before sending', { channel: 'ONLINE', submittedOn: d('2025-11-03'), confirmedOn: d('2025-10-31') }, ['input.confirmedOn']],
  ];

  it.each(cases)('names every field under the prefix: %s', (_name, facts, fields) => {
    const result = receiptDate(facts, 'input.');
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors.map((e) => e.field).sort()).toEqual([...fields].sort());
  });

  it('uses bare field names without a prefix', () => {
    expect(rulesOf(receiptDate({ channel: 'FAX', submittedOn: d('2025-11-03') }))).toEqual([{ field: 'confirmedOn', rule: 'REQUIRED_FOR_CHANNEL' }]);
  });

  it('does not change an accepted receipt day', () => {
    expect(receiptDate({ channel: 'POST', submittedOn: d('2025-11-03'), signedForOn: d('2025-11-05') }, 'input.')).toEqual({ ok: true, receivedOn: '2025-11-05' });
  });
});
