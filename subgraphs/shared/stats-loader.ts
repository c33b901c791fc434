// Per-request batching of `…Stats(period)` fields: every key asked for in one tick is grouped
// (siblings of one path length and one period, or everything of one period) and each group is
// answered by one grouped SQL statement. Domains supply the statement; this holds the bookkeeping.
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
