// Loads generated demo requests and calls (demo-complaints.ts) into an empty complaints database:
// the ComplaintEvent rows (the source of truth), the projections folded from them (Complaint,
// Dispatch, ComplaintCallback) — exactly the rows an append writes (eventRows, complaintRow,
// dispatchRows, callbackRows) — and the
// CallRecord rows. Does nothing if any request exists. Warnings are evaluated afterwards, not
// here. Rows go in as literal multi-row INSERTs (../../shared/bulk-insert.ts says why), the same
// SQL for SQLite and PostgreSQL.
import type { CallRecord, Complaint, ComplaintCallback, ComplaintEvent as ComplaintEventModel, Dispatch } from '../../../prisma/generated/complaints/sqlite';
import { insertInChunks, type Unlisted } from '../../shared/bulk-insert';
import * as history from '../../shared/event-history';
import type { ComplaintsDb } from '../db';
import { eventRows } from '../complaint-store';
import { foldComplaint } from '../domain/complaint-aggregate';
import type { ComplaintEvent } from '../domain/complaint-events';
import { callbackRows, complaintRow, dispatchRows, type ComplaintRow } from '../domain/complaint-row';
import type { DemoCallRecord, DemoComplaint } from './demo-complaints';

/** Requests per transaction. */
const CHUNK = 500;
/** Calls per transaction. */
const CALL_CHUNK = 5_000;

type EventRow = history.EventRowBase & { complaintId: string };
type DispatchRow = ReturnType<typeof dispatchRows>[number];
type CallbackRow = ReturnType<typeof callbackRows>[number];

const COMPLAINT_COLUMNS = [
  'id', 'requestNo', 'externalRef', 'kind', 'channel', 'category', 'priority', 'title', 'contactName', 'contactPhone',
  'contactKey', 'receivedUnitId', 'receivedPath', 'orgUnitId', 'orgPath', 'assigneeKind', 'assigneeId',
  'assigneeDepartmentId', 'assigneePath', 'duplicateOfId', 'duplicateOfNo', 'duplicateCount', 'state', 'receivedAt',
  'receivedOn', 'dispatchCount', 'returnCount', 'signDueAt', 'replyDueAt', 'promisedReplyAt', 'promisedReplyLocal', 'repliedAt', 'repliedOn',
  'replyOnTime', 'replyMinutes', 'calledBackOn', 'satisfaction', 'callbackAttempts', 'reopenCount', 'closedOn',
  'escalated', 'escalatedOn', 'warningLevel', 'version', 'updatedAt',
] as const satisfies readonly (keyof ComplaintRow | 'warningLevel' | 'updatedAt')[];

const EVENT_COLUMNS = [
  'id', 'complaintId', 'seq', 'type', 'fromState', 'toState', 'at', 'actorId', 'actorName', 'actorRole', 'unitPath', 'data', 'createdAt',
] as const satisfies readonly (keyof EventRow | 'createdAt')[];

const DISPATCH_COLUMNS = [
  'id', 'complaintId', 'seq', 'assigneeKind', 'assigneeId', 'departmentId', 'assigneePath', 'orgPath', 'dispatchedAt',
  'dispatchedOn', 'signDueAt', 'signedAt', 'signedOn', 'signedOnTime', 'returnedAt', 'returnedOn', 'returnReason',
] as const satisfies readonly (keyof DispatchRow)[];

const CALLBACK_COLUMNS = ['id', 'complaintId', 'seq', 'at', 'ratedOn', 'satisfaction', 'orgPath', 'departmentId'] as const satisfies readonly (keyof CallbackRow)[];

const CALL_COLUMNS = [
  'id', 'externalRef', 'orgUnitId', 'orgPath', 'line', 'startedAt', 'startedOn', 'answered', 'waitSeconds', 'talkSeconds',
] as const satisfies readonly (keyof DemoCallRecord)[];

// Every column is written: adding one to a projected row or to a model without listing it here
// fails to compile.
const allListed: [
  | Unlisted<ComplaintRow, typeof COMPLAINT_COLUMNS>
  | Unlisted<Complaint, typeof COMPLAINT_COLUMNS>
  | Unlisted<EventRow, typeof EVENT_COLUMNS>
  | Unlisted<ComplaintEventModel, typeof EVENT_COLUMNS>
  | Unlisted<DispatchRow, typeof DISPATCH_COLUMNS>
  | Unlisted<Dispatch, typeof DISPATCH_COLUMNS>
  | Unlisted<CallbackRow, typeof CALLBACK_COLUMNS>
  | Unlisted<ComplaintCallback, typeof CALLBACK_COLUMNS>
  | Unlisted<DemoCallRecord, typeof CALL_COLUMNS>
  | Unlisted<CallRecord, typeof CALL_COLUMNS>,
] extends [never]
  ? true
  : never = true;
void allListed;

export async function loadDemoComplaints(
  db: ComplaintsDb,
  complaints: readonly DemoComplaint[],
  calls: readonly DemoCallRecord[],
): Promise<{ requests: number; events: number; dispatches: number; calls: number } | null> {
  if ((await db.complaint.findFirst({ select: { id: true } })) !== null) return null;
  const now = new Date();
  let events = 0;
  let dispatches = 0;
  await insertInChunks(db, complaints, CHUNK, (chunk) => {
    const complaintRows: (ComplaintRow & { warningLevel: 'NONE'; updatedAt: Date })[] = [];
    const eventRowList: (EventRow & { createdAt: Date })[] = [];
    const dispatchRowList: DispatchRow[] = [];
    const callbackRowList: CallbackRow[] = [];
    for (const c of chunk) {
      const aggregate = foldComplaint(c.id, history.numbered<ComplaintEvent>(0, c.events));
      complaintRows.push({ ...complaintRow(aggregate), warningLevel: 'NONE', updatedAt: now });
      dispatchRowList.push(...dispatchRows(aggregate));
      callbackRowList.push(...callbackRows(aggregate));
      for (const row of eventRows(c.id, null, 0, c.events)) eventRowList.push({ ...row, createdAt: now });
    }
    events += eventRowList.length;
    dispatches += dispatchRowList.length;
    // Requests first: events and dispatches reference them.
    return [
      { table: 'Complaint', columns: COMPLAINT_COLUMNS, rows: complaintRows },
      { table: 'ComplaintEvent', columns: EVENT_COLUMNS, rows: eventRowList },
      { table: 'Dispatch', columns: DISPATCH_COLUMNS, rows: dispatchRowList },
      { table: 'ComplaintCallback', columns: CALLBACK_COLUMNS, rows: callbackRowList },
    ];
  });
  await insertInChunks(db, calls, CALL_CHUNK, (chunk) => [{ table: 'CallRecord', columns: CALL_COLUMNS, rows: chunk }]);
  return { requests: complaints.length, events, dispatches, calls: calls.length };
}
