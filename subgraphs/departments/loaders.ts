// Per-request batch loaders: every entity or stats lookup made while resolving one request is
// collected and answered with one query per kind (no N+1 across _entities or lists).
import DataLoader from 'dataloader';
import { isWithin, subtreeWhere } from '../shared/scope';
import type { Department, OrgUnit, ServiceItem } from '../../prisma/generated/departments/sqlite';
import type { DepartmentsDb } from './db';
import type { StationFacts } from './domain/station-kpis';

function byKey<T, K>(rows: T[], key: (row: T) => K): Map<K, T> {
  return new Map(rows.map((row) => [key(row), row]));
}

export function createDepartmentsLoaders(db: DepartmentsDb) {
  return {
    orgUnitById: new DataLoader<string, OrgUnit | null>(async (ids) => {
      const found = byKey(await db.orgUnit.findMany({ where: { id: { in: [...ids] } } }), (u) => u.id);
      return ids.map((id) => found.get(id) ?? null);
    }),
    orgUnitByPath: new DataLoader<string, OrgUnit | null>(async (paths) => {
      const found = byKey(await db.orgUnit.findMany({ where: { path: { in: [...paths] } } }), (u) => u.path);
      return paths.map((p) => found.get(p) ?? null);
    }),
    departmentById: new DataLoader<string, Department | null>(async (ids) => {
      const found = byKey(await db.department.findMany({ where: { id: { in: [...ids] } } }), (d) => d.id);
      return ids.map((id) => found.get(id) ?? null);
    }),
    serviceItemById: new DataLoader<string, ServiceItem | null>(async (ids) => {
      const found = byKey(await db.serviceItem.findMany({ where: { id: { in: [...ids] } } }), (i) => i.id);
      return ids.map((id) => found.get(id) ?? null);
    }),
    /** Active descendants of a tier under a path prefix. Key: `${tier}|${prefix}`. */
    descendantCount: new DataLoader<string, number>(async (keys) => {
      const byTier = new Map<string, string[]>();
      for (const key of keys) {
        const [tier = '', prefix = ''] = key.split('|');
        byTier.set(tier, [...(byTier.get(tier) ?? []), prefix]);
      }
      const counts = new Map<string, number>();
      for (const [tier, prefixes] of byTier) {
        const rows = await db.orgUnit.findMany({
          where: { tier, active: true, OR: prefixes.map((p) => subtreeWhere('path', p)) },
          select: { path: true },
        });
        for (const prefix of prefixes) {
          counts.set(`${tier}|${prefix}`, rows.filter((r) => isWithin(r.path, prefix)).length);
        }
      }
      return keys.map((k) => counts.get(k) ?? 0);
    }),
    /** Station facts for the org units that centres serve (one pair of queries per batch). */
    stationFacts: new DataLoader<string, StationFacts>(async (orgUnitIds) => {
      const ids = [...orgUnitIds];
      const departments = await db.department.findMany({
        where: { orgUnitId: { in: ids }, active: true },
        select: { id: true, orgUnitId: true, centreId: true },
      });
      const itemGroups = await db.serviceItem.groupBy({
        by: ['departmentId', 'handledInCentre'],
        where: { active: true, department: { orgUnitId: { in: ids }, active: true } },
        _count: { _all: true },
      });
      return ids.map((orgUnitId) => {
        const own = departments.filter((d) => d.orgUnitId === orgUnitId);
        const ownIds = new Set(own.map((d) => d.id));
        const groups = itemGroups.filter((g) => ownIds.has(g.departmentId));
        const withItems = new Set(groups.map((g) => g.departmentId));
        return {
          serviceDepartments: withItems.size,
          stationedDepartments: own.filter((d) => withItems.has(d.id) && d.centreId !== null).length,
          items: groups.reduce((sum, g) => sum + g._count._all, 0),
          itemsInCentre: groups.filter((g) => g.handledInCentre).reduce((sum, g) => sum + g._count._all, 0),
        };
      });
    }),
  };
}

export type DepartmentsLoaders = ReturnType<typeof createDepartmentsLoaders>;
