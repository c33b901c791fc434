// A year of demo 诉求 (12345 hotline and other channels) for one county, and the hotline's call
// records: deterministic (seeded PRNG, no Math.random, no clock, no I/O), built from the
// departments subgraph's catalogue.
//
// Every history is built the way the API builds one: the receipt is checked by validateReceipt,
// every further event is proposed to the fold of the events so far (proposeEvent) and the events
// it returns are appended — so callbacks close or reopen requests by the lifecycle rules, and a
// history the rules refuse is a bug here and throws. Deadlines are computed as the API computes
// them (deadline() with the county's limits). 重复来电 are detected as the API detects them
// (findOriginal over earlier requests from the same phone), and the original gets its
// DUPLICATE_LINKED event at the repeat's receipt, after which its whole history is proposed again
// in time order.
//
// The mix follows the seeds (安乡县 2011: 24 100 consultations — 9 000 by phone, 9 100 in person,
// 6 000 online; 436 online requests in half a year, 434 answered):
//   kinds: 咨询 80%, 投诉 8%, 求助 6%, 建议 3%, 举报 3%; consultations by phone 37% (12345 31%,
//   114 6%), in person at a township 便民服务中心 38%, online 25% (website, mobile, mailbox); the
//   other kinds mostly by phone, online ≈14.5% of them (≈0.145 online requests per online
//   consultation, as 872 a year to 6 000), some letters.
//   90% of consultations are answered directly by the hotline or centre; 92–95% of the other kinds
//   are dispatched (派单) to a county department or a township government by matter. Of dispatches:
//   退单 ≈3.5% (within the window, then dispatched elsewhere), 签收 late ≈5%; replies late ≈4%
//   (a third of them escalated first); ≈1.5% of dispatched requests still open and overdue at
//   `end`, 40% of those escalated (督办) by the supervision office.
//   回访 on ≈98% of dispatched and ≈90% of directly answered requests, up to three attempts; a
//   request never reached is closed by the hotline. Satisfaction 5: 60%, 4: 25%, 3: 12%, 2: 2%,
//   1: 1%; a dissatisfied callback reopens the request (重办) and it is answered again.
//   ≈5% of requests are repeats (same phone, category and place within 30 days); 60% of 举报 are
//   anonymous. Priorities: ORDINARY ≈95%, COMPLEX ≈2%, URGENT ≈1%, UTILITIES ≈2%.
// Call records: every phone request is one answered call; about a third more answered calls end
// without a request (status queries, transfers, hang-ups), ≈4% of offered calls are abandoned,
// ≈86% of answered calls are answered within 15 s.
import {
  addCalendarDays,
  CalendarYearNotCoveredError,
  parseLocalDate,
  toLocalDate,
  type LocalDate,
  type WorkingCalendar,
} from '../../shared/calendar';
import { mobile, personName, Rng, uuidFrom, WeightedPool } from '../../shared/demo-random';
import type { Catalogue, DepartmentRef, UnitRef } from '../../shared/departments-directory';
import { numbered } from '../../shared/event-history';
import { foldComplaint, foldMore, stateAfter, type ComplaintAggregate } from '../domain/complaint-aggregate';
import type { Actor, Assignee, ComplaintEvent, ComplaintEventType, Contact, EventDataByType, NewComplaintEvent } from '../domain/complaint-events';
import { proposeEvent, validateReceipt, type LifecycleOptions } from '../domain/complaint-lifecycle';
import { isOpen, type ComplaintChannel, type ComplaintKind, type ComplaintState, type PhoneLine, type Priority } from '../domain/complaint-state';
import { contactKey, findOriginal, type EarlierRequest } from '../domain/duplicates';
import { deadline, DEFAULT_LIMITS, localMinute, RETURN_WINDOW, type LimitTable, type TimeLimit } from '../domain/time-limits';
import {
  CALLBACK_NOTES,
  DIRECT_REQUEST_ANSWERS,
  DIRECT_SUGGESTION_ANSWERS,
  DISPATCH_NOTES,
  MATTERS,
  REOPEN_ANSWERS,
  RETURN_REASONS,
  SIGN_NOTES,
  UNREACHED_NOTES,
  type Matter,
} from './demo-matters';

export interface DemoComplaint {
  id: string;
  events: NewComplaintEvent[];
}

/** One inbound hotline call: the CallRecord row. */
export interface DemoCallRecord {
  id: string;
  externalRef: string;
  orgUnitId: string;
  orgPath: string;
  line: PhoneLine;
  startedAt: Date;
  startedOn: LocalDate;
  answered: boolean;
  waitSeconds: number;
  talkSeconds: number;
}

export interface DemoComplaints {
  complaints: DemoComplaint[];
  calls: DemoCallRecord[];
}

export interface DemoComplaintOptions {
  /** The generated year ends here: no event and no call is later. */
  end: Date;
  /** Number of requests (default DEFAULT_DEMO_COMPLAINT_COUNT). */
  count?: number;
  seed?: number;
  calendar: WorkingCalendar;
  /** The county's time limits (default DEFAULT_LIMITS). */
  limits?: LimitTable;
  /** Reopenings after dissatisfied callbacks before a request is closed as dissatisfied (default 2). */
  maxReopens?: number;
}

/** ≈1 s to generate and 5–6.5 s to load on SQLite (≈95 000 events, ≈13 000 calls): under the ~10 s budget for a first start. */
export const DEFAULT_DEMO_COMPLAINT_COUNT = 20_000;

// ---------------------------------------------------------------------------
// Mix
// ---------------------------------------------------------------------------

const KINDS: readonly [ComplaintKind, number][] = [
  ['CONSULTATION', 0.8],
  ['COMPLAINT', 0.08],
  ['HELP', 0.06],
  ['SUGGESTION', 0.03],
  ['REPORT', 0.03],
];
/** Consultations as in the seed: phone 9 000, in person 9 100, online 6 000 of 24 100. */
const CONSULTATION_CHANNELS: readonly [ComplaintChannel, number][] = [
  ['HOTLINE_12345', 0.31],
  ['HOTLINE_114', 0.06],
  ['IN_PERSON', 0.38],
  ['WEBSITE', 0.13],
  ['MOBILE', 0.09],
  ['MAILBOX', 0.03],
];
/**
 * Other kinds: online 17% as drafted (≈14.5% once repeats, mostly phoned in, are added), so that
 * online requests ≈ 0.145 × online consultations (436 in half a year : 6 000 a year).
 */
const REQUEST_CHANNELS: readonly [ComplaintChannel, number][] = [
  ['HOTLINE_12345', 0.55],
  ['HOTLINE_114', 0.02],
  ['IN_PERSON', 0.21],
  ['WEBSITE', 0.085],
  ['MOBILE', 0.065],
  ['MAILBOX', 0.02],
  ['LETTER', 0.05],
];
/** Answered directly by the receiving hotline or centre, without dispatch. */
const P_DIRECT: Readonly<Record<ComplaintKind, number>> = { CONSULTATION: 0.9, SUGGESTION: 0.2, HELP: 0.05, COMPLAINT: 0.04, REPORT: 0 };
const P_COMPLEX = 0.08;
const P_ANONYMOUS_REPORT = 0.6;
const P_LETTER_WITHOUT_PHONE = 0.25;
/** A citizen who has been in touch before (any matter). */
const P_KNOWN_CONTACT = 0.1;

// Dispatched requests.
const P_RETURN = 0.035;
const P_SIGN_LATE = 0.05;
const P_REPLY_LATE = 0.04;
const P_ESCALATE_LATE = 0.35;
const P_OPEN_OVERDUE = 0.015;
const P_ESCALATE_OPEN = 0.4;
const P_UNSIGNED_OPEN = 0.3;
/** Replies to a reopened request that miss the new deadline. */
const P_REOPEN_LATE = 0.1;

