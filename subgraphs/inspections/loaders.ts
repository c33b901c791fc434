// Per-request batch loaders: inspection figures of every unit (or department) asked for in one
// grouped statement per period; the other domains' scorecard figures in one call per source
// subgraph per period, carrying the caller's viewer.
import DataLoader from 'dataloader';
import { referenceCache } from '../shared/departments-directory';
import type { Period } from '../shared/period';
import { groupedStatsLoader, groupedTrendLoader, onePeriod, periodKey, rowsByWindow, siblingsOfOnePeriod, type StatsKey } from '../shared/stats-loader';
import { groupBy } from '../shared/sql-params';
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
  const window = (k: Pick<StatsKey, 'from' | 'asOf'>): InspectionStatsWindow => ({
    from: k.from,
    asOf: k.asOf,
    yearStart: `${k.asOf.slice(0, 4)}-01-01` as InspectionStatsWindow['yearStart'],
    frequencyKinds: config.frequency.counts.flatMap((c) => c.countedKinds),
  });
  async function run(query: typeof orgUnitInspectionQuery, first: StatsKey, subjects: string[]) {
    const built = query(dialect, subjects, window(first));
    return collectRows(subjects, await db.$queryRawUnsafe<StatsRow[]>(built.sql, ...built.params));
  }
  /** Every month of a trend in one statement (a window per month), split back by month. */
  async function runMonths(query: typeof orgUnitInspectionQuery, months: Period[], subjects: string[]) {
    const built = query(dialect, subjects, months.map(window));
    const rows = await db.$queryRawUnsafe<StatsRow[]>(built.sql, ...built.params);
    return rowsByWindow(rows, months.length).map((monthRows) => collectRows(subjects, monthRows));
  }

  /** One call per source subgraph for every subject of one period; a failing source is reported, not fatal. */
  const sourceFigures = new DataLoader<FigureKey, SourceFigures, string>(
    async (keys) => {
      const results = new Map<string, SourceFigures>();
      for (const group of groupBy(keys, (k) => periodKey(k.period)).values()) {
        const period = group[0]!.period;
        const subjects = [...new Map(group.map((k) => [subjectKey(k.subject), k.subject])).values()];
        const answers = await Promise.all(
          services.figureSources.map((source) =>
            source.fetch(viewer, period, subjects).then(
              (figures) => ({ figures, unavailable: null }),
              (error: Error) => ({ figures: new Map<string, ScorecardInput>(), unavailable: { part: source.part, reason: error.message } }),
            ),
          ),
        );
        const unavailable = answers.flatMap((a) => (a.unavailable ? [a.unavailable] : []));
        for (const subject of subjects) {
          const key = subjectKey(subject);
          const input = Object.assign({}, ...answers.map((a) => a.figures.get(key) ?? {})) as ScorecardInput;
          results.set(`${periodKey(period)}|${key}`, { input, unavailable });
        }
      }
      return keys.map((k) => results.get(`${periodKey(k.period)}|${subjectKey(k.subject)}`)!);
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
    /** Siblings (same path length) and one period share one statement. */
    orgUnitStats: groupedStatsLoader<SubjectRows>(siblingsOfOnePeriod, (first, paths) => run(orgUnitInspectionQuery, first, paths), emptySubjectRows),
    /** Departments of one period share one statement. */
    departmentStats: groupedStatsLoader<SubjectRows>(onePeriod, (first, ids) => run(departmentInspectionQuery, first, ids), emptySubjectRows),
    /** Monthly trends: siblings and one period share one statement for all their months. */
    orgUnitTrend: groupedTrendLoader<SubjectRows>(siblingsOfOnePeriod, (_first, months, paths) => runMonths(orgUnitInspectionQuery, months, paths), emptySubjectRows),
    departmentTrend: groupedTrendLoader<SubjectRows>(onePeriod, (_first, months, ids) => runMonths(departmentInspectionQuery, months, ids), emptySubjectRows),
    sourceFigures,
  };
}

export type InspectionsLoaders = ReturnType<typeof createInspectionsLoaders>;
