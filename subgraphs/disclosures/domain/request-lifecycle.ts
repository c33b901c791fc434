// 依申请公开 — one request's life as pure events (政府信息公开条例 第三十条 to 第三十三条; DOMAIN.md
// "Disclosures"). Shape as in inspections' rectification.ts: which states each step may follow,
// then the step's own rules; a proposal returns the events to append or every broken rule.
//
//   RECEIVED ─▶ PROCESSING ─(ANSWERED with an outcome and its legal basis)─▶ ANSWERED (final)
//   PROCESSING ─(补正 notice, within 7 working days of receipt, once)─▶ AWAITING_CORRECTION
//       ─(correction received)─▶ PROCESSING, the 20 days counted afresh from that day
//       ─(deadline passes, nothing came)─▶ ANSWERED as 逾期不补正 (第三十条: treated as withdrawn)
//   PROCESSING ─(consultation of a third party or another agency)─▶ CONSULTING ─▶ PROCESSING;
//       the consultation's days are not counted (第三十二条, 第三十四条)
//   EXTENDED: once, ≤ 20 working days, approved, and only before the deadline passes (第三十三条)
//   ESCALATED (督办): by supervision, only when overdue, once per deadline; the state stays.
//
// The deadline (dueOn) is decided when a step happens and stored with the step, so a history
// reads the same whatever the settings become later. Day 0 is the receipt day (or the day the
// correction arrived); the deadline day itself is on time. While the clock is stopped there is
// no deadline (null). A request becomes overdue only with its deadline fixed and passed, and
// no step may move a passed deadline, so "overdue on day D" is exactly "open on D with a final
// deadline before D" — statistics for past days rely on this (stats-query.ts).
import { addCalendarDays, dueDate, type ClockStop, type LocalDate, type WorkingCalendar } from '../../shared/calendar';
import { blank, userError, type UserError } from '../../shared/errors';
import { OUTCOME_TERMS, type Outcome, type ApplicantType, type RequestChannel } from './request-terms';

export const REQUEST_STATES = ['PROCESSING', 'AWAITING_CORRECTION', 'CONSULTING', 'ANSWERED'] as const;
export type RequestState = (typeof REQUEST_STATES)[number];
export const REQUEST_STATE_LABELS: Readonly<Record<RequestState, { zh: string; en: string }>> = {
  PROCESSING: { zh: '办理中', en: 'processing' },
  AWAITING_CORRECTION: { zh: '待补正（暂停计时）', en: 'awaiting correction (clock stopped)' },
  CONSULTING: { zh: '征求意见中（暂停计时）', en: 'consulting (clock stopped)' },
  ANSWERED: { zh: '已答复', en: 'answered' },
};
export const OPEN_REQUEST_STATES: readonly RequestState[] = ['PROCESSING', 'AWAITING_CORRECTION', 'CONSULTING'];

/** 征求意见的对象: a third party (第三十二条) or another agency (第三十四条). */
export const CONSULTED_PARTIES = ['THIRD_PARTY', 'OTHER_AGENCY'] as const;
export type ConsultedParty = (typeof CONSULTED_PARTIES)[number];
export const CONSULTED_PARTY_LABELS: Readonly<Record<ConsultedParty, { zh: string; en: string }>> = {
  THIRD_PARTY: { zh: '征求第三方意见', en: 'third-party consultation' },
  OTHER_AGENCY: { zh: '征求其他机关意见', en: 'other-agency consultation' },
};

export interface RequestLimits {
  /** 第三十三条: 20 working days to reply. */
  replyWorkingDays: number;
  /** At most this many more, once, with approval. */
  maxExtensionWorkingDays: number;
  /** 第三十条: the 补正 notice within 7 working days of receipt. */
  correctionNoticeWorkingDays: number;
  /** The applicant's time to correct, unless the notice sets its own (a product default). */
  correctionWorkingDays: number;
  /** 第三十二条: the consulted party has 15 working days to answer. */
  consultationWorkingDays: number;
}

