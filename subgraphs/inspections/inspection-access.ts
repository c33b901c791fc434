// Who may write here: supervision offices record inspections and verify rectifications (督查 is
// their job, though their role holds no general write permission), units and windows with write
// access take their own steps; leaders only read. What a viewer may read: records of units in its subtree; a window operator tied to one
// department only that department's inspections and rectifications.
import type { Prisma } from '../../prisma/generated/inspections/sqlite';
import { isDepartmentOperator, supervises } from '../shared/authorize';
import { forbidden } from '../shared/errors';
import { isWithin, subtreeRangeWhere } from '../shared/scope';
import { hasPermission, type Viewer } from '../shared/viewer';

export function readableInspectionsWhere(viewer: Viewer): Prisma.InspectionWhereInput {
  const inScope = subtreeRangeWhere('unitPath', viewer.scopePath);
  return isDepartmentOperator(viewer) ? { AND: [inScope, { departmentId: viewer.departmentId }] } : inScope;
}

export function readableRectificationsWhere(viewer: Viewer): Prisma.RectificationWhereInput {
  const inScope = subtreeRangeWhere('ownerPath', viewer.scopePath);
  return isDepartmentOperator(viewer) ? { AND: [inScope, { ownerDepartmentId: viewer.departmentId }] } : inScope;
}

export function assertMayWrite(viewer: Viewer): void {
  if (!supervises(viewer) && !hasPermission(viewer, 'write')) throw forbidden('登记督查数据', 'write inspection records');
}

/**
 * Inspection plans are supervision's working papers (an unannounced visit's dates and targets
 * must not reach the units it targets): supervision sees the plans of offices in its scope.
 */
export const readablePlan = (viewer: Viewer, plan: { inspectingUnitPath: string }) => supervises(viewer) && isWithin(plan.inspectingUnitPath, viewer.scopePath);

export function readablePlansWhere(viewer: Viewer): Prisma.InspectionPlanWhereInput {
  return supervises(viewer) ? subtreeRangeWhere('inspectingUnitPath', viewer.scopePath) : { id: { in: [] } };
}

/** 监察建议书 go to units: a window operator tied to one department reads none. */
export function readableNoticesWhere(viewer: Viewer): Prisma.SupervisionNoticeWhereInput {
  return isDepartmentOperator(viewer) ? { id: { in: [] } } : subtreeRangeWhere('unitPath', viewer.scopePath);
}