// Callbacks (回访).
const P_CALLBACK_DISPATCHED = 0.98;
const P_CALLBACK_DIRECT = 0.9;
/** Chance each successive attempt reaches the citizen. */
const REACH = [0.86, 0.6, 0.5] as const;
const SATISFACTION: readonly [1 | 2 | 3 | 4 | 5, number][] = [
  [5, 0.6],
  [4, 0.25],
  [3, 0.12],
  [2, 0.02],
  [1, 0.01],
];
const SATISFACTION_AFTER_REOPEN: readonly [1 | 2 | 3 | 4 | 5, number][] = [
  [5, 0.25],
  [4, 0.35],
  [3, 0.28],
  [2, 0.08],
  [1, 0.04],
];

// 重复来电: chance a request is followed by a repeat from the same citizen, on the same matter.
const P_REPEAT: Readonly<Record<ComplaintKind, number>> = { CONSULTATION: 0.035, SUGGESTION: 0.05, HELP: 0.12, COMPLAINT: 0.14, REPORT: 0.1 };
const P_SECOND_REPEAT = 0.2;

// Calls: answered calls per phone request, abandoned share, seconds.
const TICKETS_PER_ANSWERED_CALL: Readonly<Record<PhoneLine, readonly [number, number]>> = {
  HOTLINE_12345: [0.62, 0.76],
  HOTLINE_114: [0.7, 0.85],
};

// Local times (seconds of the day, Asia/Shanghai).
const DAY_START = 8 * 3600 + 30 * 60;
const LUNCH_START = 12 * 3600;
const LUNCH_END = 14 * 3600 + 30 * 60;
const DAY_END = 17 * 3600 + 30 * 60;
/** The hotline's dispatch and callback desks work 08:00–21:00 every day; its seats answer calls around the clock. */
const DESK_START = 8 * 3600;
const DESK_END = 21 * 3600;
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;
const DAY_MS = 86_400_000;
const MINUTE = 60;
const HOUR = 3600;

/** Relative call volume by hour of day. */
const PHONE_HOURS = [0.15, 0.08, 0.05, 0.05, 0.05, 0.1, 0.3, 0.7, 1.3, 1.8, 1.8, 1.5, 1.0, 1.0, 1.4, 1.5, 1.5, 1.3, 0.9, 0.8, 0.7, 0.55, 0.4, 0.25];
const LINE_114_HOURS = [0, 0, 0, 0, 0, 0, 0, 0.3, 1.2, 1.6, 1.6, 1.3, 0.8, 0.9, 1.3, 1.4, 1.3, 1.0, 0.6, 0.4, 0, 0, 0, 0];
const ONLINE_HOURS = [0.2, 0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 0.7, 1.1, 1.2, 1.1, 0.8, 0.8, 1.0, 1.1, 1.0, 0.9, 0.8, 1.0, 1.2, 1.2, 0.9, 0.5];
/** Spring Festival quieter, summer (power, water, noise) and September (school) busier. */
const MONTH_WEIGHT = [0.85, 0.8, 1, 1, 1, 1.05, 1.15, 1.15, 1.1, 0.95, 1, 0.95];

// ---------------------------------------------------------------------------
// PRNG
// ---------------------------------------------------------------------------

// ---------------------------------------------------------------------------
// Names and identifiers
// ---------------------------------------------------------------------------

/** A mobile number, 138xxxxxxxx style (about a fifth of them 138). */
function citizenMobile(rng: Rng): string {
  return rng.chance(0.2) ? `138${rng.digits(8)}` : mobile(rng);
}


/** How a repeat comes in, by channel. */
const AGAIN: Readonly<Record<ComplaintChannel, string>> = {
  HOTLINE_12345: '再次来电',
  HOTLINE_114: '再次来电',
  WEBSITE: '再次留言',
  MOBILE: '再次留言',
  MAILBOX: '再次来信',
  LETTER: '再次来信',
  IN_PERSON: '再次来访',
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------
// Catalogue view
// ---------------------------------------------------------------------------

interface CountyView {
  county: UnitRef;
  townships: UnitRef[];
  /** Villages and communities by their township's id. */
  villages: Map<string, UnitRef[]>;
  /** The township of a unit below the county, by the unit's path. */
  townshipOf: Map<string, UnitRef>;
  departments: DepartmentRef[];
}

const parentPath = (path: string) => path.slice(0, path.slice(0, -1).lastIndexOf('/') + 1);

function countyView(catalogue: Catalogue): CountyView {
  const counties = catalogue.units.filter((u) => u.tier === 'COUNTY' && u.active);
  const depts = (c: UnitRef) => catalogue.departments.filter((d) => d.active && d.orgUnit.path === c.path);
  // The county whose departments there are (the catalogue may hold a city above it).
  const county = [...counties].sort((a, b) => depts(b).length - depts(a).length || (a.path < b.path ? -1 : 1))[0];
  if (!county) throw new Error('demo complaints: the catalogue has no county');
  const departments = depts(county);
  if (departments.length === 0) throw new Error(`demo complaints: ${county.name} has no departments`);
  const inCounty = (u: UnitRef) => u.active && u.path.startsWith(county.path) && u.path !== county.path;
  const townships = catalogue.units.filter((u) => inCounty(u) && u.tier === 'TOWNSHIP');
  const byPath = new Map(townships.map((t) => [t.path, t]));
  const villages = new Map<string, UnitRef[]>(townships.map((t) => [t.id, []]));
  const townshipOf = new Map<string, UnitRef>(townships.map((t) => [t.path, t]));
  for (const v of catalogue.units.filter((u) => inCounty(u) && u.tier === 'VILLAGE')) {
    const township = byPath.get(parentPath(v.path));
    if (!township) continue;
    villages.get(township.id)!.push(v);
    townshipOf.set(v.path, township);
  }
  return { county, townships, villages, townshipOf, departments };
}

// ---------------------------------------------------------------------------
// Actors
// ---------------------------------------------------------------------------

interface Staff extends Actor {
  unitPath: string;
}

class Actors {
  private readonly seats12345: Staff[];
  private readonly seats114: Staff[];
  private readonly online: Staff[];
  private readonly dispatchers: Staff[];
  private readonly callbackSeats: Staff[];
  private readonly supervisors: Staff[];
  private readonly departmentStaff = new Map<string, Staff[]>();
  private readonly centreStaff = new Map<string, Staff[]>();
  private readonly townshipStaff = new Map<string, Staff[]>();

  constructor(
    private readonly rng: Rng,
    view: CountyView,
  ) {
    const county = view.county.path;
    const staff = (id: string, role: string, unitPath: string): Staff => ({ id, name: personName(rng, rng.chance(0.4)), role, unitPath });
    const pool = (prefix: string, n: number, role: string, unitPath: string) => Array.from({ length: n }, (_, i) => staff(`${prefix}${pad(i + 1, 2)}`, role, unitPath));
    this.seats12345 = pool('demo-12345-zx', 12, 'operator', county);
    this.seats114 = pool('demo-114-zx', 3, 'operator', county);
    this.online = pool('demo-wlwz-', 3, 'operator', county);
    this.dispatchers = pool('demo-12345-pd', 4, 'operator', county);
    this.callbackSeats = pool('demo-12345-hf', 4, 'operator', county);
    this.supervisors = pool('demo-dcs-', 3, 'supervisor', county);
    for (const d of view.departments) this.departmentStaff.set(d.id, pool(`demo-${d.code.toLowerCase()}-sq`, 2, 'operator', d.orgUnit.path));
    for (const t of view.townships) {
      this.centreStaff.set(t.id, pool(`demo-${t.code}-bm`, 2, 'operator', t.path));
      this.townshipStaff.set(t.id, pool(`demo-${t.code}-zf`, 2, 'operator', t.path));
    }
  }

  /** Who takes the request: a hotline seat, the online desk, or the township centre. */
  receiver(channel: ComplaintChannel, receivedUnit: UnitRef): Staff {
    if (channel === 'HOTLINE_12345') return this.rng.pick(this.seats12345);
    if (channel === 'HOTLINE_114') return this.rng.pick(this.seats114);
    if (channel === 'IN_PERSON') return this.rng.pick(this.centreStaff.get(receivedUnit.id) ?? this.online);
    return this.rng.pick(this.online);
  }
  /** The receiving side's desk that dispatches, calls back and closes. */
  desk(receivedUnit: UnitRef, task: 'dispatch' | 'callback'): Staff {
    const centre = this.centreStaff.get(receivedUnit.id);
    if (centre) return this.rng.pick(centre);
    return this.rng.pick(task === 'dispatch' ? this.dispatchers : this.callbackSeats);
  }
  handler(assignee: Assignee): Staff {
    const list = assignee.kind === 'DEPARTMENT' ? this.departmentStaff.get(assignee.id) : this.townshipStaff.get(assignee.id);
    return this.rng.pick(list!);
  }
  supervisor(): Staff {
    return this.rng.pick(this.supervisors);
  }
}

// ---------------------------------------------------------------------------
// Days
// ---------------------------------------------------------------------------

interface Day {
  date: LocalDate;
  /** UTC instant of the local midnight. */
  midnightMs: number;
  working: boolean;
  weekday: number;
}

function localMidnightMs(d: LocalDate): number {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) - SHANGHAI_OFFSET_MS;
}

