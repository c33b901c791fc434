// Which event may follow which (办件流转规则). Pure: given the case so far and a proposed event,
// either the events to append (the proposed one, plus any it triggers) or the broken rules.
// Mutations and imports both go through `proposeEvent`, so a feed cannot do what a window cannot.
import { CLOCK_STOP_REASON_LABELS, toLocalDate, type WorkingCalendar } from '../../shared/calendar';
import { blank, requiredError, userError, type UserError } from '../../shared/errors';
import { eventTimeErrors } from '../../shared/event-history';
import { currentStage, defaultLimitDays, openStop, totalExtensionDays, type CaseAggregate } from './case-aggregate';
import type { CaseEventType, EventDataByType, NewCaseEvent } from './case-events';
import { CASE_STATE_LABELS, type CaseState } from './case-state';
import { MAX_EXTENSION_DAYS, remainingDays } from './deadline';
import { idNumberProblem } from './applicant';

/** The states each event may follow. RECEIVED only starts a history (see `validateReceipt`). */
export const ALLOWED_FROM: Readonly<Record<Exclude<CaseEventType, 'RECEIVED'>, readonly CaseState[]>> = {
  FORWARDED: ['RECEIVED'],
  ACCEPTED: ['RECEIVED'],
  NOT_ACCEPTED: ['RECEIVED'],
  STAGE_STARTED: ['ACCEPTED', 'UNDER_REVIEW'],
  CLOCK_STOPPED: ['ACCEPTED', 'UNDER_REVIEW'],
  CLOCK_RESUMED: ['ACCEPTED', 'UNDER_REVIEW'],
  EXTENDED: ['ACCEPTED', 'UNDER_REVIEW'],
  SUBTASK_DECIDED: ['ACCEPTED', 'UNDER_REVIEW'],
  APPROVED: ['ACCEPTED', 'UNDER_REVIEW'],
  REFUSED: ['ACCEPTED', 'UNDER_REVIEW'],
  DELIVERED: ['APPROVED', 'REFUSED'],
  RETURNED: ['RECEIVED', 'ACCEPTED', 'UNDER_REVIEW'],
  WITHDRAWN: ['RECEIVED', 'ACCEPTED', 'UNDER_REVIEW'],
  RATED: ['APPROVED', 'REFUSED', 'DELIVERED', 'NOT_ACCEPTED', 'RETURNED'],
  CALLED_BACK: ['APPROVED', 'REFUSED', 'DELIVERED', 'NOT_ACCEPTED', 'RETURNED'],
  RECTIFICATION_PLANNED: ['APPROVED', 'REFUSED', 'DELIVERED', 'NOT_ACCEPTED', 'RETURNED'],
  RECTIFIED: ['APPROVED', 'REFUSED', 'DELIVERED', 'NOT_ACCEPTED', 'RETURNED'],
  ESCALATED: ['RECEIVED', 'ACCEPTED', 'UNDER_REVIEW'],
};

/** 行政许可法 第42条: joint handling (联合办理) takes at most 45 working days before extensions. */
const MAX_PARALLEL_LIMIT_DAYS = 45;

export type Proposal = { ok: true; events: NewCaseEvent[] } | { ok: false; errors: UserError[] };

const refuse = (...errors: UserError[]): Proposal => ({ ok: false, errors });
const required = requiredError;
const timeErrors = (c: CaseAggregate | null, at: Date, now: Date) => eventTimeErrors(c?.lastEventAt ?? null, at, now, 'event of the case');

