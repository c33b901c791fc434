// Who may see and change which cases (ARCHITECTURE.md "Identity and scope").
//  - Read: a case is in the viewer's subtree when it was received there, is there now, or is
//    handled by a department there. An operator tied to a department sees that department's
//    cases (as handler or as a parallel sub-task) plus whatever its subtree received.
//  - Write: operators (and systems with `write`) act where the case is: before acceptance at its
//    current unit, afterwards in the handling department's unit, for a sub-task in that
//    department's unit. 督办 is the supervision office's act: supervisors, or systems with write.
import type { Prisma } from '../../prisma/generated/approvals/sqlite';
import { userError, type UserError } from '../shared/errors';
import { subtreeRangeWhere } from '../shared/scope';
import { isWithin } from '../shared/scope';
import { isDepartmentOperator, supervises } from '../shared/authorize';
import { hasPermission, type Viewer } from '../shared/viewer';
import type { CaseAggregate } from './domain/case-aggregate';
import type { NewCaseEvent } from './domain/case-events';

/** Cases received in, currently at, or handled in the subtree at `path`. */
export const caseInSubtreeWhere = (path: string): Prisma.CaseWhereInput => ({
  OR: [subtreeRangeWhere('orgPath', path), subtreeRangeWhere('currentPath', path), subtreeRangeWhere('handlingPath', path)],
});

export function readableCasesWhere(viewer: Viewer): Prisma.CaseWhereInput {
  const scope = viewer.scopePath;
  if (isDepartmentOperator(viewer)) {
    return {
      OR: [
        subtreeRangeWhere('orgPath', scope),
        { handlingDepartmentId: viewer.departmentId },
        { subTasks: { some: { departmentId: viewer.departmentId } } },
      ],
    };
  }
  return caseInSubtreeWhere(scope);
}

export function canRead(viewer: Viewer, c: Pick<CaseAggregate, 'received' | 'current' | 'handling' | 'subTasks'>): boolean {
  const scope = viewer.scopePath;
  if (isWithin(c.received.unit.path, scope)) return true;
  if (isDepartmentOperator(viewer)) {
    return c.handling?.id === viewer.departmentId || c.subTasks.some((t) => t.department.id === viewer.departmentId);
  }
  return isWithin(c.current.path, scope) || (c.handling !== null && isWithin(c.handling.path, scope));
}

const outOfScope = (field: string) =>
  userError(field, 'OUT_OF_SCOPE', '该办件不在您的办理范围内', 'the case is outside the units and department you act for');


/** Why the viewer may not append `event` to the case, or null when it may. */
export function writeRefusal(viewer: Viewer, c: CaseAggregate, event: NewCaseEvent): UserError | null {
  if (event.type === 'ESCALATED') {
    if (!supervises(viewer)) {
      return userError('caseId', 'SUPERVISOR_ONLY', '督办须由督查（监察）部门发起', 'only a supervision office escalates cases');
    }
    return canRead(viewer, c) ? null : outOfScope('caseId');
  }
  if (!hasPermission(viewer, 'write')) {
    return userError('caseId', 'READ_ONLY_ROLE', '您的角色只能查看，不能办理', 'your role may read but not act on cases');
  }
  const ownDepartment = (departmentId: string) => viewer.role !== 'operator' || !viewer.departmentId || viewer.departmentId === departmentId;
  if (event.type === 'SUBTASK_DECIDED') {
    const task = c.subTasks.find((t) => t.department.id === event.data.departmentId);
    if (!task) return null; // the lifecycle names the unknown sub-task
    return isWithin(task.department.path, viewer.scopePath) && ownDepartment(task.department.id) ? null : outOfScope('departmentId');
  }
  if (c.acceptedAt && c.handling) {
    return isWithin(c.handling.path, viewer.scopePath) && ownDepartment(c.handling.id) ? null : outOfScope('caseId');
  }
  if (event.type === 'ACCEPTED' && !ownDepartment(event.data.department.id)) return outOfScope('departmentId');
  return isWithin(c.current.path, viewer.scopePath) ? null : outOfScope('caseId');
}

/** Receiving: the receiving unit must lie in the viewer's subtree. */
export function receiveRefusal(viewer: Viewer, unitPath: string): UserError | null {
  if (!hasPermission(viewer, 'write')) {
    return userError('unitId', 'READ_ONLY_ROLE', '您的角色只能查看，不能收件', 'your role may read but not receive cases');
  }
  return isWithin(unitPath, viewer.scopePath)
    ? null
    : userError('unitId', 'OUT_OF_SCOPE', '收件单位不在您的管辖范围内', 'the receiving unit is outside your org scope');
}
