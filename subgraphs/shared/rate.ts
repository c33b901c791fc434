// A rate always travels with its counts and target (DOMAIN.md "Fair comparisons": show the count
// beside every rate). Shared by every domain's statistics and the GraphQL KpiRate type.

export interface Rate {
  numerator: number;
  denominator: number;
  /** null when nothing is counted: a rate of an empty set is not 0%. */
  value: number | null;
  target: number;
  meetsTarget: boolean | null;
}

export function rate(numerator: number, denominator: number, target: number): Rate {
  const value = denominator === 0 ? null : numerator / denominator;
  return { numerator, denominator, value, target, meetsTarget: value === null ? null : value >= target };
}

/** 账龄: overdue items by how many working days they are past due. */
export interface AgeingBucket {
  label: string;
  minDays: number;
  maxDays: number | null;
  count: number;
}