export const DEFAULT_REQUEST_LIMITS: RequestLimits = {
  replyWorkingDays: 20,
  maxExtensionWorkingDays: 20,
  correctionNoticeWorkingDays: 7,
  correctionWorkingDays: 15,
  consultationWorkingDays: 15,
};

export interface Actor {
  id: string;
  name: string;
  role: string;
}

interface Base {
  on: LocalDate;
  actor: Actor;
}

export interface ReceivedData {
  channel: RequestChannel;
  applicantType: ApplicantType;
  submittedOn: LocalDate;
  receivedOn: LocalDate;
  replyWorkingDays: number;
  dueOn: LocalDate;
}

export type RequestEvent =
  | (Base & { type: 'RECEIVED'; data: ReceivedData })
  | (Base & { type: 'CORRECTION_REQUESTED'; data: { items: string; correctionDueOn: LocalDate } })
  | (Base & { type: 'CORRECTION_RECEIVED'; data: { note: string; dueOn: LocalDate } })
  | (Base & { type: 'CORRECTION_LAPSED'; data: { correctionDueOn: LocalDate } })
  | (Base & { type: 'CONSULTATION_STARTED'; data: { party: ConsultedParty; partyName: string; replyDueOn: LocalDate } })
  | (Base & { type: 'CONSULTATION_ENDED'; data: { note: string; dueOn: LocalDate } })
  | (Base & { type: 'EXTENDED'; data: { workingDays: number; approvedBy: string; reason: string; dueOn: LocalDate | null } })
  | (Base & { type: 'ANSWERED'; data: { outcome: Outcome; legalBasis: string; note: string; dueOn: LocalDate; onTime: boolean } })
  | (Base & { type: 'ESCALATED'; data: { note: string; missedDueOn: LocalDate } });
export type RequestEventType = RequestEvent['type'];

export const REQUEST_EVENT_LABELS: Readonly<Record<RequestEventType, { zh: string; en: string }>> = {
  RECEIVED: { zh: '收到申请', en: 'received' },
  CORRECTION_REQUESTED: { zh: '告知补正（暂停计时）', en: 'correction requested (clock stopped)' },
  CORRECTION_RECEIVED: { zh: '收到补正（重新计时）', en: 'correction received (clock restarted)' },
  CORRECTION_LAPSED: { zh: '逾期不补正，视为放弃申请', en: 'no correction in time: withdrawn' },
  CONSULTATION_STARTED: { zh: '征求意见（暂停计时）', en: 'consultation started (clock stopped)' },
  CONSULTATION_ENDED: { zh: '征求意见结束（恢复计时）', en: 'consultation ended (clock resumed)' },
  EXTENDED: { zh: '延期答复', en: 'extended' },
  ANSWERED: { zh: '答复', en: 'answered' },
  ESCALATED: { zh: '督办', en: 'escalated' },
};

/** What a caller proposes: the steps without what the lifecycle derives (deadlines, on-time). */
export type RequestCommand =
  | (Base & { type: 'CORRECTION_REQUESTED'; data: { items: string; correctionWorkingDays?: number } })
  | (Base & { type: 'CORRECTION_RECEIVED'; data: { note: string } })
  | (Base & { type: 'CORRECTION_LAPSED'; data: Record<string, never> })
  | (Base & { type: 'CONSULTATION_STARTED'; data: { party: ConsultedParty; partyName: string } })
  | (Base & { type: 'CONSULTATION_ENDED'; data: { note: string } })
  | (Base & { type: 'EXTENDED'; data: { workingDays: number; approvedBy: string; reason: string } })
  | (Base & { type: 'ANSWERED'; data: { outcome: Outcome; legalBasis: string; note: string } })
  | (Base & { type: 'ESCALATED'; data: { note: string } });

export interface ConsultationSegment {
  party: ConsultedParty;
  partyName: string;
  startedOn: LocalDate;
  endedOn: LocalDate | null;
  replyDueOn: LocalDate;
}

