// One ageing-ordered list out of three server-sorted lists: a k-way merge by (due instant, domain,
// id), and the cursor bookkeeping that lets the merged list page forwards and back. Pure.
//
// A page of size N asks each domain for N rows after its own cursor, merges, and keeps the first N;
// the next page's cursor of a domain is the cursor of the last row taken from it (unchanged when
// none was taken), so rows fetched but not shown come back on the next page, never lost or repeated.
import { domainRank, type OverdueDomain } from './domains';

export interface MergeItem {
  domain: OverdueDomain;
  id: string;
  /** Epoch ms; +Infinity for undated rows. */
  dueAt: number;
  cursor: string;
}

export interface DomainPage<R> {
  rows: R[];
  hasNextPage: boolean;
  totalCount: number;
}

/** A cursor per domain; absent or null means "from the start". */
export type Cursors = Partial<Record<OverdueDomain, string | null>>;

export function compareItems(a: MergeItem, b: MergeItem): number {
  if (a.dueAt !== b.dueAt) return a.dueAt < b.dueAt ? -1 : 1;
  if (a.domain !== b.domain) return domainRank(a.domain) - domainRank(b.domain);
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface MergedPage<R> {
  rows: R[];
  /** Where the following page starts. */
  next: Cursors;
  hasNext: boolean;
  /** Sum of the answering domains' totalCount. */
  total: number;
  /** Domains with nothing left after this page (every row taken and no next page). */
  exhausted: OverdueDomain[];
}

/**
 * Merges the domains that answered (a missing domain is simply left out and keeps its cursor).
 * Each domain's rows must be in its server order; only the heads are compared, so that order is kept.
 */
export function mergePages<R extends MergeItem>(pages: Partial<Record<OverdueDomain, DomainPage<R>>>, size: number, cursors: Cursors): MergedPage<R> {
  const domains = (Object.keys(pages) as OverdueDomain[]).filter((d) => pages[d]);
  const taken = new Map<OverdueDomain, number>(domains.map((d) => [d, 0]));
  const rows: R[] = [];
  while (rows.length < size) {
    let best: R | undefined;
    for (const d of domains) {
      const head = pages[d]!.rows[taken.get(d)!];
      if (head && (!best || compareItems(head, best) < 0)) best = head;
    }
    if (!best) break;
    rows.push(best);
    taken.set(best.domain, taken.get(best.domain)! + 1);
  }
  const next: Cursors = { ...cursors };
  const exhausted: OverdueDomain[] = [];
  let hasNext = false;
  let total = 0;
  for (const d of domains) {
    const page = pages[d]!;
    const count = taken.get(d)!;
    total += page.totalCount;
    if (count > 0) next[d] = page.rows[count - 1]!.cursor;
    const left = count < page.rows.length || page.hasNextPage;
    if (left) hasNext = true;
    else exhausted.push(d);
  }
  return { rows, next, hasNext, total, exhausted };
}

/** Pages visited so far: the cursors each began with; the last one is the page in view. */
export type PagerStack = Cursors[];

export const FIRST_PAGE: PagerStack = [{}];

export function currentCursors(stack: PagerStack): Cursors {
  return stack[stack.length - 1] ?? {};
}

export function pushPage(stack: PagerStack, next: Cursors): PagerStack {
  return [...stack, next];
}

export function popPage(stack: PagerStack): PagerStack {
  return stack.length > 1 ? stack.slice(0, -1) : stack;
}
