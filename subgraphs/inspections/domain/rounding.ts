// Display rounding shared by the scoring, grade, ranking and scorecard modules, so that a score
// shown as 89.9 is the score every other figure (grade, rank) was derived from.

/**
 * Rounds half away from zero to `decimals` places. The small nudge keeps binary fractions such as
 * 84.95 (stored as 84.9499999…) from rounding down.
 */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const rounded = Math.round(scaled + scaled * Number.EPSILON * 4) / factor;
  return value < 0 ? -rounded : rounded;
}

/** Mean of the values rounded to one decimal, or null for none (an average of nothing is not 0). */
export function averageOneDecimal(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return roundTo(values.reduce((sum, v) => sum + v, 0) / values.length, 1);
}
