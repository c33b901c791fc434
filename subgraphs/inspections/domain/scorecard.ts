// Unit scorecard (考核测评): one weighted score per unit and period across the four domains
// (issue 6 §7). Pure: the caller brings each measure's figures (fetched from the other subgraphs
// in one batch); this module only combines them.
//
// Measures (each a value between 0 and 1, with the counts it comes from):
//   approvals    APPROVALS_ON_TIME (按时办结率), APPROVALS_SATISFACTION (满意率)
//   complaints   COMPLAINTS_ON_TIME (按时办结率), COMPLAINTS_SATISFACTION (满意率)
//   disclosures  DISCLOSURE_REQUESTS_ON_TIME (依申请公开按时答复率), DISCLOSURE_BOARD_ON_TIME
//                (公开栏按时更新率)
//   inspections  INSPECTION_SCORE (average inspection score / 100), RECTIFICATION_COMPLETION
//                (整改完成率)
//
// Computation:
//   - A measure has data when its denominator is above 0 and its value is not null (rate() gives a
//     null value for an empty denominator; an average of no inspections is null).
//   - D = the measures with data and a weight above 0. W = Σ weight over D.
//   - score = 100 × Σ_{m ∈ D} weight_m × value_m / W, rounded to one decimal.
//     Equivalently: a measure without data gets no share, and its weight is redistributed over the
//     measures with data in proportion to their own weights. Its effective weight is
//     100 × weight_m / W; its contribution is 100 × weight_m × value_m / W (two decimals).
//   - Measures without data are listed in `missing` (with contribution null), so a reader sees the
//     score rests on fewer parts; a measure configured with weight 0 is neither used nor missing.
//   - No measure with data → score null (never 0: no data is not a bad score).
// Weights are relative: they need not sum to 100 (the default ones do). Each must be ≥ 0, and
// their sum > 0. Values must lie within 0–1 and denominators must be ≥ 0.
import { userError, type UserError } from '../../shared/errors';
import { roundTo } from './rounding';

export const SCORECARD_MEASURES = [
  'APPROVALS_ON_TIME',
  'APPROVALS_SATISFACTION',
  'COMPLAINTS_ON_TIME',
  'COMPLAINTS_SATISFACTION',
  'DISCLOSURE_REQUESTS_ON_TIME',
  'DISCLOSURE_BOARD_ON_TIME',
  'INSPECTION_SCORE',
  'RECTIFICATION_COMPLETION',
] as const;
export type ScorecardMeasure = (typeof SCORECARD_MEASURES)[number];

export const SCORECARD_PARTS = ['APPROVALS', 'COMPLAINTS', 'DISCLOSURES', 'INSPECTIONS'] as const;
export type ScorecardPart = (typeof SCORECARD_PARTS)[number];

export const MEASURE_PART: Readonly<Record<ScorecardMeasure, ScorecardPart>> = {
  APPROVALS_ON_TIME: 'APPROVALS',
  APPROVALS_SATISFACTION: 'APPROVALS',
  COMPLAINTS_ON_TIME: 'COMPLAINTS',
  COMPLAINTS_SATISFACTION: 'COMPLAINTS',
  DISCLOSURE_REQUESTS_ON_TIME: 'DISCLOSURES',
  DISCLOSURE_BOARD_ON_TIME: 'DISCLOSURES',
  INSPECTION_SCORE: 'INSPECTIONS',
  RECTIFICATION_COMPLETION: 'INSPECTIONS',
};