// ---------------------------------------------------------------------------
// Planning
// ---------------------------------------------------------------------------

interface Draft {
  kind: ComplaintKind;
  channel: ComplaintChannel;
  matter: Matter;
  priority: Priority;
  contact: Contact | null;
  receivedUnit: UnitRef;
  location: UnitRef;
  receiptMs: number;
  direct: boolean;
  returned: boolean;
  signLate: boolean;
  replyLate: boolean;
  escalateLate: boolean;
  openOverdue: boolean;
  escalateOpen: boolean;
  unsigned: boolean;
  repeat: boolean;
  /** Drawn once so that the text does not change with the building order. */
  amount: string;
}

interface Link {
  at: Date;
  actor: Staff;
  data: EventDataByType['DUPLICATE_LINKED'];
}

class Builder {
  readonly events: NewComplaintEvent[] = [];
  agg: ComplaintAggregate | null = null;
  /** An event fell after `end`: the history stops there. */
  truncated = false;
  /** Time of the last event. */
  ms = 0;

  constructor(
    private readonly g: Generator,
    readonly id: string,
  ) {}

  get state(): ComplaintState {
    return this.agg!.state;
  }

  /** Proposes the event at `atMs` (not before the last event). Returns false, adding nothing, once the history has reached `end`. */
  emit<T extends ComplaintEventType>(atMs: number, type: T, data: EventDataByType[T], actor: Staff): boolean {
    if (this.truncated) return false;
    const ms = Math.max(Math.round(atMs), this.ms);
    if (!(ms <= this.g.endMs)) {
      this.truncated = true;
      return false;
    }
    const event = { type, at: new Date(ms), actor: { id: actor.id, name: actor.name, role: actor.role }, unitPath: actor.unitPath, data } as NewComplaintEvent;
    if (event.type === 'RECEIVED') {
      const errors = validateReceipt(event, this.g.end);
      if (errors.length > 0) throw new Error(`demo request ${this.id}: receipt refused: ${errors.map((e) => `${e.rule} ${e.messageEn}`).join('; ')}`);
      this.events.push(event);
      this.agg = foldComplaint(this.id, numbered<ComplaintEvent>(0, [event]));
    } else {
      const agg = this.agg!;
      let proposal: ReturnType<typeof proposeEvent>;
      try {
        proposal = proposeEvent(agg, event, this.g.end, this.g.lifecycle);
      } catch (error) {
        // A deadline (重办) in a year the calendar does not cover yet: the API could not record it either.
        if (!(error instanceof CalendarYearNotCoveredError)) throw error;
        this.truncated = true;
        return false;
      }
      if (!proposal.ok) {
        throw new Error(`demo request ${this.id} (${agg.received.requestNo}): ${type} refused: ${proposal.errors.map((e) => `${e.rule} ${e.messageEn}`).join('; ')}`);
      }
      this.events.push(...proposal.events);
      foldMore(agg, numbered<ComplaintEvent>(agg.version, proposal.events), true);
    }
    this.ms = ms;
    return true;
  }

  /** Ends the history here (a step the API could not take); returns false like a refused emit. */
  stop(): false {
    this.truncated = true;
    return false;
  }

  /** 答复: direct when the hotline answers without an assignee, as the API decides (event-input.ts). */
  reply(atMs: number, content: string, actor: Staff): boolean {
    const s = this.agg!.state;
    const direct = s === 'RECEIVED' || s === 'RETURNED' || (s === 'REOPENED' && this.agg!.assignee === null);
    return this.emit(atMs, 'REPLIED', { content, direct }, actor);
  }
}

class Generator {
  readonly rng: Rng;
  readonly end: Date;
  readonly endMs: number;
  readonly calendar: WorkingCalendar;
  readonly limits: LimitTable;
  readonly lifecycle: LifecycleOptions;
  private readonly days: Day[] = [];
  /** Index of the day `end` falls on. */
  private readonly endDay: number;
  /** Indexes of working days, in order; `workingBefore[i]` = working days with index < i. */
  private readonly workingIdx: number[] = [];
  private readonly workingBefore: number[] = [];
  private readonly view: CountyView;
  private readonly actors: Actors;
  private readonly matterPools: Map<ComplaintKind, WeightedPool<Matter>>;
  private readonly townshipPool: WeightedPool<UnitRef>;
  private readonly villagePools = new Map<string, WeightedPool<UnitRef>>();
  private readonly allDayPool: WeightedPool<number>;
  private readonly onlineDayPool: WeightedPool<number>;
  private readonly workingDayPool: WeightedPool<number>;
  private readonly departmentsByKeyword = new Map<string, DepartmentRef[]>();
  private readonly contacts: Contact[] = [];
  /** Earlier requests by contact key, for duplicate detection. */
  private readonly byContact = new Map<string, EarlierRequest[]>();
  private readonly built = new Map<string, DemoComplaint>();
  private readonly links = new Map<string, Link[]>();