export interface DisclosureRequest {
  state: RequestState;
  channel: RequestChannel;
  applicantType: ApplicantType;
  submittedOn: LocalDate;
  receivedOn: LocalDate;
  /** Day 0 of the reply clock: the receipt, or the day the correction arrived. */
  clockStartOn: LocalDate;
  replyWorkingDays: number;
  extensionWorkingDays: number;
  /** The deadline in force; null while the clock is stopped. */
  dueOn: LocalDate | null;
  correction: { requestedOn: LocalDate; items: string; dueOn: LocalDate; receivedOn: LocalDate | null; lapsed: boolean } | null;
  consultations: ConsultationSegment[];
  /** Closed (answered, or withdrawn for want of a correction): the day and the report row. */
  answeredOn: LocalDate | null;
  outcome: Outcome | null;
  legalBasis: string | null;
  answeredOnTime: boolean | null;
  escalatedDueOns: LocalDate[];
  lastEventOn: LocalDate;
}

/** Folds a history (first event RECEIVED) into the request it describes. */
export function foldRequest(events: readonly RequestEvent[]): DisclosureRequest {
  const [first, ...rest] = events;
  if (!first || first.type !== 'RECEIVED') throw new Error('a request history starts with RECEIVED');
  const r: DisclosureRequest = {
    state: 'PROCESSING',
    channel: first.data.channel,
    applicantType: first.data.applicantType,
    submittedOn: first.data.submittedOn,
    receivedOn: first.data.receivedOn,
    clockStartOn: first.data.receivedOn,
    replyWorkingDays: first.data.replyWorkingDays,
    extensionWorkingDays: 0,
    dueOn: first.data.dueOn,
    correction: null,
    consultations: [],
    answeredOn: null,
    outcome: null,
    legalBasis: null,
    answeredOnTime: null,
    escalatedDueOns: [],
    lastEventOn: first.on,
  };
  for (const e of rest) {
    r.lastEventOn = e.on;
    switch (e.type) {
      case 'RECEIVED':
        throw new Error('RECEIVED can only start a history');
      case 'CORRECTION_REQUESTED':
        r.state = 'AWAITING_CORRECTION';
        r.dueOn = null;
        r.correction = { requestedOn: e.on, items: e.data.items, dueOn: e.data.correctionDueOn, receivedOn: null, lapsed: false };
        break;
      case 'CORRECTION_RECEIVED':
        r.state = 'PROCESSING';
        r.clockStartOn = e.on;
        r.dueOn = e.data.dueOn;
        if (r.correction) r.correction = { ...r.correction, receivedOn: e.on };
        break;
      case 'CORRECTION_LAPSED':
        r.state = 'ANSWERED';
        if (r.correction) r.correction = { ...r.correction, lapsed: true };
        r.answeredOn = e.on;
        r.outcome = 'OTHER_NO_CORRECTION';
        r.legalBasis = OUTCOME_TERMS.OTHER_NO_CORRECTION.basis;
        // Withdrawn by law, not answered late: it does not count against the agency.
        r.answeredOnTime = true;
        break;
      case 'CONSULTATION_STARTED':
        r.state = 'CONSULTING';
        r.dueOn = null;
        r.consultations = [...r.consultations, { ...e.data, startedOn: e.on, endedOn: null }];
        break;
      case 'CONSULTATION_ENDED':
        r.state = 'PROCESSING';
        r.dueOn = e.data.dueOn;
        r.consultations = r.consultations.map((c) => (c.endedOn === null ? { ...c, endedOn: e.on } : c));
        break;
      case 'EXTENDED':
        r.extensionWorkingDays = e.data.workingDays;
        r.dueOn = e.data.dueOn;
        break;
      case 'ANSWERED':
        r.state = 'ANSWERED';
        r.consultations = r.consultations.map((c) => (c.endedOn === null ? { ...c, endedOn: e.on } : c));
        r.dueOn = e.data.dueOn;
        r.answeredOn = e.on;
        r.outcome = e.data.outcome;
        r.legalBasis = e.data.legalBasis;
        r.answeredOnTime = e.data.onTime;
        break;
      case 'ESCALATED':
        r.escalatedDueOns = [...r.escalatedDueOns, e.data.missedDueOn];
        break;
    }
  }
  return r;
}

