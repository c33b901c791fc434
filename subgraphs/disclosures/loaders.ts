// Per-request batch loaders: the histories of every request in a response in one query; the
// figures of every unit (or department) asked for in one grouped SQL statement per period.
import DataLoader from 'dataloader';
import { referenceCache } from '../shared/departments-directory';
import type { Period } from '../shared/period';
import { groupedStatsLoader, groupedTrendLoader, onePeriod, rowsByWindow, siblingsOfOnePeriod, type StatsKey } from '../shared/stats-loader';
import type { DisclosuresDb } from './db';
import { collectRows, emptySubjectRows, type SubjectRows } from './domain/disclosure-stats';
import { departmentDisclosureQuery, orgUnitDisclosureQuery, type StatsRow } from './domain/stats-query';
import { eventFromRow } from './request-store';
import type { RequestEvent } from './domain/request-lifecycle';
import type { DisclosuresServices } from './services';

export function createDisclosuresLoaders(db: DisclosuresDb, services: DisclosuresServices) {
  async function run(query: typeof orgUnitDisclosureQuery, first: StatsKey, subjects: string[]) {
    const built = query(services.dialect, subjects, { from: first.from, to: first.to, asOf: first.asOf });
    return collectRows(subjects, await db.$queryRawUnsafe<StatsRow[]>(built.sql, ...built.params));
  }
  /** Every month of a trend in one statement (a window per month), split back by month. */
  async function runMonths(query: typeof orgUnitDisclosureQuery, months: Period[], subjects: string[]) {
    const built = query(services.dialect, subjects, months.map((m) => ({ from: m.from, to: m.to, asOf: m.asOf })));
    const rows = await db.$queryRawUnsafe<StatsRow[]>(built.sql, ...built.params);
    return rowsByWindow(rows, months.length).map((monthRows) => collectRows(subjects, monthRows));
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
    /** Siblings (same path length) and one period share one statement. */
    orgUnitStats: groupedStatsLoader<SubjectRows>(siblingsOfOnePeriod, (first, paths) => run(orgUnitDisclosureQuery, first, paths), emptySubjectRows),
    /** Departments of one period share one statement. */
    departmentStats: groupedStatsLoader<SubjectRows>(onePeriod, (first, ids) => run(departmentDisclosureQuery, first, ids), emptySubjectRows),
    /** Monthly trends: siblings and one period share one statement for all their months. */
    orgUnitTrend: groupedTrendLoader<SubjectRows>(siblingsOfOnePeriod, (_first, months, paths) => runMonths(orgUnitDisclosureQuery, months, paths), emptySubjectRows),
    departmentTrend: groupedTrendLoader<SubjectRows>(onePeriod, (_first, months, ids) => runMonths(departmentDisclosureQuery, months, ids), emptySubjectRows),
  };
}

export type DisclosuresLoaders = ReturnType<typeof createDisclosuresLoaders>;
