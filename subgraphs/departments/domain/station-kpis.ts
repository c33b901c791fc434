// Centre KPIs from the seeds (年度工作要点): 部门进驻率 (departments stationed in the centre out of
// the departments that provide services) and 事项进驻率 (items handled in the centre out of all
// items). Targets are county settings; the seeds use 86% and 80%.

import { rate } from '../../shared/rate';

export interface StationFacts {
  /** Active departments of the centre's org unit that provide at least one active item. */
  serviceDepartments: number;
  /** Of those, the ones stationed (进驻) in the centre. */
  stationedDepartments: number;
  /** Active items of the org unit's departments. */
  items: number;
  /** Of those, the ones handled in the centre. */
  itemsInCentre: number;
}

export interface StationTargets {
  departmentStationRate: number;
  itemStationRate: number;
}

export const DEFAULT_STATION_TARGETS: StationTargets = { departmentStationRate: 0.86, itemStationRate: 0.8 };

export function stationKpis(facts: StationFacts, targets: StationTargets = DEFAULT_STATION_TARGETS) {
  return {
    departmentStationRate: rate(facts.stationedDepartments, facts.serviceDepartments, targets.departmentStationRate),
    itemStationRate: rate(facts.itemsInCentre, facts.items, targets.itemStationRate),
  };
}
