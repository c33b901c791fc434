import { describe, expect, it } from 'vitest';
import { rate } from '../../shared/rate';
import {
  averageScoreAsRate,
  computeScorecard,
  DEFAULT_SCORECARD_WEIGHTS,
  SCORECARD_MEASURES,
  validateScorecardWeights,
  type RateLike,
  type Scorecard,
  type ScorecardInput,
  type ScorecardWeights,
} from './scorecard';

const r = (numerator: number, denominator: number): RateLike => rate(numerator, denominator, 0.9);
const card = (input: ScorecardInput, weights?: ScorecardWeights): Scorecard => {
  const outcome = computeScorecard(input, weights);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.scorecard;
};
const rulesOf = (input: ScorecardInput, weights?: ScorecardWeights) => {
  const outcome = computeScorecard(input, weights);
  return outcome.ok ? [] : outcome.errors.map(({ field, rule }) => ({ field, rule }));
};

/** A township with figures in every domain. */
const FULL: ScorecardInput = {
  APPROVALS_ON_TIME: r(90, 100),
  APPROVALS_SATISFACTION: r(40, 50),
  COMPLAINTS_ON_TIME: r(20, 20),
  COMPLAINTS_SATISFACTION: r(5, 10),
  DISCLOSURE_REQUESTS_ON_TIME: r(3, 4),
  DISCLOSURE_BOARD_ON_TIME: r(4, 4),
  INSPECTION_SCORE: averageScoreAsRate([80, 90]),
  RECTIFICATION_COMPLETION: r(3, 5),
};

describe('the default weights', () => {
  it('give each domain 25 of 100 points, more to timeliness', () => {
    expect(validateScorecardWeights(DEFAULT_SCORECARD_WEIGHTS)).toEqual([]);
    expect(SCORECARD_MEASURES.reduce((s, m) => s + DEFAULT_SCORECARD_WEIGHTS[m], 0)).toBe(100);
    const c = card(FULL);
    expect(c.parts.map((p) => [p.part, p.effectiveWeight])).toEqual([
      ['APPROVALS', 25],
      ['COMPLAINTS', 25],
      ['DISCLOSURES', 25],
      ['INSPECTIONS', 25],
    ]);
  });
});

describe('computeScorecard with every part', () => {
  it('is the weighted sum: 13.5 + 8 + 15 + 5 + 11.25 + 10 + 12.75 + 6 = 81.5', () => {
    const c = card(FULL);
    expect(c.score).toBe(81.5);
    expect(c.missing).toEqual([]);
    expect(c.measures.map((m) => [m.measure, m.effectiveWeight, m.contribution])).toEqual([
      ['APPROVALS_ON_TIME', 15, 13.5],
      ['APPROVALS_SATISFACTION', 10, 8],
      ['COMPLAINTS_ON_TIME', 15, 15],
      ['COMPLAINTS_SATISFACTION', 10, 5],
      ['DISCLOSURE_REQUESTS_ON_TIME', 15, 11.25],
      ['DISCLOSURE_BOARD_ON_TIME', 10, 10],
      ['INSPECTION_SCORE', 15, 12.75],
      ['RECTIFICATION_COMPLETION', 10, 6],
    ]);
    expect(c.parts.map((p) => [p.part, p.contribution])).toEqual([
      ['APPROVALS', 21.5],
      ['COMPLAINTS', 20],
      ['DISCLOSURES', 21.25],
      ['INSPECTIONS', 18.75],
    ]);
  });

  it('keeps the counts beside each value', () => {
    const line = card(FULL).measures.find((m) => m.measure === 'RECTIFICATION_COMPLETION')!;
    expect(line).toMatchObject({ numerator: 3, denominator: 5, value: 0.6, weight: 10, hasData: true, part: 'INSPECTIONS', label: { zh: '整改完成率' } });
  });

  it('gives 100 for perfect figures and 0 for all-zero ones', () => {
    const perfect = Object.fromEntries(SCORECARD_MEASURES.map((m) => [m, r(7, 7)]));
    const zero = Object.fromEntries(SCORECARD_MEASURES.map((m) => [m, r(0, 7)]));
    expect(card(perfect).score).toBe(100);
    expect(card(zero).score).toBe(0);
    expect(card(zero).missing).toEqual([]);
  });
});