/** Checks a case's first event. */
export function validateReceipt(event: Extract<NewCaseEvent, { type: 'RECEIVED' }>, now: Date): UserError[] {
  const d = event.data;
  const errors = [...timeErrors(null, event.at, now)];
  if (blank(d.applicant.name)) errors.push(required('applicant.name', '申请人名称', 'applicant name'));
  if (d.applicant.phone !== null && !/^\+?[\d ()-]{5,20}$/.test(d.applicant.phone)) {
    errors.push(userError('applicant.phone', 'PHONE_FORMAT', '联系电话格式不正确', 'the phone number is malformed'));
  }
  if (d.applicant.idNumber !== null) {
    const problem = idNumberProblem(d.applicant.kind, d.applicant.idNumber);
    if (problem) errors.push(problem);
  }
  if (d.channel === 'AGENCY_POINT' && unitTierOf(d.unit.path) !== 'VILLAGE') {
    errors.push(
      userError('unitId', 'AGENCY_POINT_AT_VILLAGE', '代办点收件的单位必须是村（社区）', 'an agency-point case is received by a village or community'),
    );
  }
  if (!Number.isInteger(d.item.promisedDays) || d.item.promisedDays < 0) {
    errors.push(userError('serviceItemId', 'ITEM_LIMIT_INVALID', '事项承诺时限无效', 'the service item has no valid promised limit'));
  }
  return errors;
}

/** Tier from the last code's length (统计用区划代码: 6 county, 9 township, 12 village). */
export function unitTierOf(path: string): 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE' {
  const code = path.split('/').filter(Boolean).pop() ?? '';
  return code.length >= 12 ? 'VILLAGE' : code.length >= 9 ? 'TOWNSHIP' : code.length >= 6 ? 'COUNTY' : 'CITY';
}

/**
 * Validates `event` against the case and returns what to append: the event itself plus, when the
 * last open sub-task of a parallel case is decided, the case's own decision.
 */
export function proposeEvent(c: CaseAggregate, event: NewCaseEvent, now: Date, options: { calendar?: WorkingCalendar } = {}): Proposal {
  if (event.type === 'RECEIVED') {
    return refuse(userError('type', 'ALREADY_RECEIVED', '该办件已收件', 'the case has already been received'));
  }
  const timing = timeErrors(c, event.at, now);
  if (timing.length > 0) return refuse(...timing);
  const allowed = ALLOWED_FROM[event.type];
  if (!allowed.includes(c.state)) {
    const label = CASE_STATE_LABELS[c.state];
    return refuse(
      userError(
        'state',
        'ILLEGAL_TRANSITION',
        `办件当前为“${label.zh}”，不能${eventVerb(event.type).zh}`,
        `a case that is ${label.en} cannot be ${eventVerb(event.type).en}`,
      ),
    );
  }
  const errors = ruleErrors(c, event);
  if (event.type === 'EXTENDED' && options.calendar && errors.length === 0) {
    // 行政许可法 第42条: the extension is approved within the limit, not after the case is late.
    const remaining = remainingDays(options.calendar, c, event.at);
    if (remaining !== null && remaining < 0) {
      errors.push(userError('days', 'EXTENSION_AFTER_DUE', '已超过办理期限，不能再延期', 'an extension must be approved before the case is overdue'));
    }
  }
  if (errors.length > 0) return refuse(...errors);
  return { ok: true, events: [event, ...triggeredBy(c, event)] };
}

function eventVerb(type: CaseEventType): { zh: string; en: string } {
  const verbs: Record<CaseEventType, { zh: string; en: string }> = {
    RECEIVED: { zh: '收件', en: 'received' },
    FORWARDED: { zh: '转报', en: 'forwarded' },
    ACCEPTED: { zh: '受理', en: 'accepted' },
    NOT_ACCEPTED: { zh: '不予受理', en: 'turned down' },
    STAGE_STARTED: { zh: '进入审查环节', en: 'moved to a review stage' },
    CLOCK_STOPPED: { zh: '暂停计时', en: 'paused' },
    CLOCK_RESUMED: { zh: '恢复计时', en: 'resumed' },
    EXTENDED: { zh: '延期', en: 'extended' },
    SUBTASK_DECIDED: { zh: '办结子任务', en: 'decided for a department' },
    APPROVED: { zh: '准予许可', en: 'approved' },
    REFUSED: { zh: '不予许可', en: 'refused' },
    DELIVERED: { zh: '送达', en: 'delivered' },
    RETURNED: { zh: '退回', en: 'returned' },
    WITHDRAWN: { zh: '撤回', en: 'withdrawn' },
    RATED: { zh: '评价', en: 'rated' },
    CALLED_BACK: { zh: '回访', en: 'called back' },
    RECTIFICATION_PLANNED: { zh: '整改', en: 'rectified' },
    RECTIFIED: { zh: '完成整改', en: 'marked rectified' },
    ESCALATED: { zh: '督办', en: 'escalated' },
  };
  return verbs[type];
}

