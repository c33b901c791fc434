// The inspections page's queries, one per panel so each loads and fails on its own. Keys are
// hierarchical: ['inspections', unit, purpose, …] (the page's data-ready waits on the prefix).
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { gql } from '../../api/client';
import { INSPECTION_FIGURES, type InspectionFigures } from '../../api/fragments';
import { formatPeriod, previousPeriod, toPeriodInput, type Period } from '../../lib/period';
import { ledgerFilter, pageRequest, type DeadlineInput, type LedgerMode } from './ledger';
import type { Tier } from './tiers';

const FIVE_MINUTES = 5 * 60_000;

const STATS = `${INSPECTION_FIGURES} byKind { kind label count } escalatedOverdue awaitingVerification verifiedInPeriod`;

export interface InspectionStats extends InspectionFigures {
  byKind: { kind: string; label: string; count: number }[];
  escalatedOverdue: number;
  awaitingVerification: number;
  verifiedInPeriod: number;
}

export interface UnitBehind {
  unitId: string;
  name: string;
  path: string;
  reasons: string[];
  reasonsEn: string[];
}

export interface Frequency {
  year: number;
  asOf: string;
  unitsRequired: number;
  unitsBehind: number;
  behind: UnitBehind[];
  own: { behind: boolean; counts: { code: string; label: string; done: number; required: number; expectedByNow: number; behind: boolean }[] } | null;
}

export interface UnitStats {
  id: string;
  cur: (InspectionStats & { frequency: Frequency | null }) | null;
  prev: InspectionStats | null;
}

/** The unit's figures for the period and the one before, with frequency compliance. */
export function statsQuery(code: string, period: Period) {
  const document = `query Inspections_Stats($code: String!, $p: PeriodInput!, $prev: PeriodInput!) {
    orgUnit(code: $code) { id
      cur: inspectionStats(period: $p) { ${STATS}
        frequency { year asOf unitsRequired unitsBehind behind { unitId name path reasons reasonsEn }
          own { behind counts { code label done required expectedByNow behind } } }
      }
      prev: inspectionStats(period: $prev) { ${STATS} }
    }
  }`;
  return queryOptions({
    queryKey: ['inspections', code, 'stats', formatPeriod(period)],
    queryFn: async ({ signal }) =>
      (await gql<{ orgUnit: UnitStats | null }>(document, { code, p: toPeriodInput(period), prev: toPeriodInput(previousPeriod(period)) }, { signal })).orgUnit,
    staleTime: FIVE_MINUTES,
  });
}

export interface ChildStats {
  id: string;
  code: string;
  name: string;
  tier: string;
  s: Pick<InspectionFigures, 'inspections' | 'scored' | 'averageScore' | 'grade' | 'gradeLabel' | 'openRectifications' | 'overdueRectifications'> | null;
}

export function childrenQuery(code: string, period: Period) {
  const document = `query Inspections_Children($code: String!, $p: PeriodInput!) {
    orgUnit(code: $code) { id children { id code name tier
      s: inspectionStats(period: $p) { inspections scored averageScore grade gradeLabel openRectifications overdueRectifications } } }
  }`;
  return queryOptions({
    queryKey: ['inspections', code, 'children', formatPeriod(period)],
    queryFn: async ({ signal }) => (await gql<{ orgUnit: { children: ChildStats[] } | null }>(document, { code, p: toPeriodInput(period) }, { signal })).orgUnit?.children ?? [],
    staleTime: FIVE_MINUTES,
  });
}

export interface InspectionRanking {
  minInspections: number;
  ranked: { rank: number; name: string; average: number; count: number; unit: { code: string } }[];
  notRanked: { name: string; average: number | null; count: number; needed: number; unit: { code: string } }[];
}

export function rankingQuery(code: string, path: string, tier: Tier, period: Period) {
  const document = `query Inspections_Ranking($p: PeriodInput!, $path: String!, $tier: InspectionRankingTier!) {
    inspectionRanking(period: $p, withinPath: $path, tier: $tier) { minInspections
      ranked { rank name average count unit { code } }
      notRanked { name average count needed unit { code } } }
  }`;
  return queryOptions({
    queryKey: ['inspections', code, 'ranking', tier, formatPeriod(period)],
    queryFn: async ({ signal }) => (await gql<{ inspectionRanking: InspectionRanking }>(document, { p: toPeriodInput(period), path, tier }, { signal })).inspectionRanking,
    staleTime: FIVE_MINUTES,
  });
}

