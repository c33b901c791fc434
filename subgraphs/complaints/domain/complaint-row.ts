// The stored projection of a request: the columns lists, filters and statistics read. Always
// computed from the aggregate, in the transaction that appends its events.
import { toLocalDate } from '../../shared/calendar';
import { contactKey } from './duplicates';
import { currentDispatch, lastReachedCallback, lastReply, type ComplaintAggregate } from './complaint-aggregate';
import { isOpen } from './complaint-state';
import { localMinute } from './time-limits';

const day = (d: Date | null) => (d ? toLocalDate(d) : null);

export function complaintRow(c: ComplaintAggregate) {
  const r = c.received;
  const reply = c.state === 'REPLIED' || c.state === 'CLOSED' ? lastReply(c) : null;
  const callback = lastReachedCallback(c);
  const dispatch = currentDispatch(c);
  const escalation = c.escalations[c.escalations.length - 1] ?? null;
  return {
    id: c.id,
    requestNo: r.requestNo,
    externalRef: r.externalRef,
    kind: r.kind,
    channel: r.channel,
    category: r.category,
    priority: r.priority,
    title: r.title,
    contactName: r.contact?.name ?? null,
    contactPhone: r.contact?.phone ?? null,
    contactKey: contactKey(r.contact?.phone),
    receivedUnitId: r.receivedUnit.id,
    receivedPath: r.receivedUnit.path,
    orgUnitId: r.location.id,
    orgPath: r.location.path,
    assigneeKind: c.assignee?.kind ?? null,
    assigneeId: c.assignee?.id ?? null,
    assigneeDepartmentId: c.assignee?.departmentId ?? null,
    assigneePath: c.assignee?.path ?? null,
    duplicateOfId: r.duplicateOf?.id ?? null,
    duplicateOfNo: r.duplicateOf?.requestNo ?? null,
    duplicateCount: c.duplicates.length,
    state: c.state,
    receivedAt: c.receivedAt,
    receivedOn: toLocalDate(c.receivedAt),
    dispatchCount: c.dispatches.length,
    returnCount: c.dispatches.filter((d) => d.returnedAt !== null).length,
    signDueAt: c.state === 'DISPATCHED' && dispatch ? dispatch.signDueAt : null,
    replyDueAt: c.replyDueAt,
    promisedReplyAt: c.promisedReplyBy,
    promisedReplyLocal: localMinute(c.promisedReplyBy),
    repliedAt: reply?.at ?? null,
    repliedOn: day(reply?.at ?? null),
    replyOnTime: reply ? reply.at <= reply.dueAt : null,
    replyMinutes: reply ? Math.round((reply.at.getTime() - c.receivedAt.getTime()) / 60_000) : null,
    // A reached callback closes or reopens the request: it was on the standing reply when it came after it.
    calledBackOn: reply && callback && callback.at >= reply.at ? day(callback.at) : null,
    satisfaction: callback?.satisfaction ?? null,
    callbackAttempts: c.callbacks.length,
    reopenCount: c.reopenCount,
    closedOn: day(c.closedAt),
    escalated: c.escalations.length > 0,
    escalatedOn: day(escalation?.at ?? null),
    version: c.version,
  };
}

export type ComplaintRow = ReturnType<typeof complaintRow>;

/** One row per dispatch, with its sign-off or return. */
export function dispatchRows(c: ComplaintAggregate) {
  return c.dispatches.map((d) => ({
    id: `${c.id}:${d.seq}`,
    complaintId: c.id,
    seq: d.seq,
    assigneeKind: d.assignee.kind,
    assigneeId: d.assignee.id,
    departmentId: d.assignee.departmentId,
    assigneePath: d.assignee.path,
    orgPath: c.received.location.path,
    dispatchedAt: d.at,
    dispatchedOn: toLocalDate(d.at),
    signDueAt: d.signDueAt,
    signedAt: d.signedAt,
    signedOn: day(d.signedAt),
    signedOnTime: d.signedAt ? d.signedAt <= d.signDueAt : null,
    returnedAt: d.returnedAt,
    returnedOn: day(d.returnedAt),
    returnReason: d.returnReason,
  }));
}

/** One row per callback that reached the citizen with a satisfaction level (满意率 counts these). */
export function callbackRows(c: ComplaintAggregate) {
  return c.callbacks
    .filter((cb) => cb.reached && cb.satisfaction !== null)
    .map((cb, i) => ({
      id: `${c.id}:${i + 1}`,
      complaintId: c.id,
      seq: i + 1,
      at: cb.at,
      ratedOn: toLocalDate(cb.at),
      satisfaction: cb.satisfaction!,
      orgPath: c.received.location.path,
      departmentId: cb.assigneeDepartmentId,
    }));
}

/** Overdue now: still awaiting its reply after the promised deadline (a 督办 deadline does not excuse it). */
export const isOverdue = (c: ComplaintAggregate, asOf: Date) => isOpen(c.state) && asOf > c.promisedReplyBy;
