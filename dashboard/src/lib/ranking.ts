// Ranking units by their scorecard fairly: only units with enough cases in the period take a
// place (DOMAIN.md "Fair comparisons"); the rest are listed apart with their counts, never ranked
// on a handful of cases. Ties share a place (1, 2, 2, 4).

export interface RankCandidate<T> {
  item: T;
  score: number | null;
  /** Cases behind the score in the period (approvals + requests + disclosure requests). */
  cases: number;
}

export interface Ranked<T> extends RankCandidate<T> {
  place: number;
}

export interface Ranking<T> {
  ranked: Ranked<T>[];
  /** Too few cases (or no score): shown apart, most cases first. */
  unranked: RankCandidate<T>[];
}

export const DEFAULT_MIN_CASES = 30;

export function rankByScore<T>(candidates: RankCandidate<T>[], minCases = DEFAULT_MIN_CASES): Ranking<T> {
  const eligible = candidates.filter((c) => c.score != null && c.cases >= minCases);
  const unranked = candidates.filter((c) => !eligible.includes(c)).sort((a, b) => b.cases - a.cases);
  // Scores are shown with one decimal: units that read the same share a place (more cases first).
  const shown = (c: RankCandidate<T>) => Math.round(c.score! * 10);
  const sorted = [...eligible].sort((a, b) => shown(b) - shown(a) || b.cases - a.cases);
  const ranked = sorted.map((c, i) => ({ ...c, place: i + 1 }));
  for (let i = 1; i < ranked.length; i++) {
    if (shown(ranked[i]!) === shown(ranked[i - 1]!)) ranked[i]!.place = ranked[i - 1]!.place;
  }
  return { ranked, unranked };
}

/**
 * Wilson score interval (95%) of a rate: how far a small unit's rate could be from its true rate.
 * Shown beside rates with small denominators.
 */
export function wilsonInterval(numerator: number, denominator: number, z = 1.96): { low: number; high: number } | null {
  if (denominator <= 0) return null;
  const p = numerator / denominator;
  const z2 = z * z;
  const centre = (p + z2 / (2 * denominator)) / (1 + z2 / denominator);
  const half = (z * Math.sqrt((p * (1 - p)) / denominator + z2 / (4 * denominator * denominator))) / (1 + z2 / denominator);
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