  constructor(catalogue: Catalogue, options: DemoComplaintOptions) {
    this.rng = new Rng(options.seed ?? 20261122);
    this.calendar = options.calendar;
    this.limits = options.limits ?? DEFAULT_LIMITS;
    this.lifecycle = { calendar: options.calendar, limits: this.limits, maxReopens: options.maxReopens ?? 2 };
    this.end = options.end;
    this.endMs = options.end.getTime();
    if (Number.isNaN(this.endMs)) throw new Error('demo complaints: invalid end');
    const endDate = toLocalDate(options.end);
    const first = addCalendarDays(parseLocalDate(`${Number(endDate.slice(0, 4)) - 1}${endDate.slice(4)}`.replace('-02-29', '-02-28')), 1);
    // Days from a year before `end` to a little after it (as far as the calendar covers): later
    // steps are planned on them and dropped when they fall after `end`.
    const horizon = addCalendarDays(endDate, 120);
    for (let d = first; d <= horizon; d = addCalendarDays(d, 1)) {
      let working: boolean;
      try {
        working = this.calendar.isWorkingDay(d);
      } catch (error) {
        if (d > endDate) break;
        throw error;
      }
      const midnightMs = localMidnightMs(d);
      this.workingBefore.push(this.workingIdx.length);
      if (working) this.workingIdx.push(this.days.length);
      this.days.push({ date: d, midnightMs, working, weekday: new Date(midnightMs + SHANGHAI_OFFSET_MS).getUTCDay() });
    }
    this.workingBefore.push(this.workingIdx.length);
    this.endDay = this.dayOf(this.endMs);

    this.view = countyView(catalogue);
    this.actors = new Actors(new Rng(this.rng.uint32()), this.view);
    for (const d of this.view.departments) {
      for (const matter of MATTERS) {
        for (const keyword of matter.to) {
          if (!d.name.includes(keyword)) continue;
          const list = this.departmentsByKeyword.get(keyword) ?? [];
          if (!list.includes(d)) list.push(d);
          this.departmentsByKeyword.set(keyword, list);
        }
      }
    }
    this.matterPools = new Map(
      (['CONSULTATION', 'HELP', 'COMPLAINT', 'REPORT', 'SUGGESTION'] as const).map((kind) => [kind, new WeightedPool(MATTERS.filter((x) => x.kind === kind), (x) => x.weight)]),
    );

    // Popularity of townships and villages: fixed per run, heavy-tailed.
    const popularity = new Rng(this.rng.uint32());
    this.townshipPool = new WeightedPool(this.view.townships, () => 0.4 + popularity.next() * 1.6);
    for (const t of this.view.townships) this.villagePools.set(t.id, new WeightedPool(this.view.villages.get(t.id)!, () => 0.3 + popularity.next() * 1.7));

    const receiptDays = this.days.slice(0, this.endDay + 1).map((_, i) => i);
    const dayWeight = (i: number, offDay: number) => {
      const d = this.days[i]!;
      const month = MONTH_WEIGHT[Number(d.date.slice(5, 7)) - 1]!;
      return month * (d.working ? (d.weekday === 1 ? 1.15 : 1) : offDay);
    };
    this.allDayPool = new WeightedPool(receiptDays, (i) => dayWeight(i, 0.55));
    this.onlineDayPool = new WeightedPool(receiptDays, (i) => dayWeight(i, 0.7));
    this.workingDayPool = new WeightedPool(receiptDays, (i) => (this.days[i]!.working ? dayWeight(i, 0) : 0));
    if (this.workingDayPool.empty) throw new Error('demo complaints: no working day in the year before end');
  }

  // -- time -----------------------------------------------------------------

  dayOf(ms: number): number {
    return Math.floor((ms - this.days[0]!.midnightMs) / DAY_MS);
  }
  private secOf(ms: number): number {
    return Math.floor((ms - this.days[0]!.midnightMs - this.dayOf(ms) * DAY_MS) / 1000);
  }
  private at(day: number, sec: number): number {
    return day >= 0 && day < this.days.length ? this.days[day]!.midnightMs + sec * 1000 : Number.POSITIVE_INFINITY;
  }
  private isWorking(day: number): boolean {
    return day >= 0 && day < this.days.length && this.days[day]!.working;
  }
  /** The k-th working day after day `day` (k ≥ 1), or past the horizon. */
  private workingAfter(day: number, k: number): number {
    const before = this.workingBefore[Math.min(Math.max(day + 1, 0), this.days.length)]!;
    return this.workingIdx[before + k - 1] ?? this.days.length;
  }
  /** A second of office hours, mornings busier. */
  private officeSec(): number {
    const rng = this.rng;
    if (rng.chance(0.6)) return DAY_START + Math.floor(((rng.next() + rng.next()) / 2) * (LUNCH_START - DAY_START));
    return LUNCH_END + Math.floor(rng.next() * (DAY_END - LUNCH_END));
  }
  private officeOn(day: number): number {
    return this.at(day, this.officeSec());
  }
  /** The first office moment (departments, township centres) at least a random gap after `from`. */
  private officeAfter(from: number, gapMin: number, gapMax: number): number {
    const t = from + this.rng.int(gapMin, gapMax) * 1000;
    const day = this.dayOf(t);
    const sec = this.secOf(t);
    if (this.isWorking(day)) {
      if (sec < DAY_START) return this.at(day, DAY_START + this.rng.int(0, 30 * MINUTE));
      if (sec < LUNCH_START) return t;
      if (sec < LUNCH_END) return this.at(day, LUNCH_END + this.rng.int(0, 30 * MINUTE));
      if (sec < DAY_END) return t;
    }
    return this.at(this.workingAfter(day, 1), DAY_START + this.rng.int(0, HOUR));
  }
  /** The first moment the hotline's desks work (every day 08:00–21:00) at least a random gap after `from`. */
  private deskAfter(from: number, gapMin: number, gapMax: number): number {
    const t = from + this.rng.int(gapMin, gapMax) * 1000;
    const day = this.dayOf(t);
    const sec = this.secOf(t);
    if (sec < DESK_START) return this.at(day, DESK_START + this.rng.int(0, 45 * MINUTE));
    if (sec >= DESK_END) return this.at(day + 1, DESK_START + this.rng.int(0, 45 * MINUTE));
    return t;
  }
  /** An office moment in [lo, hi], later days a little likelier; when there is none, a moment in between. */
  private officeBetween(lo: number, hi: number): number {
    if (hi <= lo) return lo;
    const clamp = (day: number) => Math.min(Math.max(day, 0), this.days.length);
    const first = this.workingBefore[clamp(this.dayOf(lo))]!;
    const last = this.workingBefore[clamp(this.dayOf(hi) + 1)]! - 1;
    if (last >= first) {
      const k = first + Math.floor(this.rng.next() ** 0.8 * (last - first + 1));
      let t = this.officeOn(this.workingIdx[k]!);
      if (t < lo) t = this.officeAfter(lo, 60, 30 * MINUTE);
      if (t <= hi) return t;
    }
    return lo + this.rng.next() * (hi - lo);
  }
  private limitDays(limit: TimeLimit): number {
    return limit.unit === 'WORKING_DAYS' ? limit.amount : Math.ceil(limit.amount / 24);
  }
  /** Whether steps of this class run around the clock (limits in hours) rather than in office hours. */
  private urgent(priority: Priority): boolean {
    return this.limits[priority].reply.unit === 'HOURS';
  }
  /** When a limit starting at `fromMs` runs out; +∞ in a year the calendar does not cover (the API refuses such a step). */
  private dueAfter(fromMs: number, limit: TimeLimit): number {
    try {
      return deadline(this.calendar, new Date(fromMs), limit).getTime();
    } catch (error) {
      if (error instanceof CalendarYearNotCoveredError) return Number.POSITIVE_INFINITY;
      throw error;
    }
  }

  /** A receipt moment for the channel on `day`: phones and online around the clock, visits and letters in office hours. */
  private receiptOn(channel: ComplaintChannel, day: number): number {
    const rng = this.rng;
    if (channel === 'IN_PERSON' || channel === 'LETTER') return this.officeOn(day);
    const hours = channel === 'HOTLINE_12345' ? PHONE_HOURS : channel === 'HOTLINE_114' ? LINE_114_HOURS : ONLINE_HOURS;
    const hour = rng.weighted(hours.map((w, h) => [h, w] as const));
    return this.at(day, hour * HOUR + rng.int(0, HOUR - 1));
  }

  private receipt(channel: ComplaintChannel): number {
    const pool = channel === 'IN_PERSON' || channel === 'LETTER' ? this.workingDayPool : channel.startsWith('HOTLINE') ? this.allDayPool : this.onlineDayPool;
    for (let attempt = 0; attempt < 20; attempt++) {
      const ms = this.receiptOn(channel, pool.sample(this.rng));
      if (ms <= this.endMs) return ms;
    }
    return this.endMs - this.rng.int(1, 30) * MINUTE * 1000;
  }

  // -- drafting -------------------------------------------------------------

  private contact(kind: ComplaintKind, channel: ComplaintChannel): Contact | null {
    const rng = this.rng;
    if (kind === 'REPORT' && rng.chance(P_ANONYMOUS_REPORT)) return null;
    if (this.contacts.length > 50 && rng.chance(P_KNOWN_CONTACT)) return rng.pick(this.contacts);
    const c: Contact = { name: personName(rng, rng.chance(0.55)), phone: channel === 'LETTER' && rng.chance(P_LETTER_WITHOUT_PHONE) ? null : citizenMobile(rng) };
    if (c.phone) this.contacts.push(c);
    return c;
  }