describe('parts without data', () => {
  it('redistribute their weight proportionally over the parts with data, and are listed', () => {
    // No disclosure requests and no board due: W = 75; score = 100 × 60.25 / 75 = 80.33…
    const c = card({ ...FULL, DISCLOSURE_REQUESTS_ON_TIME: r(0, 0), DISCLOSURE_BOARD_ON_TIME: null });
    expect(c.score).toBe(80.3);
    expect(c.missing).toEqual(['DISCLOSURE_REQUESTS_ON_TIME', 'DISCLOSURE_BOARD_ON_TIME']);
    expect(c.measures.map((m) => [m.measure, m.effectiveWeight, m.contribution, m.hasData])).toEqual([
      ['APPROVALS_ON_TIME', 20, 18, true],
      ['APPROVALS_SATISFACTION', 13.33, 10.67, true],
      ['COMPLAINTS_ON_TIME', 20, 20, true],
      ['COMPLAINTS_SATISFACTION', 13.33, 6.67, true],
      ['DISCLOSURE_REQUESTS_ON_TIME', 0, null, false],
      ['DISCLOSURE_BOARD_ON_TIME', 0, null, false],
      ['INSPECTION_SCORE', 20, 17, true],
      ['RECTIFICATION_COMPLETION', 13.33, 8, true],
    ]);
    expect(c.parts.find((p) => p.part === 'DISCLOSURES')).toMatchObject({ effectiveWeight: 0, contribution: null });
  });

  it('treat an omitted measure, a null value and a zero denominator alike', () => {
    const { APPROVALS_SATISFACTION: _omitted, ...withoutSatisfaction } = FULL;
    const a = card(withoutSatisfaction);
    const b = card({ ...FULL, APPROVALS_SATISFACTION: { numerator: 0, denominator: 3, value: null } });
    const c = card({ ...FULL, APPROVALS_SATISFACTION: { numerator: 0, denominator: 0, value: 0.9 } });
    expect([a.score, b.score, c.score]).toEqual([a.score, a.score, a.score]);
    expect(a.missing).toEqual(['APPROVALS_SATISFACTION']);
    // 100 × (81.5 − 8) / 90 = 81.666…
    expect(a.score).toBe(81.7);
  });

  it('make the score rest on the single part left', () => {
    const c = card({ INSPECTION_SCORE: averageScoreAsRate([72.5]) });
    expect(c.score).toBe(72.5);
    expect(c.measures.find((m) => m.measure === 'INSPECTION_SCORE')).toMatchObject({ effectiveWeight: 100, contribution: 72.5 });
    expect(c.missing).toHaveLength(7);
  });

  it('give no score at all without any data, never 0', () => {
    const c = card({});
    expect(c.score).toBeNull();
    expect(c.missing).toEqual([...SCORECARD_MEASURES]);
    expect(c.parts.every((p) => p.contribution === null && p.effectiveWeight === 0)).toBe(true);
  });

  it('do not count a measure weighted 0 as missing, nor use its data', () => {
    const weights = { ...DEFAULT_SCORECARD_WEIGHTS, COMPLAINTS_SATISFACTION: 0 };
    const c = card({ ...FULL, COMPLAINTS_SATISFACTION: r(0, 10) }, weights);
    expect(c.missing).toEqual([]);
    // 100 × (81.5 − 5) / 90 = 85.
    expect(c.score).toBe(85);
    expect(card({ ...FULL, COMPLAINTS_SATISFACTION: null }, weights).missing).toEqual([]);
  });
});

