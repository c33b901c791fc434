// Hotline line figures (话务统计) from imported call records, per GB/T 33358-2016 (政府热线服务
// 规范): 接通率 = calls answered by an agent / calls offered, and the share of calls answered
// within 15 seconds. Targets are configurable (DOMAIN.md: 接通率 ≥ 95%). One grouped statement
// gives every sibling unit's figures per day; periods are sums of days.
import type { LocalDate } from '../../shared/calendar';
import { rate, type Rate } from '../../shared/rate';
import { Params, siblingPathLength, subtreeRanges, sum, type BuiltQuery, type Dialect } from '../../shared/sql-params';

/** Answered within this many seconds counts towards the service level. */
export const SERVICE_LEVEL_SECONDS = 15;

export interface HotlineTargets {
  answerRate: number;
  within15sRate: number;
}

export const DEFAULT_HOTLINE_TARGETS: HotlineTargets = { answerRate: 0.95, within15sRate: 0.8 };

export interface DayCounts {
  day: LocalDate;
  offered: number;
  answered: number;
  answeredWithin15s: number;
  /** Seconds waited by answered calls, summed. */
  answeredWaitSum: number;
}

export interface HotlineFigures {
  offered: number;
  answered: number;
  abandoned: number;
  answeredWithin15s: number;
  answerRate: Rate;
  within15sRate: Rate;
  averageWaitSeconds: number | null;
}

export function hotlineFigures(counts: readonly Omit<DayCounts, 'day'>[], targets: HotlineTargets = DEFAULT_HOTLINE_TARGETS): HotlineFigures {
  const total = counts.reduce(
    (t, d) => ({
      offered: t.offered + d.offered,
      answered: t.answered + d.answered,
      answeredWithin15s: t.answeredWithin15s + d.answeredWithin15s,
      answeredWaitSum: t.answeredWaitSum + d.answeredWaitSum,
    }),
    { offered: 0, answered: 0, answeredWithin15s: 0, answeredWaitSum: 0 },
  );
  return {
    offered: total.offered,
    answered: total.answered,
    abandoned: total.offered - total.answered,
    answeredWithin15s: total.answeredWithin15s,
    answerRate: rate(total.answered, total.offered, targets.answerRate),
    // Service level over the calls offered: an abandoned call was not answered in time either.
    within15sRate: rate(total.answeredWithin15s, total.offered, targets.within15sRate),
    averageWaitSeconds: total.answered === 0 ? null : Math.round((total.answeredWaitSum / total.answered) * 10) / 10,
  };
}

/** Per sibling unit (paths of one length) and day. Rows: { groupKey, day, offered, answered, answeredWithin15s, answeredWaitSum }. */
export function hotlineDaysQuery(dialect: Dialect, unitPaths: readonly string[], from: LocalDate, to: LocalDate): BuiltQuery {
  const length = siblingPathLength(unitPaths, 'hotlineDaysQuery');
  const p = new Params(dialect);
  const ranges = subtreeRanges(p, '"orgPath"', unitPaths);
  const sql = `SELECT substr("orgPath", 1, ${length}) AS "groupKey", "startedOn" AS "day",
  COUNT(*) AS "offered",
  ${sum('"answered" = TRUE')} AS "answered",
  ${sum(`"answered" = TRUE AND "waitSeconds" <= ${SERVICE_LEVEL_SECONDS}`)} AS "answeredWithin15s",
  ${sum('"answered" = TRUE', '"waitSeconds"')} AS "answeredWaitSum"
FROM "CallRecord"
WHERE (${ranges}) AND "startedOn" >= ${p.add(from)} AND "startedOn" <= ${p.add(to)}
GROUP BY substr("orgPath", 1, ${length}), "startedOn"
ORDER BY 1, 2`;
  return p.build(sql);
}
