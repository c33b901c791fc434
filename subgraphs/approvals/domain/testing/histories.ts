// Shared fixtures for the approvals domain unit tests: Shanghai instants (`at`, `NOW`), the
// 安乡县 (430721) units, departments and actors, one constructor per case event, receipts, `play`
// (folds a receipt and proposes each later step through proposeEvent, failing loudly on a refusal)
// and the ready-made histories that several test files check against.

import { createWorkingCalendar, parseLocalDate, type ClockStopReason } from '../../../shared/calendar';
import { foldCase, foldMore, type CaseAggregate } from '../case-aggregate';
import type { Actor, CaseEventType, DepartmentRefData, EventDataByType, NewCaseEvent, UnitRefData } from '../case-events';
import { proposeEvent, validateReceipt } from '../case-lifecycle';
import type { Channel, ItemKind, RatingChannel, RectificationMode } from '../case-state';
import { numbered } from '../event-rows';

// ---------------------------------------------------------------------------------------------
// Time.

/** The working calendar with the bundled (chinese-days) holiday data. */
export const cal = createWorkingCalendar();
/** An instant at the given Shanghai wall-clock time (10:00 unless told). */
export const at = (date: string, time = '10:00'): Date => new Date(`${date}T${time}:00+08:00`);
/** "Now" for every proposal: after all the histories below. */
export const NOW = at('2025-12-31', '18:00');

// ---------------------------------------------------------------------------------------------
// 安乡县 (430721), one of its towns and one of that town's villages.

export const CITY: UnitRefData = { id: 'unit-4307', path: '/4307/' };
export const COUNTY: UnitRefData = { id: 'unit-430721', path: '/4307/430721/' };
export const TOWNSHIP: UnitRefData = { id: 'unit-430721100', path: '/4307/430721/430721100/' };
export const OTHER_TOWNSHIP: UnitRefData = { id: 'unit-430721101', path: '/4307/430721/430721101/' };
export const VILLAGE: UnitRefData = { id: 'unit-430721100201', path: '/4307/430721/430721100/430721100201/' };
/** 县市场监管局, 县住建局, 县消防救援大队 and the town's 便民服务中心. */
export const MARKET: DepartmentRefData = { id: 'dept-market', path: COUNTY.path };
export const HOUSING: DepartmentRefData = { id: 'dept-housing', path: COUNTY.path };
export const FIRE: DepartmentRefData = { id: 'dept-fire', path: COUNTY.path };
export const TOWN_CENTRE: DepartmentRefData = { id: 'dept-town-centre', path: TOWNSHIP.path };

export const officer: Actor = { id: 'user-1', name: '王芳', role: 'OFFICER' };
export const head: Actor = { id: 'user-2', name: '刘强', role: 'HEAD' };

/** The GB 11643-1999 sample resident ID and a published GB 32100 unified social credit code. */
export const RESIDENT_ID = '11010519491231002X';
export const CREDIT_CODE = '91350100M000100Y43';

// ---------------------------------------------------------------------------------------------
// Events.

export type Receipt = Extract<NewCaseEvent, { type: 'RECEIVED' }>;
export type SubTaskPlan = { department: DepartmentRefData; limitDays: number };

/** An event of `type`, acted by the officer for the county unless told. */
export function ev<T extends CaseEventType>(
  type: T,
  when: Date,
  data: EventDataByType[T],
  unitPath = COUNTY.path,
  actor: Actor = officer,
): NewCaseEvent {
  return { type, at: when, actor, unitPath, data } as NewCaseEvent;
}

export interface ReceiptOptions {
  at?: Date;
  unit?: UnitRefData;
  channel?: Channel;
  kind?: ItemKind;
  promisedDays?: number;
  externalRef?: string | null;
  applicant?: Partial<Receipt['data']['applicant']>;
}

