// A year of demo 行政审批 activity for one county: deterministic (seeded PRNG, no Math.random,
// no clock, no I/O), built from the departments subgraph's catalogue.
//
// Every history is built the way the API builds one: the receipt is checked by validateReceipt,
// every further event is proposed to the fold of the events so far (proposeEvent) and the events
// it returns are appended — so parallel cases get their automatic decision from the lifecycle
// rules, and a history the rules refuse is a bug here and throws.
//
// The mix (shares of all cases; see DOMAIN.md "Approvals"):
//   channels: county window 47%, township centre window 8% (forwarded to the county department),
//   online 30%, village agency point 15% (village → township → county department, 四级联动);
//   不予受理 2%, 退回 1%, 撤回 1%, 并联审批 3%, decided late ~2.5%, still open and overdue at
//   the end ~1%, 不予许可 ~3%; clock stops ~8% (mostly 补正), extensions ~1%; 好差评 on ~70% of decided
//   cases (5: 80%, 4: 15%, 3: 3%, 2: 1.5%, 1: 0.5%) and every 差评 called back and rectified,
//   except the most recent ones. Events that would fall after `end` are not generated, which
//   leaves the natural number of open cases of the last weeks.
import {
  addCalendarDays,
  CLOCK_STOP_REASON_LABELS,
  type ClockStopReason,
  type LocalDate,
  parseLocalDate,
  toLocalDate,
  type WorkingCalendar,
} from '../../shared/calendar';
import { mobile, personName, Rng, uuidFrom, WeightedPool } from '../../shared/demo-random';
import type { Catalogue, DepartmentRef, ItemRef, UnitRef } from '../../shared/departments-directory';
import { creditCodeCheck, residentIdCheck } from '../domain/applicant';
import { foldCase, foldMore, type CaseAggregate } from '../domain/case-aggregate';
import type { Actor, CaseEventType, DepartmentRefData, EventDataByType, NewCaseEvent, UnitRefData } from '../domain/case-events';
import { proposeEvent, validateReceipt } from '../domain/case-lifecycle';
import type { ApplicantKind, Channel, RatingChannel } from '../domain/case-state';
import { numbered } from '../domain/event-rows';

export interface DemoCase {
  id: string;
  events: NewCaseEvent[];
}

export interface DemoCaseOptions {
  /** The generated year ends here: no event is later. */
  end: Date;
  /** Number of cases (default 30 000). */
  count?: number;
  seed?: number;
  calendar: WorkingCalendar;
}

export const DEFAULT_DEMO_CASE_COUNT = 30_000;

// ---------------------------------------------------------------------------
// Mix (shares of all cases)
// ---------------------------------------------------------------------------

type Fate = 'NORMAL' | 'LATE' | 'OPEN_OVERDUE' | 'PARALLEL' | 'NOT_ACCEPTED' | 'RETURNED' | 'WITHDRAWN';

const FATES: readonly [Fate, number][] = [
  ['NOT_ACCEPTED', 0.02],
  ['RETURNED', 0.01],
  ['WITHDRAWN', 0.01],
  ['PARALLEL', 0.03],
  // Open cases received in the last weeks that were meant to be late add a little to this.
  ['OPEN_OVERDUE', 0.01],
  ['LATE', 0.022],
  ['NORMAL', 0.898],
];
/** Share of all cases in fates that reach a decision (NORMAL, LATE, PARALLEL). */
const DECIDING_SHARE = 0.898 + 0.022 + 0.03;
const P_CLOCK_STOP = 0.075 / DECIDING_SHARE; // plus withdrawals during a 补正 stop ≈ 8%
const P_EXTENSION = 0.01 / 0.898;
const P_REFUSED = 0.03 / DECIDING_SHARE;

type ChannelChoice = 'COUNTY_WINDOW' | 'TOWNSHIP_WINDOW' | 'ONLINE' | 'AGENCY_POINT';
const CHANNELS: readonly [ChannelChoice, number][] = [
  ['COUNTY_WINDOW', 0.47],
  ['TOWNSHIP_WINDOW', 0.08],
  ['ONLINE', 0.3],
  ['AGENCY_POINT', 0.15],
];

const RATING_LEVELS: readonly [number, number][] = [
  [5, 0.8],
  [4, 0.15],
  [3, 0.03],
  [2, 0.015],
  [1, 0.005],
];
const P_RATED_DECIDED = 0.7;
const P_RATED_CLOSED = 0.25;

const STOP_REASONS: readonly [ClockStopReason, number][] = [
  ['CORRECTION', 0.72],
  ['TESTING', 0.08],
  ['EXPERT_REVIEW', 0.08],
  ['HEARING', 0.04],
  ['INSPECTION', 0.04],
  ['APPRAISAL', 0.02],
  ['QUARANTINE', 0.02],
];
/** Working days a stop lasts, by reason. */
const STOP_LENGTH: Readonly<Record<ClockStopReason, [number, number]>> = {
  CORRECTION: [1, 12],
  HEARING: [8, 20],
  TENDER: [10, 20],
  AUCTION: [10, 20],
  INSPECTION: [3, 10],
  TESTING: [4, 15],
  QUARANTINE: [2, 6],
  APPRAISAL: [5, 15],
  EXPERT_REVIEW: [5, 15],
};

// Office hours (seconds of the local day): 08:30–12:00 and 14:30–17:30.
const DAY_START = 8 * 3600 + 30 * 60;
const LUNCH_START = 12 * 3600;
const LUNCH_END = 14 * 3600 + 30 * 60;
const DAY_END = 17 * 3600 + 30 * 60;
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

// ---------------------------------------------------------------------------
// Names and identifiers
// ---------------------------------------------------------------------------

const COMPANY_BRANDS = [
  '鑫源', '华瑞', '兴旺', '湘北', '洞庭', '金穗', '锦程', '宏达', '安澜', '丰泽', '恒通', '顺发', '绿源', '渔丰',
  '书院', '深柳', '澧水', '楚韵', '惠民', '永盛', '稻香', '荷韵', '德康', '福泰', '嘉禾', '润田', '长丰', '盛世',
] as const;
const COMPANY_TRADES = [
  '农业开发', '商贸', '建筑工程', '水产养殖', '机械制造', '粮油', '物流', '餐饮管理', '建材', '电子科技', '食品',
  '纺织', '医药连锁', '家居', '生态农业', '汽车服务', '文化传媒', '劳务', '再生资源', '棉业',
] as const;