export const MEASURE_LABELS: Readonly<Record<ScorecardMeasure, { zh: string; en: string }>> = {
  APPROVALS_ON_TIME: { zh: '审批按时办结率', en: 'approvals decided on time' },
  APPROVALS_SATISFACTION: { zh: '审批满意率', en: 'approvals satisfaction' },
  COMPLAINTS_ON_TIME: { zh: '诉求按时办结率', en: 'requests replied on time' },
  COMPLAINTS_SATISFACTION: { zh: '诉求满意率', en: 'requests satisfaction' },
  DISCLOSURE_REQUESTS_ON_TIME: { zh: '依申请公开按时答复率', en: 'disclosure requests answered on time' },
  DISCLOSURE_BOARD_ON_TIME: { zh: '公开栏按时更新率', en: 'disclosure boards updated on time' },
  INSPECTION_SCORE: { zh: '督查平均得分', en: 'average inspection score' },
  RECTIFICATION_COMPLETION: { zh: '整改完成率', en: 'rectifications completed' },
};

export const PART_LABELS: Readonly<Record<ScorecardPart, { zh: string; en: string }>> = {
  APPROVALS: { zh: '行政审批', en: 'approvals' },
  COMPLAINTS: { zh: '诉求办理', en: 'complaints and hotline' },
  DISCLOSURES: { zh: '政务公开', en: 'disclosures' },
  INSPECTIONS: { zh: '督查考核', en: 'inspections' },
};

export type ScorecardWeights = Readonly<Record<ScorecardMeasure, number>>;

/** Product defaults (a county sets its own): 100 points, a quarter per domain, more on timeliness. */
export const DEFAULT_SCORECARD_WEIGHTS: ScorecardWeights = {
  APPROVALS_ON_TIME: 15,
  APPROVALS_SATISFACTION: 10,
  COMPLAINTS_ON_TIME: 15,
  COMPLAINTS_SATISFACTION: 10,
  DISCLOSURE_REQUESTS_ON_TIME: 15,
  DISCLOSURE_BOARD_ON_TIME: 10,
  INSPECTION_SCORE: 15,
  RECTIFICATION_COMPLETION: 10,
};

/** The shape of shared/rate.ts's Rate that the scorecard needs. */
export interface RateLike {
  numerator: number;
  denominator: number;
  /** 0–1; null when there is nothing to measure. */
  value: number | null;
}

export type ScorecardInput = Readonly<Partial<Record<ScorecardMeasure, RateLike | null>>>;

/** The average inspection score as a RateLike: value = average / 100, denominator = inspections. */
export function averageScoreAsRate(scores: readonly number[]): RateLike {
  const sum = scores.reduce((s, v) => s + v, 0);
  return { numerator: sum / 100, denominator: scores.length, value: scores.length === 0 ? null : sum / 100 / scores.length };
}

export interface MeasureLine {
  measure: ScorecardMeasure;
  part: ScorecardPart;
  label: { zh: string; en: string };
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  /** As configured. */
  weight: number;
  /** Share of the 100 points after redistribution; 0 when the measure has no data. */
  effectiveWeight: number;
  /** Points the measure adds to the score (two decimals); null when it has no data. */
  contribution: number | null;
  hasData: boolean;
}

export interface PartLine {
  part: ScorecardPart;
  label: { zh: string; en: string };
  effectiveWeight: number;
  /** Sum of its measures' contributions; null when none of them has data. */
  contribution: number | null;
}

export interface Scorecard {
  /** 0–100, one decimal; null when no measure has data. */
  score: number | null;
  measures: MeasureLine[];
  parts: PartLine[];
  /** Weighted measures without data, whose weight was redistributed. */
  missing: ScorecardMeasure[];
}

export type ScorecardOutcome = { ok: true; scorecard: Scorecard } | { ok: false; errors: UserError[] };

