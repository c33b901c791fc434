import { describe, expect, it } from 'vitest';
import type { OverdueDomain } from './domains';
import { dueInstant } from './due';
import { compareItems, currentCursors, FIRST_PAGE, mergePages, popPage, pushPage, type Cursors, type DomainPage, type MergeItem } from './merge-pages';

const item = (domain: OverdueDomain, id: string, due: string | null): MergeItem => ({ domain, id, dueAt: dueInstant(due), cursor: `c-${domain}-${id}` });

/** A fake server: each domain's full list in server order, answering `first` after a cursor. */
function server(lists: Partial<Record<OverdueDomain, MergeItem[]>>) {
  return (cursors: Cursors, size: number) => {
    const pages: Partial<Record<OverdueDomain, DomainPage<MergeItem>>> = {};
    for (const [d, list] of Object.entries(lists) as [OverdueDomain, MergeItem[]][]) {
      const after = cursors[d];
      const start = after ? list.findIndex((r) => r.cursor === after) + 1 : 0;
      pages[d] = { rows: list.slice(start, start + size), hasNextPage: start + size < list.length, totalCount: list.length };
    }
    return pages;
  };
}

function walk(lists: Partial<Record<OverdueDomain, MergeItem[]>>, size: number) {
  const fetch = server(lists);
  let stack = FIRST_PAGE;
  const pages: MergeItem[][] = [];
  for (let guard = 0; guard < 100; guard++) {
    const merged = mergePages(fetch(currentCursors(stack), size), size, currentCursors(stack));
    pages.push(merged.rows);
    if (!merged.hasNext) return { pages, total: merged.total };
    stack = pushPage(stack, merged.next);
  }
  throw new Error('did not end');
}

describe('compareItems', () => {
  it('orders by due instant, then domain, then id', () => {
    const dayDue = item('approvals', 'b', '2026-10-12');
    const sameInstant = item('complaints', 'a', '2026-10-12T15:59:59.999Z');
    const earlierMinute = item('complaints', 'z', '2026-10-12T15:00:00Z');
    expect(compareItems(earlierMinute, dayDue)).toBeLessThan(0);
    expect(compareItems(dayDue, sameInstant)).toBeLessThan(0);
    expect(compareItems(item('approvals', 'a', '2026-10-12'), dayDue)).toBeLessThan(0);
  });

  it('puts a due day after any instant earlier that day in China, and undated rows last', () => {
    expect(compareItems(item('complaints', 'x', '2026-10-12T23:00:00+08:00'), item('disclosures', 'y', '2026-10-12'))).toBeLessThan(0);
    expect(compareItems(item('complaints', 'x', '2026-10-13T00:00:00+08:00'), item('disclosures', 'y', '2026-10-12'))).toBeGreaterThan(0);
    expect(compareItems(item('approvals', 'x', null), item('disclosures', 'y', '2030-01-01'))).toBeGreaterThan(0);
  });
});

describe('mergePages', () => {
  const lists = {
    approvals: [item('approvals', 'a1', '2026-07-29'), item('approvals', 'a2', '2026-08-03'), item('approvals', 'a3', '2026-08-03'), item('approvals', 'a4', '2026-11-01')],
    complaints: [item('complaints', 'c1', '2026-08-03T15:59:59.999Z'), item('complaints', 'c2', '2026-09-01T02:00:00Z')],
    disclosures: [item('disclosures', 'd1', '2026-07-01'), item('disclosures', 'd2', '2026-12-01'), item('disclosures', 'd3', '2026-12-02')],
  };
  const everything = Object.values(lists).flat().sort(compareItems);

  it('takes the first N across domains in ageing order', () => {
    const merged = mergePages(server(lists)({}, 3), 3, {});
    expect(merged.rows.map((r) => r.id)).toEqual(['d1', 'a1', 'a2']);
    expect(merged.total).toBe(9);
    expect(merged.hasNext).toBe(true);
  });

  it('moves each cursor to the last row taken from it and keeps the others', () => {
    const merged = mergePages(server(lists)({ complaints: 'keep' }, 3), 3, { complaints: 'keep' });
    expect(merged.next).toEqual({ approvals: 'c-approvals-a2', disclosures: 'c-disclosures-d1', complaints: 'keep' });
  });

  it.each([1, 2, 3, 4, 5, 20])('walks every row exactly once in order with page size %i', (size) => {
    const { pages, total } = walk(lists, size);
    const seen = pages.flat();
    expect(seen.map((r) => `${r.domain}:${r.id}`)).toEqual(everything.map((r) => `${r.domain}:${r.id}`));
    expect(total).toBe(everything.length);
    expect(pages.slice(0, -1).every((p) => p.length === size)).toBe(true);
  });

  it('keeps going when a domain runs out and marks it exhausted', () => {
    const short = { complaints: [item('complaints', 'c1', '2026-01-01T00:00:00Z')], approvals: lists.approvals };
    const first = mergePages(server(short)({}, 2), 2, {});
    expect(first.rows.map((r) => r.id)).toEqual(['c1', 'a1']);
    expect(first.exhausted).toEqual(['complaints']);
    expect(first.hasNext).toBe(true);
    const second = mergePages(server(short)(first.next, 2), 2, first.next);
    expect(second.rows.map((r) => r.id)).toEqual(['a2', 'a3']);
    expect(second.next.complaints).toBe('c-complaints-c1');
  });

  it('says there is no next page only when nothing is left anywhere', () => {
    const merged = mergePages(server(lists)({}, 9), 9, {});
    expect(merged.rows).toHaveLength(9);
    expect(merged.hasNext).toBe(false);
    // Exactly N rows fetched and all taken, but the server has more: still a next page.
    const tight = mergePages({ approvals: { rows: lists.approvals.slice(0, 2), hasNextPage: true, totalCount: 4 } }, 2, {});
    expect(tight.hasNext).toBe(true);
  });

  it('leaves out a domain that did not answer, keeping its cursor', () => {
    const pages = server(lists)({}, 2);
    delete pages.disclosures;
    const merged = mergePages(pages, 2, { disclosures: 'old' });
    expect(merged.rows.map((r) => r.id)).toEqual(['a1', 'a2']);
    expect(merged.next.disclosures).toBe('old');
    expect(merged.total).toBe(6);
  });

  it('keeps the server order within a domain even when it differs from the id order', () => {
    const pages = { approvals: { rows: [item('approvals', 'z', '2026-01-01'), item('approvals', 'a', '2026-01-01')], hasNextPage: false, totalCount: 2 } };
    expect(mergePages(pages, 2, {}).rows.map((r) => r.id)).toEqual(['z', 'a']);
  });
});

describe('pager stack', () => {
  it('goes forward and back to the same cursors', () => {
    const a = pushPage(FIRST_PAGE, { approvals: 'x' });
    const b = pushPage(a, { approvals: 'y' });
    expect(currentCursors(b)).toEqual({ approvals: 'y' });
    expect(currentCursors(popPage(b))).toEqual({ approvals: 'x' });
    expect(popPage(FIRST_PAGE)).toBe(FIRST_PAGE);
  });
});