/** 居民身份证号码: region 430721, birth date, sequence (odd for men), check character. */
function residentId(rng: Rng, region: string, birth: LocalDate, male: boolean): string {
  const seq = rng.digits(2) + String(rng.int(0, 4) * 2 + (male ? 1 : 0));
  const first17 = region + birth.replaceAll('-', '') + seq;
  return first17 + residentIdCheck(first17);
}

const ORG_CODE_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** 统一社会信用代码: 9 (市场监管) + class, region, 组织机构代码 with its GB 11714 check, check character. */
function creditCode(rng: Rng, region: string, orgClass: '1' | '2' | '3'): string {
  const body = rng.digits(8);
  const sum = ORG_CODE_WEIGHTS.reduce((acc, w, i) => acc + w * Number(body[i]), 0);
  const c = 11 - (sum % 11);
  const orgCheck = c === 10 ? 'X' : c === 11 ? '0' : String(c);
  const first17 = `9${orgClass}${region}${body}${orgCheck}`;
  return first17 + creditCodeCheck(first17);
}


// ---------------------------------------------------------------------------
// Texts
// ---------------------------------------------------------------------------

const NOT_ACCEPTED_REASONS = [
  '申请事项不属于本机关职权范围，已告知申请人向有关行政机关申请',
  '申请人不具备法定申请资格',
  '申请材料存在重大缺陷，经一次性告知后逾期未补正',
  '申请事项依法不需要取得行政许可',
  '同一事项已有在办件，不予重复受理',
];
const RETURNED_REASONS = [
  '申请材料不符合法定形式，退回申请人修改后重新提交',
  '申请人提交的证明材料与原件不符，予以退回',
  '申请表填写信息有误，退回申请人重新申报',
];
const WITHDRAWN_REASONS = ['申请人书面申请撤回', '申请人因情况变化主动撤回申请'];
const WITHDRAWN_DURING_CORRECTION = '申请人未能在补正期限内补齐材料，书面申请撤回';
const CORRECTION_MATERIALS = [
  '申请人身份证明复印件',
  '营业执照副本复印件',
  '房屋权属证明',
  '申请表签字页',
  '现场照片',
  '授权委托书',
  '场地平面布置图',
  '户口簿复印件',
  '相关资质证明',
];
const STOP_NOTES: Readonly<Record<ClockStopReason, string>> = {
  CORRECTION: '',
  HEARING: '依申请人要求举行听证',
  TENDER: '依法组织招标',
  AUCTION: '依法组织拍卖',
  INSPECTION: '委托开展现场检验',
  TESTING: '送县产品质量检验检测机构检测',
  QUARANTINE: '委托动物卫生监督机构检疫',
  APPRAISAL: '委托第三方机构鉴定',
  EXPERT_REVIEW: '组织专家评审',
};
const EXTENSION_REASONS = [
  '需组织现场核查，承诺时限内无法作出决定',
  '涉及多个部门会商，需延长办理期限',
  '申请事项情况复杂，需进一步审查',
];
const REFUSAL_NOTES = [
  '经审查，申请人不符合法定条件',
  '经现场核查，不符合许可要求',
  '不符合相关规划及技术规范要求',
  '申请材料反映的情况与实际不符',
];
const GOOD_COMMENTS = ['办事效率高，服务热情', '一次办好，很方便', '窗口人员耐心细致', '流程清楚，不用跑腿', '代办员上门服务，点赞'];
const MIDDLE_COMMENTS = ['等待时间有点长', '材料要求可以再简化', '总体还行'];
const BAD_COMMENTS = ['多次补交材料，来回跑了好几趟', '等待时间太长，没有及时告知进度', '窗口人员态度生硬', '办理超过了承诺时限', '电话一直没人接'];
const CALLBACK_NOTES_REACHED = [
  '已电话回访申请人，了解不满意原因并致歉，申请人表示理解',
  '已电话回访，申请人反映等待时间长，已记录并转办理部门',
  '已上门回访，听取申请人意见建议',
];
const CALLBACK_NOTE_UNREACHED = '多次电话联系未接通，已发送短信告知整改渠道和监督电话';
const IMMEDIATE_MEASURES = [
  '已对窗口工作人员进行批评教育，当场向申请人致歉并解释政策',
  '已为申请人开通绿色通道，当场办结相关事项',
  '已补充一次性告知清单，向申请人说明办理进度',
];
const LEDGER_MEASURES = [
  '优化材料清单，推行容缺受理，纳入整改台账',
  '增设窗口并调整排班，缩短等候时间，纳入整改台账',
  '完善办件进度短信提醒，纳入整改台账',
  '组织窗口人员服务规范培训，纳入整改台账',
];
const RECTIFIED_NOTES = ['整改措施已落实，经回访申请人表示满意', '整改完成，已在科室会议通报', '相关制度已修订并公开，整改完成'];

// ---------------------------------------------------------------------------
// Catalogue view
// ---------------------------------------------------------------------------

interface CountyView {
  county: UnitRef;
  townships: UnitRef[];
  villages: { unit: UnitRef; township: UnitRef | null }[];
  departments: DepartmentRef[];
  departmentById: Map<string, DepartmentRef>;
  items: ItemRef[];
}