const noon = (day: LocalDate) => new Date(`${day}T12:00:00+08:00`);

/** The deadline of a running clock: counted from clockStartOn, consultation days excluded. */
export function replyDueOn(calendar: WorkingCalendar, r: Pick<DisclosureRequest, 'clockStartOn' | 'replyWorkingDays' | 'extensionWorkingDays' | 'consultations'>): LocalDate {
  const stops: ClockStop<'CONSULTATION'>[] = r.consultations
    .filter((c) => c.startedOn >= r.clockStartOn)
    .map((c) => ({ reason: 'CONSULTATION', startedAt: noon(c.startedOn), endedAt: noon(c.endedOn ?? c.startedOn), startedBy: '', endedBy: '' }));
  return dueDate(calendar, noon(r.clockStartOn), r.replyWorkingDays + r.extensionWorkingDays, stops)!;
}

export interface ReceiveInput {
  channel: RequestChannel;
  applicantType: ApplicantType;
  submittedOn: LocalDate;
  receivedOn: LocalDate;
}

/** The first event of a request: its deadline from the receipt day. */
export function receivedEvent(input: ReceiveInput, on: LocalDate, actor: Actor, calendar: WorkingCalendar, limits: RequestLimits): RequestEvent {
  const dueOn = replyDueOn(calendar, { clockStartOn: input.receivedOn, replyWorkingDays: limits.replyWorkingDays, extensionWorkingDays: 0, consultations: [] });
  return { type: 'RECEIVED', on, actor, data: { ...input, replyWorkingDays: limits.replyWorkingDays, dueOn } };
}

export const ALLOWED_FROM: Readonly<Record<RequestCommand['type'], readonly RequestState[]>> = {
  CORRECTION_REQUESTED: ['PROCESSING'],
  CORRECTION_RECEIVED: ['AWAITING_CORRECTION'],
  CORRECTION_LAPSED: ['AWAITING_CORRECTION'],
  CONSULTATION_STARTED: ['PROCESSING'],
  CONSULTATION_ENDED: ['CONSULTING'],
  EXTENDED: ['PROCESSING', 'CONSULTING'],
  ANSWERED: ['PROCESSING', 'CONSULTING'],
  ESCALATED: ['PROCESSING'],
};

export interface LifecycleOptions {
  calendar: WorkingCalendar;
  limits: RequestLimits;
}

export type Proposal = { ok: true; events: RequestEvent[] } | { ok: false; errors: UserError[] };

const refuse = (...errors: UserError[]): Proposal => ({ ok: false, errors });

/** Is the deadline in force passed on `today`? (The deadline day itself is on time.) */
export const isOverdue = (r: Pick<DisclosureRequest, 'state' | 'dueOn'>, today: LocalDate) => r.state !== 'ANSWERED' && r.dueOn !== null && r.dueOn < today;

