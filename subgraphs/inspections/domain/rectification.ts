// Rectification (整改) of one finding, as a pure event lifecycle (DOMAIN.md "Inspections"; issue 6
// §4). Shape as in complaint-lifecycle.ts: a table of the states each step may follow, then the
// step's own rules; a proposal returns either the events to append or every broken rule.
//
//   OPENED ─▶ OPEN ─(PROGRESS_REPORTED)─▶ IN_PROGRESS ─(SUBMITTED with evidence)─▶ SUBMITTED
//   SUBMITTED ─(VERIFIED, 销号 by the inspecting office)─▶ VERIFIED (final)
//   SUBMITTED ─(REJECTED: verification failed)─▶ REOPENED with a new deadline ─▶ … SUBMITTED again
//   ESCALATED (督办): by the inspecting office, only once the deadline has passed, once per deadline;
//   it records the escalation and leaves the state as it was (the owner still has to rectify).
//
// Deadlines are working days via the shared calendar; day 0 is the day of the finding (or of the
// rejection), counting starts the next day (民法典 第201条), and the deadline day itself is still
// on time. Days, not instants: a rectification is due on a day. While SUBMITTED the rectification
// waits for the office, so it is not overdue; whether it was submitted by the deadline is kept.
import { type LocalDate, parseLocalDate, type WorkingCalendar } from '../../shared/calendar';
import { blank, requiredError, userError, type UserError } from '../../shared/errors';
import { rate, type Rate } from '../../shared/rate';

export const RECTIFICATION_STATES = ['OPEN', 'IN_PROGRESS', 'SUBMITTED', 'REOPENED', 'VERIFIED'] as const;
export type RectificationState = (typeof RECTIFICATION_STATES)[number];
export const RECTIFICATION_STATE_LABELS: Readonly<Record<RectificationState, { zh: string; en: string }>> = {
  OPEN: { zh: '待整改', en: 'open' },
  IN_PROGRESS: { zh: '整改中', en: 'in progress' },
  SUBMITTED: { zh: '待验收', en: 'awaiting verification' },
  REOPENED: { zh: '验收未通过，重新整改', en: 'reopened after failed verification' },
  VERIFIED: { zh: '已销号', en: 'verified and closed' },
};

/** States in which the owner has to act, so the deadline runs. */
export const ACTIVE_STATES: readonly RectificationState[] = ['OPEN', 'IN_PROGRESS', 'REOPENED'];

export interface Actor {
  id: string;
  unitId: string;
}

export interface Owner {
  unitId: string;
  /** 整改责任人, when named. */
  person: string | null;
}

export interface OpenInput {
  findingId: string;
  /** The office that found it and verifies the rectification (销号). */
  inspectingUnitId: string;
  owner: Owner;
  /** The day of the inspection that found it: day 0 of the deadline. */
  foundOn: LocalDate;
  /** Working days allowed; the configured default when omitted. */
  workingDays?: number;
  on: LocalDate;
  actor: Actor;
}

interface Base {
  on: LocalDate;
  actor: Actor;
}

export type RectificationEvent =
  | (Base & { type: 'OPENED'; data: { findingId: string; inspectingUnitId: string; owner: Owner; foundOn: LocalDate; workingDays: number; dueOn: LocalDate } })
  | (Base & { type: 'PROGRESS_REPORTED'; data: { note: string } })
  | (Base & { type: 'SUBMITTED'; data: { evidence: readonly string[]; note: string } })
  | (Base & { type: 'VERIFIED'; data: { note: string } })
  | (Base & { type: 'REJECTED'; data: { reason: string; workingDays: number; dueOn: LocalDate } })
  | (Base & { type: 'ESCALATED'; data: { note: string; missedDueOn: LocalDate } });

export type RectificationEventType = RectificationEvent['type'];

