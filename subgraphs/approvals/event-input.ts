// One input shape for every write: each mutation fills it for its own step, importCaseEvents
// takes a list of them. Turning it into a typed event (with reference data looked up in the
// departments directory) happens here, once, so a feed and a window obey the same rules.
import type { ClockStopReason, LocalDate } from '../shared/calendar';
import type { DepartmentRef, DirectoryLookup, ReferenceCache } from '../shared/departments-directory';
import { notFoundError, requiredError, type UserError } from '../shared/errors';
import { newRecordNo } from '../shared/event-history';
import { defaultLimitDays, type CaseAggregate } from './domain/case-aggregate';
import type { Actor, CaseEventType, DepartmentRefData, NewCaseEvent } from './domain/case-events';
import type { ApplicantKind, Channel, RatingChannel, RectificationMode } from './domain/case-state';

export interface EventInput {
  type: CaseEventType;
  /** The case: its id, or (imports) the feeding system's reference given at RECEIVED. */
  caseId?: string | null;
  caseRef?: string | null;
  /** Imports only: when it happened and who did it; mutations use now and the caller. */
  at?: Date | null;
  actorName?: string | null;
  serviceItemId?: string | null;
  unitId?: string | null;
  channel?: Channel | null;
  applicant?: { kind: ApplicantKind; name: string; phone?: string | null; idNumber?: string | null } | null;
  toUnitId?: string | null;
  departmentId?: string | null;
  subTasks?: { departmentId: string; limitDays: number }[] | null;
  limitDays?: number | null;
  reason?: string | null;
  stopReason?: ClockStopReason | null;
  note?: string | null;
  name?: string | null;
  days?: number | null;
  approvedBy?: string | null;
  approved?: boolean | null;
  method?: 'WINDOW' | 'POST' | 'ONLINE' | null;
  level?: number | null;
  ratingChannel?: RatingChannel | null;
  comment?: string | null;
  mode?: RectificationMode | null;
  measures?: string | null;
  dueOn?: string | null;
  reached?: boolean | null;
}

/** Everything the inputs name, prefetched in one directory call. */
export function referencesOf(inputs: readonly EventInput[]): Required<DirectoryLookup> {
  const unitIds = new Set<string>();
  const departmentIds = new Set<string>();
  const itemIds = new Set<string>();
  for (const input of inputs) {
    if (input.unitId) unitIds.add(input.unitId);
    if (input.toUnitId) unitIds.add(input.toUnitId);
    if (input.departmentId) departmentIds.add(input.departmentId);
    for (const task of input.subTasks ?? []) departmentIds.add(task.departmentId);
    if (input.serviceItemId) itemIds.add(input.serviceItemId);
  }
  return { unitIds: [...unitIds], departmentIds: [...departmentIds], itemIds: [...itemIds] };
}

const required = requiredError;
const unknown = notFoundError;

const departmentData = (d: DepartmentRef): DepartmentRefData => ({ id: d.id, path: d.orgUnit.path });

type Built = { ok: true; event: NewCaseEvent } | { ok: false; errors: UserError[] };

/**
 * The typed event for `input` on case `c` (null for RECEIVED). `at`, `actor` and `unitPath` are
 * decided by the caller.
 */
