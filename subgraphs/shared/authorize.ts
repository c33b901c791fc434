// Write authorization: the role must allow writes, and the record must lie in the caller's subtree;
// who counts as supervision and who acts for one department.
import { forbidden, userError, type UserError } from './errors';
import { hasPermission, type Viewer } from './viewer';
import { isWithin } from './scope';

export function assertCanWrite(viewer: Viewer): void {
  if (!hasPermission(viewer, 'write')) throw forbidden('修改数据', 'write data');
}

/** A typed error when `path` (where the record would live) is outside the caller's subtree. */
export function outOfScope(field: string, path: string, viewer: Viewer): UserError | null {
  return isWithin(path, viewer.scopePath)
    ? null
    : userError(field, 'OUT_OF_SCOPE', '所选单位不在您的管辖范围内', 'the unit is outside your org scope');
}

/** 督查/监察: supervisors, or other systems with write access (the supervision platform). */
export const supervises = (viewer: Viewer) => viewer.role === 'supervisor' || (viewer.role === 'system' && hasPermission(viewer, 'write'));

/** An operator tied to one department (a 部门 window or 承办部门), as opposed to a unit's own staff. */
export const isDepartmentOperator = (viewer: Viewer): viewer is Viewer & { departmentId: string } =>
  viewer.role === 'operator' && viewer.departmentId !== null;
