// Per-request batch loaders: histories of every request in a response in one query; the figures
// of every unit (or department) asked for in one grouped SQL statement, a window per period;
// hotline days in one statement per period.
import DataLoader from 'dataloader';
import type { LocalDate } from '../shared/calendar';
import type { Period } from '../shared/period';
import { allSubjects, groupedPeriodsLoader, groupedStatsLoader, groupedTrendLoader, onePeriod, oneOrList, rowsByWindow, siblings, siblingsOfOnePeriod, type StatsPeriod } from '../shared/stats-loader';
import { windowList } from '../shared/sql-params';
import { referenceCache } from '../shared/departments-directory';
import { loadHistories } from './complaint-store';
import type { ComplaintsDb } from './db';
import { foldComplaint, type ComplaintAggregate } from './domain/complaint-aggregate';
import type { ComplaintEvent } from './domain/complaint-events';
import { statsWindow } from './domain/complaint-stats';
import { type DayCounts, hotlineDaysQuery } from './domain/hotline-stats';
import { addCounts, departmentStatsQuery, EMPTY_COUNTS, orgUnitStatsQuery, type ComplaintCounts, type ComplaintStatsWindow } from './domain/stats-query';
import type { ComplaintsServices } from './services';

export interface SubjectCounts {
  counts: ComplaintCounts;
  categories: Map<string, number>;
}

type StatsRow = { groupKey: string; window: number | bigint; part: string; category: string | null } & Record<string, number | bigint | string | null>;

function collect(subjects: readonly string[], rows: readonly StatsRow[]): Map<string, SubjectCounts> {
  const bySubject = new Map(subjects.map((s) => [s, { counts: { ...EMPTY_COUNTS }, categories: new Map<string, number>() }]));
  for (const row of rows) {
    const current = bySubject.get(row.groupKey);
    if (!current) continue;
    if (row.part === 'category' && row.category) current.categories.set(row.category, Number(row.received ?? 0));
    else current.counts = addCounts(current.counts, row as Record<string, number | bigint | null>);
  }
  return bySubject;
}

export function createComplaintsLoaders(db: ComplaintsDb, services: ComplaintsServices) {
  const { calendar, dialect, config } = services;
  const events = new DataLoader<string, ComplaintEvent[]>(async (ids) => {
    const histories = await loadHistories(db, ids);
    return ids.map((id) => histories.get(id) ?? []);
  });

  /** Every period asked for (cur and prev of a panel) in one grouped statement, a window each, split back by period. */
  async function figures(query: typeof orgUnitStatsQuery, periods: StatsPeriod[], subjects: string[]): Promise<Map<string, SubjectCounts>[]> {
    const now = services.now();
    return byWindow(query, oneOrList(periods.map((p) => statsWindow(calendar, p, now, config.satisfiedFrom))), subjects);
  }
  /** Every month of a trend in one statement (a window per month), split back by month. */
  async function monthlyFigures(query: typeof orgUnitStatsQuery, months: Period[], subjects: string[]): Promise<Map<string, SubjectCounts>[]> {
    const now = services.now();
    return byWindow(query, months.map((m) => statsWindow(calendar, m, now, config.satisfiedFrom)), subjects);
  }
  /** Request, dispatch and callback counts, and categories, per window and subject. */
  async function byWindow(query: typeof orgUnitStatsQuery, windows: ComplaintStatsWindow | readonly ComplaintStatsWindow[], subjects: string[]): Promise<Map<string, SubjectCounts>[]> {
    const built = query(dialect, subjects, windows);
    const rows = await services.statsCache.query<StatsRow>(db, built);
    return rowsByWindow(rows, windowList(windows).length).map((windowRows) => collect(subjects, windowRows));
  }
  const noFigures = (): SubjectCounts => ({ counts: { ...EMPTY_COUNTS }, categories: new Map() });

  return {
    /** Reference lookups (filters naming a unit) in one directory call per request, cached. */
    refs: referenceCache(services.directory),
    events,
    /** Projection rows by id (links between requests), one query per batch; callers check scope. */
    row: new DataLoader<string, Awaited<ReturnType<ComplaintsDb['complaint']['findUnique']>>>(async (ids) => {
      const rows = await db.complaint.findMany({ where: { id: { in: [...ids] } } });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    aggregate: new DataLoader<string, ComplaintAggregate | null>(async (ids) => {
      const histories = await events.loadMany(ids);
      return ids.map((id, i) => {
        const history = histories[i];
        return Array.isArray(history) && history.length > 0 ? foldComplaint(id, history) : null;
      });
    }),
    /** Siblings (same path length) share one statement, a window per period. */
    orgUnitStats: groupedPeriodsLoader(siblings, (periods, paths) => figures(orgUnitStatsQuery, periods, paths), noFigures),
    /** Departments share one statement, a window per period. */
    departmentStats: groupedPeriodsLoader(allSubjects, (periods, ids) => figures(departmentStatsQuery, periods, ids), noFigures),
    /** Monthly trends: siblings and one period share one statement for all their months. */
    orgUnitTrend: groupedTrendLoader(siblingsOfOnePeriod, (_first, months, paths) => monthlyFigures(orgUnitStatsQuery, months, paths), noFigures),
    departmentTrend: groupedTrendLoader(onePeriod, (_first, months, ids) => monthlyFigures(departmentStatsQuery, months, ids), noFigures),
    /** Call records per day for sibling units: one statement per period and path length. */
    hotlineDays: groupedStatsLoader(
      siblingsOfOnePeriod,
      async (first, paths) => {
        const built = hotlineDaysQuery(dialect, paths, first.from, first.to);
        const rows = await db.$queryRawUnsafe<Array<{ groupKey: string; day: string } & Record<string, number | bigint>>>(built.sql, ...built.params);
        const byPath = new Map<string, DayCounts[]>(paths.map((p) => [p, []]));
        for (const row of rows) {
          byPath.get(row.groupKey)?.push({
            day: row.day as LocalDate,
            offered: Number(row.offered),
            answered: Number(row.answered),
            answeredWithin15s: Number(row.answeredWithin15s),
            answeredWaitSum: Number(row.answeredWaitSum),
          });
        }
        return byPath;
      },
      () => [],
    ),
  };
}

export type ComplaintsLoaders = ReturnType<typeof createComplaintsLoaders>;