function countyView(catalogue: Catalogue): CountyView {
  const counties = catalogue.units.filter((u) => u.tier === 'COUNTY' && u.active);
  const depts = (c: UnitRef) => catalogue.departments.filter((d) => d.active && d.orgUnit.path === c.path);
  // The county whose departments there are (the catalogue may hold a city above it).
  const county = [...counties].sort((a, b) => depts(b).length - depts(a).length || (a.path < b.path ? -1 : 1))[0];
  if (!county) throw new Error('demo cases: the catalogue has no county');
  const departments = depts(county);
  if (departments.length === 0) throw new Error(`demo cases: ${county.name} has no departments`);
  const departmentById = new Map(departments.map((d) => [d.id, d]));
  const inCounty = (u: UnitRef) => u.active && u.path.startsWith(county.path) && u.path !== county.path;
  const townships = catalogue.units.filter((u) => inCounty(u) && u.tier === 'TOWNSHIP');
  const townshipByPath = new Map(townships.map((t) => [t.path, t]));
  const villages = catalogue.units
    .filter((u) => inCounty(u) && u.tier === 'VILLAGE')
    .map((unit) => {
      const parentPath = unit.path.slice(0, unit.path.slice(0, -1).lastIndexOf('/') + 1);
      return { unit, township: townshipByPath.get(parentPath) ?? null };
    });
  const items = catalogue.items.filter(
    (i) =>
      i.active &&
      departmentById.has(i.department.id) &&
      Number.isInteger(i.promisedDays) &&
      (i.kind === 'IMMEDIATE' ? i.promisedDays === 0 : i.promisedDays >= 1),
  );
  if (items.length === 0) throw new Error(`demo cases: ${county.name} has no service items`);
  return { county, townships, villages, departments, departmentById, items };
}

// ---------------------------------------------------------------------------
// Actors
// ---------------------------------------------------------------------------

interface Staff extends Actor {
  unitPath: string;
}

class Actors {
  readonly countyWindow: Staff[];
  readonly callback: Staff[];
  readonly supervisors: Staff[];
  readonly online: Staff = { id: 'demo-haochaping', name: '政务服务“好差评”系统', role: 'system', unitPath: '' };
  private readonly reviewers = new Map<string, Staff[]>();
  private readonly heads = new Map<string, string>();
  private readonly townshipStaff = new Map<string, Staff[]>();
  private readonly villageAgents = new Map<string, Staff>();

  constructor(
    private readonly rng: Rng,
    private readonly view: CountyView,
  ) {
    const county = view.county.path;
    const person = () => personName(rng, rng.chance(0.5));
    const staff = (id: string, role: string, unitPath: string): Staff => ({ id, name: person(), role, unitPath });
    this.countyWindow = Array.from({ length: 10 }, (_, i) => staff(`demo-zhck-${pad(i + 1, 2)}`, 'operator', county));
    this.callback = Array.from({ length: 2 }, (_, i) => staff(`demo-hcphf-${pad(i + 1, 2)}`, 'operator', county));
    this.supervisors = Array.from({ length: 3 }, (_, i) => staff(`demo-dcs-${pad(i + 1, 2)}`, 'supervisor', county));
    for (const d of view.departments) {
      const key = d.code.toLowerCase();
      this.reviewers.set(d.id, Array.from({ length: 3 }, (_, i) => staff(`demo-${key}-${pad(i + 1, 2)}`, 'operator', d.orgUnit.path)));
      this.heads.set(d.id, `${person()}（${d.name}分管负责人）`);
    }
    for (const t of view.townships) {
      this.townshipStaff.set(t.id, Array.from({ length: 2 }, (_, i) => staff(`demo-${t.code}-${pad(i + 1, 2)}`, 'operator', t.path)));
    }
    for (const v of view.villages) this.villageAgents.set(v.unit.id, staff(`demo-${v.unit.code}-dbd`, 'operator', v.unit.path));
    this.online.unitPath = county;
  }

  window(): Staff {
    return this.rng.pick(this.countyWindow);
  }
  reviewer(departmentId: string): Staff {
    return this.rng.pick(this.reviewers.get(departmentId)!);
  }
  head(departmentId: string): string {
    return this.heads.get(departmentId)!;
  }
  township(unitId: string): Staff {
    return this.rng.pick(this.townshipStaff.get(unitId)!);
  }
  village(unitId: string): Staff {
    return this.villageAgents.get(unitId)!;
  }
  supervisor(): Staff {
    return this.rng.pick(this.supervisors);
  }
  caller(): Staff {
    return this.rng.pick(this.callback);
  }
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------
// Days
// ---------------------------------------------------------------------------

interface Day {
  date: LocalDate;
  /** UTC instant of the local midnight. */
  midnightMs: number;
  weekday: number;
}

function localMidnightMs(d: LocalDate): number {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) - SHANGHAI_OFFSET_MS;
}

/**
 * Working days from the start of the year window to a little after `end` (as far as the calendar
 * covers). Everything is planned in indexes of this list, so "n working days later" is `i + n`.
 */
function workingDays(cal: WorkingCalendar, first: LocalDate, endDate: LocalDate): Day[] {
  const days: Day[] = [];
  const horizon = addCalendarDays(endDate, 90);
  for (let d = first; d <= horizon; d = addCalendarDays(d, 1)) {
    let working: boolean;
    try {
      working = cal.isWorkingDay(d);
    } catch (error) {
      // Past `end`, stop where the calendar's coverage stops; within the year it must cover.
      if (d > endDate) break;
      throw error;
    }
    if (working) {
      const midnightMs = localMidnightMs(d);
      days.push({ date: d, midnightMs, weekday: new Date(midnightMs + SHANGHAI_OFFSET_MS).getUTCDay() });
    }
  }
  return days;
}

// ---------------------------------------------------------------------------
// One case
// ---------------------------------------------------------------------------

interface Applicant {
  kind: ApplicantKind;
  name: string;
  phone: string | null;
  idNumber: string | null;
}

interface Plan {
  id: string;
  caseNo: string;
  fate: Fate;
  /** RETURNED / WITHDRAWN after acceptance rather than at the window. */
  late: boolean;
  stop: boolean;
  extension: boolean;
  refused: boolean;
  channel: ChannelChoice;
  unit: UnitRef;
  township: UnitRef | null;
  item: ItemRef;
  receiptDay: number;
  receiptSec: number;
}

class CaseBuilder {
  readonly events: NewCaseEvent[] = [];
  /** The fold of `events` so far, advanced event by event (refolding per step would be quadratic). */
  private aggregate: CaseAggregate | null = null;
  /** An event fell after `end`: the history stops there. */
  truncated = false;
  day: number;
  sec: number;

  constructor(
    private readonly g: Generator,
    readonly id: string,
    day: number,
    sec: number,
  ) {
    this.day = day;
    this.sec = sec;
  }

