// Who may read and write disclosure records, and which agency (行政机关) an input names.
// Reading: records of agencies in the viewer's subtree; an operator tied to one department only
// that department's. Writing: operators and systems with write access for agencies in their scope
// (a department's operator only for that department); 督办 is supervision's (supervises()).
import type { Prisma } from '../../prisma/generated/disclosures/sqlite';
import { isDepartmentOperator } from '../shared/authorize';
import type { ReferenceCache } from '../shared/departments-directory';
import { notFoundError, userError, type UserError } from '../shared/errors';
import { isWithin, subtreeRangeWhere } from '../shared/scope';
import { hasPermission, type Viewer } from '../shared/viewer';

export interface Agency {
  kind: 'ORG_UNIT' | 'DEPARTMENT';
  id: string;
  name: string;
  /** The org unit's path (a department's: its unit's). */
  path: string;
  departmentId: string | null;
  /** The unit's code (for record numbers); a department's unit's code is not at hand, its own code is used. */
  code: string;
}

type Readable = { agencyPath: string; departmentId: string | null };

export const mayRead = (viewer: Viewer, r: Readable) =>
  isWithin(r.agencyPath, viewer.scopePath) && (!isDepartmentOperator(viewer) || r.departmentId === viewer.departmentId);

/** A where clause for any model with agencyPath and departmentId. */
export function readableAgencyWhere(viewer: Viewer): { AND: object[] } {
  const parts: object[] = [subtreeRangeWhere('agencyPath', viewer.scopePath)];
  if (isDepartmentOperator(viewer)) parts.push({ departmentId: viewer.departmentId });
  return { AND: parts };
}

export const readableRequestsWhere = (viewer: Viewer): Prisma.DisclosureRequestWhereInput => readableAgencyWhere(viewer);
export const readableItemsWhere = (viewer: Viewer): Prisma.ProactiveItemWhereInput => readableAgencyWhere(viewer);
export const readableRemediesWhere = (viewer: Viewer): Prisma.RemedyWhereInput => readableAgencyWhere(viewer);

/** Boards belong to units: a department's operator has none. */
export function readableBoardsWhere(viewer: Viewer): Prisma.BoardPostingWhereInput {
  return isDepartmentOperator(viewer) ? { id: { in: [] } } : subtreeRangeWhere('unitPath', viewer.scopePath);
}

/** May this viewer write for the agency (record requests and their steps, items, remedies)? */
export function writesFor(viewer: Viewer, agency: Readable): boolean {
  if (!hasPermission(viewer, 'write') || !isWithin(agency.agencyPath, viewer.scopePath)) return false;
  return !isDepartmentOperator(viewer) || agency.departmentId === viewer.departmentId;
}

export const NOT_YOURS = (field: string) => userError(field, 'OUT_OF_SCOPE', '该机关不在您的管辖范围内或您无权为其登记', 'the agency is outside your scope or you may not record for it');

/** The agency an input names: exactly one of a government (org unit) or a department. */
export async function resolveAgency(
  refs: ReferenceCache,
  input: { orgUnitId?: string | null; departmentId?: string | null },
  prefix: string,
): Promise<{ ok: true; agency: Agency } | { ok: false; errors: UserError[] }> {
  if (!!input.orgUnitId === !!input.departmentId) {
    return { ok: false, errors: [userError(`${prefix}orgUnitId`, 'ONE_AGENCY', '请在政府（单位）与部门中选择且只选择一个机关', 'name exactly one agency: an org unit (government) or a department')] };
  }
  if (input.departmentId) {
    const d = await refs.department(input.departmentId);
    if (!d || !d.active) return { ok: false, errors: [notFoundError(`${prefix}departmentId`, '部门', 'department')] };
    return { ok: true, agency: { kind: 'DEPARTMENT', id: d.id, name: d.name, path: d.orgUnit.path, departmentId: d.id, code: d.code } };
  }
  const u = await refs.unit(input.orgUnitId!);
  if (!u || !u.active) return { ok: false, errors: [notFoundError(`${prefix}orgUnitId`, '单位', 'org unit')] };
  return { ok: true, agency: { kind: 'ORG_UNIT', id: u.id, name: u.name, path: u.path, departmentId: null, code: u.code } };
}