/** What a caller proposes: the same steps, without what the lifecycle derives (deadlines). */
export type RectificationCommand =
  | (Base & { type: 'PROGRESS_REPORTED'; data: { note: string } })
  | (Base & { type: 'SUBMITTED'; data: { evidence: readonly string[]; note: string } })
  | (Base & { type: 'VERIFIED'; data: { note: string } })
  | (Base & { type: 'REJECTED'; data: { reason: string; workingDays?: number } })
  | (Base & { type: 'ESCALATED'; data: { note: string } });

export interface Rectification {
  findingId: string;
  inspectingUnitId: string;
  owner: Owner;
  state: RectificationState;
  openedOn: LocalDate;
  foundOn: LocalDate;
  /** The deadline in force: the first one, or the one set by the latest rejection. */
  dueOn: LocalDate;
  lastEventOn: LocalDate;
  progressReports: number;
  submissions: number;
  /** Whether the latest submission came by the deadline then in force. */
  lastSubmittedOnTime: boolean | null;
  rejections: number;
  /** The deadlines that were escalated, in order. */
  escalatedDueOns: LocalDate[];
  verifiedOn: LocalDate | null;
}

export interface RectificationOptions {
  calendar: WorkingCalendar;
  /** Working days for a new rectification unless the inspector sets them. */
  workingDays: number;
  /** Working days granted again after a failed verification unless the office sets them. */
  reopenWorkingDays: number;
}

/** Product defaults (no regulation fixes them): 20 working days, 10 more after a failed check. */
export const DEFAULT_RECTIFICATION_DAYS = { workingDays: 20, reopenWorkingDays: 10 } as const;

export const ALLOWED_FROM: Readonly<Record<RectificationCommand['type'], readonly RectificationState[]>> = {
  PROGRESS_REPORTED: ['OPEN', 'IN_PROGRESS', 'REOPENED'],
  SUBMITTED: ['OPEN', 'IN_PROGRESS', 'REOPENED'],
  VERIFIED: ['SUBMITTED'],
  REJECTED: ['SUBMITTED'],
  ESCALATED: ACTIVE_STATES,
};

const VERBS: Readonly<Record<RectificationCommand['type'], { zh: string; en: string }>> = {
  PROGRESS_REPORTED: { zh: '报告进展', en: 'have progress reported' },
  SUBMITTED: { zh: '提交整改材料', en: 'be submitted' },
  VERIFIED: { zh: '验收销号', en: 'be verified' },
  REJECTED: { zh: '验收不通过', en: 'fail verification' },
  ESCALATED: { zh: '督办', en: 'be escalated' },
};

export type Proposal = { ok: true; events: RectificationEvent[] } | { ok: false; errors: UserError[] };

const refuse = (...errors: UserError[]): Proposal => ({ ok: false, errors });
const required = requiredError;

function dateErrors(field: string, on: string): UserError[] {
  try {
    parseLocalDate(on);
    return [];
  } catch {
    return [userError(field, 'DATE_FORMAT', '日期格式应为 YYYY-MM-DD', 'dates are YYYY-MM-DD')];
  }
}

function timeErrors(on: LocalDate, today: LocalDate, previous: LocalDate | null): UserError[] {
  const invalid = dateErrors('on', on);
  if (invalid.length > 0) return invalid;
  if (on > today) return [userError('on', 'EVENT_IN_FUTURE', '日期不能晚于今天', 'the date cannot be in the future')];
  if (previous && on < previous) return [userError('on', 'EVENT_BEFORE_PREVIOUS', '日期不能早于上一环节', 'the date cannot precede the previous step')];
  return [];
}

function workingDaysErrors(field: string, n: number): UserError[] {
  return Number.isInteger(n) && n > 0 ? [] : [userError(field, 'WORKING_DAYS_POSITIVE', '整改期限须为正整数个工作日', 'the time allowed is a positive whole number of working days')];
}