  /** A moment on working day `day` (not before the last event), in office hours where possible. */
  private moment(day: number, gap: readonly [number, number]): [number, number] {
    const rng = this.g.rng;
    if (day > this.day) return [day, this.g.officeTime()];
    let sec = this.sec + rng.int(gap[0], gap[1]);
    if (sec > DAY_END) sec = this.sec >= DAY_END ? this.sec : rng.int(this.sec, DAY_END);
    return [this.day, sec];
  }

  /**
   * Proposes the event at working day `day` (or later the same day as the last event). Returns
   * false, adding nothing, once the history has reached `end`.
   */
  emit<T extends CaseEventType>(
    day: number,
    type: T,
    data: EventDataByType[T],
    actor: Staff,
    gap: readonly [number, number] = [60, 1800],
  ): boolean {
    if (this.truncated) return false;
    const [d, sec] = this.moment(day, gap);
    const ms = d < this.g.days.length ? this.g.days[d]!.midnightMs + sec * 1000 : Number.POSITIVE_INFINITY;
    if (ms > this.g.endMs) {
      this.truncated = true;
      return false;
    }
    const event = {
      type,
      at: new Date(ms),
      actor: { id: actor.id, name: actor.name, role: actor.role },
      unitPath: actor.unitPath,
      data,
    } as NewCaseEvent;
    if (event.type === 'RECEIVED') {
      const errors = validateReceipt(event, this.g.end);
      if (errors.length > 0) throw new Error(`demo case ${this.id}: receipt refused: ${errors.map((e) => e.messageEn).join('; ')}`);
      this.events.push(event);
      this.aggregate = foldCase(this.id, numbered(0, this.events));
    } else {
      const aggregate = this.aggregate!;
      const proposal = proposeEvent(aggregate, event, this.g.end, { calendar: this.g.calendar });
      if (!proposal.ok) {
        throw new Error(
          `demo case ${this.id} (${aggregate.received.caseNo}): ${type} refused: ${proposal.errors.map((e) => `${e.rule} ${e.messageEn}`).join('; ')}`,
        );
      }
      this.aggregate = foldMore(aggregate, numbered(aggregate.version, proposal.events), true);
      this.events.push(...proposal.events);
    }
    this.day = d;
    this.sec = sec;
    return true;
  }
}

class Generator {
  readonly rng: Rng;
  readonly end: Date;
  readonly endMs: number;
  readonly endDate: LocalDate;
  readonly days: Day[];
  /** Index of the last working day on or before the end date. */
  readonly endDay: number;
  readonly view: CountyView;
  readonly actors: Actors;
  private readonly region: string;
  private readonly applicants: { PERSON: Applicant[]; ORGANISATION: Applicant[] } = { PERSON: [], ORGANISATION: [] };
  private readonly pools: Record<'all' | 'promised' | 'online' | 'onlinePromised', WeightedPool<ItemRef>>;
  readonly calendar: WorkingCalendar;
  private readonly townshipPool: WeightedPool<UnitRef>;
  private readonly villagePool: WeightedPool<CountyView['villages'][number]>;

  constructor(catalogue: Catalogue, options: DemoCaseOptions) {
    this.rng = new Rng(options.seed ?? 20261120);
    this.calendar = options.calendar;
    this.end = options.end;
    this.endMs = options.end.getTime();
    if (Number.isNaN(this.endMs)) throw new Error('demo cases: invalid end');
    this.endDate = toLocalDate(options.end);
    const first = addCalendarDays(parseLocalDate(`${Number(this.endDate.slice(0, 4)) - 1}${this.endDate.slice(4)}`.replace('-02-29', '-02-28')), 1);
    this.days = workingDays(options.calendar, first, this.endDate);
    let endDay = -1;
    this.days.forEach((d, i) => {
      if (d.date <= this.endDate) endDay = i;
    });
    // A receipt needs office hours before `end`.
    if (endDay >= 0 && this.days[endDay]!.date === this.endDate && this.days[endDay]!.midnightMs + DAY_START * 1000 > this.endMs) endDay -= 1;
    if (endDay < 0) throw new Error('demo cases: no working day in the year before end');
    this.endDay = endDay;
    this.view = countyView(catalogue);
    this.region = this.view.county.code.slice(0, 6).padEnd(6, '0');
    this.actors = new Actors(new Rng(this.rng.uint32()), this.view);

    // Popularity of items, townships and villages: fixed per run, heavy-tailed.
    const popularity = new Rng(this.rng.uint32());
    const itemWeight = new Map(this.view.items.map((i) => [i.id, Math.exp(popularity.next() * 3) * (i.kind === 'IMMEDIATE' ? 1.3 : 1)]));
    const pool = (filter: (i: ItemRef) => boolean) => new WeightedPool(this.view.items.filter(filter), (i) => itemWeight.get(i.id)!);
    this.pools = {
      all: pool(() => true),
      promised: pool((i) => i.kind === 'PROMISED'),
      online: pool((i) => i.onlineAvailable),
      onlinePromised: pool((i) => i.onlineAvailable && i.kind === 'PROMISED'),
    };
    this.townshipPool = new WeightedPool(this.view.townships, () => 0.4 + popularity.next() * 1.6);
    this.villagePool = new WeightedPool(this.view.villages, () => 0.3 + popularity.next() * 1.7);
  }

  officeTime(): number {
    const rng = this.rng;
    if (rng.chance(0.6)) {
      // Mornings are busier, peaking mid-morning.
      const x = (rng.next() + rng.next()) / 2;
      return DAY_START + Math.floor(x * (LUNCH_START - DAY_START));
    }
    return LUNCH_END + Math.floor(rng.next() * (DAY_END - LUNCH_END));
  }

  /** Latest second of day `day` at which an event may happen. */
  private lastSecond(day: number): number {
    const d = this.days[day]!;
    return Math.min(DAY_END, Math.floor((this.endMs - d.midnightMs) / 1000));
  }

  dateOf(day: number): LocalDate {
    const last = this.days[this.days.length - 1]!;
    return day < this.days.length ? this.days[day]!.date : addCalendarDays(last.date, Math.ceil(((day - this.days.length + 1) * 7) / 5));
  }