/** The events a command leads to, or every rule it breaks (fields under `data.` or `on`). */
export function proposeRequestEvent(r: DisclosureRequest, command: RequestCommand, options: LifecycleOptions): Proposal {
  const { calendar, limits } = options;
  const { on, actor } = command;
  if (!ALLOWED_FROM[command.type].includes(r.state)) {
    return refuse(
      userError('type', 'INVALID_TRANSITION', `申请当前为“${REQUEST_STATE_LABELS[r.state].zh}”，不能${REQUEST_EVENT_LABELS[command.type].zh}`, `a request that is ${REQUEST_STATE_LABELS[r.state].en} cannot be ${REQUEST_EVENT_LABELS[command.type].en}`),
    );
  }
  if (on < r.lastEventOn) {
    return refuse(userError('on', 'BEFORE_LAST_STEP', `日期不能早于上一步（${r.lastEventOn}）`, `the date cannot be before the previous step (${r.lastEventOn})`));
  }
  const overdue = isOverdue(r, on);
  switch (command.type) {
    case 'CORRECTION_REQUESTED': {
      if (r.correction) return refuse(userError('type', 'CORRECTION_ONCE', '补正只能一次性告知', 'a correction may be requested only once'));
      // Only reachable with a notice period configured longer than the reply period: a passed deadline never moves.
      if (overdue) return refuse(userError('type', 'ALREADY_OVERDUE', `答复期限（${r.dueOn}）已过，不能再暂停计时`, `the deadline (${r.dueOn}) has passed; the clock can no longer be stopped`));
      const noticeBy = calendar.addWorkingDays(r.receivedOn, limits.correctionNoticeWorkingDays);
      if (on > noticeBy) {
        return refuse(userError('on', 'CORRECTION_NOTICE_LATE', `补正告知须在收到申请之日起${limits.correctionNoticeWorkingDays}个工作日内（${noticeBy}前）作出`, `the correction notice must come within ${limits.correctionNoticeWorkingDays} working days of receipt (by ${noticeBy})`));
      }
      if (blank(command.data.items)) return refuse(userError('data.items', 'REQUIRED', '请写明需要补正的事项', 'say what must be corrected'));
      const days = command.data.correctionWorkingDays ?? limits.correctionWorkingDays;
      if (!Number.isInteger(days) || days < 1 || days > 60) return refuse(userError('data.correctionWorkingDays', 'OUT_OF_RANGE', '补正期限须为1至60个工作日', 'the correction period must be 1 to 60 working days'));
      return { ok: true, events: [{ type: 'CORRECTION_REQUESTED', on, actor, data: { items: command.data.items.trim(), correctionDueOn: calendar.addWorkingDays(on, days) } }] };
    }
    case 'CORRECTION_RECEIVED': {
      const due = r.correction!.dueOn;
      if (on > due) return refuse(userError('on', 'CORRECTION_LATE', `补正期限已于${due}届满，申请视为放弃`, `the correction period ended on ${due}; the request is treated as withdrawn`));
      const dueOn = replyDueOn(calendar, { ...r, clockStartOn: on });
      return { ok: true, events: [{ type: 'CORRECTION_RECEIVED', on, actor, data: { note: command.data.note.trim(), dueOn } }] };
    }
    case 'CORRECTION_LAPSED': {
      const due = r.correction!.dueOn;
      const lapsesOn = addCalendarDays(due, 1);
      if (on < lapsesOn) return refuse(userError('on', 'CORRECTION_NOT_LAPSED', `补正期限至${due}，尚未届满`, `the correction period runs until ${due}`));
      // Dated the first day after the period, whenever the sweep notices it.
      return { ok: true, events: [{ type: 'CORRECTION_LAPSED', on: lapsesOn, actor, data: { correctionDueOn: due } }] };
    }
    case 'CONSULTATION_STARTED': {
      if (overdue) return refuse(userError('type', 'ALREADY_OVERDUE', `答复期限（${r.dueOn}）已过，不能再暂停计时`, `the deadline (${r.dueOn}) has passed; the clock can no longer be stopped`));
      if (blank(command.data.partyName)) return refuse(userError('data.partyName', 'REQUIRED', '请填写征求意见的对象', 'name the party consulted'));
      const replyDue = calendar.addWorkingDays(on, limits.consultationWorkingDays);
      return { ok: true, events: [{ type: 'CONSULTATION_STARTED', on, actor, data: { party: command.data.party, partyName: command.data.partyName.trim(), replyDueOn: replyDue } }] };
    }
    case 'CONSULTATION_ENDED': {
      const consultations = r.consultations.map((c) => (c.endedOn === null ? { ...c, endedOn: on } : c));
      const dueOn = replyDueOn(calendar, { ...r, consultations });
      return { ok: true, events: [{ type: 'CONSULTATION_ENDED', on, actor, data: { note: command.data.note.trim(), dueOn } }] };
    }
    case 'EXTENDED': {
      const errors: UserError[] = [];
      if (r.extensionWorkingDays > 0) errors.push(userError('type', 'EXTENSION_ONCE', '延期答复只能一次', 'a request may be extended only once'));
      if (overdue) errors.push(userError('type', 'ALREADY_OVERDUE', `答复期限（${r.dueOn}）已过，不能再延期`, `the deadline (${r.dueOn}) has passed; it can no longer be extended`));
      const days = command.data.workingDays;
      if (!Number.isInteger(days) || days < 1 || days > limits.maxExtensionWorkingDays) {
        errors.push(userError('data.workingDays', 'OUT_OF_RANGE', `延长期限须为1至${limits.maxExtensionWorkingDays}个工作日`, `an extension must be 1 to ${limits.maxExtensionWorkingDays} working days`));
      }
      if (blank(command.data.approvedBy)) errors.push(userError('data.approvedBy', 'REQUIRED', '延期须经政府信息公开工作机构负责人同意，请填写批准人', 'an extension needs the approval of the office head: name the approver'));
      if (blank(command.data.reason)) errors.push(userError('data.reason', 'REQUIRED', '请填写延期理由', 'give the reason for the extension'));
      if (errors.length > 0) return refuse(...errors);
      const extended = { ...r, extensionWorkingDays: days };
      // While consulting the deadline is open; the extension is recorded and counted when it resumes.
      const dueOn = r.state === 'CONSULTING' ? null : replyDueOn(calendar, extended);
      return { ok: true, events: [{ type: 'EXTENDED', on, actor, data: { workingDays: days, approvedBy: command.data.approvedBy.trim(), reason: command.data.reason.trim(), dueOn } }] };
    }
    case 'ANSWERED': {
      const errors: UserError[] = [];
      if (command.data.outcome === 'OTHER_NO_CORRECTION') {
        errors.push(userError('data.outcome', 'LIFECYCLE_OUTCOME', '“逾期不补正”由补正期限届满自动记录', '“no correction in time” is recorded when the correction period runs out'));
      }
      if (command.data.outcome === 'UNABLE_STILL_UNCLEAR' && !r.correction?.receivedOn) {
        errors.push(userError('data.outcome', 'NO_CORRECTION_RECEIVED', '“补正后申请内容仍不明确”仅适用于已收到补正的申请', '“still unclear after correction” needs a received correction'));
      }
      if (blank(command.data.legalBasis)) errors.push(userError('data.legalBasis', 'REQUIRED', '请填写答复的法律依据', 'give the legal basis of the answer'));
      if (errors.length > 0) return refuse(...errors);
      const consultations = r.consultations.map((c) => (c.endedOn === null ? { ...c, endedOn: on } : c));
      const dueOn = r.dueOn ?? replyDueOn(calendar, { ...r, consultations });
      return {
        ok: true,
        events: [{ type: 'ANSWERED', on, actor, data: { outcome: command.data.outcome, legalBasis: command.data.legalBasis.trim(), note: command.data.note.trim(), dueOn, onTime: on <= dueOn } }],
      };
    }
    case 'ESCALATED': {
      if (!overdue || !r.dueOn) return refuse(userError('type', 'NOT_OVERDUE', '仅超期未答复的申请可以督办', 'only an overdue request can be escalated'));
      if (r.escalatedDueOns.includes(r.dueOn)) return refuse(userError('type', 'ALREADY_ESCALATED', '该期限已督办过', 'this deadline has already been escalated'));
      if (blank(command.data.note)) return refuse(userError('data.note', 'REQUIRED', '请填写督办意见', 'write the escalation note'));
      return { ok: true, events: [{ type: 'ESCALATED', on, actor, data: { note: command.data.note.trim(), missedDueOn: r.dueOn } }] };
    }
  }
}
