// Which step may follow which (工单流转规则). Pure: given the request so far and a proposed event,
// either the events to append (the proposed one plus any it triggers) or the broken rules.
// Mutations and imports both come through here, so a feed cannot do what a hotline seat cannot.
import type { WorkingCalendar } from '../../shared/calendar';
import { blank, requiredError, userError, type UserError } from '../../shared/errors';
import { eventTimeErrors } from '../../shared/event-history';
import { isOnLine, isWithin } from '../../shared/scope';
import { currentDispatch, type ComplaintAggregate } from './complaint-aggregate';
import type { ComplaintEventType, NewComplaintEvent } from './complaint-events';
import { COMPLAINT_STATE_LABELS, COMPLAINT_STATES, isDissatisfied, SATISFACTION_LABELS, type ComplaintState } from './complaint-state';
import { deadline, describeLimit, type LimitTable } from './time-limits';

export const ALLOWED_FROM: Readonly<Record<Exclude<ComplaintEventType, 'RECEIVED'>, readonly ComplaintState[]>> = {
  DISPATCHED: ['RECEIVED', 'RETURNED', 'REOPENED'],
  RETURNED: ['DISPATCHED'],
  SIGNED: ['DISPATCHED'],
  // From RECEIVED or RETURNED the hotline answers itself (直接答复).
  REPLIED: ['RECEIVED', 'RETURNED', 'SIGNED', 'REOPENED'],
  CALLED_BACK: ['REPLIED'],
  REOPENED: [],
  CLOSED: ['REPLIED'],
  ESCALATED: ['RECEIVED', 'DISPATCHED', 'RETURNED', 'SIGNED', 'REOPENED'],
  DUPLICATE_LINKED: COMPLAINT_STATES,
};

export interface LifecycleOptions {
  calendar: WorkingCalendar;
  limits: LimitTable;
  /** Dissatisfied callbacks reopen the request at most this many times; then it is closed. */
  maxReopens: number;
}

export type Proposal = { ok: true; events: NewComplaintEvent[] } | { ok: false; errors: UserError[] };

const refuse = (...errors: UserError[]): Proposal => ({ ok: false, errors });
const required = requiredError;
const timeErrors = (c: ComplaintAggregate | null, at: Date, now: Date) => eventTimeErrors(c?.lastEventAt ?? null, at, now, 'step of the request');

/** Checks a request's first event. */
export function validateReceipt(event: Extract<NewComplaintEvent, { type: 'RECEIVED' }>, now: Date): UserError[] {
  const d = event.data;
  const errors = [...timeErrors(null, event.at, now)];
  if (blank(d.title)) errors.push(required('title', '诉求标题', 'title'));
  if (blank(d.content)) errors.push(required('content', '诉求内容', 'content'));
  if (d.contact?.phone != null && !/^\+?[\d ()-]{5,20}$/.test(d.contact.phone)) {
    errors.push(userError('contact.phone', 'PHONE_FORMAT', '联系电话格式不正确', 'the phone number is malformed'));
  }
  if (!d.contact?.phone && (d.channel === 'HOTLINE_12345' || d.channel === 'HOTLINE_114') && d.kind !== 'REPORT') {
    // A caller has a number, and the callback needs it; only a 举报 may be taken without one (the
    // reporter may stay anonymous).
    errors.push(required('contact.phone', '来电号码', 'the caller’s phone number'));
  }
  // A hotline takes requests for its whole area, a township centre for its township.
  if (!isWithin(d.location.path, d.receivedUnit.path)) {
    errors.push(userError('locationUnitId', 'LOCATION_IN_AREA', '诉求地点须在受理单位辖区内', 'the location must lie in the receiving unit’s area'));
  }
  return errors;
}

export function proposeEvent(c: ComplaintAggregate, event: NewComplaintEvent, now: Date, options: LifecycleOptions): Proposal {
  if (event.type === 'RECEIVED') return refuse(userError('type', 'ALREADY_RECEIVED', '该诉求已受理', 'the request has already been received'));
  if (event.type === 'REOPENED') {
    return refuse(userError('type', 'REOPEN_BY_CALLBACK', '重办由不满意回访触发', 'a request is reopened by a dissatisfied callback'));
  }
  const timing = timeErrors(c, event.at, now);
  if (timing.length > 0) return refuse(...timing);
  if (!ALLOWED_FROM[event.type].includes(c.state)) {
    const label = COMPLAINT_STATE_LABELS[c.state];
    const verb = VERBS[event.type];
    return refuse(
      userError('state', 'ILLEGAL_TRANSITION', `诉求当前为“${label.zh}”，不能${verb.zh}`, `a request that is ${label.en} cannot be ${verb.en}`),
    );
  }
  const errors = ruleErrors(c, event);
  if (errors.length > 0) return refuse(...errors);
  return { ok: true, events: [event, ...triggeredBy(c, event, options)] };
}

const VERBS: Record<ComplaintEventType, { zh: string; en: string }> = {
  RECEIVED: { zh: '受理', en: 'received' },
  DISPATCHED: { zh: '派单', en: 'dispatched' },
  RETURNED: { zh: '退单', en: 'returned' },
  SIGNED: { zh: '签收', en: 'signed off' },
  REPLIED: { zh: '答复', en: 'replied to' },
  CALLED_BACK: { zh: '回访', en: 'called back' },
  REOPENED: { zh: '重办', en: 'reopened' },
  CLOSED: { zh: '办结', en: 'closed' },
  ESCALATED: { zh: '督办', en: 'escalated' },
  DUPLICATE_LINKED: { zh: '关联重复来电', en: 'linked' },
};