  generate(count: number): DemoCase[] {
    const rng = this.rng;
    // Receipt days weighted by weekday and season (Mondays and spring busier, 春节 quieter).
    const weekdayWeight = [0.7, 1.25, 1.1, 1, 1, 0.9, 0.7];
    const monthWeight = [0.9, 0.75, 1.15, 1.1, 1.05, 1, 0.95, 0.95, 1.05, 0.95, 1.05, 1.1];
    // days[0] is the first working day after end − 1 year.
    const receiptDays = this.days.slice(0, this.endDay + 1).map((_, i) => i);
    const dayPool = new WeightedPool(receiptDays, (i) => {
      const d = this.days[i]!;
      return weekdayWeight[d.weekday]! * monthWeight[Number(d.date.slice(5, 7)) - 1]!;
    });

    const drafts: Omit<Plan, 'id' | 'caseNo'>[] = [];
    for (let n = 0; n < count; n++) drafts.push(this.draft(dayPool));
    const atMs = (p: Omit<Plan, 'id' | 'caseNo'>) => this.days[p.receiptDay]!.midnightMs + p.receiptSec * 1000;
    const order = drafts.map((p, i) => ({ p, i, ms: atMs(p) })).sort((a, b) => a.ms - b.ms || a.i - b.i);

    const ids = new Rng(rng.uint32() ^ 0x5eed);
    const seen = new Set<string>();
    const perDay = new Map<number, number>();
    const countyCode = this.view.county.code;
    const cases: DemoCase[] = [];
    for (const { p } of order) {
      let id = uuidFrom(ids);
      while (seen.has(id)) id = uuidFrom(ids);
      seen.add(id);
      const seq = (perDay.get(p.receiptDay) ?? 0) + 1;
      perDay.set(p.receiptDay, seq);
      const caseNo = `${countyCode}-${this.days[p.receiptDay]!.date.replaceAll('-', '')}-${pad(seq, 5)}`;
      const builder = this.build({ ...p, id, caseNo });
      cases.push({ id, events: builder.events });
    }
    return cases;
  }

  // -- planning -------------------------------------------------------------

  private draft(dayPool: WeightedPool<number>): Omit<Plan, 'id' | 'caseNo'> {
    const rng = this.rng;
    let fate = rng.weighted(FATES);
    if (fate === 'PARALLEL' && (this.view.departments.length < 2 || this.pools.promised.empty)) fate = 'NORMAL';
    const deciding = fate === 'NORMAL' || fate === 'LATE' || fate === 'PARALLEL';
    const late = (fate === 'RETURNED' && rng.chance(0.5)) || (fate === 'WITHDRAWN' && rng.chance(0.6));
    const stop = deciding && rng.chance(P_CLOCK_STOP);
    const extension = fate === 'NORMAL' && rng.chance(P_EXTENSION);
    const refused = deciding && rng.chance(P_REFUSED);
    const needsPromised = fate === 'PARALLEL' || fate === 'LATE' || fate === 'OPEN_OVERDUE' || late || stop || extension;

    let channel = rng.weighted(CHANNELS);
    if (channel === 'TOWNSHIP_WINDOW' && this.townshipPool.empty) channel = 'COUNTY_WINDOW';
    if (channel === 'AGENCY_POINT' && this.villagePool.empty) channel = 'COUNTY_WINDOW';
    let items = needsPromised ? this.pools.promised : this.pools.all;
    if (channel === 'ONLINE') {
      const online = needsPromised ? this.pools.onlinePromised : this.pools.online;
      if (online.empty) channel = 'COUNTY_WINDOW';
      else items = online;
    }
    if (items.empty) throw new Error('demo cases: the catalogue has no 承诺件 items');
    const item = items.sample(rng);

    let unit = this.view.county;
    let township: UnitRef | null = null;
    if (channel === 'TOWNSHIP_WINDOW') unit = this.townshipPool.sample(rng);
    if (channel === 'AGENCY_POINT') {
      const village = this.villagePool.sample(rng);
      unit = village.unit;
      township = village.township;
    }

    let receiptDay = dayPool.sample(rng);
    if (fate === 'OPEN_OVERDUE') {
      // Accepted long enough ago to be past its due date at `end`, but not ancient.
      const latest = this.endDay - item.promisedDays - 6;
      const earliest = Math.max(0, this.endDay - 90);
      if (latest < earliest) fate = 'LATE';
      else receiptDay = rng.int(earliest, latest);
    }
    const last = this.lastSecond(receiptDay);
    let receiptSec = this.officeTime();
    if (receiptSec > last) receiptSec = rng.int(DAY_START, last);
    return { fate, late, stop, extension, refused, channel, unit, township, item, receiptDay, receiptSec };
  }

  private applicant(receiptDay: number): Applicant {
    const rng = this.rng;
    const kind: ApplicantKind = rng.chance(0.8) ? 'PERSON' : 'ORGANISATION';
    const known = this.applicants[kind];
    if (known.length > 50 && rng.chance(0.12)) return rng.pick(known);
    let applicant: Applicant;
    if (kind === 'PERSON') {
      const male = rng.chance(0.52);
      const age = rng.int(18, 78);
      const birth = addCalendarDays(this.days[receiptDay]!.date, -(age * 365 + rng.int(0, 364)));
      applicant = {
        kind,
        name: personName(rng, male),
        phone: rng.chance(0.97) ? mobile(rng) : null,
        idNumber: residentId(rng, this.region, birth, male),
      };
    } else {
      const form = rng.weighted<'1' | '2' | '3'>([
        ['1', 0.7],
        ['2', 0.2],
        ['3', 0.1],
      ]);
      const county = this.view.county.name;
      const brand = rng.pick(COMPANY_BRANDS);
      const trade = rng.pick(COMPANY_TRADES);
      const name =
        form === '1'
          ? `${county}${brand}${trade}${rng.chance(0.8) ? '有限公司' : '有限责任公司'}`
          : form === '2'
            ? `${county}${brand}${trade.slice(0, 2)}${rng.pick(['商行', '经营部', '店'])}`
            : `${county}${brand}${rng.pick(['种植', '水产养殖', '农机', '蔬菜'])}农民专业合作社`;
      applicant = {
        kind,
        name,
        phone: rng.chance(0.6) ? mobile(rng) : `0736-43${rng.digits(5)}`,
        idNumber: creditCode(rng, this.region, form),
      };
    }
    known.push(applicant);
    return applicant;
  }

