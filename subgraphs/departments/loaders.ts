// Per-request batch loaders: every entity or stats lookup made while resolving one request is
// collected and answered with one query per kind (no N+1 across _entities or lists).
import DataLoader from 'dataloader';
import { isWithin, subtreeWhere } from '../shared/scope';
import { groupBy } from '../shared/sql-params';
import type { Department, OrgUnit, ServiceItem } from '../../prisma/generated/departments/sqlite';
import type { DepartmentsDb } from './db';
import type { StationFacts } from './domain/station-kpis';

/** One findMany per batch for a unique key (id or path); null for a key that matched nothing. */
function byKeyLoader<T>(find: (keys: string[]) => Promise<T[]>, key: (row: T) => string): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (keys) => {
    const found = new Map((await find([...keys])).map((row) => [key(row), row]));
    return keys.map((k) => found.get(k) ?? null);
  });
}

export function createDepartmentsLoaders(db: DepartmentsDb) {
  return {
    orgUnitById: byKeyLoader<OrgUnit>((ids) => db.orgUnit.findMany({ where: { id: { in: ids } } }), (u) => u.id),
    orgUnitByPath: byKeyLoader<OrgUnit>((paths) => db.orgUnit.findMany({ where: { path: { in: paths } } }), (u) => u.path),
    departmentById: byKeyLoader<Department>((ids) => db.department.findMany({ where: { id: { in: ids } } }), (d) => d.id),
    serviceItemById: byKeyLoader<ServiceItem>((ids) => db.serviceItem.findMany({ where: { id: { in: ids } } }), (i) => i.id),
    /** Active descendants of a tier under a path prefix. Key: `${tier}|${prefix}`. */
    descendantCount: new DataLoader<string, number>(async (keys) => {
      const parsed = keys.map((key) => {
        const [tier = '', prefix = ''] = key.split('|');
        return { tier, prefix };
      });
      const counts = new Map<string, number>();
      for (const [tier, group] of groupBy(parsed, (k) => k.tier)) {
        const prefixes = group.map((k) => k.prefix);
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
