// The events a case's history is made of (办件过程记录). A case is the fold of its events
// (case-aggregate.ts); nothing about a case is stored that cannot be derived from them.
import type { ClockStopReason } from '../../shared/calendar';
import type { LocalDate } from '../../shared/calendar';
import type {
  ApplicantKind,
  Channel,
  ItemKind,
  RatingChannel,
  RectificationMode,
} from './case-state';

export interface UnitRefData {
  id: string;
  path: string;
}

export interface DepartmentRefData {
  id: string;
  /** Org path of the department's unit (e.g. the county for a county department). */
  path: string;
}

export interface EventDataByType {
  /** 收件 — the application arrives at a window, online, or at a village agency point. */
  RECEIVED: {
    caseNo: string;
    externalRef: string | null;
    applicant: { kind: ApplicantKind; name: string; phone: string | null; idNumber: string | null };
    item: { id: string; code: string; name: string; kind: ItemKind; promisedDays: number; departmentId: string };
    channel: Channel;
    unit: UnitRefData;
  };
  /** 四级联动 hand-off (代理/转办): the case moves up to a township or to a handling department. */
  FORWARDED: { from: UnitRefData; to: UnitRefData; department: DepartmentRefData | null; note: string | null };
  /** 受理 — by the handling department; parallel cases open one sub-task per department. */
  ACCEPTED: {
    department: DepartmentRefData;
    limitDays: number;
    subTasks: { department: DepartmentRefData; limitDays: number }[];
  };
  /** 不予受理, with the reason given to the applicant. */
  NOT_ACCEPTED: { reason: string };
  /** 审查环节: a stage with its own limit; starting one ends the previous. */
  STAGE_STARTED: { name: string; limitDays: number };
  /** 暂停计时 (补正, 第45条 special procedures). */
  CLOCK_STOPPED: { reason: ClockStopReason; note: string | null };
  CLOCK_RESUMED: { note: string | null };
  /** 延期 approved by the unit's head (行政许可法 第42条). */
  EXTENDED: { days: number; reason: string; approvedBy: string };
  /** One department's result in a parallel case (并联审批). */
  SUBTASK_DECIDED: { departmentId: string; approved: boolean; note: string | null };
  /** 准予许可 — `automatic` when the last sub-task of a parallel case decided it. */
  APPROVED: { note: string | null; automatic: boolean };
  /** 不予许可. */
  REFUSED: { note: string | null; automatic: boolean };
  /** 送达/领证. */
  DELIVERED: { method: 'WINDOW' | 'POST' | 'ONLINE'; note: string | null };
  /** 退回 to the applicant. */
  RETURNED: { reason: string };
  /** 撤回 at the applicant's request. */
  WITHDRAWN: { reason: string };
  /** 好差评 — one per case. */
  RATED: { level: number; channel: RatingChannel; comment: string | null };
  /** 回访 after a 差评. */
  CALLED_BACK: { note: string; reached: boolean };
  /** 整改 — now, or on the ledger with a deadline. */
  RECTIFICATION_PLANNED: { mode: RectificationMode; measures: string; dueOn: LocalDate | null };
  RECTIFIED: { note: string };
  /** 督办 by a supervision office. */
  ESCALATED: { note: string; dueOn: LocalDate | null };
}

export type CaseEventType = keyof EventDataByType;
export const CASE_EVENT_TYPES = [
  'RECEIVED',
  'FORWARDED',
  'ACCEPTED',
  'NOT_ACCEPTED',
  'STAGE_STARTED',
  'CLOCK_STOPPED',
  'CLOCK_RESUMED',
  'EXTENDED',
  'SUBTASK_DECIDED',
  'APPROVED',
  'REFUSED',
  'DELIVERED',
  'RETURNED',
  'WITHDRAWN',
  'RATED',
  'CALLED_BACK',
  'RECTIFICATION_PLANNED',
  'RECTIFIED',
  'ESCALATED',
] as const satisfies readonly CaseEventType[];

export const CASE_EVENT_LABELS: Readonly<Record<CaseEventType, { zh: string; en: string }>> = {
  RECEIVED: { zh: '收件', en: 'received' },
  FORWARDED: { zh: '转报', en: 'forwarded' },
  ACCEPTED: { zh: '受理', en: 'accepted' },
  NOT_ACCEPTED: { zh: '不予受理', en: 'not accepted' },
  STAGE_STARTED: { zh: '进入环节', en: 'stage started' },
  CLOCK_STOPPED: { zh: '暂停计时', en: 'clock stopped' },
  CLOCK_RESUMED: { zh: '恢复计时', en: 'clock resumed' },
  EXTENDED: { zh: '延期', en: 'extended' },
  SUBTASK_DECIDED: { zh: '并联子任务办结', en: 'sub-task decided' },
  APPROVED: { zh: '准予许可', en: 'approved' },
  REFUSED: { zh: '不予许可', en: 'refused' },
  DELIVERED: { zh: '送达', en: 'delivered' },
  RETURNED: { zh: '退回', en: 'returned' },
  WITHDRAWN: { zh: '撤回', en: 'withdrawn' },
  RATED: { zh: '评价', en: 'rated' },
  CALLED_BACK: { zh: '回访', en: 'called back' },
  RECTIFICATION_PLANNED: { zh: '整改', en: 'rectification planned' },
  RECTIFIED: { zh: '整改完成', en: 'rectified' },
  ESCALATED: { zh: '督办', en: 'escalated' },
};

export interface Actor {
  id: string;
  name: string;
  role: string;
}

/** One event as stored; `data` matches `type`. */
export type CaseEvent = {
  [T in CaseEventType]: {
    seq: number;
    type: T;
    at: Date;
    actor: Actor;
    /** The unit the actor acted for. */
    unitPath: string;
    data: EventDataByType[T];
  };
}[CaseEventType];

/** An event before it has a sequence number. */
export type NewCaseEvent = {
  [T in CaseEventType]: Omit<Extract<CaseEvent, { type: T }>, 'seq'>;
}[CaseEventType];
