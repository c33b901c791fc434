// Requests for integration tests, written through the gateway like a hotline feed: a small spec
// per request becomes importComplaints input, and the tests compute expected figures from the
// same specs (independently of the subgraph's SQL).
import type { LocalDate } from '../../subgraphs/shared/calendar';
import { at } from './approvals-fixtures';
import { expectData, type TestHub } from './hub';

export interface RequestSpec {
  ref: string;
  kind?: 'CONSULTATION' | 'HELP' | 'COMPLAINT' | 'REPORT' | 'SUGGESTION';
  channel?: 'HOTLINE_12345' | 'HOTLINE_114' | 'WEBSITE' | 'MOBILE' | 'MAILBOX' | 'LETTER' | 'IN_PERSON';
  category?: string;
  priority?: 'URGENT' | 'UTILITIES' | 'ORDINARY' | 'COMPLEX';
  receivedAt: string;
  receivedUnitId: string;
  locationUnitId: string;
  phone?: string | null;
  name?: string;
  /** Dispatch to a department (or a unit) at the given instant, signed `signAfterMinutes` later. */
  dispatch?: { departmentId?: string; unitId?: string; at: string; signAt?: string; returnAt?: string };
  replyAt?: string;
  callback?: { at: string; satisfaction: number };
}

/** A Beijing-time instant (09:00 unless given). */
export const bj = (day: string, time = '09:00') => at(day as LocalDate, time);

export function requestEvents(s: RequestSpec): Record<string, unknown>[] {
  const base = (type: string, at: string) => ({ ref: s.ref, type, at, actorName: '测试坐席' });
  const events: Record<string, unknown>[] = [
    {
      ...base('RECEIVED', s.receivedAt),
      kind: s.kind ?? 'COMPLAINT',
      channel: s.channel ?? 'HOTLINE_12345',
      category: s.category ?? 'URBAN_CONSTRUCTION',
      priority: s.priority ?? 'ORDINARY',
      title: `测试诉求 ${s.ref}`,
      content: '小区门口路灯不亮，请尽快修复。',
      contact: s.phone === null ? null : { name: s.name ?? '王小明', phone: s.phone ?? `139${String(Math.abs(hash(s.ref))).padStart(8, '0').slice(0, 8)}` },
      receivedUnitId: s.receivedUnitId,
      locationUnitId: s.locationUnitId,
    },
  ];
  if (s.dispatch) {
    events.push({ ...base('DISPATCHED', s.dispatch.at), departmentId: s.dispatch.departmentId, unitId: s.dispatch.unitId });
    if (s.dispatch.returnAt) return [...events, { ...base('RETURNED', s.dispatch.returnAt), reason: '不属于本单位职责' }];
    if (s.dispatch.signAt) events.push(base('SIGNED', s.dispatch.signAt));
  }
  if (s.replyAt) events.push({ ...base('REPLIED', s.replyAt), content: '已处理完毕。' });
  if (s.callback) events.push({ ...base('CALLED_BACK', s.callback.at), reached: true, satisfaction: s.callback.satisfaction });
  return events;
}

function hash(text: string): number {
  let h = 7;
  for (const ch of text) h = (h * 31 + ch.charCodeAt(0)) | 0;
  return h;
}

export const IMPORT = `mutation($batch: [ComplaintImportInput!]!, $key: String) {
  importComplaints(batch: $batch, idempotencyKey: $key) { created eventsAppended duplicatesLinked complaintIds userErrors { field rule message } }
}`;

export interface ImportResult {
  created: number;
  eventsAppended: number;
  duplicatesLinked: number;
  complaintIds: string[];
  userErrors: { field: string; rule: string; message: string }[];
}

export async function importRequests(hub: TestHub, specs: RequestSpec[], key?: string): Promise<ImportResult> {
  const batch = specs.flatMap(requestEvents).sort((a, b) => String(a.at).localeCompare(String(b.at)));
  const result = expectData(await hub.gql<{ importComplaints: ImportResult }>(IMPORT, { batch, key }, { apiKey: hub.systemApiKey })).importComplaints;
  if (result.userErrors.length > 0) throw new Error(`import refused: ${JSON.stringify(result.userErrors)}`);
  return result;
}