function ruleErrors(c: ComplaintAggregate, event: Exclude<NewComplaintEvent, { type: 'RECEIVED' | 'REOPENED' }>): UserError[] {
  switch (event.type) {
    case 'DISPATCHED': {
      const { assignee } = event.data;
      const field = assignee.kind === 'DEPARTMENT' ? 'departmentId' : 'unitId';
      if (!isOnLine(assignee.path, c.received.receivedUnit.path)) {
        return [userError(field, 'ASSIGNEE_ON_LINE', '承办单位须在受理单位辖区内或为其上级部门', 'the assignee must be in the receiving unit’s area or above it')];
      }
      const current = currentDispatch(c);
      if (c.state === 'REOPENED' && current?.assignee.id === assignee.id) {
        return [userError(field, 'ALREADY_ASSIGNED', '诉求已在该单位重办', 'the request is already being handled again there')];
      }
      return [];
    }
    case 'RETURNED': {
      const dispatch = currentDispatch(c)!;
      const errors: UserError[] = [];
      if (blank(event.data.reason)) errors.push(required('reason', '退单理由', 'reason'));
      if (event.at > dispatch.returnDueAt) {
        errors.push(userError('at', 'RETURN_WINDOW_PASSED', '退单须在派单后1个工作日内（紧急类在签收时限内）提出', 'a request is returned within one working day of its dispatch (urgent classes: within the sign-off limit)'));
      }
      if (c.dispatches.some((d) => d.returnedAt !== null && d.assignee.id === dispatch.assignee.id)) {
        errors.push(userError('state', 'RETURN_ONCE', '同一承办单位只能退单一次', 'an assignee may return a request once'));
      }
      return errors;
    }
    case 'SIGNED':
      return [];
    case 'REPLIED':
      return blank(event.data.content) ? [required('content', '答复内容', 'reply')] : [];
    case 'CALLED_BACK': {
      const { reached, satisfaction } = event.data;
      if (reached && satisfaction === null) return [required('satisfaction', '满意度', 'satisfaction level')];
      if (reached && !(satisfaction! in SATISFACTION_LABELS)) {
        return [userError('satisfaction', 'SATISFACTION_LEVEL_RANGE', '满意度为 1–5 级', 'satisfaction is a level from 1 to 5')];
      }
      if (!reached && satisfaction !== null) {
        return [userError('satisfaction', 'SATISFACTION_NEEDS_CONTACT', '未联系上诉求人，不能记录满意度', 'no satisfaction without reaching the citizen')];
      }
      return [];
    }
    case 'CLOSED':
      return blank(event.data.reason) ? [required('reason', '办结说明', 'reason')] : [];
    case 'ESCALATED': {
      const errors: UserError[] = [];
      if (blank(event.data.note)) errors.push(required('note', '督办意见', 'escalation note'));
      const due = new Date(event.data.replyDueAt);
      if (Number.isNaN(due.getTime()) || due <= event.at) {
        errors.push(userError('replyDueAt', 'DEADLINE_AFTER_NOW', '督办期限须晚于当前时间', 'the new deadline must be later than now'));
      }
      const dispatch = currentDispatch(c);
      const signLate = c.state === 'DISPATCHED' && dispatch !== null && event.at > dispatch.signDueAt;
      if (event.at <= c.replyDueAt && !signLate) {
        errors.push(userError('state', 'NOT_OVERDUE', '诉求尚未超期，不能督办', 'only an overdue request is escalated'));
      }
      return errors;
    }
    case 'DUPLICATE_LINKED':
      return [];
  }
}

/** A reached callback closes the request, or reopens it when dissatisfied (up to maxReopens). */
function triggeredBy(c: ComplaintAggregate, event: NewComplaintEvent, options: LifecycleOptions): NewComplaintEvent[] {
  if (event.type !== 'CALLED_BACK' || !event.data.reached || event.data.satisfaction === null) return [];
  const level = event.data.satisfaction as keyof typeof SATISFACTION_LABELS;
  const base = { at: event.at, actor: event.actor, unitPath: event.unitPath };
  const label = SATISFACTION_LABELS[level];
  if (isDissatisfied(level) && c.reopenCount < options.maxReopens) {
    const limit = options.limits[c.received.priority].reply;
    const replyDueAt = deadline(options.calendar, event.at, limit).toISOString();
    return [
      {
        ...base,
        type: 'REOPENED',
        data: { reason: `回访${label.zh}，重新办理（时限${describeLimit(limit).zh}） / ${label.en} at callback: handled again`, replyDueAt },
      },
    ];
  }
  const reason = isDissatisfied(level)
    ? `回访${label.zh}，已重办${c.reopenCount}次，按不满意办结 / ${label.en} after ${c.reopenCount} reopenings: closed as dissatisfied`
    : `回访${label.zh}，办结 / ${label.en} at callback: closed`;
  return [{ ...base, type: 'CLOSED', data: { reason, automatic: true } }];
}
