// The events a request's history is made of (工单流转记录). The request is their fold
// (complaint-aggregate.ts); deadlines are decided when the step happens and stored with it, so a
// history reads the same whatever the county's limits are later changed to.
import type { AssigneeKind, ComplaintChannel, ComplaintKind, Priority } from './complaint-state';
import type { CategoryCode } from './categories';

export interface UnitRef {
  id: string;
  path: string;
}

export interface Assignee {
  kind: AssigneeKind;
  /** The department's or org unit's id. */
  id: string;
  name: string;
  /** A department's org unit path, or the org unit's own path. */
  path: string;
  departmentId: string | null;
}

export interface Contact {
  name: string | null;
  phone: string | null;
}

export interface EventDataByType {
  /** 受理 — the hotline or a centre takes the request. */
  RECEIVED: {
    requestNo: string;
    externalRef: string | null;
    kind: ComplaintKind;
    channel: ComplaintChannel;
    category: CategoryCode;
    priority: Priority;
    title: string;
    content: string;
    /** null: anonymous (匿名). */
    contact: Contact | null;
    receivedUnit: UnitRef;
    location: UnitRef;
    /** 重复来电: the earlier request on the same matter from the same contact. */
    duplicateOf: { id: string; requestNo: string } | null;
    replyDueAt: string;
  };
  /** 派单 to a 承办单位, with its sign-off deadline and the last moment it may be returned. */
  DISPATCHED: { assignee: Assignee; note: string | null; signDueAt: string; returnDueAt: string };
  /** 退单 — the 承办单位 sends it back (not its matter), with the reason. */
  RETURNED: { reason: string };
  /** 签收. */
  SIGNED: { note: string | null };
  /** 答复 — by the 承办单位, or directly by the hotline (直接答复). */
  REPLIED: { content: string; direct: boolean };
  /** 回访 — reached or not; when reached, the satisfaction level (1–5). */
  CALLED_BACK: { reached: boolean; satisfaction: number | null; note: string | null };
  /** 重办 — after a dissatisfied callback, with a new reply deadline. */
  REOPENED: { reason: string; replyDueAt: string };
  /** 办结 — after a satisfied callback (automatic), or closed by the hotline with a reason. */
  CLOSED: { reason: string; automatic: boolean };
  /** 督办 — a supervision office presses an overdue request, with a new deadline. */
  ESCALATED: { note: string; replyDueAt: string };
  /** A later request was linked to this one as 重复来电. */
  DUPLICATE_LINKED: { duplicateId: string; requestNo: string };
}

export type ComplaintEventType = keyof EventDataByType;
export const COMPLAINT_EVENT_TYPES = [
  'RECEIVED',
  'DISPATCHED',
  'RETURNED',
  'SIGNED',
  'REPLIED',
  'CALLED_BACK',
  'REOPENED',
  'CLOSED',
  'ESCALATED',
  'DUPLICATE_LINKED',
] as const satisfies readonly ComplaintEventType[];

export const COMPLAINT_EVENT_LABELS: Readonly<Record<ComplaintEventType, { zh: string; en: string }>> = {
  RECEIVED: { zh: '受理', en: 'received' },
  DISPATCHED: { zh: '派单', en: 'dispatched' },
  RETURNED: { zh: '退单', en: 'returned' },
  SIGNED: { zh: '签收', en: 'signed off' },
  REPLIED: { zh: '答复', en: 'replied' },
  CALLED_BACK: { zh: '回访', en: 'called back' },
  REOPENED: { zh: '重办', en: 'reopened' },
  CLOSED: { zh: '办结', en: 'closed' },
  ESCALATED: { zh: '督办', en: 'escalated' },
  DUPLICATE_LINKED: { zh: '关联重复来电', en: 'duplicate linked' },
};

export interface Actor {
  id: string;
  name: string;
  role: string;
}

export type ComplaintEvent = {
  [T in ComplaintEventType]: { seq: number; type: T; at: Date; actor: Actor; unitPath: string; data: EventDataByType[T] };
}[ComplaintEventType];

export type NewComplaintEvent = {
  [T in ComplaintEventType]: Omit<Extract<ComplaintEvent, { type: T }>, 'seq'>;
}[ComplaintEventType];
