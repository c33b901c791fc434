// `disclosureStats(period)` from the rows of stats-query.ts: proactive timeliness and 全文电子化率,
// request counts and 按时答复率, the outcome mix by report group, review and litigation results,
// and the boards' on-time rate by tier. Counts travel beside every rate. Pure.
import type { LocalDate } from '../../shared/calendar';
import { rate, type Rate } from '../../shared/rate';
import { boardDueOn, quartersDueWithin, tallyBoards, type BoardRules, type BoardSlot, type BoardTally } from './boards';
import { OUTCOME_GROUPS, OUTCOME_TERMS, REMEDY_KINDS, REMEDY_RESULTS, type OutcomeGroup, type Outcome, type RemedyKind, type RemedyResult } from './request-terms';
import type { StatsRow } from './stats-query';

export interface DisclosureTargets {
  /** 按时答复率: the statute allows no late reply. */
  requestsOnTime: number;
  /** 主动公开及时率 (第二十六条). */
  proactiveOnTime: number;
  /** 全文电子化率. */
  fullText: number;
  /** 公开栏按时更新率. */
  boardOnTime: number;
}

export const DEFAULT_DISCLOSURE_TARGETS: DisclosureTargets = { requestsOnTime: 1, proactiveOnTime: 1, fullText: 0.95, boardOnTime: 1 };

/** What the statement returns for one subject, before rates. */
export interface SubjectRows {
  requests: { received: number; answered: number; answeredOnTime: number; open: number; overdueOpen: number };
  outcomes: Map<Outcome, number>;
  proactive: { published: number; onTime: number; fullText: number };
  remedies: Map<`${RemedyKind}|${RemedyResult}`, number>;
  postings: { unitId: string; year: number; quarter: number; postedOn: LocalDate; onTime: boolean }[];
}

export const emptySubjectRows = (): SubjectRows => ({
  requests: { received: 0, answered: 0, answeredOnTime: 0, open: 0, overdueOpen: 0 },
  outcomes: new Map(),
  proactive: { published: 0, onTime: 0, fullText: 0 },
  remedies: new Map(),
  postings: [],
});

const n = (v: number | bigint | null) => Number(v ?? 0);

export function collectRows(subjects: readonly string[], rows: readonly StatsRow[]): Map<string, SubjectRows> {
  const out = new Map(subjects.map((s) => [s, emptySubjectRows()]));
  for (const row of rows) {
    const s = out.get(row.groupKey);
    if (!s) continue;
    switch (row.part) {
      case 'requests':
        s.requests = { received: n(row.a), answered: n(row.b), answeredOnTime: n(row.c), open: n(row.d), overdueOpen: n(row.e) };
        break;
      case 'outcomes':
        if (row.code) s.outcomes.set(row.code as Outcome, n(row.a));
        break;
      case 'proactive':
        s.proactive = { published: n(row.a), onTime: n(row.b), fullText: n(row.c) };
        break;
      case 'remedies':
        if (row.code) s.remedies.set(row.code as `${RemedyKind}|${RemedyResult}`, n(row.a));
        break;
      case 'boards':
        s.postings.push({ unitId: row.code!, year: n(row.a), quarter: n(row.b), postedOn: row.day as LocalDate, onTime: n(row.c) === 1 });
        break;
    }
  }
  return out;
}

export interface BoardUnit {
  id: string;
  tier: string;
}

export interface BoardStats extends BoardTally {
  onTimeRate: Rate;
  byTier: (BoardTally & { tier: string; onTimeRate: Rate })[];
}

export interface DisclosureStats {
  proactive: { published: number; onTime: number; timeliness: Rate; fullText: Rate };
  requests: SubjectRows['requests'] & { onTimeRate: Rate };
  outcomes: { group: OutcomeGroup; count: number }[];
  remedies: { kind: RemedyKind; results: { result: RemedyResult; count: number }[]; total: number }[];
  /** Null for departments (boards belong to townships and villages). */
  boards: BoardStats | null;
}

/** Board slots: every unit keeping a board × every quarter whose deadline falls in [from, to]. */
export function boardSlots(rules: BoardRules, units: readonly BoardUnit[], from: LocalDate, to: LocalDate): BoardSlot[] {
  const quarters = quartersDueWithin(rules, from, to);
  return units.filter((u) => rules.tiers.includes(u.tier)).flatMap((u) => quarters.map((quarter) => ({ unitId: u.id, quarter, dueOn: boardDueOn(rules, quarter) })));
}

function boardStats(rows: SubjectRows, units: readonly BoardUnit[], rules: BoardRules, window: { from: LocalDate; to: LocalDate; asOf: LocalDate }, target: number): BoardStats {
  const slots = boardSlots(rules, units, window.from, window.to);
  const total = tallyBoards(slots, rows.postings, window.asOf);
  const tierOf = new Map(units.map((u) => [u.id, u.tier]));
  const byTier = rules.tiers.map((tier) => {
    const t = tallyBoards(
      slots.filter((s) => tierOf.get(s.unitId) === tier),
      rows.postings.filter((p) => tierOf.get(p.unitId) === tier),
      window.asOf,
    );
    return { tier, ...t, onTimeRate: rate(t.onTime, t.due, target) };
  });
  return { ...total, onTimeRate: rate(total.onTime, total.due, target), byTier };
}

export function disclosureStats(
  rows: SubjectRows,
  targets: DisclosureTargets,
  boards: { units: readonly BoardUnit[]; rules: BoardRules; window: { from: LocalDate; to: LocalDate; asOf: LocalDate } } | null,
): DisclosureStats {
  const groupCounts = new Map<OutcomeGroup, number>();
  for (const [outcome, count] of rows.outcomes) {
    const group = OUTCOME_TERMS[outcome]?.group;
    if (group) groupCounts.set(group, (groupCounts.get(group) ?? 0) + count);
  }
  return {
    proactive: {
      published: rows.proactive.published,
      onTime: rows.proactive.onTime,
      timeliness: rate(rows.proactive.onTime, rows.proactive.published, targets.proactiveOnTime),
      fullText: rate(rows.proactive.fullText, rows.proactive.published, targets.fullText),
    },
    requests: { ...rows.requests, onTimeRate: rate(rows.requests.answeredOnTime, rows.requests.answered, targets.requestsOnTime) },
    outcomes: OUTCOME_GROUPS.map((group) => ({ group, count: groupCounts.get(group) ?? 0 })),
    remedies: REMEDY_KINDS.map((kind) => {
      const results = REMEDY_RESULTS.map((result) => ({ result, count: rows.remedies.get(`${kind}|${result}`) ?? 0 }));
      return { kind, results, total: results.reduce((a, r) => a + r.count, 0) };
    }),
    boards: boards ? boardStats(rows, boards.units, boards.rules, boards.window, targets.boardOnTime) : null,
  };
}
