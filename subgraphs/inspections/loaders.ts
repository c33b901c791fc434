// Per-request batch loaders: inspection figures of every unit (or department) asked for in one
// grouped statement, a window per period; the other domains' scorecard figures in one call per
// source subgraph for all periods, carrying the caller's viewer.
import DataLoader from 'dataloader';
import { referenceCache } from '../shared/departments-directory';
import type { Period } from '../shared/period';
import { allSubjects, groupedPeriodsLoader, groupedTrendLoader, onePeriod, oneOrList, periodKey, rowsByWindow, siblings, siblingsOfOnePeriod, type StatsPeriod } from '../shared/stats-loader';
import { windowList } from '../shared/sql-params';
import type { Viewer } from '../shared/viewer';
import type { InspectionsDb } from './db';
import { collectRows, emptySubjectRows, type SubjectRows } from './domain/inspection-stats';
import { departmentInspectionQuery, orgUnitInspectionQuery, type InspectionStatsWindow, type StatsRow } from './domain/stats-query';
import type { ScorecardInput, ScorecardPart } from './domain/scorecard';
import { subjectKey, type Subject } from './scorecard-sources';
import type { InspectionsServices } from './services';

export interface SourceFigures {
  /** The subject's measures from every source that answered. */
  input: ScorecardInput;
  /** Parts whose subgraph could not answer, with the reason. */
  unavailable: { part: ScorecardPart; reason: string }[];
}

interface FigureKey {
  period: Period;
  subject: Subject;
}

export function createInspectionsLoaders(db: InspectionsDb, services: InspectionsServices, viewer: Viewer) {
  const { dialect, config } = services;
  const window = (k: Pick<StatsPeriod, 'from' | 'asOf'>): InspectionStatsWindow => ({
    from: k.from,
    asOf: k.asOf,
    yearStart: `${k.asOf.slice(0, 4)}-01-01` as InspectionStatsWindow['yearStart'],
    frequencyKinds: config.frequency.counts.flatMap((c) => c.countedKinds),
  });
  /** Every period asked for (cur and prev of a panel) in one statement, a window each, split back by period. */
  async function run(query: typeof orgUnitInspectionQuery, periods: StatsPeriod[], subjects: string[]) {
    return byWindow(query, oneOrList(periods.map(window)), subjects);
  }
  /** Every month of a trend in one statement (a window per month), split back by month. */
  async function runMonths(query: typeof orgUnitInspectionQuery, months: Period[], subjects: string[]) {
    return byWindow(query, months.map(window), subjects);
  }
  async function byWindow(query: typeof orgUnitInspectionQuery, windows: InspectionStatsWindow | readonly InspectionStatsWindow[], subjects: string[]) {
    const built = query(dialect, subjects, windows);
    const rows = await services.statsCache.query<StatsRow>(db, built);
    return rowsByWindow(rows, windowList(windows).length).map((windowRows) => collectRows(subjects, windowRows));
  }

  /**
   * One call per source subgraph for every subject and every period asked in the tick (a panel's
   * current and previous period: one statement per source, shared/stats-loader.ts); a failing
   * source is reported, not fatal.
   */
  const sourceFigures = new DataLoader<FigureKey, SourceFigures, string>(
    async (keys) => {
      const figureKey = (period: Period, subject: Subject) => `${periodKey(period)}|${subjectKey(subject)}`;
      const periods = [...new Map(keys.map((k) => [periodKey(k.period), k.period])).values()];
      const subjects = [...new Map(keys.map((k) => [subjectKey(k.subject), k.subject])).values()];
      const answers = await Promise.all(
        services.figureSources.map((source) =>
          source.fetchPeriods(viewer, periods, subjects).then(
            (figures) => ({ figures, unavailable: null }),
            (error: Error) => ({ figures: periods.map(() => new Map<string, ScorecardInput>()), unavailable: { part: source.part, reason: error.message } }),
          ),
        ),
      );
      const unavailable = answers.flatMap((a) => (a.unavailable ? [a.unavailable] : []));
      const results = new Map<string, SourceFigures>();
      periods.forEach((period, p) => {
        for (const subject of subjects) {
          const input = Object.assign({}, ...answers.map((a) => a.figures[p]?.get(subjectKey(subject)) ?? {})) as ScorecardInput;
          results.set(figureKey(period, subject), { input, unavailable });
        }
      });
      return keys.map((k) => results.get(figureKey(k.period, k.subject))!);
    },
    { cacheKeyFn: (k) => `${periodKey(k.period)}|${subjectKey(k.subject)}` },
  );

  return {
    /** Targets visited per plan (distinct unit and window with an inspection under it), one query for all plans asked. */
    planVisits: new DataLoader<string, number>(async (planIds) => {
      const rows = await db.inspection.groupBy({ by: ['planId', 'unitId', 'departmentId'], where: { planId: { in: [...planIds] } } });
      const counts = new Map<string, number>();
      for (const row of rows) counts.set(row.planId!, (counts.get(row.planId!) ?? 0) + 1);
      return planIds.map((id) => counts.get(id) ?? 0);
    }),
    /** Reference lookups (filters and writes naming a unit) in one directory call per request. */
    refs: referenceCache(services.directory),
    /** Siblings (same path length) share one statement, a window per period. */
    orgUnitStats: groupedPeriodsLoader<SubjectRows>(siblings, (periods, paths) => run(orgUnitInspectionQuery, periods, paths), emptySubjectRows),
    /** Departments share one statement, a window per period. */
    departmentStats: groupedPeriodsLoader<SubjectRows>(allSubjects, (periods, ids) => run(departmentInspectionQuery, periods, ids), emptySubjectRows),
    /** Monthly trends: siblings and one period share one statement for all their months. */
    orgUnitTrend: groupedTrendLoader<SubjectRows>(siblingsOfOnePeriod, (_first, months, paths) => runMonths(orgUnitInspectionQuery, months, paths), emptySubjectRows),
    departmentTrend: groupedTrendLoader<SubjectRows>(onePeriod, (_first, months, ids) => runMonths(departmentInspectionQuery, months, ids), emptySubjectRows),
    sourceFigures,
  };
}

export type InspectionsLoaders = ReturnType<typeof createInspectionsLoaders>;
