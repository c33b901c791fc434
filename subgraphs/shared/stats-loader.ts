// Per-request batching of `…Stats(period)` fields: every key asked for in one tick is grouped
// (siblings of one path length, or all departments) and each group is answered by one grouped SQL
// statement with a window per distinct period (`cur` and `prev` of a figure panel are one
// statement). Domains supply the statement; this holds the bookkeeping.
import DataLoader from 'dataloader';
import type { LocalDate } from './calendar';
import { monthsOf, type Period } from './period';
import { groupBy } from './sql-params';

export interface StatsKey {
  from: LocalDate;
  to: LocalDate;
  asOf: LocalDate;
  /** An org unit's path, or a department id. */
  subject: string;
}

export const periodKey = (k: Omit<StatsKey, 'subject'>) => `${k.from}|${k.to}|${k.asOf}`;
const cacheKey = (k: StatsKey) => `${periodKey(k)}|${k.subject}`;

/** Groups for territorial figures: sibling paths (one length) of one period share a statement. */
export const siblingsOfOnePeriod = (k: StatsKey) => `${periodKey(k)}|${k.subject.length}`;
/** Groups for department figures: everything of one period shares a statement. */
export const onePeriod = (k: StatsKey) => periodKey(k);
/** Groups for territorial figures of any periods: sibling paths (one length) share a statement. */
export const siblings = (k: StatsKey) => String(k.subject.length);
/** Groups for department figures of any periods: all of them share a statement. */
export const allSubjects = () => '';

/** A stats key's period (what a statement's window is built from). */
export type StatsPeriod = Omit<StatsKey, 'subject'>;

/**
 * A DataLoader answering each group with one `run(distinct periods, distinct subjects)` call,
 * which returns the figures by subject per period, in the order of the periods (a statement with
 * one window per period: `windowTable` in sql-params.ts, rows split by `rowsByWindow`). Every
 * subject is computed for every period of its group; subjects a period leaves out get `empty()`.
 */
export function groupedPeriodsLoader<V>(
  groupOf: (k: StatsKey) => string,
  run: (periods: StatsPeriod[], subjects: string[]) => Promise<ReadonlyArray<ReadonlyMap<string, V>>>,
  empty: () => V,
): DataLoader<StatsKey, V, string> {
  return new DataLoader<StatsKey, V, string>(
    async (keys) => {
      const results = new Map<string, V>();
      for (const group of groupBy(keys, groupOf).values()) {
        const periods = [...new Map(group.map(({ from, to, asOf }) => [periodKey({ from, to, asOf }), { from, to, asOf }])).values()];
        const subjects = [...new Set(group.map((k) => k.subject))];
        const perPeriod = await run(periods, subjects);
        periods.forEach((period, i) => {
          for (const subject of subjects) results.set(cacheKey({ ...period, subject }), perPeriod[i]?.get(subject) ?? empty());
        });
      }
      return keys.map((k) => results.get(cacheKey(k)) ?? empty());
    },
    { cacheKeyFn: cacheKey },
  );
}

/**
 * The window argument of a stats statement for `periods`: one period as its single window (the
 * statement keeps parameters and no window table, as before periods were batched), several as a
 * list (a window table; rows carry the window's index).
 */
export const oneOrList = <W>(windows: readonly W[]): W | readonly W[] => (windows.length === 1 ? windows[0]! : windows);

/**
 * A DataLoader answering each group with one `run(first key, distinct subjects)` call; subjects
 * the run leaves out get `empty()`.
 */
export function groupedStatsLoader<V>(
  groupOf: (k: StatsKey) => string,
  run: (first: StatsKey, subjects: string[]) => Promise<ReadonlyMap<string, V>>,
  empty: () => V,
): DataLoader<StatsKey, V, string> {
  return new DataLoader<StatsKey, V, string>(
    async (keys) => {
      const results = new Map<string, V>();
      for (const group of groupBy(keys, groupOf).values()) {
        const first = group[0]!;
        const subjects = [...new Set(group.map((k) => k.subject))];
        const values = await run(first, subjects);
        for (const subject of subjects) results.set(cacheKey({ ...first, subject }), values.get(subject) ?? empty());
      }
      return keys.map((k) => results.get(cacheKey(k)) ?? empty());
    },
    { cacheKeyFn: cacheKey },
  );
}

/**
 * A DataLoader for `…Trend(period)` fields: the key is the whole period, answered as its months
 * (monthsOf) by one `run(first key, months, distinct subjects)` per group, which returns each
 * month's figures by subject in month order; each subject gets an array aligned with
 * `monthsOf(key)`, a month without rows `empty()`.
 */
export function groupedTrendLoader<V>(
  groupOf: (k: StatsKey) => string,
  run: (first: StatsKey, months: Period[], subjects: string[]) => Promise<ReadonlyArray<ReadonlyMap<string, V>>>,
  empty: () => V,
): DataLoader<StatsKey, V[], string> {
  return groupedStatsLoader<V[]>(
    groupOf,
    async (first, subjects) => {
      const months = monthsOf(first);
      const perMonth = months.length === 0 ? [] : await run(first, months, subjects);
      return new Map(subjects.map((subject) => [subject, months.map((_m, i) => perMonth[i]?.get(subject) ?? empty())]));
    },
    // Never used: run answers every subject.
    () => [],
  );
}

/** A trend statement's rows split by their `window` column (the month's index), each list in row order. */
export function rowsByWindow<R extends { window?: number | bigint | string | null }>(rows: readonly R[], windows: number): R[][] {
  const out: R[][] = Array.from({ length: windows }, () => []);
  for (const row of rows) out[Number(row.window ?? 0)]?.push(row);
  return out;
}