export interface RectificationEvent {
  seq: number;
  type: string;
  on: string;
  note: string | null;
  evidence: string[];
  dueOn: string | null;
}

export interface Rectification extends DeadlineInput {
  warning: DeadlineInput['warning'] & { shouldEscalate: boolean };
  id: string;
  rectificationNo: string;
  stateLabel: string;
  ownerUnit: { code: string; name: string };
  ownerDepartment: { code: string; name: string; shortName: string | null } | null;
  ownerPerson: string | null;
  inspectingUnit: { name: string };
  foundOn: string;
  openedOn: string;
  verifiedOn: string | null;
  rejections: number;
  escalations: number;
  escalated: boolean;
  finding: { description: string; descriptionEn: string; evidenceNote: string | null; inspection: { inspectionNo: string; kind: string; kindLabel: string; date: string; score: number } };
  events: RectificationEvent[];
}

export interface RectificationPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  rows: Rectification[];
}

export const LEDGER_PAGE_SIZE = 20;

export function rectificationsQuery(code: string, unitId: string, mode: LedgerMode, after: string | null, before: string | null) {
  const document = `query Inspections_Rectifications($filter: RectificationFilter, $first: Int, $last: Int, $after: String, $before: String) {
    rectifications(filter: $filter, first: $first, last: $last, after: $after, before: $before) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      edges { node { id rectificationNo state stateLabel ownerUnit { code name } ownerDepartment { code name shortName } ownerPerson
        inspectingUnit { name } foundOn openedOn dueOn verifiedOn rejections escalations escalated
        warning { level overdueWorkingDays shouldEscalate }
        finding { description descriptionEn evidenceNote inspection { inspectionNo kind kindLabel date score } }
        events { seq type on note evidence dueOn } } }
    }
  }`;
  return queryOptions({
    queryKey: ['inspections', code, 'rectifications', mode, after ?? '', before ?? ''],
    queryFn: async ({ signal }): Promise<RectificationPage> => {
      const data = await gql<{ rectifications: Omit<RectificationPage, 'rows'> & { edges: { node: Rectification }[] } }>(
        document,
        { filter: ledgerFilter(unitId, mode), ...pageRequest(after, before, LEDGER_PAGE_SIZE) },
        { signal },
      );
      const { edges, ...rest } = data.rectifications;
      return { ...rest, rows: edges.map((e) => e.node) };
    },
    staleTime: FIVE_MINUTES,
    // Keeps the current page on screen while the next one loads.
    placeholderData: keepPreviousData,
  });
}

export interface SupervisionNotice {
  id: string;
  noticeNo: string;
  unit: { code: string; name: string };
  year: number;
  quarter: number;
  average: number;
  inspections: number;
  issuedOn: string;
  dueOn: string;
}

/** Notices are few (one per unit graded 不合格 in a quarter): one page of 100 covers a county's year. */
/** Notices are issued per quarter: a year or quarter asks for those; a month or range for its year. */
export function noticeScope(period: Period): { year: number; quarter: number | null } {
  if (period.kind === 'quarter') return { year: period.year, quarter: period.quarter };
  return { year: period.kind === 'range' ? Number(period.from.slice(0, 4)) : period.year, quarter: null };
}

export function noticesKey(code: string, period: Period) {
  const { year, quarter } = noticeScope(period);
  return ['inspections', code, 'notices', year, quarter ?? ''];
}

export function noticesQuery(code: string, path: string, period: Period) {
  const { year, quarter } = noticeScope(period);
  const document = `query Inspections_Notices($year: Int, $quarter: Int, $path: String) {
    supervisionNotices(year: $year, quarter: $quarter, withinPath: $path, first: 100) {
      pageInfo { hasNextPage }
      edges { node { id noticeNo unit { code name } year quarter average inspections issuedOn dueOn } }
    }
  }`;
  return queryOptions({
    queryKey: noticesKey(code, period),
    queryFn: async ({ signal }) => {
      const data = await gql<{ supervisionNotices: { pageInfo: { hasNextPage: boolean }; edges: { node: SupervisionNotice }[] } }>(document, { year, quarter, path }, { signal });
      return { more: data.supervisionNotices.pageInfo.hasNextPage, notices: data.supervisionNotices.edges.map((e) => e.node) };
    },
    staleTime: FIVE_MINUTES,
  });
}