  // -- building -------------------------------------------------------------

  private build(plan: Plan): CaseBuilder {
    const rng = this.rng;
    const { item, unit } = plan;
    const b = new CaseBuilder(this, plan.id, plan.receiptDay, plan.receiptSec - 1);
    const department = this.view.departmentById.get(item.department.id)!;
    const dept: DepartmentRefData = { id: department.id, path: department.orgUnit.path };
    const county: UnitRefData = { id: this.view.county.id, path: this.view.county.path };
    const channel: Channel = plan.channel === 'ONLINE' ? 'ONLINE' : plan.channel === 'AGENCY_POINT' ? 'AGENCY_POINT' : 'WINDOW';
    const receiver: Staff =
      plan.channel === 'AGENCY_POINT'
        ? this.actors.village(unit.id)
        : plan.channel === 'TOWNSHIP_WINDOW'
          ? this.actors.township(unit.id)
          : plan.channel === 'ONLINE'
            ? this.actors.window() // 网上申请 is received when a window confirms it (第31条)
            : rng.chance(0.5)
              ? this.actors.window()
              : this.actors.reviewer(dept.id);

    b.emit(
      plan.receiptDay,
      'RECEIVED',
      {
        caseNo: plan.caseNo,
        externalRef: null,
        applicant: this.applicant(plan.receiptDay),
        item: { id: item.id, code: item.code, name: item.name, kind: item.kind, promisedDays: item.promisedDays, departmentId: item.department.id },
        channel,
        unit: { id: unit.id, path: unit.path },
      },
      receiver,
      [1, 1],
    );

    // 四级联动 hand-offs up to the county department.
    const delay = (weights: readonly number[]) => rng.weighted(weights.map((w, i) => [i, w] as const));
    if (plan.fate === 'WITHDRAWN' && !plan.late && rng.chance(0.3)) {
      b.emit(b.day + delay([0.5, 0.3, 0.2]), 'WITHDRAWN', { reason: rng.pick(WITHDRAWN_REASONS) }, receiver);
      return b;
    }
    if (plan.channel === 'AGENCY_POINT') {
      const agent = this.actors.village(unit.id);
      if (plan.township) {
        const t = plan.township;
        b.emit(b.day + delay([0.5, 0.4, 0.1]), 'FORWARDED', { from: { id: unit.id, path: unit.path }, to: { id: t.id, path: t.path }, department: null, note: `村代办员代办，材料已初审，转报${t.name}便民服务中心` }, agent);
        b.emit(b.day + delay([0.5, 0.4, 0.1]), 'FORWARDED', { from: { id: t.id, path: t.path }, to: county, department: dept, note: `经${t.name}便民服务中心代理，转报${department.name}办理` }, this.actors.township(t.id));
      } else {
        b.emit(b.day + delay([0.5, 0.4, 0.1]), 'FORWARDED', { from: { id: unit.id, path: unit.path }, to: county, department: dept, note: `村代办员代办，转报${department.name}办理` }, agent);
      }
    } else if (plan.channel === 'TOWNSHIP_WINDOW') {
      b.emit(b.day + delay([0.6, 0.35, 0.05]), 'FORWARDED', { from: { id: unit.id, path: unit.path }, to: county, department: dept, note: `${unit.name}便民服务中心代理，转报${department.name}办理` }, receiver);
    }

    const reviewer = this.actors.reviewer(dept.id);
    const acceptDay =
      plan.channel === 'COUNTY_WINDOW'
        ? b.day
        : plan.channel === 'ONLINE'
          ? b.day + delay([0.4, 0.5, 0.1])
          : b.day + delay([0.5, 0.5]);

    if (plan.fate === 'NOT_ACCEPTED') {
      b.emit(acceptDay, 'NOT_ACCEPTED', { reason: rng.pick(NOT_ACCEPTED_REASONS) }, reviewer);
      this.maybeRate(b, P_RATED_CLOSED, null, plan);
      return b;
    }
    if (plan.fate === 'RETURNED' && !plan.late) {
      b.emit(acceptDay, 'RETURNED', { reason: rng.pick(RETURNED_REASONS) }, reviewer);
      this.maybeRate(b, P_RATED_CLOSED, null, plan);
      return b;
    }
    if (plan.fate === 'WITHDRAWN' && !plan.late) {
      b.emit(acceptDay, 'WITHDRAWN', { reason: rng.pick(WITHDRAWN_REASONS) }, reviewer);
      return b;
    }

    if (plan.fate === 'PARALLEL') {
      this.parallel(b, plan, dept, reviewer, acceptDay);
      return b;
    }
    const limit = item.kind === 'IMMEDIATE' ? 0 : item.promisedDays;
    if (!b.emit(acceptDay, 'ACCEPTED', { department: dept, limitDays: limit, subTasks: [] }, reviewer, [120, 1500])) return b;
    const a = b.day;

    if (item.kind === 'IMMEDIATE') {
      // 即办件: decided on the day of acceptance.
      const approved = !plan.refused;
      b.emit(a, approved ? 'APPROVED' : 'REFUSED', { note: approved ? null : rng.pick(REFUSAL_NOTES), automatic: false }, reviewer, [120, 1800]);
      this.afterDecision(b, plan, approved, dept);
      return b;
    }

    // 承诺件: 审查 then 决定, each with its own limit within the case limit.
    const L = limit;
    const reviewLimit = Math.max(1, Math.round(L * 0.6));
    const decisionLimit = Math.max(1, L - reviewLimit);
    b.emit(a, 'STAGE_STARTED', { name: '审查', limitDays: reviewLimit }, reviewer, [60, 900]);

    if (plan.fate === 'RETURNED' || plan.fate === 'WITHDRAWN') {
      if (plan.fate === 'WITHDRAWN' && rng.chance(0.5)) {
        const s = a + rng.int(0, Math.min(L - 1, 3));
        b.emit(s, 'CLOCK_STOPPED', { reason: 'CORRECTION', note: correctionNote(rng) }, reviewer);
        b.emit(s + rng.int(3, 15), 'WITHDRAWN', { reason: WITHDRAWN_DURING_CORRECTION }, reviewer);
        return b;
      }
      const day = a + rng.int(1, Math.max(1, L - 1));
      if (plan.fate === 'RETURNED') {
        b.emit(day, 'RETURNED', { reason: rng.pick(RETURNED_REASONS) }, reviewer);
        this.maybeRate(b, P_RATED_CLOSED, null, plan);
      } else {
        b.emit(day, 'WITHDRAWN', { reason: rng.pick(WITHDRAWN_REASONS) }, reviewer);
      }
      return b;
    }

    // Working days used (counted, stops excluded) at the decision.
    const extensionDays = plan.extension ? rng.int(3, 10) : 0;
    let used: number;
    if (plan.fate === 'LATE') used = L + rng.int(1, Math.max(2, Math.ceil(L * 0.4)));
    else if (plan.fate === 'OPEN_OVERDUE') used = Number.POSITIVE_INFINITY;
    else if (plan.extension) used = L + rng.int(1, extensionDays);
    else used = rng.chance(0.04) ? 0 : Math.min(L, Math.max(1, Math.round(L * (0.15 + 0.8 * rng.next() ** 1.3))));

    // Clock stop: starts within the first days (补正 notice within 5 days, 第32条), before the decision.
    let stopFrom = -1;
    let stopDays = 0;
    if (plan.stop) {
      used = Math.max(used, 1);
      const reason = rng.weighted(STOP_REASONS);
      stopFrom = rng.int(0, Math.min(used - 1, L - 1, 4));
      const [min, max] = STOP_LENGTH[reason];
      stopDays = rng.int(min, max);
      const note = reason === 'CORRECTION' ? correctionNote(rng) : STOP_NOTES[reason];
      b.emit(a + stopFrom, 'CLOCK_STOPPED', { reason, note }, reviewer);
      b.emit(a + stopFrom + stopDays, 'CLOCK_RESUMED', { note: reason === 'CORRECTION' ? '申请人已补齐材料，恢复计时' : `${CLOCK_STOP_REASON_LABELS[reason]}结束，恢复计时` }, reviewer);
    }
    /** Working day on which counted day k falls. */
    const dayOf = (k: number) => a + k + (stopFrom >= 0 && k > stopFrom ? stopDays : 0);
    const dueDay = dayOf(L + extensionDays);

    if (plan.extension) {
      b.emit(dayOf(rng.int(Math.max(0, L - 3), L - 1)), 'EXTENDED', { days: extensionDays, reason: rng.pick(EXTENSION_REASONS), approvedBy: this.actors.head(dept.id) }, reviewer);
    }

    if (plan.fate === 'OPEN_OVERDUE') {
      // Still open at `end`: some moved on to 决定, half escalated by the supervision office.
      if (rng.chance(0.4)) b.emit(Math.max(dueDay - 1, this.endDay - rng.int(0, 2)), 'STAGE_STARTED', { name: '决定', limitDays: decisionLimit }, reviewer);
      if (rng.chance(0.55)) this.escalate(b, Math.min(this.endDay, dueDay + rng.int(1, 5)), department.name);
      return b;
    }

    const decisionDay = dayOf(used);
    if (plan.fate === 'LATE' && rng.chance(0.4) && decisionDay - dueDay >= 2) {
      this.escalate(b, dueDay + 1, department.name);
    }
    if (decisionDay > a) {
      b.emit(Math.max(decisionDay - rng.int(0, Math.min(2, decisionLimit)), a + 1), 'STAGE_STARTED', { name: '决定', limitDays: decisionLimit }, reviewer);
    }
    const approved = !plan.refused;
    const decider = this.actors.reviewer(dept.id);
    b.emit(decisionDay, approved ? 'APPROVED' : 'REFUSED', { note: approved ? null : rng.pick(REFUSAL_NOTES), automatic: false }, decider);
    this.afterDecision(b, plan, approved, dept);
    return b;
  }

