// The complaints tables in a real in-memory SQLite database (../../../shared/testing/sqlite.ts),
// filled with the projection rows the write path stores, for checking the statistics SQL.
import { insert, migratedDatabase, type SqliteDatabase } from '../../../shared/testing/sqlite';
import type { ComplaintAggregate } from '../complaint-aggregate';
import { callbackRows, complaintRow, dispatchRows } from '../complaint-row';

export { run, type SqliteDatabase } from '../../../shared/testing/sqlite';

/** An empty in-memory database with every complaints migration applied. */
export const complaintsDatabase = (): SqliteDatabase => migratedDatabase('complaints');

/** Stores the projection of each request: its Complaint, Dispatch and ComplaintCallback rows. */
export function storeRequests(db: SqliteDatabase, requests: readonly ComplaintAggregate[], updatedAt = new Date('2026-04-01T00:00:00Z')): void {
  for (const c of requests) {
    insert(db, 'Complaint', { ...complaintRow(c), warningLevel: 'NONE', updatedAt });
    for (const row of dispatchRows(c)) insert(db, 'Dispatch', row);
    for (const row of callbackRows(c)) insert(db, 'ComplaintCallback', row);
  }
}

export interface CallRecordRow {
  id: string;
  externalRef: string;
  orgUnitId: string;
  orgPath: string;
  line: string;
  startedAt: Date;
  startedOn: string;
  answered: boolean;
  waitSeconds: number;
  talkSeconds: number;
}

export function storeCalls(db: SqliteDatabase, calls: readonly CallRecordRow[]): void {
  for (const call of calls) insert(db, 'CallRecord', { ...call });
}
