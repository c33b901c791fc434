// Per-request batch loaders: case histories for every case in a response in one query, and the
// statistics of every unit (or department) asked for in one grouped SQL statement per period.
import DataLoader from 'dataloader';
import type { ApprovalsDb } from './db';
import { foldCase, type CaseAggregate } from './domain/case-aggregate';
import type { CaseEvent } from './domain/case-events';
import { loadHistories } from './case-store';
import { addCounts, EMPTY_COUNTS, statsWindow } from './domain/approval-stats';
import { departmentStatsQuery, orgUnitStatsQuery, type StatsCounts } from './domain/stats-query';
import type { ApprovalsServices } from './services';
import type { LocalDate } from '../shared/calendar';
import { groupBy } from '../shared/sql-params';

export interface StatsKey {
  from: LocalDate;
  to: LocalDate;
  asOf: LocalDate;
  /** An org unit's path, or a department id. */
  subject: string;
}

const periodKey = (k: StatsKey) => `${k.from}|${k.to}|${k.asOf}`;

type CountRow = { groupKey: string; part: string } & Partial<Record<keyof StatsCounts, number | bigint>>;

function toCounts(row: CountRow): Partial<StatsCounts> {
  const out: Partial<StatsCounts> = {};
  for (const key of Object.keys(EMPTY_COUNTS) as (keyof StatsCounts)[]) out[key] = Number(row[key] ?? 0);
  return out;
}

export function createApprovalsLoaders(db: ApprovalsDb, services: ApprovalsServices) {
  const { calendar, dialect, config } = services;
  const events = new DataLoader<string, CaseEvent[]>(async (ids) => {
    const histories = await loadHistories(db, ids);
    return ids.map((id) => histories.get(id) ?? []);
  });
  return {
    /** Histories (oldest first) of every case in the response, in one query. */
    events,
    aggregate: new DataLoader<string, CaseAggregate | null>(async (ids) => {
      const histories = await events.loadMany(ids);
      return ids.map((id, i) => {
        const history = histories[i];
        return Array.isArray(history) && history.length > 0 ? foldCase(id, history) : null;
      });
    }),

    /** Territorial figures; siblings (same path length) and one period share one statement. */
    orgUnitStats: new DataLoader<StatsKey, StatsCounts, string>(
      async (keys) => {
        const results = new Map<string, StatsCounts>();
        for (const group of groupBy(keys, (k) => `${periodKey(k)}|${k.subject.length}`).values()) {
          const first = group[0]!;
          const window = statsWindow(calendar, first, config.satisfiedFrom);
          const paths = [...new Set(group.map((k) => k.subject))];
          const query = orgUnitStatsQuery(dialect, paths, window);
          const rows = await db.$queryRawUnsafe<CountRow[]>(query.sql, ...query.params);
          const byPath = new Map(paths.map((p) => [p, { ...EMPTY_COUNTS }]));
          for (const row of rows) {
            const current = byPath.get(row.groupKey);
            if (current) byPath.set(row.groupKey, addCounts(current, toCounts(row)));
          }
          for (const [path, counts] of byPath) results.set(`${periodKey(first)}|${path}`, counts);
        }
        return keys.map((k) => results.get(`${periodKey(k)}|${k.subject}`) ?? { ...EMPTY_COUNTS });
      },
      { cacheKeyFn: (k) => `${periodKey(k)}|${k.subject}` },
    ),

    /** Per-department figures (their own cases and parallel sub-tasks), one statement per period. */
    departmentStats: new DataLoader<StatsKey, StatsCounts, string>(
      async (keys) => {
        const results = new Map<string, StatsCounts>();
        for (const group of groupBy(keys, periodKey).values()) {
          const first = group[0]!;
          const window = statsWindow(calendar, first, config.satisfiedFrom);
          const ids = [...new Set(group.map((k) => k.subject))];
          const query = departmentStatsQuery(dialect, ids, window);
          const rows = await db.$queryRawUnsafe<CountRow[]>(query.sql, ...query.params);
          const byId = new Map(ids.map((id) => [id, { ...EMPTY_COUNTS }]));
          for (const row of rows) {
            const current = byId.get(row.groupKey);
            if (current) byId.set(row.groupKey, addCounts(current, toCounts(row)));
          }
          for (const [id, counts] of byId) results.set(`${periodKey(first)}|${id}`, counts);
        }
        return keys.map((k) => results.get(`${periodKey(k)}|${k.subject}`) ?? { ...EMPTY_COUNTS });
      },
      { cacheKeyFn: (k) => `${periodKey(k)}|${k.subject}` },
    ),
  };
}

export type ApprovalsLoaders = ReturnType<typeof createApprovalsLoaders>;