export async function buildEvent(
  input: EventInput,
  c: CaseAggregate | null,
  refs: ReferenceCache,
  base: { at: Date; actor: Actor; unitPath: string },
): Promise<Built> {
  const fail = (...errors: UserError[]): Built => ({ ok: false, errors });
  const ok = (event: NewCaseEvent): Built => ({ ok: true, event });
  const text = (value: string | null | undefined) => (value ?? '').trim();
  switch (input.type) {
    case 'RECEIVED': {
      const errors: UserError[] = [];
      const item = input.serviceItemId ? await refs.item(input.serviceItemId) : undefined;
      const unit = input.unitId ? await refs.unit(input.unitId) : undefined;
      if (!input.serviceItemId) errors.push(required('serviceItemId', '事项', 'serviceItemId'));
      else if (!item?.active) errors.push(unknown('serviceItemId', '事项', 'service item'));
      if (!input.unitId) errors.push(required('unitId', '收件单位', 'unitId'));
      else if (!unit?.active) errors.push(unknown('unitId', '收件单位', 'org unit'));
      if (!input.channel) errors.push(required('channel', '收件渠道', 'channel'));
      if (!input.applicant) errors.push(required('applicant', '申请人', 'applicant'));
      if (errors.length > 0 || !item || !unit || !input.channel || !input.applicant) return fail(...errors);
      return ok({
        ...base,
        type: 'RECEIVED',
        data: {
          caseNo: newRecordNo(unit.code, base.at),
          externalRef: input.caseRef ?? null,
          applicant: {
            kind: input.applicant.kind,
            name: input.applicant.name.trim(),
            phone: input.applicant.phone?.trim() || null,
            idNumber: input.applicant.idNumber?.trim().toUpperCase() || null,
          },
          item: { id: item.id, code: item.code, name: item.name, kind: item.kind, promisedDays: item.promisedDays, departmentId: item.department.id },
          channel: input.channel,
          unit: { id: unit.id, path: unit.path },
        },
      });
    }
    case 'FORWARDED': {
      const unit = input.toUnitId ? await refs.unit(input.toUnitId) : undefined;
      if (!input.toUnitId) return fail(required('toUnitId', '接收单位', 'toUnitId'));
      if (!unit?.active) return fail(unknown('toUnitId', '接收单位', 'org unit'));
      let department: DepartmentRefData | null = null;
      if (input.departmentId) {
        const found = await refs.department(input.departmentId);
        if (!found?.active) return fail(unknown('departmentId', '部门', 'department'));
        department = departmentData(found);
      }
      return ok({ ...base, type: 'FORWARDED', data: { from: c!.current, to: { id: unit.id, path: unit.path }, department, note: input.note ?? null } });
    }
    case 'ACCEPTED': {
      // Without a department: the one it was forwarded to, else the item's.
      const departmentId = input.departmentId ?? c!.handling?.id ?? c!.received.item.departmentId;
      const department = await refs.department(departmentId);
      if (!department?.active) return fail(unknown('departmentId', '办理部门', 'department'));
      const subTasks: { department: DepartmentRefData; limitDays: number }[] = [];
      const errors: UserError[] = [];
      for (const [i, task] of (input.subTasks ?? []).entries()) {
        const found = await refs.department(task.departmentId);
        if (!found?.active) errors.push(unknown(`subTasks.${i}.departmentId`, '并联部门', 'department'));
        else subTasks.push({ department: departmentData(found), limitDays: task.limitDays });
      }
      if (errors.length > 0) return fail(...errors);
      const item = c!.received.item;
      const limitDays = input.limitDays ?? defaultLimitDays(item);
      return ok({ ...base, type: 'ACCEPTED', data: { department: departmentData(department), limitDays, subTasks } });
    }
    case 'NOT_ACCEPTED':
    case 'RETURNED':
    case 'WITHDRAWN':
      return ok({ ...base, type: input.type, data: { reason: text(input.reason) } });
    case 'STAGE_STARTED':
      return ok({ ...base, type: 'STAGE_STARTED', data: { name: text(input.name), limitDays: input.limitDays ?? 0 } });
    case 'CLOCK_STOPPED':
      if (!input.stopReason) return fail(required('stopReason', '暂停计时原因', 'stopReason'));
      return ok({ ...base, type: 'CLOCK_STOPPED', data: { reason: input.stopReason, note: input.note ?? null } });
    case 'CLOCK_RESUMED':
      return ok({ ...base, type: 'CLOCK_RESUMED', data: { note: input.note ?? null } });
    case 'EXTENDED':
      return ok({ ...base, type: 'EXTENDED', data: { days: input.days ?? 0, reason: text(input.reason), approvedBy: text(input.approvedBy) } });
    case 'SUBTASK_DECIDED':
      if (!input.departmentId) return fail(required('departmentId', '并联部门', 'departmentId'));
      if (input.approved == null) return fail(required('approved', '办理结果', 'approved'));
      return ok({ ...base, type: 'SUBTASK_DECIDED', data: { departmentId: input.departmentId, approved: input.approved, note: input.note ?? null } });
    case 'APPROVED':
    case 'REFUSED':
      return ok({ ...base, type: input.type, data: { note: input.note ?? null, automatic: false } });
    case 'DELIVERED':
      return ok({ ...base, type: 'DELIVERED', data: { method: input.method ?? 'WINDOW', note: input.note ?? null } });
    case 'RATED':
      if (input.level == null) return fail(required('level', '评价等级', 'level'));
      return ok({ ...base, type: 'RATED', data: { level: input.level, channel: input.ratingChannel ?? 'ON_SITE', comment: input.comment ?? null } });
    case 'CALLED_BACK':
      return ok({ ...base, type: 'CALLED_BACK', data: { note: text(input.note), reached: input.reached ?? true } });
    case 'RECTIFICATION_PLANNED':
      if (!input.mode) return fail(required('mode', '整改方式', 'mode'));
      return ok({ ...base, type: 'RECTIFICATION_PLANNED', data: { mode: input.mode, measures: text(input.measures), dueOn: (input.dueOn ?? null) as LocalDate | null } });
    case 'RECTIFIED':
      return ok({ ...base, type: 'RECTIFIED', data: { note: text(input.note) } });
    case 'ESCALATED':
      return ok({ ...base, type: 'ESCALATED', data: { note: text(input.note), dueOn: (input.dueOn ?? null) as LocalDate | null } });
  }
}
