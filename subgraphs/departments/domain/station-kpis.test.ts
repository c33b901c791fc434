import { describe, expect, it } from 'vitest';
import { rate } from '../../shared/rate';
import { DEFAULT_STATION_TARGETS, stationKpis } from './station-kpis';

describe('rate', () => {
  it('has no value and no verdict when nothing is counted', () => {
    expect(rate(0, 0, 0.8)).toEqual({ numerator: 0, denominator: 0, value: null, target: 0.8, meetsTarget: null, higherIsBetter: true });
  });

  it('meets the target when the rate equals it exactly', () => {
    expect(rate(4, 5, 0.8)).toEqual({ numerator: 4, denominator: 5, value: 0.8, target: 0.8, meetsTarget: true, higherIsBetter: true });
  });

  it('misses the target when the rate is below it', () => {
    expect(rate(3, 5, 0.8)).toEqual({ numerator: 3, denominator: 5, value: 0.6, target: 0.8, meetsTarget: false, higherIsBetter: true });
  });

  it('reports 0% rather than null when the denominator is positive', () => {
    expect(rate(0, 5, 0.8)).toEqual({ numerator: 0, denominator: 5, value: 0, target: 0.8, meetsTarget: false, higherIsBetter: true });
  });
});

describe('stationKpis', () => {
  it('uses the 86% and 80% targets by default', () => {
    expect(DEFAULT_STATION_TARGETS).toEqual({ departmentStationRate: 0.86, itemStationRate: 0.8 });
  });

  it('meets 86% with 43 of 50 departments and misses 80% with 159 of 200 items', () => {
    expect(stationKpis({ serviceDepartments: 50, stationedDepartments: 43, items: 200, itemsInCentre: 159 })).toEqual({
      departmentStationRate: { numerator: 43, denominator: 50, value: 0.86, target: 0.86, meetsTarget: true, higherIsBetter: true },
      itemStationRate: { numerator: 159, denominator: 200, value: 0.795, target: 0.8, meetsTarget: false, higherIsBetter: true },
    });
  });

  it('misses 86% with 42 of 50 departments and meets 80% with 160 of 200 items', () => {
    expect(stationKpis({ serviceDepartments: 50, stationedDepartments: 42, items: 200, itemsInCentre: 160 })).toEqual({
      departmentStationRate: { numerator: 42, denominator: 50, value: 0.84, target: 0.86, meetsTarget: false, higherIsBetter: true },
      itemStationRate: { numerator: 160, denominator: 200, value: 0.8, target: 0.8, meetsTarget: true, higherIsBetter: true },
    });
  });

  it('gives null rates for a centre whose unit has no service departments or items', () => {
    expect(stationKpis({ serviceDepartments: 0, stationedDepartments: 0, items: 0, itemsInCentre: 0 })).toEqual({
      departmentStationRate: { numerator: 0, denominator: 0, value: null, target: 0.86, meetsTarget: null, higherIsBetter: true },
      itemStationRate: { numerator: 0, denominator: 0, value: null, target: 0.8, meetsTarget: null, higherIsBetter: true },
    });
  });

  it('applies county-specific targets when given', () => {
    expect(
      stationKpis(
        { serviceDepartments: 10, stationedDepartments: 9, items: 10, itemsInCentre: 9 },
        { departmentStationRate: 0.95, itemStationRate: 0.9 },
      ),
    ).toEqual({
      departmentStationRate: { numerator: 9, denominator: 10, value: 0.9, target: 0.95, meetsTarget: false, higherIsBetter: true },
      itemStationRate: { numerator: 9, denominator: 10, value: 0.9, target: 0.9, meetsTarget: true, higherIsBetter: true },
    });
  });
});