/** Opens the rectification of a finding, with its deadline counted from the finding's day. */
export function openRectification(input: OpenInput, today: LocalDate, options: RectificationOptions): Proposal {
  const errors = timeErrors(input.on, today, null);
  if (blank(input.findingId)) errors.push(required('findingId', '问题', 'the finding'));
  if (blank(input.inspectingUnitId)) errors.push(required('inspectingUnitId', '检查单位', 'the inspecting office'));
  if (blank(input.owner?.unitId)) errors.push(required('owner.unitId', '整改责任单位', 'the owning unit'));
  const found = dateErrors('foundOn', input.foundOn);
  errors.push(...found);
  if (found.length === 0 && errors.every((e) => e.field !== 'on') && input.foundOn > input.on) {
    errors.push(userError('foundOn', 'FOUND_BEFORE_OPENED', '发现问题日期不能晚于整改登记日期', 'the finding cannot come after the rectification is opened'));
  }
  const workingDays = input.workingDays ?? options.workingDays;
  errors.push(...workingDaysErrors('workingDays', workingDays));
  if (errors.length > 0) return refuse(...errors);
  const dueOn = options.calendar.addWorkingDays(input.foundOn, workingDays);
  return {
    ok: true,
    events: [
      {
        type: 'OPENED',
        on: input.on,
        actor: input.actor,
        data: { findingId: input.findingId, inspectingUnitId: input.inspectingUnitId, owner: input.owner, foundOn: input.foundOn, workingDays, dueOn },
      },
    ],
  };
}

function ownerOnly(r: Rectification, actor: Actor): UserError[] {
  return actor.unitId === r.owner.unitId ? [] : [userError('actor', 'OWNER_ONLY', '只有整改责任单位可以办理此环节', 'only the owning unit takes this step')];
}

function officeOnly(r: Rectification, actor: Actor): UserError[] {
  return actor.unitId === r.inspectingUnitId ? [] : [userError('actor', 'INSPECTING_OFFICE_ONLY', '只有检查单位可以验收或督办', 'only the inspecting office verifies or escalates')];
}

function ruleErrors(r: Rectification, c: RectificationCommand, options: RectificationOptions): UserError[] {
  switch (c.type) {
    case 'PROGRESS_REPORTED':
      return [...ownerOnly(r, c.actor), ...(blank(c.data.note) ? [required('note', '整改进展', 'the progress note')] : [])];
    case 'SUBMITTED': {
      const errors = ownerOnly(r, c.actor);
      if (c.data.evidence.length === 0) errors.push(userError('evidence', 'EVIDENCE_REQUIRED', '请上传整改佐证材料', 'evidence of the rectification is required'));
      c.data.evidence.forEach((ref, i) => {
        if (blank(ref)) errors.push(userError(`evidence[${i}]`, 'EVIDENCE_REFERENCE', '佐证材料引用不能为空', 'an evidence reference cannot be blank'));
      });
      return errors;
    }
    case 'VERIFIED':
      return officeOnly(r, c.actor);
    case 'REJECTED': {
      const errors = officeOnly(r, c.actor);
      if (blank(c.data.reason)) errors.push(required('reason', '验收不通过的理由', 'the reason verification failed'));
      errors.push(...workingDaysErrors('workingDays', c.data.workingDays ?? options.reopenWorkingDays));
      return errors;
    }
    case 'ESCALATED': {
      const errors = officeOnly(r, c.actor);
      if (blank(c.data.note)) errors.push(required('note', '督办意见', 'the escalation note'));
      if (c.on <= r.dueOn) {
        errors.push(userError('state', 'NOT_OVERDUE', `整改期限为${r.dueOn}，尚未超期，不能督办`, `the rectification is due ${r.dueOn} and not yet overdue`));
      } else if (r.escalatedDueOns.includes(r.dueOn)) {
        errors.push(userError('state', 'ALREADY_ESCALATED', '该整改期限已督办', 'this deadline has already been escalated'));
      }
      return errors;
    }
  }
}