  private place(channel: ComplaintChannel): { receivedUnit: UnitRef; location: UnitRef } {
    const rng = this.rng;
    const county = this.view.county;
    if (this.townshipPool.empty) return { receivedUnit: county, location: county };
    if (channel === 'IN_PERSON') {
      const township = this.townshipPool.sample(rng);
      const villages = this.villagePools.get(township.id)!;
      return { receivedUnit: township, location: villages.empty || rng.chance(0.45) ? township : villages.sample(rng) };
    }
    const r = rng.next();
    if (r < 0.08) return { receivedUnit: county, location: county };
    const township = this.townshipPool.sample(rng);
    const villages = this.villagePools.get(township.id)!;
    return { receivedUnit: county, location: r < 0.35 || villages.empty ? township : villages.sample(rng) };
  }

  private fates(kind: ComplaintKind, priority: Priority): Pick<Draft, 'direct' | 'returned' | 'signLate' | 'replyLate' | 'escalateLate' | 'openOverdue' | 'escalateOpen' | 'unsigned'> {
    const rng = this.rng;
    const direct = !this.urgent(priority) && rng.chance(P_DIRECT[kind]);
    const none = { direct, returned: false, signLate: false, replyLate: false, escalateLate: false, openOverdue: false, escalateOpen: false, unsigned: false };
    if (direct) return none;
    if (!this.urgent(priority) && rng.chance(P_OPEN_OVERDUE)) {
      return { ...none, openOverdue: true, escalateOpen: rng.chance(P_ESCALATE_OPEN), unsigned: rng.chance(P_UNSIGNED_OPEN) };
    }
    const replyLate = rng.chance(P_REPLY_LATE);
    return {
      ...none,
      returned: !this.urgent(priority) && rng.chance(P_RETURN),
      signLate: rng.chance(P_SIGN_LATE),
      replyLate,
      escalateLate: replyLate && rng.chance(P_ESCALATE_LATE),
    };
  }

  private draft(): Draft {
    const rng = this.rng;
    const kind = rng.weighted(KINDS);
    const matter = this.matterPools.get(kind)!.sample(rng);
    const priority = matter.priority ?? (kind !== 'CONSULTATION' && rng.chance(P_COMPLEX) ? 'COMPLEX' : 'ORDINARY');
    let channel = rng.weighted(kind === 'CONSULTATION' ? CONSULTATION_CHANNELS : REQUEST_CHANNELS);
    // Burst mains and lost relatives are phoned in.
    if (this.urgent(priority) && channel !== 'IN_PERSON' && !channel.startsWith('HOTLINE')) channel = 'HOTLINE_12345';
    if (channel === 'IN_PERSON' && this.townshipPool.empty) channel = 'HOTLINE_12345';
    const { receivedUnit, location } = this.place(channel);
    const contact = this.contact(kind, channel);
    const fates = this.fates(kind, priority);
    let receiptMs = this.receipt(channel);
    if (fates.openOverdue) {
      // Received long enough ago to be past its reply deadline at `end`, but not ancient.
      const limit = this.limitDays(this.limits[priority].reply);
      const endOrdinal = this.workingBefore[this.endDay]!;
      const latest = endOrdinal - limit - 3;
      const earliest = Math.max(0, endOrdinal - limit - 40);
      if (latest >= earliest) receiptMs = this.receiptOn(channel, this.workingIdx[rng.int(earliest, latest)]!);
      else fates.openOverdue = false;
    }
    const amount = `${rng.int(8, 160) / 10}万元`;
    return { kind, channel, matter, priority, contact, receivedUnit, location, receiptMs, ...fates, repeat: false, amount };
  }

  /** 重复来电: the same citizen on the same matter and place, days later, mostly by phone. */
  private repeatOf(o: Draft, afterMs: number): Draft | null {
    const rng = this.rng;
    const delay = rng.weighted([
      [[2 * HOUR, 3 * 24 * HOUR], 0.4],
      [[3 * 24 * HOUR, 12 * 24 * HOUR], 0.4],
      [[12 * 24 * HOUR, 29 * 24 * HOUR], 0.2],
    ] as const);
    // Consultations are asked again the way they were asked; the other kinds mostly press by phone.
    let channel: ComplaintChannel = rng.chance(o.kind === 'CONSULTATION' ? 0.35 : 0.8) || o.channel === 'LETTER' ? 'HOTLINE_12345' : o.channel;
    const township = this.view.townshipOf.get(o.location.path);
    if (channel === 'IN_PERSON' && !township) channel = 'HOTLINE_12345';
    let receiptMs = afterMs + rng.int(delay[0], delay[1]) * 1000;
    if (channel === 'IN_PERSON') receiptMs = this.officeAfter(receiptMs, 0, 0);
    if (!(receiptMs <= this.endMs)) return null;
    const receivedUnit = channel === 'IN_PERSON' ? township! : this.view.county;
    return {
      ...o,
      channel,
      receivedUnit,
      receiptMs,
      ...this.fates(o.kind, o.priority),
      openOverdue: false,
      escalateOpen: false,
      unsigned: false,
      repeat: true,
    };
  }

  generate(count: number): DemoComplaints {
    const rng = this.rng;
    const drafts: Draft[] = [];
    while (drafts.length < count) {
      const o = this.draft();
      drafts.push(o);
      if (!o.contact?.phone || !rng.chance(P_REPEAT[o.kind])) continue;
      let last = o.receiptMs;
      for (let n = rng.chance(P_SECOND_REPEAT) ? 2 : 1; n > 0 && drafts.length < count; n--) {
        const r = this.repeatOf(o, last);
        if (!r) break;
        drafts.push(r);
        last = r.receiptMs;
      }
    }
    const order = drafts.map((d, i) => ({ d, i })).sort((a, b) => a.d.receiptMs - b.d.receiptMs || a.i - b.i);

    const ids = new Rng(rng.uint32() ^ 0x5eed);
    const seenIds = new Set<string>();
    const seenNos = new Set<string>();
    const complaints: DemoComplaint[] = [];
    for (const { d } of order) {
      let id = uuidFrom(ids);
      while (seenIds.has(id)) id = uuidFrom(ids);
      seenIds.add(id);
      const day = toLocalDate(new Date(d.receiptMs)).replaceAll('-', '');
      let requestNo: string;
      do requestNo = `${d.receivedUnit.code}-${day}-${ids.uint32().toString(16).toUpperCase().padStart(8, '0')}`;
      while (seenNos.has(requestNo));
      seenNos.add(requestNo);
      const c = this.build(d, id, requestNo);
      if (!c) continue;
      this.built.set(id, c);
      complaints.push(c);
    }
    for (const [id, links] of this.links) this.linkDuplicates(this.built.get(id)!, links);
    return { complaints, calls: this.calls(complaints) };
  }

  // -- one request ------------------------------------------------------------

  private text(template: string, d: Draft): string {
    const who = d.channel.startsWith('HOTLINE') ? '来电人' : d.channel === 'IN_PERSON' ? '来访群众' : d.channel === 'LETTER' ? '来信人' : '网民';
    const township = this.view.townshipOf.get(d.location.path);
    const place = d.location.tier === 'VILLAGE' && township ? `${township.name}${d.location.name}` : d.location.name;
    return template.replaceAll('{place}', place).replaceAll('{county}', this.view.county.name).replaceAll('{who}', who).replaceAll('{amount}', d.amount);
  }

