// Write authorization: the role must allow writes, and the record must lie in the caller's subtree.
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
