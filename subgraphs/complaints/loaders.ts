// Per-request batch loaders: histories of every request in a response in one query; the figures
// of every unit (or department) asked for in one grouped SQL statement per period; hotline days
// likewise.
import DataLoader from 'dataloader';
import type { LocalDate } from '../shared/calendar';
import { groupBy } from '../shared/sql-params';
import { loadHistories } from './complaint-store';
import type { ComplaintsDb } from './db';
import { foldComplaint, type ComplaintAggregate } from './domain/complaint-aggregate';
import type { ComplaintEvent } from './domain/complaint-events';
import { statsWindow } from './domain/complaint-stats';
import { type DayCounts, hotlineDaysQuery } from './domain/hotline-stats';
import { addCounts, departmentStatsQuery, EMPTY_COUNTS, orgUnitStatsQuery, type ComplaintCounts } from './domain/stats-query';
import type { ComplaintsServices } from './services';

export interface StatsKey {
  from: LocalDate;
  to: LocalDate;
  asOf: LocalDate;
  /** An org unit's path, or a department id. */
  subject: string;
}

export interface SubjectCounts {
  counts: ComplaintCounts;
  categories: Map<string, number>;
}

const periodKey = (k: Omit<StatsKey, 'subject'>) => `${k.from}|${k.to}|${k.asOf}`;
const cacheKeyFn = (k: StatsKey) => `${periodKey(k)}|${k.subject}`;

type StatsRow = { groupKey: string; part: string; category: string | null } & Record<string, number | bigint | string | null>;

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

  function statsLoader(query: typeof orgUnitStatsQuery, groupOf: (k: StatsKey) => string) {
    return new DataLoader<StatsKey, SubjectCounts, string>(
      async (keys) => {
        const results = new Map<string, SubjectCounts>();
        for (const group of groupBy(keys, groupOf).values()) {
          const first = group[0]!;
          const window = statsWindow(calendar, first, services.now(), config.satisfiedFrom);
          const subjects = [...new Set(group.map((k) => k.subject))];
          const built = query(dialect, subjects, window);
          const rows = await db.$queryRawUnsafe<StatsRow[]>(built.sql, ...built.params);
          for (const [subject, value] of collect(subjects, rows)) results.set(cacheKeyFn({ ...first, subject }), value);
        }
        return keys.map((k) => results.get(cacheKeyFn(k))!);
      },
      { cacheKeyFn },
    );
  }

  return {
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
    /** Siblings (same path length) and one period share one statement. */
    orgUnitStats: statsLoader(orgUnitStatsQuery, (k) => `${periodKey(k)}|${k.subject.length}`),
    /** Departments of one period share one statement. */
    departmentStats: statsLoader(departmentStatsQuery, periodKey),
    /** Call records per day for sibling units: one statement per period and path length. */
    hotlineDays: new DataLoader<StatsKey, DayCounts[], string>(
      async (keys) => {
        const results = new Map<string, DayCounts[]>();
        for (const group of groupBy(keys, (k) => `${periodKey(k)}|${k.subject.length}`).values()) {
          const first = group[0]!;
          const subjects = [...new Set(group.map((k) => k.subject))];
          const built = hotlineDaysQuery(dialect, subjects, first.from, first.to);
          const rows = await db.$queryRawUnsafe<Array<{ groupKey: string; day: string } & Record<string, number | bigint>>>(built.sql, ...built.params);
          for (const subject of subjects) results.set(cacheKeyFn({ ...first, subject }), []);
          for (const row of rows) {
            results.get(cacheKeyFn({ ...first, subject: row.groupKey }))?.push({
              day: row.day as LocalDate,
              offered: Number(row.offered),
              answered: Number(row.answered),
              answeredWithin15s: Number(row.answeredWithin15s),
              answeredWaitSum: Number(row.answeredWaitSum),
            });
          }
        }
        return keys.map((k) => results.get(cacheKeyFn(k)) ?? []);
      },
      { cacheKeyFn },
    ),
  };
}

export type ComplaintsLoaders = ReturnType<typeof createComplaintsLoaders>;