  /** The request's history, or null when its reply deadline falls in a year the calendar does not cover. */
  private build(d: Draft, id: string, requestNo: string): DemoComplaint | null {
    const replyDue = this.dueAfter(d.receiptMs, this.limits[d.priority].reply);
    if (!Number.isFinite(replyDue)) return null;
    const b = new Builder(this, id);
    const receiver = this.actors.receiver(d.channel, d.receivedUnit);
    const key = contactKey(d.contact?.phone);
    const earlier = key ? (this.byContact.get(key) ?? []) : [];
    const duplicateOf = key ? findOriginal({ receivedAt: new Date(d.receiptMs), category: d.matter.category, orgPath: d.location.path }, earlier) : null;
    const title = this.text(d.matter.title, d);
    b.emit(d.receiptMs, 'RECEIVED', {
      requestNo,
      externalRef: null,
      kind: d.kind,
      channel: d.channel,
      category: d.matter.category,
      priority: d.priority,
      title: d.repeat ? (d.kind === 'CONSULTATION' ? `再次咨询：${title.replace(/^咨询/, '')}` : `再次反映：${title}`) : title,
      content: d.repeat ? `${this.text(d.kind === 'CONSULTATION' ? `{who}此前咨询过该问题，现${AGAIN[d.channel]}询问。` : `{who}此前已反映过该问题，现${AGAIN[d.channel]}要求尽快处理。`, d)}${this.text(d.matter.content, d)}` : this.text(d.matter.content, d),
      contact: d.contact,
      receivedUnit: { id: d.receivedUnit.id, path: d.receivedUnit.path },
      location: { id: d.location.id, path: d.location.path },
      duplicateOf,
      replyDueAt: new Date(replyDue).toISOString(),
    }, receiver);
    if (key) {
      const list = this.byContact.get(key) ?? [];
      list.push({ id, requestNo, receivedAt: new Date(d.receiptMs), category: d.matter.category, orgPath: d.location.path, duplicateOfId: duplicateOf?.id ?? null, duplicateOfNo: duplicateOf?.requestNo ?? null });
      this.byContact.set(key, list);
    }
    if (duplicateOf) {
      // The API appends the link to the original in the same write (write-events.ts).
      const list = this.links.get(duplicateOf.id) ?? [];
      list.push({ at: new Date(d.receiptMs), actor: receiver, data: { duplicateId: id, requestNo } });
      this.links.set(duplicateOf.id, list);
      if (this.openAt(duplicateOf.id, d.receiptMs)) {
        this.merged(b, d, receiver, duplicateOf.requestNo);
        return { id, events: b.events };
      }
    }
    if (d.direct) this.answerDirectly(b, d, receiver);
    else this.handle(b, d, 0);
    return { id, events: b.events };
  }

  /** Whether a built request was still awaiting its reply at `ms`. */
  private openAt(id: string, ms: number): boolean {
    let state: ComplaintState | null = null;
    for (const e of this.built.get(id)!.events) {
      if (e.at.getTime() > ms) break;
      state = stateAfter(state, e);
    }
    return state !== null && isOpen(state);
  }

  /** A repeat while the original is still being handled: the hotline tells the citizen where it stands and closes the repeat. */
  private merged(b: Builder, d: Draft, receiver: Staff, originalNo: string): void {
    const replyAt = d.channel === 'IN_PERSON' ? b.ms + this.rng.int(2 * MINUTE, 10 * MINUTE) * 1000 : d.channel.startsWith('HOTLINE') ? b.ms + this.rng.int(MINUTE, 5 * MINUTE) * 1000 : this.deskAfter(b.ms, 20 * MINUTE, 4 * HOUR);
    const content = this.text(`{who}再次反映该问题。原工单（${originalNo}）正在办理中，已告知办理进度，并督促承办单位加快办理、按时答复。`, d);
    if (!b.reply(replyAt, content, receiver)) return;
    b.emit(b.ms + this.rng.int(30, 5 * MINUTE) * 1000, 'CLOSED', { reason: `重复来电，已并入原工单${originalNo}办理`, automatic: false }, receiver);
  }

  /** 直接答复 by the hotline seat, the online desk or the centre. */
  private answerDirectly(b: Builder, d: Draft, receiver: Staff): void {
    const rng = this.rng;
    let at: number;
    if (d.channel.startsWith('HOTLINE')) at = b.ms + rng.int(MINUTE, 8 * MINUTE) * 1000;
    else if (d.channel === 'IN_PERSON') at = b.ms + rng.int(2 * MINUTE, 15 * MINUTE) * 1000;
    else if (d.channel === 'LETTER') at = this.officeAfter(b.ms, HOUR, 30 * HOUR);
    else at = rng.chance(0.8) ? this.deskAfter(b.ms, 10 * MINUTE, 8 * HOUR) : this.deskAfter(b.ms, 8 * HOUR, 50 * HOUR);
    const answer = d.kind === 'CONSULTATION' ? d.matter.answer : rng.pick(d.kind === 'SUGGESTION' ? DIRECT_SUGGESTION_ANSWERS : DIRECT_REQUEST_ANSWERS);
    if (!b.reply(at, this.text(answer, d), receiver)) return;
    this.afterReply(b, d, 0);
  }

  /** The 承办单位 for the matter: a department by keyword, or the township government of the place; null when none is left. */
  private assigneeFor(d: Draft, exclude: readonly string[] = []): Assignee | null {
    const rng = this.rng;
    const township = this.view.townshipOf.get(d.location.path);
    const townshipAssignee = (t: UnitRef): Assignee => ({ kind: 'ORG_UNIT', id: t.id, name: `${t.name}人民政府`, path: t.path, departmentId: null });
    const townshipFree = township !== undefined && !exclude.includes(township.id);
    if (townshipFree && rng.chance(d.matter.township)) return townshipAssignee(township);
    const keywords = d.matter.to;
    const candidates = (keyword: string) => (this.departmentsByKeyword.get(keyword) ?? []).filter((x) => !exclude.includes(x.id));
    let found: DepartmentRef | undefined;
    if (keywords.length > 0) {
      // The first keyword names the usual department.
      const keyword = rng.weighted(keywords.map((k, i) => [k, i === 0 ? 0.75 : 0.25 / (keywords.length - 1)] as const));
      const list = candidates(keyword);
      if (list.length > 0) found = rng.pick(list);
    }
    for (const keyword of keywords) found ??= candidates(keyword)[0];
    if (!found && townshipFree) return townshipAssignee(township);
    const rest = this.view.departments.filter((x) => !exclude.includes(x.id));
    found ??= rest.length > 0 ? rng.pick(rest) : undefined;
    return found ? { kind: 'DEPARTMENT', id: found.id, name: found.name, path: found.orgUnit.path, departmentId: found.id } : null;
  }

  private dispatch(b: Builder, atMs: number, assignee: Assignee, desk: Staff, priority: Priority): boolean {
    const from = Math.max(atMs, b.ms);
    if (!(from <= this.endMs)) return b.stop();
    const signDue = this.dueAfter(from, this.limits[priority].sign);
    const returnDue = this.dueAfter(from, RETURN_WINDOW);
    if (!Number.isFinite(signDue) || !Number.isFinite(returnDue)) return b.stop();
    const note = this.rng.pick(DISPATCH_NOTES);
    return b.emit(from, 'DISPATCHED', { assignee, note, signDueAt: new Date(signDue).toISOString(), returnDueAt: new Date(returnDue).toISOString() }, desk);
  }

  /** When the receiving side's desk gets to it: township centres and letters in office hours, the county hotline's desk every day. */
  private deskTime(d: Draft, from: number, gapMin: number, gapMax: number): number {
    return d.receivedUnit.id !== this.view.county.id || d.channel === 'LETTER' ? this.officeAfter(from, gapMin, gapMax) : this.deskAfter(from, gapMin, gapMax);
  }

