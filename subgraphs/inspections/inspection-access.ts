// What a viewer may read: records of units in its subtree; a window operator tied to one
// department only that department's inspections and rectifications.
import type { Prisma } from '../../prisma/generated/inspections/sqlite';
import { isDepartmentOperator } from '../shared/authorize';
import { subtreeRangeWhere } from '../shared/scope';
import type { Viewer } from '../shared/viewer';

export function readableInspectionsWhere(viewer: Viewer): Prisma.InspectionWhereInput {
  const inScope = subtreeRangeWhere('unitPath', viewer.scopePath);
  return isDepartmentOperator(viewer) ? { AND: [inScope, { departmentId: viewer.departmentId }] } : inScope;
}

export function readableRectificationsWhere(viewer: Viewer): Prisma.RectificationWhereInput {
  const inScope = subtreeRangeWhere('ownerPath', viewer.scopePath);
  return isDepartmentOperator(viewer) ? { AND: [inScope, { ownerDepartmentId: viewer.departmentId }] } : inScope;
}
