// Rankings (排名) of units by average inspection score (DOMAIN.md "Fair comparisons": an average
// over one or two visits misleads, so only units with enough inspections are ranked, and the
// count is shown beside every score).
//
//  - Ranked: units with at least `minInspections` scores (default 3), by the average rounded to one
//    decimal, highest first. Equal shown averages share a rank and the next rank skips (standard
//    competition ranking: 1, 1, 3). Within a tie, more inspections first, then unit id, only to
//    keep the order stable.
//  - Not ranked: the others, with their count, their average when they have one, and how many more
//    inspections they need; most inspections first.
import { userError, type UserError } from '../../shared/errors';
import { roundTo } from './rounding';

export interface UnitScores {
  unitId: string;
  /** Scores (0–100) of the unit's inspections in the period. */
  scores: readonly number[];
}

export interface RankedUnit {
  rank: number;
  unitId: string;
  average: number;
  count: number;
}

export interface UnrankedUnit {
  unitId: string;
  average: number | null;
  count: number;
  /** Inspections still missing to be ranked. */
  needed: number;
}

export interface Ranking {
  minInspections: number;
  ranked: RankedUnit[];
  notRanked: UnrankedUnit[];
}

export const DEFAULT_MIN_INSPECTIONS = 3;

export function validateMinInspections(minInspections: number): UserError[] {
  return Number.isInteger(minInspections) && minInspections >= 1
    ? []
    : [userError('minInspections', 'MIN_INSPECTIONS_POSITIVE', '参与排名的最少检查次数须为正整数', 'the minimum number of inspections is a positive integer')];
}

/** A unit's scores as a count and a sum (what one grouped SQL statement gives). */
export interface UnitScoreSum {
  unitId: string;
  count: number;
  sum: number;
}

const averageOf = (u: UnitScoreSum) => (u.count === 0 ? null : roundTo(u.sum / u.count, 1));

/** Ranks the units. Throws RangeError for an invalid minimum or a unit listed twice. */
export function rankUnits(units: readonly UnitScores[], minInspections: number = DEFAULT_MIN_INSPECTIONS): Ranking {
  return rankScoreSums(
    units.map((u) => ({ unitId: u.unitId, count: u.scores.length, sum: u.scores.reduce((s, v) => s + v, 0) })),
    minInspections,
  );
}

/** The same ranking from counts and sums. */
export function rankScoreSums(units: readonly UnitScoreSum[], minInspections: number = DEFAULT_MIN_INSPECTIONS): Ranking {
  const problems = validateMinInspections(minInspections);
  if (problems.length > 0) throw new RangeError(problems[0]!.messageEn);
  const seen = new Set<string>();
  for (const u of units) {
    if (seen.has(u.unitId)) throw new RangeError(`单位 ${u.unitId} 重复 / unit ${u.unitId} is listed twice`);
    seen.add(u.unitId);
  }

  const eligible = units
    .filter((u) => u.count >= minInspections)
    .map((u) => ({ unitId: u.unitId, average: averageOf(u)!, count: u.count }))
    .sort((a, b) => b.average - a.average || b.count - a.count || a.unitId.localeCompare(b.unitId));
  const ranked: RankedUnit[] = [];
  eligible.forEach((u, i) => {
    const previous = ranked[i - 1];
    const rank = previous && previous.average === u.average ? previous.rank : i + 1;
    ranked.push({ rank, ...u });
  });

  const notRanked = units
    .filter((u) => u.count < minInspections)
    .map((u) => ({ unitId: u.unitId, average: averageOf(u), count: u.count, needed: minInspections - u.count }))
    .sort((a, b) => b.count - a.count || a.unitId.localeCompare(b.unitId));

  return { minInspections, ranked, notRanked };
}