/** 食品经营许可 (promised 20 working days) taken at the village agency point on Mon 09-22 09:00. */
export function receipt(o: ReceiptOptions = {}): Receipt {
  const kind = o.kind ?? 'PROMISED';
  const unit = o.unit ?? VILLAGE;
  return {
    type: 'RECEIVED',
    at: o.at ?? at('2025-09-22', '09:00'),
    actor: officer,
    unitPath: unit.path,
    data: {
      caseNo: 'AX-2025-000123',
      externalRef: o.externalRef ?? null,
      applicant: { kind: 'PERSON', name: '张三', phone: '13812345678', idNumber: RESIDENT_ID, ...o.applicant },
      item: {
        id: 'item-food',
        code: 'XK-0001',
        name: '食品经营许可',
        kind,
        promisedDays: o.promisedDays ?? (kind === 'IMMEDIATE' ? 0 : 20),
        departmentId: MARKET.id,
      },
      channel: o.channel ?? 'AGENCY_POINT',
      unit,
    },
  };
}

/** The same receipt taken at the county window. */
export const countyReceipt = (o: ReceiptOptions = {}) => receipt({ unit: COUNTY, channel: 'WINDOW', ...o });

/** A receipt with its 政务服务网 reference, at the village agency point or at another unit's window. */
export const referencedReceipt = (when = at('2025-09-22', '09:00'), unit: UnitRefData = VILLAGE) =>
  receipt({ at: when, unit, channel: unit === VILLAGE ? 'AGENCY_POINT' : 'WINDOW', externalRef: 'GD-998877' });

/** A bare county-window receipt: no reference, phone or ID number recorded. */
export const windowReceipt = (when: Date, kind: ItemKind = 'PROMISED', promisedDays?: number) =>
  countyReceipt({ at: when, kind, promisedDays, applicant: { phone: null, idNumber: null } });

export const forwarded = (when: Date, from: UnitRefData, to: UnitRefData, department: DepartmentRefData | null = null) =>
  ev('FORWARDED', when, { from, to, department, note: null }, from.path);
export const accepted = (when: Date, department: DepartmentRefData = MARKET, limitDays = 20, subTasks: SubTaskPlan[] = []) =>
  ev('ACCEPTED', when, { department, limitDays, subTasks });
/** 并联 acceptance led by 市场监管局 (20 days): its own sub-task `marketDays`, 住建局 20 days. */
export const parallelAccepted = (when: Date, marketDays = 15) =>
  accepted(when, MARKET, 20, [
    { department: MARKET, limitDays: marketDays },
    { department: HOUSING, limitDays: 20 },
  ]);
export const notAccepted = (when: Date, reason = '不属于本部门职权范围') => ev('NOT_ACCEPTED', when, { reason });
export const stage = (when: Date, name: string, limitDays: number) => ev('STAGE_STARTED', when, { name, limitDays });
export const stopped = (when: Date, reason: ClockStopReason = 'CORRECTION', note: string | null = '补正营业执照复印件') =>
  ev('CLOCK_STOPPED', when, { reason, note });
export const resumed = (when: Date) => ev('CLOCK_RESUMED', when, { note: null });
export const extended = (when: Date, days: number, reason = '需现场核查', approvedBy = '局长 刘强') =>
  ev('EXTENDED', when, { days, reason, approvedBy });
export const subTaskDecided = (when: Date, departmentId: string, approved = true) =>
  ev('SUBTASK_DECIDED', when, { departmentId, approved, note: null });
export const approved = (when: Date, automatic = false) => ev('APPROVED', when, { note: null, automatic });
export const refused = (when: Date, automatic = false) => ev('REFUSED', when, { note: '不符合条件', automatic });
export const delivered = (when: Date, method: 'WINDOW' | 'POST' | 'ONLINE' = 'WINDOW') => ev('DELIVERED', when, { method, note: null });
export const returned = (when: Date, reason = '申请人要求退回') => ev('RETURNED', when, { reason });
export const withdrawn = (when: Date, reason = '申请人撤回申请') => ev('WITHDRAWN', when, { reason });
export const rated = (when: Date, level: number, channel: RatingChannel = 'ON_SITE', comment: string | null = null) =>
  ev('RATED', when, { level, channel, comment });
