// The four domains (and the scorecard) as the overview shows them: which stats field, which
// figures, which tiles, which trend series and which comparison columns. The page is generic over
// this table, so a domain's panels fail or load on their own.
import {
  APPROVAL_FIGURES,
  COMPLAINT_FIGURES,
  DISCLOSURE_FIGURES,
  INSPECTION_FIGURES,
  SCORECARD_FIGURES,
  type ApprovalFigures,
  type ComplaintFigures,
  type DisclosureFigures,
  type InspectionFigures,
  type Rate,
  type ScorecardFigures,
} from '../../api/fragments';
import { rateStanding, scoreStanding, zeroStanding, type Standing } from '../../lib/thresholds';

export type DomainKey = 'approvals' | 'complaints' | 'disclosures' | 'inspections' | 'scorecard';

/** One figure of a domain: a tile, a comparison column and possibly a trend series. */
export interface Measure<F> {
  key: string;
  kind: 'rate' | 'count' | 'score';
  value: (f: F) => number | null;
  /** "numerator / denominator" for rates, shown beside them. */
  counts?: (f: F) => [number, number] | null;
  rate?: (f: F) => Rate | null;
  standing: (f: F) => Standing;
  higherIsBetter?: boolean;
  /** Opens the overdue workbench filtered to this domain. */
  overdueDomain?: 'approvals' | 'complaints' | 'disclosures';
  /** Shown as a tile on the overview. */
  tile?: boolean;
  /** Plotted on the monthly trend chart: bars for volumes, lines for rates and scores. */
  trend?: 'bar' | 'line';
}

export interface DomainSpec<F> {
  key: DomainKey;
  statsField: string;
  trendField: string | null;
  figures: string;
  /** Fields a department has too (all but boards and frequency, which are township affairs). */
  onDepartments: boolean;
  measures: Measure<F>[];
  /** Cases behind the unit's figures, for the fair ranking. */
  volume?: (f: F) => number;
}

const rate = <F,>(key: string, pick: (f: F) => Rate | null, extra: Partial<Measure<F>> = {}): Measure<F> => ({
  key,
  kind: 'rate',
  value: (f) => pick(f)?.value ?? null,
  counts: (f) => {
    const r = pick(f);
    return r ? [r.numerator, r.denominator] : null;
  },
  rate: pick,
  standing: (f) => rateStanding(pick(f)),
  ...extra,
});

export const approvals: DomainSpec<ApprovalFigures> = {
  key: 'approvals',
  statsField: 'approvalStats',
  trendField: 'approvalTrend',
  figures: APPROVAL_FIGURES,
  onDepartments: true,
  volume: (f) => f.accepted,
  measures: [
    { key: 'accepted', kind: 'count', value: (f) => f.accepted, standing: () => 'none', trend: 'bar' },
    rate('completionRate', (f) => f.completionRate, { tile: true }),
    rate('onTimeRate', (f) => f.onTimeRate, { tile: true, trend: 'line' }),
    rate('satisfactionRate', (f) => f.satisfactionRate, { tile: true, trend: 'line' }),
    { key: 'overdueOpen', kind: 'count', value: (f) => f.overdueOpen, standing: (f) => zeroStanding(f.overdueOpen), higherIsBetter: false, overdueDomain: 'approvals', tile: true },
  ],
};

export const complaints: DomainSpec<ComplaintFigures> = {
  key: 'complaints',
  statsField: 'complaintStats',
  trendField: 'complaintTrend',
  figures: COMPLAINT_FIGURES,
  onDepartments: true,
  volume: (f) => f.received,
  measures: [
    { key: 'received', kind: 'count', value: (f) => f.received, standing: () => 'none', trend: 'bar' },
    rate('onTimeRate', (f) => f.onTimeRate, { tile: true, trend: 'line' }),
    rate('satisfactionRate', (f) => f.satisfactionRate, { tile: true, trend: 'line' }),
    { key: 'overdueOpen', kind: 'count', value: (f) => f.overdueOpen, standing: (f) => zeroStanding(f.overdueOpen), higherIsBetter: false, overdueDomain: 'complaints', tile: true },
  ],
};

export const disclosures: DomainSpec<DisclosureFigures> = {
  key: 'disclosures',
  statsField: 'disclosureStats',
  trendField: 'disclosureTrend',
  figures: DISCLOSURE_FIGURES,
  onDepartments: true,
  volume: (f) => f.requestsReceived,
  measures: [
    { key: 'requestsReceived', kind: 'count', value: (f) => f.requestsReceived, standing: () => 'none', trend: 'bar' },
    rate('onTimeRate', (f) => f.onTimeRate, { tile: true, trend: 'line' }),
    rate('boardOnTimeRate', (f) => f.boardOnTimeRate, { tile: true, trend: 'line' }),
    { key: 'overdueOpen', kind: 'count', value: (f) => f.overdueOpen, standing: (f) => zeroStanding(f.overdueOpen), higherIsBetter: false, overdueDomain: 'disclosures', tile: true },
  ],
};

export const inspections: DomainSpec<InspectionFigures> = {
  key: 'inspections',
  statsField: 'inspectionStats',
  trendField: 'inspectionTrend',
  figures: INSPECTION_FIGURES,
  onDepartments: true,
  measures: [
    { key: 'inspections', kind: 'count', value: (f) => f.inspections, standing: () => 'none', trend: 'bar' },
    { key: 'averageScore', kind: 'score', value: (f) => f.averageScore, standing: (f) => scoreStanding(f.averageScore), tile: true, trend: 'line' },
    { key: 'openRectifications', kind: 'count', value: (f) => f.openRectifications, standing: (f) => zeroStanding(f.overdueRectifications), higherIsBetter: false, tile: true },
    { key: 'overdueRectifications', kind: 'count', value: (f) => f.overdueRectifications, standing: (f) => zeroStanding(f.overdueRectifications), higherIsBetter: false },
  ],
};

export const scorecard: DomainSpec<ScorecardFigures> = {
  key: 'scorecard',
  statsField: 'scorecard',
  trendField: null,
  figures: SCORECARD_FIGURES,
  onDepartments: true,
  measures: [{ key: 'score', kind: 'score', value: (f) => f.score, standing: (f) => scoreStanding(f.score), tile: true }],
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const DOMAINS: DomainSpec<any>[] = [approvals, complaints, disclosures, inspections, scorecard];
