// A rate always travels with its counts and target (DOMAIN.md "Fair comparisons": show the count
// beside every rate). Shared by every domain's statistics and the GraphQL KpiRate type.

export interface Rate {
  numerator: number;
  denominator: number;
  /** null when nothing is counted: a rate of an empty set is not 0%. */
  value: number | null;
  target: number;
  /** Most rates are better high (办结率); some are better low (退单率, 重复来电率): their target is a ceiling. */
  higherIsBetter: boolean;
  meetsTarget: boolean | null;
}

export function rate(numerator: number, denominator: number, target: number, direction: 'higher' | 'lower' = 'higher'): Rate {
  const value = denominator === 0 ? null : numerator / denominator;
  const higherIsBetter = direction === 'higher';
  const meetsTarget = value === null ? null : higherIsBetter ? value >= target : value <= target;
  return { numerator, denominator, value, target, higherIsBetter, meetsTarget };
}

/** 账龄: overdue items by how many working days they are past due. */
export interface AgeingBucket {
  label: string;
  minDays: number;
  maxDays: number | null;
  count: number;
}