export const calledBack = (when: Date, note = '已电话回访，申请人反映等候时间长') => ev('CALLED_BACK', when, { note, reached: true });
export const planned = (when: Date, mode: RectificationMode, dueOn: string | null, measures = '增设窗口，推行预约') =>
  ev('RECTIFICATION_PLANNED', when, { mode, measures, dueOn: dueOn === null ? null : parseLocalDate(dueOn) });
export const rectified = (when: Date, note = '已增设窗口') => ev('RECTIFIED', when, { note });
export const escalated = (when: Date, note: string, dueOn: string | null = null) =>
  ev('ESCALATED', when, { note, dueOn: dueOn === null ? null : parseLocalDate(dueOn) });

// ---------------------------------------------------------------------------------------------
// Playing a history.

/** Folds a receipt and then proposes each step, failing loudly if the receipt or a step is refused. */
export function play(first: Receipt, ...steps: NewCaseEvent[]): CaseAggregate {
  const problems = validateReceipt(first, NOW);
  if (problems.length > 0) throw new Error(`receipt refused: ${problems.map((p) => p.rule).join(', ')}`);
  let c = foldCase('case-1', numbered(0, [first]));
  for (const step of steps) c = apply(c, step);
  return c;
}

/** Proposes one step and folds the events it appends, failing loudly if it is refused. */
export function apply(c: CaseAggregate, step: NewCaseEvent): CaseAggregate {
  const proposal = proposeEvent(c, step, NOW);
  if (!proposal.ok) throw new Error(`${step.type} refused: ${proposal.errors.map((e) => e.rule).join(', ')}`);
  return foldMore(c, numbered(c.version, proposal.events));
}

// ---------------------------------------------------------------------------------------------
// 四级联动 histories of the row projections: village → township → county 市场监管局.

export const toTownship = forwarded(at('2025-09-22', '15:00'), VILLAGE, TOWNSHIP);
export const toMarket = forwarded(at('2025-09-23'), TOWNSHIP, COUNTY, MARKET);
export const reviewStarted = stage(at('2025-09-29'), '审查', 10);

/** Taken at the village on Mon 09-22, accepted by the county 市场监管局 on Fri 09-26, then `steps`. */
export const village = (...steps: NewCaseEvent[]) =>
  play(referencedReceipt(), toTownship, toMarket, accepted(at('2025-09-26')), ...steps);

/** Everything after the acceptance of a case that is delivered, rated badly and rectified. */
export const FULL_HISTORY: NewCaseEvent[] = [
  reviewStarted,
  stopped(at('2025-10-09'), 'CORRECTION', '补正营业执照'),
  resumed(at('2025-10-13')),
  extended(at('2025-10-20'), 5, '现场核查', '刘强'),
  approved(at('2025-11-10')),
  delivered(at('2025-11-11'), 'POST'),
  rated(at('2025-11-12'), 2, 'ONLINE', '等候时间长'),
  calledBack(at('2025-11-13'), '已回访'),
  planned(at('2025-11-14'), 'LEDGER', '2025-11-30', '增设窗口'),
  rectified(at('2025-11-20')),
];

// ---------------------------------------------------------------------------------------------
// County-window histories of the deadline and warning tests, all accepted on Fri 2025-09-26.

/** A 20-day case received at the county window and accepted on Fri 2025-09-26. */
export const promised = (...steps: NewCaseEvent[]) =>
  play(windowReceipt(at('2025-09-26', '09:00')), accepted(at('2025-09-26')), ...steps);
/** A 即办件 accepted on Fri 2025-09-26. */
export const immediate = (...steps: NewCaseEvent[]) =>
  play(windowReceipt(at('2025-09-26', '09:00'), 'IMMEDIATE'), accepted(at('2025-09-26'), MARKET, 0), ...steps);
/** Parallel: 市场监管局 5 days (due Fri 10-10), 住建局 20 days (due Thu 10-30), accepted on Fri 2025-09-26. */
export const parallel = (...steps: NewCaseEvent[]) =>
  play(windowReceipt(at('2025-09-26', '09:00')), parallelAccepted(at('2025-09-26'), 5), ...steps);