  /** 派单 → (退单 → 派单) → 签收 → 答复 → 回访, or left open and overdue at `end` (perhaps 督办). */
  private handle(b: Builder, d: Draft, round: number): void {
    const rng = this.rng;
    const urgent = this.urgent(d.priority);
    const dispatchAt = urgent ? b.ms + rng.int(2 * MINUTE, 15 * MINUTE) * 1000 : this.deskTime(d, b.ms, 10 * MINUTE, 2 * HOUR);
    let assignee = this.assigneeFor(d)!;
    if (!this.dispatch(b, dispatchAt, assignee, this.actors.desk(d.receivedUnit, 'dispatch'), d.priority)) return;
    let handler = this.actors.handler(assignee);

    const other = d.returned ? this.assigneeFor(d, b.agg!.dispatches.map((x) => x.assignee.id)) : null;
    if (other) {
      // 退单 within the window (RETURN_WINDOW), then the desk dispatches it elsewhere.
      const returnDue = b.agg!.dispatches[b.agg!.dispatches.length - 1]!.returnDueAt.getTime();
      let returnAt = this.officeAfter(b.ms, 30 * MINUTE, 4 * HOUR);
      if (returnAt > returnDue) returnAt = Math.max(b.ms, returnDue - rng.int(MINUTE, HOUR) * 1000);
      if (!b.emit(returnAt, 'RETURNED', { reason: rng.pick(RETURN_REASONS).replace('{other}', other.name) }, handler)) return;
      assignee = other;
      if (!this.dispatch(b, this.deskTime(d, b.ms, 20 * MINUTE, 3 * HOUR), assignee, this.actors.desk(d.receivedUnit, 'dispatch'), d.priority)) return;
      handler = this.actors.handler(assignee);
    }

    if (!(d.openOverdue && d.unsigned)) {
      const signDue = b.agg!.dispatches[b.agg!.dispatches.length - 1]!.signDueAt.getTime();
      let signAt: number;
      if (urgent) {
        signAt = d.signLate ? signDue + rng.int(5 * MINUTE, HOUR) * 1000 : b.ms + rng.next() ** 1.5 * (signDue - b.ms - 60_000);
      } else if (d.signLate) {
        signAt = this.officeOn(this.workingAfter(this.dayOf(signDue), rng.int(1, 2)));
      } else {
        signAt = rng.chance(0.65) ? this.officeAfter(b.ms, 5 * MINUTE, 3 * HOUR) : this.officeOn(this.workingAfter(this.dayOf(b.ms), 1));
        if (signAt > signDue) signAt = this.officeBetween(b.ms + 60_000, signDue - 60_000);
      }
      if (!b.emit(signAt, 'SIGNED', { note: rng.pick(SIGN_NOTES) }, handler)) return;
    }

    if (d.openOverdue) {
      // Still awaiting the reply at `end`; the supervision office presses some of them.
      if (d.escalateOpen) this.escalate(b, d, assignee);
      return;
    }
    let replyAt = d.replyLate ? undefined : this.onTime(b, d);
    if (replyAt === undefined && d.escalateLate) {
      if (!this.escalate(b, d, assignee)) return;
      // Most answer by the new deadline.
      if (rng.chance(0.7)) replyAt = this.onTime(b, d);
    }
    if (replyAt === undefined) {
      const due = b.agg!.replyDueAt.getTime();
      replyAt = urgent ? due + rng.int(10 * MINUTE, 6 * HOUR) * 1000 : this.officeOn(this.workingAfter(this.dayOf(due), rng.int(1, d.priority === 'COMPLEX' ? 6 : 3)));
    }
    if (!b.reply(replyAt, this.text(round === 0 ? d.matter.answer : rng.pick(REOPEN_ANSWERS), d), handler)) return;
    this.afterReply(b, d, round);
  }

  /** A reply moment by the deadline standing now. */
  private onTime(b: Builder, d: Draft): number {
    const due = b.agg!.replyDueAt.getTime();
    if (this.urgent(d.priority)) return b.ms + (0.1 + 0.9 * this.rng.next() ** 1.3) * Math.max(0, due - b.ms - 60_000);
    return this.officeBetween(b.ms + 20 * MINUTE * 1000, due - 60_000);
  }

  /** 督办 once the reply is overdue, with a new deadline (3 working days, or the class's own hours). */
  private escalate(b: Builder, d: Draft, assignee: Assignee): boolean {
    const rng = this.rng;
    const due = Math.max(b.agg!.replyDueAt.getTime(), b.ms);
    const urgent = this.urgent(d.priority);
    // The red card is seen at once for urgent classes, within days otherwise.
    const at = Math.max(b.ms, urgent ? due + rng.int(5 * MINUTE, 40 * MINUTE) * 1000 : this.officeOn(this.workingAfter(this.dayOf(due), rng.int(1, 4))));
    if (!(at <= this.endMs)) return b.stop();
    const limit: TimeLimit = urgent ? this.limits[d.priority].reply : { unit: 'WORKING_DAYS', amount: 3 };
    const newDue = this.dueAfter(at, limit);
    if (!Number.isFinite(newDue)) return b.stop();
    const dueText = urgent ? localMinute(new Date(newDue)) : toLocalDate(new Date(newDue));
    const note = `该诉求已超过答复时限，请${assignee.name}于${dueText}前办结答复，并书面说明超期原因。`;
    return b.emit(at, 'ESCALATED', { note, replyDueAt: new Date(newDue).toISOString() }, this.actors.supervisor());
  }

  /** 回访 (up to three attempts) and 办结, or 重办 after a dissatisfied callback. */
  private afterReply(b: Builder, d: Draft, round: number): void {
    const rng = this.rng;
    if (b.truncated) return;
    const desk = this.actors.desk(d.receivedUnit, 'callback');
    const direct = b.agg!.replies[b.agg!.replies.length - 1]!.direct;
    if (!d.contact?.phone) {
      const reason = d.contact ? '诉求人未留联系电话，已书面答复，办结' : '匿名举报，无法回访，按规定办结';
      b.emit(this.deskAfter(b.ms, 30 * MINUTE, 24 * HOUR), 'CLOSED', { reason, automatic: false }, desk);
      return;
    }
    if (round === 0 && !rng.chance(direct ? P_CALLBACK_DIRECT : P_CALLBACK_DISPATCHED)) {
      const reason = direct ? '已即时答复，诉求人无异议，办结' : '承办单位已答复，诉求人已知悉，办结';
      b.emit(this.deskAfter(b.ms, 10 * MINUTE, 4 * HOUR), 'CLOSED', { reason, automatic: false }, desk);
      return;
    }
    for (let attempt = 0; attempt < REACH.length; attempt++) {
      const at = attempt === 0 ? this.deskAfter(b.ms, HOUR, direct ? 30 * HOUR : 60 * HOUR) : this.deskAfter(b.ms, 3 * HOUR, 26 * HOUR);
      if (!rng.chance(REACH[attempt]!)) {
        if (!b.emit(at, 'CALLED_BACK', { reached: false, satisfaction: null, note: rng.pick(UNREACHED_NOTES) }, desk)) return;
        continue;
      }
      const level = rng.weighted(round === 0 ? SATISFACTION : SATISFACTION_AFTER_REOPEN);
      if (!b.emit(at, 'CALLED_BACK', { reached: true, satisfaction: level, note: rng.pick(CALLBACK_NOTES[level]) }, desk)) return;
      // The lifecycle closed it, or reopened it (重办).
      if (b.state === 'REOPENED') this.reopened(b, d, round + 1);
      return;
    }
    b.emit(this.deskAfter(b.ms, HOUR, 6 * HOUR), 'CLOSED', { reason: '三次回访均未联系上诉求人，按规定办结', automatic: false }, desk);
  }

  /** 重办: the assignee answers again; a request first answered directly is dispatched this time. */
  private reopened(b: Builder, d: Draft, round: number): void {
    const rng = this.rng;
    const assignee = b.agg!.assignee;
    const late = rng.chance(P_REOPEN_LATE);
    if (!assignee) {
      this.handle(b, { ...d, direct: false, returned: false, signLate: false, replyLate: late, escalateLate: false, openOverdue: false, escalateOpen: false, unsigned: false }, round);
      return;
    }
    const due = b.agg!.replyDueAt.getTime();
    const replyAt = !late
      ? this.onTime(b, d)
      : this.urgent(d.priority)
        ? due + rng.int(10 * MINUTE, 3 * HOUR) * 1000
        : this.officeOn(this.workingAfter(this.dayOf(due), rng.int(1, 3)));
    if (!b.reply(replyAt, rng.pick(REOPEN_ANSWERS), this.actors.handler(assignee))) return;
    this.afterReply(b, d, round);
  }