  /** 并联审批: sub-tasks in 2–3 departments; the last decision decides the case. */
  private parallel(b: CaseBuilder, plan: Plan, dept: DepartmentRefData, reviewer: Staff, acceptDay: number): void {
    const rng = this.rng;
    const L = plan.item.promisedDays;
    const others = this.view.departments.filter((d) => d.id !== dept.id);
    const chosen: DepartmentRefData[] = [dept];
    const wanted = Math.min(others.length, rng.chance(0.6) ? 1 : 2);
    while (chosen.length < wanted + 1) {
      const d = rng.pick(others);
      if (!chosen.some((c) => c.id === d.id)) chosen.push({ id: d.id, path: d.orgUnit.path });
    }
    const tasks = chosen.map((d, i) => ({ department: d, limitDays: i === 0 ? L : Math.max(1, Math.round(L * (0.5 + rng.next() * 0.5))) }));
    if (!b.emit(acceptDay, 'ACCEPTED', { department: dept, limitDays: L, subTasks: tasks }, reviewer, [120, 1500])) return;
    const a = b.day;
    b.emit(a, 'STAGE_STARTED', { name: '并联审查', limitDays: L }, reviewer, [60, 900]);

    const used = tasks.map((t) => (rng.chance(0.08) ? t.limitDays + rng.int(1, 3) : Math.max(1, Math.round(t.limitDays * (0.3 + 0.7 * rng.next())))));
    let stopFrom = -1;
    let stopDays = 0;
    if (plan.stop) {
      const reason = rng.weighted(STOP_REASONS);
      stopFrom = rng.int(0, Math.min(Math.min(...used) - 1, 4));
      const [min, max] = STOP_LENGTH[reason];
      stopDays = rng.int(min, max);
      b.emit(a + stopFrom, 'CLOCK_STOPPED', { reason, note: reason === 'CORRECTION' ? correctionNote(rng) : STOP_NOTES[reason] }, reviewer);
      b.emit(a + stopFrom + stopDays, 'CLOCK_RESUMED', { note: '恢复计时' }, reviewer);
    }
    const refuser = plan.refused ? rng.int(0, tasks.length - 1) : -1;
    const decisions = tasks
      .map((t, i) => ({ t, i, day: a + used[i]! + (stopFrom >= 0 && used[i]! > stopFrom ? stopDays : 0) }))
      .sort((x, y) => x.day - y.day || x.i - y.i);
    for (const { t, i, day } of decisions) {
      const approved = i !== refuser;
      b.emit(day, 'SUBTASK_DECIDED', { departmentId: t.department.id, approved, note: approved ? '本部门审查通过' : `本部门审查不通过：${rng.pick(REFUSAL_NOTES)}` }, this.actors.reviewer(t.department.id));
    }
    // The last SUBTASK_DECIDED brought the automatic decision with it.
    if (!b.truncated) this.afterDecision(b, plan, refuser < 0, dept);
  }

