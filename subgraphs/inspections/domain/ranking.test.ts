import { describe, expect, it } from 'vitest';
import { DEFAULT_MIN_INSPECTIONS, rankUnits, validateMinInspections, type UnitScores } from './ranking';

const unit = (unitId: string, ...scores: number[]): UnitScores => ({ unitId, scores });

describe('rankUnits', () => {
  it('ranks by average, highest first, with the count beside the score', () => {
    const r = rankUnits([unit('B', 80, 80, 80), unit('A', 90, 95, 100), unit('C', 60, 70, 80, 90)]);
    expect(r.ranked).toEqual([
      { rank: 1, unitId: 'A', average: 95, count: 3 },
      { rank: 2, unitId: 'B', average: 80, count: 3 },
      { rank: 3, unitId: 'C', average: 75, count: 4 },
    ]);
    expect(r.notRanked).toEqual([]);
    expect(r.minInspections).toBe(3);
  });

  it('needs 3 inspections by default: 2 are not enough', () => {
    expect(DEFAULT_MIN_INSPECTIONS).toBe(3);
    const r = rankUnits([unit('A', 100, 100), unit('B', 70, 70, 70)]);
    expect(r.ranked.map((u) => u.unitId)).toEqual(['B']);
    expect(r.notRanked).toEqual([{ unitId: 'A', average: 100, count: 2, needed: 1 }]);
  });

  it('lists units without any inspection as not ranked, average null', () => {
    const r = rankUnits([unit('Z'), unit('Y', 50), unit('X', 70, 90, 80)]);
    expect(r.notRanked).toEqual([
      { unitId: 'Y', average: 50, count: 1, needed: 2 },
      { unitId: 'Z', average: null, count: 0, needed: 3 },
    ]);
  });

  it('gives equal averages the same rank and skips the next (1, 1, 3)', () => {
    const r = rankUnits([unit('C', 70, 70, 70), unit('A', 90, 90, 90), unit('B', 90, 90, 90), unit('D', 70, 70, 70)]);
    expect(r.ranked.map((u) => [u.rank, u.unitId])).toEqual([
      [1, 'A'],
      [1, 'B'],
      [3, 'C'],
      [3, 'D'],
    ]);
  });

  it('ties on the shown (rounded) average, ordering a tie by count', () => {
    // 85.04 and 85.0 both show as 85.0.
    const r = rankUnits([unit('A', 85, 85, 85.12), unit('B', 85, 85, 85, 85), unit('C', 85.2, 85.2, 85.2)]);
    expect(r.ranked).toEqual([
      { rank: 1, unitId: 'C', average: 85.2, count: 3 },
      { rank: 2, unitId: 'B', average: 85, count: 4 },
      { rank: 2, unitId: 'A', average: 85, count: 3 },
    ]);
  });

  it('takes a configured minimum', () => {
    const units = [unit('A', 90), unit('B', 80, 80)];
    expect(rankUnits(units, 1).ranked.map((u) => [u.rank, u.unitId])).toEqual([
      [1, 'A'],
      [2, 'B'],
    ]);
    expect(rankUnits(units, 5).notRanked).toEqual([
      { unitId: 'B', average: 80, count: 2, needed: 3 },
      { unitId: 'A', average: 90, count: 1, needed: 4 },
    ]);
  });

  it('refuses a bad minimum and a unit listed twice', () => {
    expect(validateMinInspections(0).map((e) => e.rule)).toEqual(['MIN_INSPECTIONS_POSITIVE']);
    expect(validateMinInspections(2.5).map((e) => e.rule)).toEqual(['MIN_INSPECTIONS_POSITIVE']);
    expect(validateMinInspections(1)).toEqual([]);
    expect(() => rankUnits([], 0)).toThrow(RangeError);
    expect(() => rankUnits([unit('A', 1, 2, 3), unit('A', 3)])).toThrow(/listed twice/);
  });

  it('ranks nobody from an empty list', () => {
    expect(rankUnits([])).toEqual({ minInspections: 3, ranked: [], notRanked: [] });
  });
});
