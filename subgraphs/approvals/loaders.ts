// Per-request batch loaders: case histories for every case in a response in one query, and the
// statistics of every unit (or department) asked for in one grouped SQL statement, a window per
// period asked.
import DataLoader from 'dataloader';
import type { ApprovalsDb } from './db';
import { foldCase, type CaseAggregate } from './domain/case-aggregate';
import type { CaseEvent } from './domain/case-events';
import { loadHistories } from './case-store';
import { addCounts, EMPTY_COUNTS, statsWindow } from './domain/approval-stats';
import { departmentStatsQuery, orgUnitStatsQuery, type StatsCounts, type StatsWindow } from './domain/stats-query';
import type { ApprovalsServices } from './services';
import { allSubjects, groupedPeriodsLoader, groupedTrendLoader, onePeriod, oneOrList, rowsByWindow, siblings, siblingsOfOnePeriod, type StatsPeriod } from '../shared/stats-loader';
import { windowList } from '../shared/sql-params';
import type { Period } from '../shared/period';
import { referenceCache } from '../shared/departments-directory';

type CountRow = { groupKey: string; window: number | bigint } & Record<string, number | bigint | string | null>;

/** Adds up the rows of one window per subject. */
function bySubject(subjects: readonly string[], rows: readonly CountRow[]): Map<string, StatsCounts> {
  const out = new Map(subjects.map((s) => [s, { ...EMPTY_COUNTS }]));
  for (const row of rows) {
    const current = out.get(row.groupKey);
    if (current) out.set(row.groupKey, addCounts(current, row));
  }
  return out;
}

export function createApprovalsLoaders(db: ApprovalsDb, services: ApprovalsServices) {
  const { calendar, dialect, config } = services;
  /**
   * Every period asked for (cur and prev of a panel) in one grouped statement, a window each,
   * split back by period.
   */
  async function counts(query: typeof orgUnitStatsQuery, periods: StatsPeriod[], subjects: string[]): Promise<Map<string, StatsCounts>[]> {
    return byWindow(query, oneOrList(periods.map((p) => statsWindow(calendar, p, config.satisfiedFrom))), subjects);
  }
  /** Every month of a trend in one statement (a window per month), split back by month. */
  async function monthlyCounts(query: typeof orgUnitStatsQuery, months: Period[], subjects: string[]): Promise<Map<string, StatsCounts>[]> {
    return byWindow(query, months.map((m) => statsWindow(calendar, m, config.satisfiedFrom)), subjects);
  }
  async function byWindow(query: typeof orgUnitStatsQuery, windows: StatsWindow | readonly StatsWindow[], subjects: string[]): Promise<Map<string, StatsCounts>[]> {
    const built = query(dialect, subjects, windows);
    const rows = await services.statsCache.query<CountRow>(db, built);
    return rowsByWindow(rows, windowList(windows).length).map((windowRows) => bySubject(subjects, windowRows));
  }
  const events = new DataLoader<string, CaseEvent[]>(async (ids) => {
    const histories = await loadHistories(db, ids);
    return ids.map((id) => histories.get(id) ?? []);
  });
  return {
    /** Reference lookups (filters naming a unit) in one directory call per request, cached. */
    refs: referenceCache(services.directory),
    /** Histories (oldest first) of every case in the response, in one query. */
    events,
    aggregate: new DataLoader<string, CaseAggregate | null>(async (ids) => {
      const histories = await events.loadMany(ids);
      return ids.map((id, i) => {
        const history = histories[i];
        return Array.isArray(history) && history.length > 0 ? foldCase(id, history) : null;
      });
    }),

    /** Territorial figures; siblings (same path length) share one statement, a window per period. */
    orgUnitStats: groupedPeriodsLoader(siblings, (periods, paths) => counts(orgUnitStatsQuery, periods, paths), () => ({ ...EMPTY_COUNTS })),
    /** Per-department figures (their own cases and parallel sub-tasks), one statement for all periods. */
    departmentStats: groupedPeriodsLoader(allSubjects, (periods, ids) => counts(departmentStatsQuery, periods, ids), () => ({ ...EMPTY_COUNTS })),
    /** Monthly trends: siblings and one period share one statement for all their months. */
    orgUnitTrend: groupedTrendLoader(siblingsOfOnePeriod, (_first, months, paths) => monthlyCounts(orgUnitStatsQuery, months, paths), () => ({ ...EMPTY_COUNTS })),
    departmentTrend: groupedTrendLoader(onePeriod, (_first, months, ids) => monthlyCounts(departmentStatsQuery, months, ids), () => ({ ...EMPTY_COUNTS })),
  };
}

export type ApprovalsLoaders = ReturnType<typeof createApprovalsLoaders>;