/** Checks a proposed step against the rectification so far. */
export function proposeRectificationEvent(r: Rectification, c: RectificationCommand, today: LocalDate, options: RectificationOptions): Proposal {
  const timing = timeErrors(c.on, today, r.lastEventOn);
  if (timing.length > 0) return refuse(...timing);
  if (!ALLOWED_FROM[c.type].includes(r.state)) {
    const label = RECTIFICATION_STATE_LABELS[r.state];
    const verb = VERBS[c.type];
    return refuse(userError('state', 'ILLEGAL_TRANSITION', `整改当前为“${label.zh}”，不能${verb.zh}`, `a rectification that is ${label.en} cannot ${verb.en}`));
  }
  const errors = ruleErrors(r, c, options);
  if (errors.length > 0) return refuse(...errors);
  switch (c.type) {
    case 'REJECTED': {
      const workingDays = c.data.workingDays ?? options.reopenWorkingDays;
      const dueOn = options.calendar.addWorkingDays(c.on, workingDays);
      return { ok: true, events: [{ ...c, data: { reason: c.data.reason, workingDays, dueOn } }] };
    }
    case 'ESCALATED':
      return { ok: true, events: [{ ...c, data: { note: c.data.note, missedDueOn: r.dueOn } }] };
    default:
      return { ok: true, events: [c] };
  }
}

/** Replays a rectification's events (the first is OPENED). Throws on a history that does not start so. */
export function foldRectification(events: readonly RectificationEvent[]): Rectification {
  const [first, ...rest] = events;
  if (!first || first.type !== 'OPENED') throw new Error('a rectification history starts with OPENED');
  let r: Rectification = {
    findingId: first.data.findingId,
    inspectingUnitId: first.data.inspectingUnitId,
    owner: first.data.owner,
    state: 'OPEN',
    openedOn: first.on,
    foundOn: first.data.foundOn,
    dueOn: first.data.dueOn,
    lastEventOn: first.on,
    progressReports: 0,
    submissions: 0,
    lastSubmittedOnTime: null,
    rejections: 0,
    escalatedDueOns: [],
    verifiedOn: null,
  };
  for (const e of rest) {
    r = { ...r, lastEventOn: e.on };
    switch (e.type) {
      case 'OPENED':
        throw new Error('a rectification is opened once');
      case 'PROGRESS_REPORTED':
        r = { ...r, state: 'IN_PROGRESS', progressReports: r.progressReports + 1 };
        break;
      case 'SUBMITTED':
        r = { ...r, state: 'SUBMITTED', submissions: r.submissions + 1, lastSubmittedOnTime: e.on <= r.dueOn };
        break;
      case 'VERIFIED':
        r = { ...r, state: 'VERIFIED', verifiedOn: e.on };
        break;
      case 'REJECTED':
        r = { ...r, state: 'REOPENED', dueOn: e.data.dueOn, rejections: r.rejections + 1 };
        break;
      case 'ESCALATED':
        r = { ...r, escalatedDueOns: [...r.escalatedDueOns, e.data.missedDueOn] };
        break;
    }
  }
  return r;
}

/** Overdue: the owner still has to act and the deadline day has passed. */
export const isOverdue = (r: Rectification, asOf: LocalDate): boolean => ACTIVE_STATES.includes(r.state) && asOf > r.dueOn;

export interface RectificationWarning {
  overdue: boolean;
  /** Working days after the deadline day up to and including the as-of day; 0 when not overdue. */
  overdueWorkingDays: number;
  /** The current deadline has already been escalated. */
  escalated: boolean;
  /** Overdue and not yet escalated: the office should 督办. */
  shouldEscalate: boolean;
}

export function rectificationWarning(r: Rectification, asOf: LocalDate, calendar: WorkingCalendar): RectificationWarning {
  const overdue = isOverdue(r, asOf);
  const escalated = r.escalatedDueOns.includes(r.dueOn);
  return {
    overdue,
    overdueWorkingDays: overdue ? calendar.workingDaysBetween(r.dueOn, asOf) : 0,
    escalated,
    shouldEscalate: overdue && !escalated,
  };
}

/** 整改完成率 = verified (销号) / opened; the target is 100 % as for every 整改率 in DOMAIN.md. */
export function completionRate(rectifications: readonly Rectification[], target = 1): Rate {
  return rate(rectifications.filter((r) => r.state === 'VERIFIED').length, rectifications.length, target);
}