  /** 督办 by the supervision office, with a deadline three working days on. */
  private escalate(b: CaseBuilder, day: number, departmentName: string): void {
    const dueOn = this.dateOf(Math.max(day, b.day) + 3);
    b.emit(day, 'ESCALATED', { note: `该件已超过承诺时限，请${departmentName}于${dueOn}前办结并书面说明超期原因`, dueOn }, this.actors.supervisor());
  }

  /** 送达, then 好差评 (and its follow-up). */
  private afterDecision(b: CaseBuilder, plan: Plan, approved: boolean, dept: DepartmentRefData): void {
    const rng = this.rng;
    const immediate = plan.item.kind === 'IMMEDIATE';
    let deliveredAt: 'WINDOW' | 'POST' | 'ONLINE' | null = null;
    let deliverer: Staff = this.actors.window();
    if (rng.chance(approved ? 0.92 : 0.75)) {
      let method: 'WINDOW' | 'POST' | 'ONLINE';
      let note: string;
      if (plan.channel === 'ONLINE') method = rng.weighted([['ONLINE', 0.55], ['POST', 0.35], ['WINDOW', 0.1]] as const);
      else if (plan.channel === 'AGENCY_POINT') method = rng.weighted([['WINDOW', 0.55], ['POST', 0.45]] as const);
      else method = rng.weighted([['WINDOW', 0.75], ['POST', 0.15], ['ONLINE', 0.1]] as const);
      if (method === 'WINDOW' && plan.channel === 'AGENCY_POINT') {
        deliverer = this.actors.village(plan.unit.id);
        note = '由村代办员送达申请人';
      } else if (method === 'WINDOW' && plan.channel === 'TOWNSHIP_WINDOW') {
        deliverer = this.actors.township(plan.unit.id);
        note = '申请人在便民服务中心领取';
      } else {
        note = method === 'WINDOW' ? '申请人到窗口领取' : method === 'POST' ? '邮政EMS寄递送达' : '电子证照已推送至申请人账户';
      }
      const sameDay = immediate && plan.channel === 'COUNTY_WINDOW';
      b.emit(sameDay ? b.day : b.day + rng.weighted([[0, 0.45], [1, 0.35], [2, 0.12], [3, 0.08]] as const), 'DELIVERED', { method, note }, deliverer, [30, 600]);
      deliveredAt = method;
    }
    this.maybeRate(b, P_RATED_DECIDED, deliveredAt === 'WINDOW' ? deliverer : null, plan, dept);
  }

  private maybeRate(b: CaseBuilder, p: number, onSite: Staff | null, plan: Plan, dept?: DepartmentRefData): void {
    const rng = this.rng;
    if (b.truncated || !rng.chance(p)) return;
    const level = rng.weighted(RATING_LEVELS);
    const channel: RatingChannel = onSite && rng.chance(0.85) ? 'ON_SITE' : 'ONLINE';
    const comment =
      level >= 4 ? (rng.chance(0.3) ? rng.pick(GOOD_COMMENTS) : null) : level === 3 ? rng.pick(MIDDLE_COMMENTS) : rng.pick(BAD_COMMENTS);
    const day = channel === 'ON_SITE' ? b.day : b.day + rng.weighted([[0, 0.5], [1, 0.3], [2, 0.2]] as const);
    if (!b.emit(day, 'RATED', { level, channel, comment }, channel === 'ON_SITE' ? onSite! : this.actors.online, channel === 'ON_SITE' ? [10, 120] : [60, 7200])) return;
    if (level > 2) return;

    // 差评: 回访 within two working days, then 整改 (now, or on the ledger with a deadline).
    const reached = rng.chance(0.9);
    b.emit(b.day + rng.weighted([[0, 0.3], [1, 0.5], [2, 0.2]] as const), 'CALLED_BACK', { note: reached ? rng.pick(CALLBACK_NOTES_REACHED) : CALLBACK_NOTE_UNREACHED, reached }, this.actors.caller());
    const departmentId = dept?.id ?? plan.item.department.id;
    const owner = this.actors.reviewer(departmentId);
    const planDay = b.day + rng.weighted([[0, 0.6], [1, 0.4]] as const);
    if (rng.chance(0.55)) {
      b.emit(planDay, 'RECTIFICATION_PLANNED', { mode: 'IMMEDIATE', measures: rng.pick(IMMEDIATE_MEASURES), dueOn: null }, owner);
      return;
    }
    const dueIn = rng.int(5, 15);
    const dueOn = this.dateOf(Math.max(planDay, b.day) + dueIn);
    if (!b.emit(planDay, 'RECTIFICATION_PLANNED', { mode: 'LEDGER', measures: rng.pick(LEDGER_MEASURES), dueOn }, owner)) return;
    b.emit(b.day + rng.int(2, dueIn), 'RECTIFIED', { note: rng.pick(RECTIFIED_NOTES) }, owner);
  }
}

function correctionNote(rng: Rng): string {
  const first = rng.pick(CORRECTION_MATERIALS);
  let second = rng.pick(CORRECTION_MATERIALS);
  if (second === first) second = '其他相关证明材料';
  return `一次性告知需补正材料：${first}、${second}`;
}

/**
 * Generates `count` cases received over the 12 months before `end`, ordered by receipt. Pure
 * and deterministic: the same catalogue, options and seed give the same cases and ids.
 */
export function generateDemoCases(catalogue: Catalogue, options: DemoCaseOptions): DemoCase[] {
  return new Generator(catalogue, options).generate(options.count ?? DEFAULT_DEMO_CASE_COUNT);
}
