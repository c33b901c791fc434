// Shared fixtures for the complaints domain unit tests: Beijing instants (`at`, `NOW`), the 安乡县
// (430721) units and the 承办单位 requests are dispatched to, one constructor per request event
// (deadlines computed the way the write path computes them: from the event time, the calendar and
// the default limits), `play` (validates a receipt, then proposes each later step through
// proposeEvent and folds what it appends, failing loudly on a refusal).

import { createWorkingCalendar } from '../../../shared/calendar';
import { numbered } from '../../../shared/event-history';
import type { CategoryCode } from '../categories';
import { foldComplaint, foldMore, type ComplaintAggregate } from '../complaint-aggregate';
import type { Actor, Assignee, ComplaintEvent, ComplaintEventType, Contact, EventDataByType, NewComplaintEvent, UnitRef } from '../complaint-events';
import { proposeEvent, validateReceipt, type LifecycleOptions, type Proposal } from '../complaint-lifecycle';
import type { ComplaintChannel, ComplaintKind, Priority } from '../complaint-state';
import { deadline, DEFAULT_LIMITS, RETURN_WINDOW, type LimitTable } from '../time-limits';

// ---------------------------------------------------------------------------------------------
// Time.

/** The working calendar with the bundled (chinese-days) holiday data. */
export const cal = createWorkingCalendar();
/** An instant at the given Beijing wall-clock time (10:00 unless told). */
export const at = (date: string, time = '10:00'): Date => new Date(`${date}T${time}${time.length === 5 ? ':00' : ''}+08:00`);
/** The last instant of a Beijing day, written out by hand (not via time-limits.ts). */
export const endOf = (date: string): Date => new Date(`${date}T23:59:59.999+08:00`);
/** "Now" for every proposal unless told: after all the histories of the tests. */
export const NOW = at('2026-03-31', '18:00');
export const HOUR = 3_600_000;
export const MINUTE = 60_000;
export const DAY = 86_400_000;

// ---------------------------------------------------------------------------------------------
// 常德市 (4307) › 安乡县 (430721) › two towns and their villages; a neighbouring county.

export const CITY: UnitRef = { id: 'unit-4307', path: '/4307/' };
export const COUNTY: UnitRef = { id: 'unit-430721', path: '/4307/430721/' };
export const TOWNSHIP: UnitRef = { id: 'unit-430721100', path: '/4307/430721/430721100/' };
export const VILLAGE: UnitRef = { id: 'unit-430721100201', path: '/4307/430721/430721100/430721100201/' };
export const OTHER_TOWNSHIP: UnitRef = { id: 'unit-430721101', path: '/4307/430721/430721101/' };
export const OTHER_VILLAGE: UnitRef = { id: 'unit-430721101203', path: '/4307/430721/430721101/430721101203/' };
export const NEIGHBOUR_COUNTY: UnitRef = { id: 'unit-430722', path: '/4307/430722/' };
export const NEIGHBOUR_TOWNSHIP: UnitRef = { id: 'unit-430722100', path: '/4307/430722/430722100/' };

const department = (id: string, name: string, unit: UnitRef): Assignee => ({ kind: 'DEPARTMENT', id, name, path: unit.path, departmentId: id });
/** 县住建局, 县市场监管局, 县生态环境分局, a city bureau, and a bureau of the neighbouring county. */
export const HOUSING = department('dept-housing', '县住建局', COUNTY);
export const MARKET = department('dept-market', '县市场监管局', COUNTY);
export const ENVIRONMENT = department('dept-environment', '县生态环境分局', COUNTY);
export const CITY_WATER = department('dept-city-water', '市水务局', CITY);
export const NEIGHBOUR_HOUSING = department('dept-neighbour-housing', '邻县住建局', NEIGHBOUR_COUNTY);
/** The town government itself as 承办单位. */
export const TOWN_GOVERNMENT: Assignee = { kind: 'ORG_UNIT', id: TOWNSHIP.id, name: '安康乡人民政府', path: TOWNSHIP.path, departmentId: null };

export const seat: Actor = { id: 'user-seat', name: '话务员李娜', role: 'HOTLINE' };
export const officer: Actor = { id: 'user-officer', name: '承办人王芳', role: 'OFFICER' };
export const supervisor: Actor = { id: 'user-supervisor', name: '督办员刘强', role: 'SUPERVISOR' };

export const OPTIONS: LifecycleOptions = { calendar: cal, limits: DEFAULT_LIMITS, maxReopens: 2 };

// ---------------------------------------------------------------------------------------------
// Events.

export type Receipt = Extract<NewComplaintEvent, { type: 'RECEIVED' }>;

/** An event of `type`, acted by the hotline seat for the county unless told. */
export function ev<T extends ComplaintEventType>(type: T, when: Date, data: EventDataByType[T], actor: Actor = seat, unitPath = COUNTY.path): NewComplaintEvent {
  return { type, at: when, actor, unitPath, data } as NewComplaintEvent;
}