  /** Appends each repeat's DUPLICATE_LINKED in time order and proposes the whole history again. */
  private linkDuplicates(c: DemoComplaint, links: readonly Link[]): void {
    const merged: NewComplaintEvent[] = [];
    let next = 0;
    const sorted = [...links].sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const e of c.events) {
      while (next < sorted.length && sorted[next]!.at.getTime() < e.at.getTime()) merged.push(this.linkEvent(sorted[next++]!));
      merged.push(e);
    }
    while (next < sorted.length) merged.push(this.linkEvent(sorted[next++]!));
    c.events = replayHistory(c.id, merged, this.end, this.lifecycle);
  }

  private linkEvent(link: Link): NewComplaintEvent {
    const { actor } = link;
    return { type: 'DUPLICATE_LINKED', at: link.at, actor: { id: actor.id, name: actor.name, role: actor.role }, unitPath: actor.unitPath, data: link.data };
  }

  // -- call records -----------------------------------------------------------

  /** A year of calls on the county's lines: one answered call per phone request, more answered calls without one, some abandoned. */
  private calls(complaints: readonly DemoComplaint[]): DemoCallRecord[] {
    const rng = new Rng(this.rng.uint32() ^ 0xca11);
    const county = this.view.county;
    const perDay = new Map<PhoneLine, Map<number, { ms: number; kind: ComplaintKind }[]>>([
      ['HOTLINE_12345', new Map()],
      ['HOTLINE_114', new Map()],
    ]);
    for (const c of complaints) {
      const r = c.events[0]!;
      if (r.type !== 'RECEIVED' || (r.data.channel !== 'HOTLINE_12345' && r.data.channel !== 'HOTLINE_114')) continue;
      const days = perDay.get(r.data.channel)!;
      const day = this.dayOf(r.at.getTime());
      const list = days.get(day) ?? [];
      list.push({ ms: r.at.getTime(), kind: r.data.kind });
      days.set(day, list);
    }
    const answeredWait = (congested: boolean) => {
      const x = rng.next();
      const s = x < 0.62 ? rng.int(2, 8) : x < 0.86 ? rng.int(9, 15) : x < 0.95 ? rng.int(16, 40) : x < 0.99 ? rng.int(41, 120) : rng.int(121, 300);
      return congested ? Math.round(s * 1.3) : s;
    };
    const abandonedWait = () => {
      const x = rng.next();
      return x < 0.6 ? rng.int(3, 20) : x < 0.9 ? rng.int(21, 60) : rng.int(61, 180);
    };
    const drafts: Omit<DemoCallRecord, 'id' | 'externalRef'>[] = [];
    const push = (line: PhoneLine, startMs: number, answered: boolean, waitSeconds: number, talkSeconds: number) => {
      if (!(startMs <= this.endMs)) return;
      const startedAt = new Date(startMs);
      drafts.push({ orgUnitId: county.id, orgPath: county.path, line, startedAt, startedOn: toLocalDate(startedAt), answered, waitSeconds, talkSeconds });
    };
    for (const [line, days] of perDay) {
      const hours = line === 'HOTLINE_12345' ? PHONE_HOURS : LINE_114_HOURS;
      const hourPool = hours.map((w, h) => [h, w] as const);
      const [lo, hi] = TICKETS_PER_ANSWERED_CALL[line];
      for (let day = 0; day <= this.endDay; day++) {
        const requests = days.get(day) ?? [];
        // Monday mornings and the odd busy day (a burst main, a policy deadline) queue callers.
        const congested = (this.days[day]!.weekday === 1 && rng.chance(0.5)) || rng.chance(0.05);
        const n = requests.length;
        const answeredCalls = n === 0 ? (line === 'HOTLINE_12345' ? rng.int(0, 1) : 0) : Math.max(n, Math.round(n / (lo + rng.next() * (hi - lo)) + rng.next() - 0.5));
        const abandonRate = (congested ? 0.045 : 0.025) + rng.next() * 0.015;
        const abandoned = Math.round((answeredCalls * abandonRate) / (1 - abandonRate) + rng.next() - 0.5);
        for (const r of requests) {
          const wait = answeredWait(congested);
          const talk = r.kind === 'CONSULTATION' ? rng.int(60, 330) : rng.int(150, 720);
          // The request is registered while the citizen is still on the line.
          push(line, r.ms - (wait + rng.int(20, Math.max(21, Math.floor(talk * 0.8)))) * 1000, true, wait, talk);
        }
        const at = () => this.at(day, rng.weighted(hourPool) * HOUR + rng.int(0, HOUR - 1));
        for (let n = requests.length; n < answeredCalls; n++) push(line, at(), true, answeredWait(congested), rng.int(15, 240));
        for (let n = 0; n < abandoned; n++) push(line, at(), false, abandonedWait(), 0);
      }
    }
    drafts.sort((a, b) => a.startedAt.getTime() - b.startedAt.getTime() || (a.line < b.line ? -1 : a.line > b.line ? 1 : 0));
    const seq = new Map<string, number>();
    return drafts.map((c) => {
      const key = `${c.line}|${c.startedOn}`;
      const n = (seq.get(key) ?? 0) + 1;
      seq.set(key, n);
      const prefix = c.line === 'HOTLINE_12345' ? '12345' : '114';
      return { id: uuidFrom(rng), externalRef: `${prefix}-${c.startedOn.replaceAll('-', '')}-${pad(n, 5)}`, ...c };
    });
  }
}

/**
 * Proposes a history again from its receipt, in order, through the lifecycle rules: the events
 * to store, exactly what the rules append. Throws if any step is refused or the rules would now
 * trigger something else than what follows.
 */
export function replayHistory(id: string, events: readonly NewComplaintEvent[], now: Date, options: LifecycleOptions): NewComplaintEvent[] {
  const [first, ...rest] = events;
  if (!first || first.type !== 'RECEIVED') throw new Error(`demo request ${id}: history must start with RECEIVED`);
  const errors = validateReceipt(first, now);
  if (errors.length > 0) throw new Error(`demo request ${id}: receipt refused: ${errors.map((e) => e.rule).join('; ')}`);
  const agg = foldComplaint(id, numbered<ComplaintEvent>(0, [first]));
  const out: NewComplaintEvent[] = [first];
  for (let i = 0; i < rest.length; ) {
    const proposal = proposeEvent(agg, rest[i]!, now, options);
    if (!proposal.ok) throw new Error(`demo request ${id}: ${rest[i]!.type} refused on replay: ${proposal.errors.map((e) => e.rule).join('; ')}`);
    for (let j = 1; j < proposal.events.length; j++) {
      if (rest[i + j]?.type !== proposal.events[j]!.type) throw new Error(`demo request ${id}: replay triggers ${proposal.events[j]!.type}, history has ${rest[i + j]?.type}`);
    }
    out.push(...proposal.events);
    foldMore(agg, numbered<ComplaintEvent>(agg.version, proposal.events), true);
    i += proposal.events.length;
  }
  return out;
}

/**
 * Generates `count` requests received over the 12 months before `end`, ordered by receipt, and
 * the county hotline's calls for the same year. Pure and deterministic: the same catalogue,
 * options and seed give the same requests, ids and calls.
 */
export function generateDemoComplaints(catalogue: Catalogue, options: DemoComplaintOptions): DemoComplaints {
  return new Generator(catalogue, options).generate(options.count ?? DEFAULT_DEMO_COMPLAINT_COUNT);
}