export function validateScorecardWeights(weights: ScorecardWeights): UserError[] {
  const errors: UserError[] = [];
  for (const key of Object.keys(weights)) {
    if (!(SCORECARD_MEASURES as readonly string[]).includes(key)) {
      errors.push(userError(`weights.${key}`, 'UNKNOWN_MEASURE', `没有考核指标“${key}”`, `there is no measure "${key}"`));
    }
  }
  for (const m of SCORECARD_MEASURES) {
    const w = weights[m];
    if (typeof w !== 'number' || !Number.isFinite(w) || w < 0) {
      errors.push(userError(`weights.${m}`, 'WEIGHT_NON_NEGATIVE', `“${MEASURE_LABELS[m].zh}”的权重须为非负数`, `the weight of ${MEASURE_LABELS[m].en} must be a non-negative number`));
    }
  }
  if (errors.length === 0 && SCORECARD_MEASURES.every((m) => weights[m] === 0)) {
    errors.push(userError('weights', 'WEIGHTS_SUM_POSITIVE', '权重合计须大于0', 'the weights must not all be 0'));
  }
  return errors;
}

function inputErrors(input: ScorecardInput): UserError[] {
  const errors: UserError[] = [];
  for (const m of SCORECARD_MEASURES) {
    const r = input[m];
    if (r == null) continue;
    if (!Number.isFinite(r.denominator) || r.denominator < 0) {
      errors.push(userError(`input.${m}.denominator`, 'DENOMINATOR_NON_NEGATIVE', `“${MEASURE_LABELS[m].zh}”的分母须为非负数`, `the denominator of ${MEASURE_LABELS[m].en} must be non-negative`));
    }
    if (r.value !== null && (!Number.isFinite(r.value) || r.value < 0 || r.value > 1)) {
      errors.push(userError(`input.${m}.value`, 'VALUE_RANGE', `“${MEASURE_LABELS[m].zh}”须在0–1之间`, `${MEASURE_LABELS[m].en} must be between 0 and 1`));
    }
  }
  return errors;
}

export function computeScorecard(input: ScorecardInput, weights: ScorecardWeights = DEFAULT_SCORECARD_WEIGHTS): ScorecardOutcome {
  const errors = [...validateScorecardWeights(weights), ...inputErrors(input)];
  if (errors.length > 0) return { ok: false, errors };

  const hasData = (m: ScorecardMeasure) => {
    const r = input[m];
    return r != null && r.denominator > 0 && r.value !== null;
  };
  const used = SCORECARD_MEASURES.filter((m) => weights[m] > 0 && hasData(m));
  const usedWeight = used.reduce((s, m) => s + weights[m], 0);
  let raw = 0;
  const measures: MeasureLine[] = SCORECARD_MEASURES.map((m) => {
    const r = input[m] ?? null;
    const inUse = used.includes(m);
    const share = inUse ? (100 * weights[m]) / usedWeight : 0;
    const contribution = inUse ? share * r!.value! : null;
    if (contribution !== null) raw += contribution;
    return {
      measure: m,
      part: MEASURE_PART[m],
      label: MEASURE_LABELS[m],
      numerator: r?.numerator ?? null,
      denominator: r?.denominator ?? null,
      value: r?.value ?? null,
      weight: weights[m],
      effectiveWeight: roundTo(share, 2),
      contribution: contribution === null ? null : roundTo(contribution, 2),
      hasData: hasData(m),
    };
  });
  const parts: PartLine[] = SCORECARD_PARTS.map((part) => {
    const lines = measures.filter((l) => l.part === part && used.includes(l.measure));
    const weight = SCORECARD_MEASURES.filter((m) => MEASURE_PART[m] === part && used.includes(m)).reduce((s, m) => s + weights[m], 0);
    const contribution = lines.reduce((s, m) => s + ((100 * weights[m.measure]) / usedWeight) * m.value!, 0);
    return {
      part,
      label: PART_LABELS[part],
      effectiveWeight: usedWeight === 0 ? 0 : roundTo((100 * weight) / usedWeight, 2),
      contribution: lines.length === 0 ? null : roundTo(contribution, 2),
    };
  });
  return {
    ok: true,
    scorecard: {
      score: used.length === 0 ? null : roundTo(raw, 1),
      measures,
      parts,
      missing: SCORECARD_MEASURES.filter((m) => weights[m] > 0 && !hasData(m)),
    },
  };
}
