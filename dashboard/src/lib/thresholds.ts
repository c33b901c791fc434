// How a figure is coloured against the county's target: green when it meets it, amber when it
// misses by a little (within the margin), red beyond. Rates come with their target and direction
// (KpiRate); scores use the grade bands.

export type Standing = 'good' | 'warn' | 'bad' | 'none';

export interface RateLike {
  value: number | null;
  target: number;
  higherIsBetter: boolean;
}

/** How far below (or above, for ceilings) a target still counts as "close": 2 percentage points. */
export const RATE_MARGIN = 0.02;

export function rateStanding(rate: RateLike | null | undefined, margin = RATE_MARGIN): Standing {
  if (!rate || rate.value == null) return 'none';
  const shortfall = rate.higherIsBetter ? rate.target - rate.value : rate.value - rate.target;
  if (shortfall <= 1e-9) return 'good';
  return shortfall <= margin ? 'warn' : 'bad';
}

/** Inspection and scorecard scores out of 100: 良好 (≥ 80) good, 合格 (≥ 60) amber, below red. */
export function scoreStanding(score: number | null | undefined, bands = { good: 80, pass: 60 }): Standing {
  if (score == null) return 'none';
  return score >= bands.good ? 'good' : score >= bands.pass ? 'warn' : 'bad';
}

/** Counts that should be zero (overdue cases, overdue rectifications). */
export function zeroStanding(count: number | null | undefined): Standing {
  if (count == null) return 'none';
  return count === 0 ? 'good' : 'bad';
}
