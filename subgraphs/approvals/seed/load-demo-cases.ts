// Loads generated demo cases (demo-cases.ts) into an empty approvals database: the CaseEvent rows
// (the source of truth) and the projections folded from them (Case, SubTask), exactly the rows an
// append writes (eventRows, caseRow, subTaskRows). Does nothing if any case exists. Warnings are
// evaluated afterwards, not here. Rows go in as literal multi-row INSERTs (../../shared/bulk-insert.ts
// says why), the same SQL for SQLite and PostgreSQL.
import { insertInChunks, type Unlisted } from '../../shared/bulk-insert';
import type { WorkingCalendar } from '../../shared/calendar';
import type { ApprovalsDb } from '../db';
import { foldCase } from '../domain/case-aggregate';
import { caseRow, subTaskRows, type CaseRow, type SubTaskRow } from '../domain/case-row';
import { eventRows, numbered, type CaseEventRow } from '../domain/event-rows';
import type { DemoCase } from './demo-cases';

/** Cases per transaction. */
const CHUNK = 500;

const CASE_COLUMNS = [
  'id', 'caseNo', 'externalRef', 'applicantKind', 'applicantName', 'applicantPhone', 'applicantIdNumber',
  'serviceItemId', 'serviceItemCode', 'serviceItemName', 'itemKind', 'limitDays', 'extensionDays', 'channel',
  'orgUnitId', 'orgPath', 'currentUnitId', 'currentPath', 'handlingDepartmentId', 'handlingPath', 'parallel',
  'state', 'receivedAt', 'receivedOn', 'acceptedAt', 'acceptedOn', 'decidedAt', 'decidedOn', 'closedOn', 'dueOn',
  'clockStopped', 'stoppedOn', 'onTime', 'workingDaysUsed', 'stageName', 'stageDueOn', 'escalated', 'ratingLevel',
  'ratedOn', 'followupState', 'calledBackOn', 'rectifiedOn', 'version', 'updatedAt',
] as const satisfies readonly (keyof CaseRow | 'updatedAt')[];

const EVENT_COLUMNS = [
  'id', 'caseId', 'seq', 'type', 'fromState', 'toState', 'at', 'actorId', 'actorName', 'actorRole', 'unitPath', 'data', 'createdAt',
] as const satisfies readonly (keyof CaseEventRow | 'createdAt')[];

const SUBTASK_COLUMNS = [
  'id', 'caseId', 'departmentId', 'departmentPath', 'limitDays', 'acceptedOn', 'dueOn', 'state', 'decidedOn', 'onTime', 'workingDaysUsed',
] as const satisfies readonly (keyof SubTaskRow)[];

// Every projected column is written: adding one to CaseRow, CaseEventRow or SubTaskRow without
// listing it here fails to compile.
const allListed: [Unlisted<CaseRow, typeof CASE_COLUMNS> | Unlisted<CaseEventRow, typeof EVENT_COLUMNS> | Unlisted<SubTaskRow, typeof SUBTASK_COLUMNS>] extends [never] ? true : never = true;
void allListed;

export async function loadDemoCases(
  db: ApprovalsDb,
  cases: readonly DemoCase[],
  calendar: WorkingCalendar,
): Promise<{ cases: number; events: number } | null> {
  if ((await db.case.findFirst({ select: { id: true } })) !== null) return null;
  const now = new Date();
  let events = 0;
  await insertInChunks(db, cases, CHUNK, (chunk) => {
    const caseRows: (CaseRow & { updatedAt: Date })[] = [];
    const eventRowList: (CaseEventRow & { createdAt: Date })[] = [];
    const subTaskRowList: SubTaskRow[] = [];
    for (const c of chunk) {
      const aggregate = foldCase(c.id, numbered(0, c.events));
      caseRows.push({ ...caseRow(calendar, aggregate), updatedAt: now });
      subTaskRowList.push(...subTaskRows(calendar, aggregate));
      for (const row of eventRows(c.id, null, 0, c.events)) eventRowList.push({ ...row, createdAt: now });
    }
    events += eventRowList.length;
    // Cases first: events and sub-tasks reference them.
    return [
      { table: 'Case', columns: CASE_COLUMNS, rows: caseRows },
      { table: 'CaseEvent', columns: EVENT_COLUMNS, rows: eventRowList },
      { table: 'SubTask', columns: SUBTASK_COLUMNS, rows: subTaskRowList },
    ];
  });
  return { cases: cases.length, events };
}