function ruleErrors(c: CaseAggregate, event: Exclude<NewCaseEvent, { type: 'RECEIVED' }>): UserError[] {
  const atDate = toLocalDate(event.at);
  switch (event.type) {
    case 'FORWARDED': {
      const { to, department } = event.data;
      if (!c.current.path.startsWith(to.path)) {
        return [userError('toUnitId', 'FORWARD_UPWARD_ONLY', '只能转报至上级单位或其部门', 'a case is forwarded up the tiers only (village → township → county)')];
      }
      if (to.path === c.current.path && !department) {
        return [userError('toUnitId', 'FORWARD_TO_OTHER_UNIT', '转报须交给上级单位或指定部门', 'forward to a unit above or name the handling department')];
      }
      if (department && department.path !== to.path) {
        return [userError('departmentId', 'DEPARTMENT_OF_TARGET_UNIT', '部门不属于接收单位', 'the department does not belong to the receiving unit')];
      }
      return [];
    }
    case 'ACCEPTED':
      return acceptErrors(c, event.data);
    case 'NOT_ACCEPTED':
    case 'RETURNED':
    case 'WITHDRAWN':
      return blank(event.data.reason) ? [required('reason', '原因', 'reason')] : [];
    case 'STAGE_STARTED': {
      const errors: UserError[] = [];
      if (blank(event.data.name)) errors.push(required('name', '环节名称', 'stage name'));
      if (!Number.isInteger(event.data.limitDays) || event.data.limitDays < 1) {
        errors.push(userError('limitDays', 'STAGE_LIMIT_POSITIVE', '环节时限须为正整数（工作日）', 'a stage limit is a positive number of working days'));
      } else if (event.data.limitDays > c.limitDays + totalExtensionDays(c)) {
        errors.push(userError('limitDays', 'STAGE_WITHIN_CASE_LIMIT', '环节时限不能超过办件时限', 'a stage limit cannot exceed the case limit'));
      }
      if (currentStage(c)?.name === event.data.name.trim()) {
        errors.push(userError('name', 'STAGE_ALREADY_CURRENT', '办件已处于该环节', 'the case is already in this stage'));
      }
      return errors;
    }
    case 'CLOCK_STOPPED':
      if (!(event.data.reason in CLOCK_STOP_REASON_LABELS)) {
        return [userError('reason', 'UNKNOWN_STOP_REASON', '暂停计时原因无效', 'not a statutory clock-stop reason')];
      }
      return openStop(c) ? [userError('state', 'CLOCK_ALREADY_STOPPED', '已在暂停计时中', 'the clock is already stopped')] : [];
    case 'CLOCK_RESUMED':
      return openStop(c) ? [] : [userError('state', 'CLOCK_NOT_STOPPED', '未暂停计时，无需恢复', 'the clock is not stopped')];
    case 'EXTENDED': {
      const max = c.subTasks.length > 0 ? MAX_EXTENSION_DAYS.parallel : MAX_EXTENSION_DAYS.single;
      const errors: UserError[] = [];
      if (c.received.item.kind === 'IMMEDIATE') {
        errors.push(userError('days', 'NO_EXTENSION_FOR_IMMEDIATE', '即办件不能延期', 'an on-the-spot item cannot be extended'));
      }
      if (!Number.isInteger(event.data.days) || event.data.days < 1) {
        errors.push(userError('days', 'EXTENSION_POSITIVE', '延期天数须为正整数（工作日）', 'an extension is a positive number of working days'));
      } else if (totalExtensionDays(c) + event.data.days > max) {
        errors.push(
          userError('days', 'EXTENSION_OVER_LIMIT', `延期合计不得超过 ${max} 个工作日（行政许可法第四十二条）`, `extensions may total at most ${max} working days (Administrative Licensing Law art. 42)`),
        );
      }
      if (blank(event.data.reason)) errors.push(required('reason', '延期理由', 'reason'));
      if (blank(event.data.approvedBy)) errors.push(required('approvedBy', '批准人', 'approver'));
      return errors;
    }
    case 'SUBTASK_DECIDED': {
      if (c.subTasks.length === 0) return [userError('departmentId', 'NOT_PARALLEL', '该办件不是并联审批', 'the case is not a parallel case')];
      const task = c.subTasks.find((t) => t.department.id === event.data.departmentId);
      if (!task) return [userError('departmentId', 'UNKNOWN_SUBTASK', '该部门没有此办件的子任务', 'the department has no sub-task in this case')];
      if (task.state !== 'OPEN') return [userError('departmentId', 'SUBTASK_ALREADY_DECIDED', '该子任务已办结', 'the sub-task has already been decided')];
      return openStop(c) ? [stoppedError()] : [];
    }
    case 'APPROVED':
    case 'REFUSED':
      // Automatic decisions are appended by `triggeredBy`, never proposed: a proposed decision on a
      // parallel case is refused whatever it claims.
      if (c.subTasks.length > 0) {
        return [userError('state', 'PARALLEL_DECIDED_BY_SUBTASKS', '并联审批办件由各部门子任务办结', 'a parallel case is decided by its sub-tasks')];
      }
      return openStop(c) ? [stoppedError()] : [];
    case 'DELIVERED':
      return [];
    case 'RATED':
      if (c.rating) return [userError('level', 'ALREADY_RATED', '每件办件只能评价一次', 'a case is rated once')];
      if (!Number.isInteger(event.data.level) || event.data.level < 1 || event.data.level > 5) {
        return [userError('level', 'RATING_LEVEL_RANGE', '评价等级为 1–5', 'the rating level is 1 to 5')];
      }
      return [];
    case 'CALLED_BACK':
      if (c.followup?.state !== 'AWAITING_CALLBACK') {
        return [userError('state', 'NO_CALLBACK_DUE', '该办件没有待回访的差评', 'the case has no bad rating awaiting a callback')];
      }
      return blank(event.data.note) ? [required('note', '回访情况', 'callback note')] : [];
    case 'RECTIFICATION_PLANNED': {
      if (c.followup?.state !== 'CALLED_BACK') {
        return [userError('state', 'CALLBACK_BEFORE_RECTIFICATION', '差评须先回访再整改', 'a bad rating is called back before it is rectified')];
      }
      const errors: UserError[] = [];
      if (blank(event.data.measures)) errors.push(required('measures', '整改措施', 'measures'));
      if (event.data.mode === 'LEDGER') {
        if (!event.data.dueOn) errors.push(required('dueOn', '整改期限', 'rectification deadline'));
        else if (event.data.dueOn < atDate) {
          errors.push(userError('dueOn', 'DEADLINE_NOT_PAST', '整改期限不能早于今天', 'the deadline cannot be in the past'));
        }
      }
      return errors;
    }
    case 'RECTIFIED':
      if (c.followup?.state !== 'RECTIFYING') {
        return [userError('state', 'NO_RECTIFICATION_OPEN', '该办件没有进行中的整改', 'the case has no rectification on the ledger')];
      }
      return blank(event.data.note) ? [required('note', '整改情况', 'rectification note')] : [];
    case 'ESCALATED': {
      const errors: UserError[] = [];
      if (blank(event.data.note)) errors.push(required('note', '督办意见', 'escalation note'));
      if (event.data.dueOn && event.data.dueOn < atDate) {
        errors.push(userError('dueOn', 'DEADLINE_NOT_PAST', '督办期限不能早于今天', 'the deadline cannot be in the past'));
      }
      return errors;
    }
  }
}

