import { describe, expect, it } from 'vitest';
import { OVERDUE_DOMAINS } from './domains';
import { dueInstant } from './due';
import { fetchDomainPage, listDocument, toRow, type Fetcher } from './list-query';

describe('listDocument', () => {
  it.each(OVERDUE_DOMAINS)('asks %s for overdueDays, most overdue first', (domain) => {
    const document = listDocument(domain);
    expect(document).toMatch(/\boverdueDays\b/);
    expect(document).toContain('sort: MOST_OVERDUE_FIRST');
  });
});

describe('toRow', () => {
  it('keeps the API day count as it is (null when not overdue)', () => {
    const node = { id: 'c1', escalated: false, stateLabel: '审查中', caseNo: 'N1', serviceItemName: 'S', dueOn: '2026-07-29', warningLevel: 'RED' as const, applicantName: 'A', overdueDays: 7 };
    expect(toRow('approvals', node, 'cur').overdueDays).toBe(7);
    expect(toRow('approvals', { ...node, overdueDays: null }, 'cur').overdueDays).toBeNull();
  });
  it('orders by the due instant: a due day until 23:59:59.999 in China, a DateTime as is', () => {
    const disclosure = toRow('disclosures', { id: 'd', escalated: true, stateLabel: '', requestNo: 'R', summary: 'S', dueOn: '2026-10-12', warning: { level: 'YELLOW' }, applicantName: 'A', overdueDays: 1 }, 'c');
    expect(disclosure.dueAt).toBe(Date.parse('2026-10-12T23:59:59.999+08:00'));
    expect(disclosure.warningLevel).toBe('YELLOW');
    const complaint = toRow('complaints', { id: 'x', escalated: false, stateLabel: '', requestNo: 'R', title: 'T', promisedReplyAt: '2026-10-12T08:00:00+08:00', overdueDays: 2 }, 'c');
    expect(complaint.dueAt).toBe(dueInstant('2026-10-12T00:00:00Z'));
  });
});

describe('fetchDomainPage', () => {
  it('sends the filter as given and maps the connection', async () => {
    const calls: { query: string; variables: Record<string, unknown> }[] = [];
    const fetcher: Fetcher = async <T,>(query: string, variables: Record<string, unknown>) => {
      calls.push({ query, variables });
      const node = { id: 'x', escalated: false, stateLabel: '', requestNo: 'R', title: 'T', promisedReplyAt: null, overdueDays: null };
      return { list: { totalCount: 3, pageInfo: { hasNextPage: true }, edges: [{ cursor: 'c1', node }] } } as T;
    };
    const filter = { withinId: 'u1', overdueOnly: true, locatedOnly: true, minOverdueDays: 5 };
    const page = await fetchDomainPage(fetcher, 'complaints', filter, 20, 'after');
    expect(calls[0]!.variables).toEqual({ filter, first: 20, after: 'after' });
    expect(page).toMatchObject({ totalCount: 3, hasNextPage: true, rows: [{ id: 'x', cursor: 'c1', overdueDays: null }] });
  });
});