describe('recomputed independently', () => {
  /** The rule as written in the module header, spelled out with plain loops. */
  function byHand(input: ScorecardInput, weights: ScorecardWeights): number | null {
    let weighted = 0;
    let weightWithData = 0;
    for (const m of SCORECARD_MEASURES) {
      const x = input[m];
      if (!x || x.denominator === 0 || x.value === null || weights[m] === 0) continue;
      weighted += weights[m] * x.value;
      weightWithData += weights[m];
    }
    return weightWithData === 0 ? null : Math.round((1000 * weighted) / weightWithData) / 10;
  }

  it('agrees with the hand computation for every combination of missing domains and a custom weighting', () => {
    const custom: ScorecardWeights = { ...DEFAULT_SCORECARD_WEIGHTS, INSPECTION_SCORE: 30, APPROVALS_ON_TIME: 5, DISCLOSURE_BOARD_ON_TIME: 0 };
    const unit: ScorecardInput = { ...FULL, APPROVALS_ON_TIME: r(17, 23), COMPLAINTS_SATISFACTION: r(11, 13), INSPECTION_SCORE: averageScoreAsRate([91.5, 77, 64.25]) };
    for (let mask = 0; mask < 2 ** SCORECARD_MEASURES.length; mask += 7) {
      const input = Object.fromEntries(SCORECARD_MEASURES.map((m, i) => [m, mask & (1 << i) ? null : unit[m]]));
      for (const weights of [DEFAULT_SCORECARD_WEIGHTS, custom]) {
        expect(card(input, weights).score).toBe(byHand(input, weights));
      }
    }
  });
});

describe('averageScoreAsRate', () => {
  it('turns scores into a value between 0 and 1 with the count as denominator', () => {
    expect(averageScoreAsRate([80, 90])).toEqual({ numerator: 1.7, denominator: 2, value: 0.85 });
    expect(averageScoreAsRate([])).toEqual({ numerator: 0, denominator: 0, value: null });
  });
});

describe('validation', () => {
  it('rejects negative and non-numeric weights, unknown measures, and all-zero weights', () => {
    expect(rulesOf(FULL, { ...DEFAULT_SCORECARD_WEIGHTS, APPROVALS_ON_TIME: -1, COMPLAINTS_ON_TIME: Number.POSITIVE_INFINITY })).toEqual([
      { field: 'weights.APPROVALS_ON_TIME', rule: 'WEIGHT_NON_NEGATIVE' },
      { field: 'weights.COMPLAINTS_ON_TIME', rule: 'WEIGHT_NON_NEGATIVE' },
    ]);
    const zero = Object.fromEntries(SCORECARD_MEASURES.map((m) => [m, 0])) as unknown as ScorecardWeights;
    expect(rulesOf(FULL, zero)).toEqual([{ field: 'weights', rule: 'WEIGHTS_SUM_POSITIVE' }]);
    expect(rulesOf(FULL, { ...DEFAULT_SCORECARD_WEIGHTS, PARKING: 5 } as unknown as ScorecardWeights)).toEqual([{ field: 'weights.PARKING', rule: 'UNKNOWN_MEASURE' }]);
    const { RECTIFICATION_COMPLETION: _dropped, ...missingOne } = DEFAULT_SCORECARD_WEIGHTS;
    expect(rulesOf(FULL, missingOne as unknown as ScorecardWeights)).toEqual([{ field: 'weights.RECTIFICATION_COMPLETION', rule: 'WEIGHT_NON_NEGATIVE' }]);
  });

  it('accepts weights that do not sum to 100 (they are relative)', () => {
    const tenths = Object.fromEntries(SCORECARD_MEASURES.map((m) => [m, DEFAULT_SCORECARD_WEIGHTS[m] / 10])) as unknown as ScorecardWeights;
    expect(card(FULL, tenths).score).toBe(81.5);
  });

  it('rejects values outside 0–1 and negative denominators', () => {
    expect(rulesOf({ ...FULL, INSPECTION_SCORE: { numerator: 85, denominator: 1, value: 85 }, APPROVALS_ON_TIME: { numerator: 1, denominator: -1, value: 0.5 } })).toEqual([
      { field: 'input.APPROVALS_ON_TIME.denominator', rule: 'DENOMINATOR_NON_NEGATIVE' },
      { field: 'input.INSPECTION_SCORE.value', rule: 'VALUE_RANGE' },
    ]);
  });
});