const stoppedError = () =>
  userError('state', 'CLOCK_STOPPED', '暂停计时中，请先恢复计时', 'the clock is stopped; resume it first');

function acceptErrors(c: CaseAggregate, d: EventDataByType['ACCEPTED']): UserError[] {
  const errors: UserError[] = [];
  if (d.department.path !== c.current.path) {
    errors.push(
      userError('departmentId', 'NOT_AT_HANDLING_UNIT', '办件尚未转报至该部门所在单位', 'the case has not been forwarded to the department’s unit'),
    );
  }
  if (c.handling && c.handling.id !== d.department.id) {
    errors.push(userError('departmentId', 'DEPARTMENT_MISMATCH', '办件已转交其他部门', 'the case was forwarded to another department'));
  }
  const item = c.received.item;
  if (d.subTasks.length === 0) {
    const expected = defaultLimitDays(item);
    if (d.limitDays !== expected) {
      errors.push(userError('limitDays', 'LIMIT_IS_ITEMS', '办件时限以事项承诺时限为准', 'the limit is the item’s promised limit'));
    }
    return errors;
  }
  if (item.kind === 'IMMEDIATE') {
    errors.push(userError('subTasks', 'NO_PARALLEL_FOR_IMMEDIATE', '即办件不能并联审批', 'an on-the-spot item cannot be handled in parallel'));
  }
  if (d.subTasks.length < 2) {
    errors.push(userError('subTasks', 'PARALLEL_NEEDS_TWO', '并联审批至少涉及两个部门', 'a parallel case involves at least two departments'));
  }
  const ids = d.subTasks.map((t) => t.department.id);
  if (new Set(ids).size !== ids.length) {
    errors.push(userError('subTasks', 'SUBTASK_DEPARTMENTS_DISTINCT', '同一部门只能有一个子任务', 'one sub-task per department'));
  }
  if (!Number.isInteger(d.limitDays) || d.limitDays < 1) {
    errors.push(userError('limitDays', 'PARALLEL_LIMIT_POSITIVE', '并联审批时限须为正整数（工作日）', 'a joint case limit is a positive number of working days'));
  } else if (d.limitDays > MAX_PARALLEL_LIMIT_DAYS) {
    errors.push(
      userError('limitDays', 'PARALLEL_LIMIT_MAX', `并联审批时限不得超过 ${MAX_PARALLEL_LIMIT_DAYS} 个工作日（行政许可法第四十二条）`, `a joint case is limited to ${MAX_PARALLEL_LIMIT_DAYS} working days (Administrative Licensing Law art. 42)`),
    );
  }
  d.subTasks.forEach((t, i) => {
    if (!Number.isInteger(t.limitDays) || t.limitDays < 1) {
      errors.push(userError(`subTasks.${i}.limitDays`, 'SUBTASK_LIMIT_POSITIVE', '子任务时限须为正整数（工作日）', 'a sub-task limit is a positive number of working days'));
    } else if (t.limitDays > d.limitDays) {
      errors.push(userError(`subTasks.${i}.limitDays`, 'SUBTASK_WITHIN_CASE_LIMIT', '子任务时限不能超过办件时限', 'a sub-task limit cannot exceed the case limit'));
    }
  });
  return errors;
}

/** Events an event makes happen: deciding the last open sub-task decides the case. */
function triggeredBy(c: CaseAggregate, event: NewCaseEvent): NewCaseEvent[] {
  if (event.type !== 'SUBTASK_DECIDED') return [];
  const results = c.subTasks.map((t) => (t.department.id === event.data.departmentId ? (event.data.approved ? 'APPROVED' : 'REFUSED') : t.state));
  if (results.includes('OPEN')) return [];
  const approved = results.every((r) => r === 'APPROVED');
  const base = { at: event.at, actor: event.actor, unitPath: event.unitPath };
  return [
    approved
      ? { ...base, type: 'APPROVED', data: { note: '各并联部门均已准予 / all departments approved', automatic: true } }
      : { ...base, type: 'REFUSED', data: { note: '有并联部门不予许可 / a department refused', automatic: true } },
  ];
}

