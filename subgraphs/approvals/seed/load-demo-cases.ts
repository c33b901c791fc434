// Loads generated demo cases (demo-cases.ts) into an empty approvals database: the CaseEvent rows
// (the source of truth) and the projections folded from them (Case, SubTask), exactly the rows an
// append writes (eventRows, caseRow, subTaskRows). Does nothing if any case exists. Warnings are
// evaluated afterwards, not here.
//
// Rows go in as multi-row INSERTs with the values written as SQL literals, not through createMany
// or bound parameters: Prisma's client engine spends ~2.5 ms per 45-column Case row in createMany
// (30 000 cases took ~150 s on SQLite) and ~7 µs per bound parameter in $executeRaw, while a
// literal INSERT costs little more than SQLite's own work. The literals are written the way the
// drivers write the values — dates as ISO-8601 UTC ('…+00:00', what the SQLite adapter stores; a
// PostgreSQL TIMESTAMP(3) column takes the same text as UTC), booleans as TRUE/FALSE (1/0 in
// SQLite) — and the SQL is the same for SQLite and PostgreSQL (quoted identifiers, standard string
// literals; the PostgreSQL connection's search_path is the subgraph's schema).
import type { TransactionClient } from '../../shared/database';
import type { WorkingCalendar } from '../../shared/calendar';
import type { ApprovalsDb } from '../db';
import { foldCase } from '../domain/case-aggregate';
import { caseRow, subTaskRows, type CaseRow, type SubTaskRow } from '../domain/case-row';
import { eventRows, numbered, type CaseEventRow } from '../domain/event-rows';
import type { DemoCase } from './demo-cases';

/** Cases per transaction. */
const CHUNK = 500;
/** Rows per INSERT statement (≈0.5 MB of SQL for events). */
const ROWS_PER_STATEMENT = 1_000;

type Tx = TransactionClient<ApprovalsDb>;

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
type Unlisted<Row, Listed extends readonly string[]> = Exclude<keyof Row, Listed[number]>;
const allListed: [Unlisted<CaseRow, typeof CASE_COLUMNS> | Unlisted<CaseEventRow, typeof EVENT_COLUMNS> | Unlisted<SubTaskRow, typeof SUBTASK_COLUMNS>] extends [never] ? true : never = true;
void allListed;

/** A value as an SQL literal that SQLite and PostgreSQL read alike. */
function literal(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`demo cases: cannot store ${value}`);
    return String(value);
  }
  if (value instanceof Date) return `'${value.toISOString().replace('Z', '+00:00')}'`;
  if (typeof value === 'string') {
    if (value.includes('\0')) throw new Error('demo cases: NUL character in a value');
    return `'${value.replaceAll("'", "''")}'`;
  }
  throw new Error(`demo cases: unexpected value of type ${typeof value}`);
}

async function insertRows<R>(tx: Tx, table: string, columns: readonly string[], rows: readonly R[]): Promise<void> {
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
    const values = rows
      .slice(i, i + ROWS_PER_STATEMENT)
      .map((row) => `(${columns.map((c) => literal((row as Record<string, unknown>)[c])).join(', ')})`);
    await tx.$executeRawUnsafe(head + values.join(',\n'));
  }
}

export async function loadDemoCases(
  db: ApprovalsDb,
  cases: readonly DemoCase[],
  calendar: WorkingCalendar,
): Promise<{ cases: number; events: number } | null> {
  if ((await db.case.findFirst({ select: { id: true } })) !== null) return null;
  const now = new Date();
  let events = 0;
  for (let start = 0; start < cases.length; start += CHUNK) {
    const caseRows: (CaseRow & { updatedAt: Date })[] = [];
    const eventRowList: (CaseEventRow & { createdAt: Date })[] = [];
    const subTaskRowList: SubTaskRow[] = [];
    for (const c of cases.slice(start, start + CHUNK)) {
      const aggregate = foldCase(c.id, numbered(0, c.events));
      caseRows.push({ ...caseRow(calendar, aggregate), updatedAt: now });
      subTaskRowList.push(...subTaskRows(calendar, aggregate));
      for (const row of eventRows(c.id, null, 0, c.events)) eventRowList.push({ ...row, createdAt: now });
    }
    // Cases first: events and sub-tasks reference them.
    await db.$transaction(async (tx) => {
      await insertRows(tx, 'Case', CASE_COLUMNS, caseRows);
      await insertRows(tx, 'CaseEvent', EVENT_COLUMNS, eventRowList);
      await insertRows(tx, 'SubTask', SUBTASK_COLUMNS, subTaskRowList);
    }, { timeout: 60_000 });
    events += eventRowList.length;
  }
  return { cases: cases.length, events };
}
