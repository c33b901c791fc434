// Per-request batch loaders: the histories of every request in a response in one query; the
// figures of every unit (or department) asked for in one grouped SQL statement, a window per period.
import DataLoader from 'dataloader';
import { referenceCache } from '../shared/departments-directory';
import type { Period } from '../shared/period';
import { allSubjects, groupedPeriodsLoader, groupedTrendLoader, onePeriod, oneOrList, rowsByWindow, siblings, siblingsOfOnePeriod, type StatsPeriod } from '../shared/stats-loader';
import { windowList } from '../shared/sql-params';
import type { DisclosuresDb } from './db';
import { collectRows, emptySubjectRows, type SubjectRows } from './domain/disclosure-stats';
import { departmentDisclosureQuery, orgUnitDisclosureQuery, type DisclosureStatsWindow, type StatsRow } from './domain/stats-query';
import { eventFromRow } from './request-store';
import type { RequestEvent } from './domain/request-lifecycle';
import type { DisclosuresServices } from './services';

export function createDisclosuresLoaders(db: DisclosuresDb, services: DisclosuresServices) {
  /** Every period asked for (cur and prev of a panel) in one statement, a window each, split back by period. */
  async function run(query: typeof orgUnitDisclosureQuery, periods: StatsPeriod[], subjects: string[]) {
    return byWindow(query, oneOrList(periods.map((p) => ({ from: p.from, to: p.to, asOf: p.asOf }))), subjects);
  }
  /** Every month of a trend in one statement (a window per month), split back by month. */
  async function runMonths(query: typeof orgUnitDisclosureQuery, months: Period[], subjects: string[]) {
    return byWindow(query, months.map((m) => ({ from: m.from, to: m.to, asOf: m.asOf })), subjects);
  }
  async function byWindow(query: typeof orgUnitDisclosureQuery, windows: DisclosureStatsWindow | readonly DisclosureStatsWindow[], subjects: string[]) {
    const built = query(services.dialect, subjects, windows);
    const rows = await services.statsCache.query<StatsRow>(db, built);
    return rowsByWindow(rows, windowList(windows).length).map((windowRows) => collectRows(subjects, windowRows));
  }
  return {
    refs: referenceCache(services.directory),
    /** Each request's steps in order, with the state each left. */
    events: new DataLoader<string, (RequestEvent & { stateAfter: string; dueOnAfter: string | null })[]>(async (ids) => {
      const rows = await db.disclosureRequestEvent.findMany({ where: { requestId: { in: [...ids] } }, orderBy: [{ requestId: 'asc' }, { seq: 'asc' }] });
      const byRequest = new Map<string, (RequestEvent & { stateAfter: string; dueOnAfter: string | null })[]>();
      for (const row of rows) {
        const list = byRequest.get(row.requestId) ?? [];
        list.push({ ...eventFromRow(row), stateAfter: row.stateAfter, dueOnAfter: row.dueOnAfter });
        byRequest.set(row.requestId, list);
      }
      return ids.map((id) => byRequest.get(id) ?? []);
    }),
    /** Review and litigation cases of every request in a response, one query. */
    remedies: new DataLoader<string, Awaited<ReturnType<DisclosuresDb['remedy']['findMany']>>>(async (ids) => {
      const rows = await db.remedy.findMany({ where: { requestId: { in: [...ids] } }, orderBy: { filedOn: 'asc' } });
      return ids.map((id) => rows.filter((r) => r.requestId === id));
    }),
    /** Siblings (same path length) share one statement, a window per period. */
    orgUnitStats: groupedPeriodsLoader<SubjectRows>(siblings, (periods, paths) => run(orgUnitDisclosureQuery, periods, paths), emptySubjectRows),
    /** Departments share one statement, a window per period. */
    departmentStats: groupedPeriodsLoader<SubjectRows>(allSubjects, (periods, ids) => run(departmentDisclosureQuery, periods, ids), emptySubjectRows),
    /** Monthly trends: siblings and one period share one statement for all their months. */
    orgUnitTrend: groupedTrendLoader<SubjectRows>(siblingsOfOnePeriod, (_first, months, paths) => runMonths(orgUnitDisclosureQuery, months, paths), emptySubjectRows),
    departmentTrend: groupedTrendLoader<SubjectRows>(onePeriod, (_first, months, ids) => runMonths(departmentDisclosureQuery, months, ids), emptySubjectRows),
  };
}

export type DisclosuresLoaders = ReturnType<typeof createDisclosuresLoaders>;
