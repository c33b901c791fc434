// Who may see and change which requests (ARCHITECTURE.md "Identity and scope").
//  - Read: requests located in, received in, or assigned to a unit of the viewer's subtree. An
//    operator tied to a department sees the requests ever dispatched to that department.
//  - Write: the hotline side (the receiving unit's staff) takes, dispatches, answers directly,
//    calls back and closes; the 承办单位's own staff sign off, return and reply; 督办 is the
//    supervision office's act.
//  - 举报: the reporter's identity stays with the hotline side; no 承办单位 ever sees it.
import type { Prisma } from '../../prisma/generated/complaints/sqlite';
import { userError, type UserError } from '../shared/errors';
import { revealFor } from '../shared/personal-data';
import { isWithin, subtreeRangeWhere } from '../shared/scope';
import { isDepartmentOperator, supervises } from '../shared/authorize';
import { hasPermission, type Viewer } from '../shared/viewer';
import { currentDispatch, type ComplaintAggregate } from './domain/complaint-aggregate';
import type { Assignee, NewComplaintEvent } from './domain/complaint-events';
import type { ComplaintKind } from './domain/complaint-state';

const departmentOperator = isDepartmentOperator;

export const complaintInSubtreeWhere = (path: string): Prisma.ComplaintWhereInput => ({
  OR: [subtreeRangeWhere('orgPath', path), subtreeRangeWhere('receivedPath', path), subtreeRangeWhere('assigneePath', path)],
});

export function readableComplaintsWhere(viewer: Viewer): Prisma.ComplaintWhereInput {
  if (departmentOperator(viewer)) return { dispatches: { some: { departmentId: viewer.departmentId } } };
  return complaintInSubtreeWhere(viewer.scopePath);
}

export function canRead(viewer: Viewer, c: ComplaintAggregate): boolean {
  if (departmentOperator(viewer)) return c.dispatches.some((d) => d.assignee.departmentId === viewer.departmentId);
  const scope = viewer.scopePath;
  return isWithin(c.received.location.path, scope) || isWithin(c.received.receivedUnit.path, scope) || (c.assignee !== null && isWithin(c.assignee.path, scope));
}


/** The receiving unit's staff (the hotline or centre): not a department's operator. */
const onHotlineSide = (viewer: Viewer, c: ComplaintAggregate) => !departmentOperator(viewer) && isWithin(c.received.receivedUnit.path, viewer.scopePath);

/** The 承办单位's own staff: its department operators, its unit's operators, or a system over it. */
function actsForAssignee(viewer: Viewer, assignee: Assignee): boolean {
  if (viewer.role === 'system') return isWithin(assignee.path, viewer.scopePath);
  if (assignee.kind === 'DEPARTMENT') return viewer.departmentId === assignee.departmentId;
  return !departmentOperator(viewer) && viewer.scopePath === assignee.path;
}


export function writeRefusal(viewer: Viewer, c: ComplaintAggregate, event: NewComplaintEvent): UserError | null {
  if (event.type === 'ESCALATED') {
    if (!supervises(viewer)) return userError('complaintId', 'SUPERVISOR_ONLY', '督办须由督查（监察）部门发起', 'only a supervision office escalates requests');
    return canRead(viewer, c) ? null : userError('complaintId', 'OUT_OF_SCOPE', '该诉求不在您的范围内', 'the request is outside your scope');
  }
  if (!hasPermission(viewer, 'write')) {
    return userError('complaintId', 'READ_ONLY_ROLE', '您的角色只能查看，不能办理', 'your role may read but not act on requests');
  }
  const assignee = currentDispatch(c)?.assignee ?? c.assignee;
  const assigneeStep = event.type === 'SIGNED' || event.type === 'RETURNED' || (event.type === 'REPLIED' && !event.data.direct);
  if (assigneeStep) {
    // Nobody holds it: the lifecycle explains why the step cannot happen now.
    if (!assignee) return null;
    return actsForAssignee(viewer, assignee)
      ? null
      : userError('complaintId', 'ASSIGNEE_ONLY', '只有承办单位可以签收、退单或答复', 'only the assignee signs off, returns or replies');
  }
  return onHotlineSide(viewer, c)
    ? null
    : userError('complaintId', 'HOTLINE_ONLY', '派单、直接答复、回访和办结由受理单位办理', 'the receiving unit dispatches, answers directly, calls back and closes');
}

export function receiveRefusal(viewer: Viewer, unitPath: string): UserError | null {
  if (!hasPermission(viewer, 'write')) return userError('receivedUnitId', 'READ_ONLY_ROLE', '您的角色只能查看，不能受理', 'your role may read but not receive requests');
  if (departmentOperator(viewer)) {
    return userError('receivedUnitId', 'HOTLINE_ONLY', '诉求由热线或便民服务中心受理，承办部门不能受理', 'requests are taken by the hotline or a service centre, not by an assignee department');
  }
  return isWithin(unitPath, viewer.scopePath) ? null : userError('receivedUnitId', 'OUT_OF_SCOPE', '受理单位不在您的管辖范围内', 'the receiving unit is outside your org scope');
}

/** Who may know a 举报's reporter: the hotline side and supervision, with personal-data permission. */
export const mayIdentifyReporter = (viewer: Viewer, receivedPath: string) =>
  hasPermission(viewer, 'personal-data') && !departmentOperator(viewer) && isWithin(receivedPath, viewer.scopePath);

/**
 * The citizen's contact as this viewer may see it: a 举报's reporter only on the hotline side with
 * personal-data permission (never to a 承办单位), anyone else's masked unless permitted.
 */
export function contactFor(
  viewer: Viewer,
  row: { kind: string; receivedPath: string; contactName: string | null; contactPhone: string | null },
): { name: string | null; phone: string | null; anonymised: boolean } {
  if ((row.kind as ComplaintKind) === 'REPORT') {
    return mayIdentifyReporter(viewer, row.receivedPath) ? { name: row.contactName, phone: row.contactPhone, anonymised: false } : { name: null, phone: null, anonymised: true };
  }
  return { name: revealFor(viewer, 'name', row.contactName), phone: revealFor(viewer, 'phone', row.contactPhone), anonymised: false };
}