export interface ReceiptOptions {
  at?: Date;
  requestNo?: string;
  kind?: ComplaintKind;
  channel?: ComplaintChannel;
  category?: CategoryCode;
  priority?: Priority;
  title?: string;
  content?: string;
  contact?: Contact | null;
  receivedUnit?: UnitRef;
  location?: UnitRef;
  duplicateOf?: { id: string; requestNo: string } | null;
  limits?: LimitTable;
}

/** A 12345 call about a broken street lamp in the village, ordinary priority, Mon 2025-11-03 09:00. */
export function receipt(o: ReceiptOptions = {}): Receipt {
  const when = o.at ?? at('2025-11-03', '09:00');
  const priority = o.priority ?? 'ORDINARY';
  const receivedUnit = o.receivedUnit ?? COUNTY;
  return {
    type: 'RECEIVED',
    at: when,
    actor: seat,
    unitPath: receivedUnit.path,
    data: {
      requestNo: o.requestNo ?? 'AX-20251103-0001',
      externalRef: null,
      kind: o.kind ?? 'COMPLAINT',
      channel: o.channel ?? 'HOTLINE_12345',
      category: o.category ?? 'URBAN_CONSTRUCTION',
      priority,
      title: o.title ?? '村口路灯损坏',
      content: o.content ?? '村口三盏路灯已损坏两周，夜间出行不便，请尽快维修。',
      contact: o.contact === undefined ? { name: '张先生', phone: '13812345678' } : o.contact,
      receivedUnit,
      location: o.location ?? VILLAGE,
      duplicateOf: o.duplicateOf ?? null,
      replyDueAt: deadline(cal, when, (o.limits ?? DEFAULT_LIMITS)[priority].reply).toISOString(),
    },
  };
}

/** 派单 with the sign-off and return deadlines the write path gives it for a request of `priority`. */
export const dispatched = (when: Date, assignee: Assignee = HOUSING, priority: Priority = 'ORDINARY', note: string | null = null) =>
  ev('DISPATCHED', when, {
    assignee,
    note,
    signDueAt: deadline(cal, when, DEFAULT_LIMITS[priority].sign).toISOString(),
    returnDueAt: deadline(cal, when, RETURN_WINDOW).toISOString(),
  });
export const returned = (when: Date, reason = '不属于本单位职责范围') => ev('RETURNED', when, { reason }, officer);
export const signed = (when: Date, note: string | null = null) => ev('SIGNED', when, { note }, officer);
export const replied = (when: Date, content = '已安排维修，路灯已恢复照明。', direct = false) => ev('REPLIED', when, { content, direct }, officer);
/** 回访: a level 1–5 when the citizen was reached, null when not reached. */
export const calledBack = (when: Date, satisfaction: number | null, note: string | null = null) =>
  ev('CALLED_BACK', when, { reached: satisfaction !== null, satisfaction, note });
export const closed = (when: Date, reason = '多次回访未接通，按已办结处理') => ev('CLOSED', when, { reason, automatic: false });
export const escalated = (when: Date, replyDueAt: Date, note = '已超期，请于期限内办结并报告') =>
  ev('ESCALATED', when, { note, replyDueAt: replyDueAt.toISOString() }, supervisor);
export const duplicateLinked = (when: Date, duplicateId: string, requestNo: string) => ev('DUPLICATE_LINKED', when, { duplicateId, requestNo });

// ---------------------------------------------------------------------------------------------
// Playing a history.

/** 'ok', or the (field, rule) pairs that refused the proposal. */
export function outcome(p: Proposal): 'ok' | { field: string; rule: string }[] {
  return p.ok ? 'ok' : p.errors.map(({ field, rule }) => ({ field, rule }));
}

/** Folds a receipt (the first event) into a request with the given id. */
export const fold = (first: Receipt, id = 'req-1'): ComplaintAggregate => foldComplaint(id, numbered<ComplaintEvent>(0, [first]));

/** Proposes one step and folds the events it appends, failing loudly if it is refused. */
export function apply(c: ComplaintAggregate, step: NewComplaintEvent, options: LifecycleOptions = OPTIONS, now: Date = NOW): ComplaintAggregate {
  const proposal = proposeEvent(c, step, now, options);
  if (!proposal.ok) throw new Error(`${step.type} refused: ${proposal.errors.map((e) => e.rule).join(', ')}`);
  return foldMore(c, numbered<ComplaintEvent>(c.version, proposal.events));
}

/** Validates a receipt, folds it and proposes each step, failing loudly on any refusal. */
export function play(first: Receipt, ...steps: NewComplaintEvent[]): ComplaintAggregate {
  return playWith(OPTIONS, first, ...steps);
}

export function playWith(options: LifecycleOptions, first: Receipt, ...steps: NewComplaintEvent[]): ComplaintAggregate {
  const problems = validateReceipt(first, NOW);
  if (problems.length > 0) throw new Error(`receipt refused: ${problems.map((p) => p.rule).join(', ')}`);
  let c = fold(first);
  for (const step of steps) c = apply(c, step, options);
  return c;
}
