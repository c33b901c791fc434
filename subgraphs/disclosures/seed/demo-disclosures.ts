// Several years of demo 政府信息公开 for one county: deterministic (seeded PRNG, no Math.random, no
// clock, no I/O), built from the departments subgraph's catalogue. The generator produces only what
// callers would send — requests as an application platform imports them (RequestInput with the
// steps already taken), proactive items, board postings, reviews and suits, and the annual reports'
// narratives with their publication days. load-demo-disclosures.ts writes them through the real
// write paths, so every figure shown is one the subgraph computed itself.
//
// What it contains (from 1 January 2023 to `end`):
//  - Requests (依申请公开) to the county government, to the county departments most asked about
//    (land, housing, social security …) and to some township governments, about a hundred a year,
//    mostly from natural persons. Every history is played through the pure lifecycle as it is
//    built (receipt, 补正 and its restart or lapse, consultations, extensions, answers, 督办), with
//    the deployment calendar, so the import path cannot refuse a step: most are answered on time;
//    a few late; some received in late December are answered in January (上年结转 / 结转下年度);
//    a few are open and overdue at `end`, two of them escalated.
//  - Reviews and suits (行政复议 / 行政诉讼): a handful a year on answered requests, mostly upheld,
//    some pending, one suit after a decided review.
//  - Proactive items (主动公开): the county government's and the departments' normative documents
//    (some repealed later, a few older ones still in force), monthly 双公示 decision lists, the
//    fee statements, budgets and the everyday items, about 95 % published within the limit.
//  - Boards (村务 / 乡镇政务公开): every township and village, every quarter from 2024 whose
//    deadline has passed; mostly on time, some late, a few missing, one or two townships worse.
//  - Annual reports: the report two years back published by the county government and two
//    departments (one of them after its due day), last year's left as the county's draft.
import {
  addCalendarDays,
  calendarDaysBetween,
  CalendarYearNotCoveredError,
  maxLocalDate,
  minLocalDate,
  toLocalDate,
  type LocalDate,
  type WorkingCalendar,
} from '../../shared/calendar';
import { mobile, personName, Rng, shuffled } from '../../shared/demo-random';
import type { Catalogue, DepartmentRef, UnitRef } from '../../shared/departments-directory';
import type { BoardPostingInput } from '../board-and-remedy-writes';
import { DEFAULT_DUE_DATES, reportDueOn, type DueDateRules, type NarrativeSections } from '../domain/annual-report';
import { boardDueOn, DEFAULT_BOARD_RULES, quarterEnd, type BoardRules, type Quarter } from '../domain/boards';
import { DEFAULT_PUBLISH_WORKING_DAYS, isDocument, publishDueOn, type ProactiveCategory, type ProactiveChannel } from '../domain/proactive-terms';
import {
  DEFAULT_REQUEST_LIMITS,
  foldRequest,
  proposeRequestEvent,
  receivedEvent,
  type Actor,
  type ConsultedParty,
  type DisclosureRequest,
  type LifecycleOptions,
  type RequestCommand,
  type RequestEvent,
  type RequestLimits,
} from '../domain/request-lifecycle';
import { APPLICANT_TYPES, OUTCOME_TERMS, type ApplicantType, type Outcome, type OutcomeGroup, type RemedyKind, type RequestChannel } from '../domain/request-terms';
import type { ProactiveItemInput } from '../proactive-writes';
import type { RequestInput, StepCommand } from '../request-writes';

export const DEFAULT_DEMO_DISCLOSURE_SEED = 2026;
/** The first year of activity. */
export const DEMO_FIRST_YEAR = 2023;
/** Boards are recorded from this year's first quarter on. */
export const DEMO_BOARDS_FROM = 2024;

/** A step as the demo sends it: always dated. */
export type DemoStep = StepCommand extends infer C ? (C extends StepCommand ? Omit<C, 'on'> & { on: LocalDate } : never) : never;

export interface DemoAgency {
  kind: 'ORG_UNIT' | 'DEPARTMENT';
  /** The org unit's or the department's id. */
  id: string;
  name: string;
  /** The unit's path (a department's: its unit's). */
  path: string;
}

/** What the generator meant a request to show (tests and summaries read it). */
export type RequestPlan =
  | 'NORMAL'
  | 'LATE'
  | 'EXTENDED'
  | 'CONSULTED'
  | 'CORRECTED'
  | 'LAPSED'
  | 'CARRIED'
  | 'OVERDUE'
  | 'OVERDUE_ESCALATED'
  | 'ESCALATED_ANSWERED';

export interface DemoRemedy {
  kind: RemedyKind;
  body: string;
  caseNumber: string;
  filedOn: LocalDate;
  decision: { result: 'UPHELD' | 'CORRECTED' | 'OTHER'; decidedOn: LocalDate; note: string } | null;
}

export interface DemoRequest {
  input: Omit<RequestInput, 'submittedOn' | 'recordedOn' | 'steps'> & { submittedOn: LocalDate; recordedOn: LocalDate; steps: DemoStep[] };
  agency: DemoAgency;
  plan: RequestPlan;
  /** The request as the lifecycle leaves it after the steps (what the write path will store). */
  final: DisclosureRequest;
  /** Reviews and suits on it, in filing order. */
  remedies: DemoRemedy[];
}

export interface DemoItem {
  input: Omit<ProactiveItemInput, 'createdOn' | 'publishedOn'> & { createdOn: LocalDate; publishedOn: LocalDate };
  agency: DemoAgency;
  /** Documents repealed by `end`: the day. */
  repealedOn: LocalDate | null;
}

export interface DemoPosting extends BoardPostingInput {
  postedOn: LocalDate;
  dueOn: LocalDate;
}

export interface DemoReport {
  subject: { orgUnitId: string | null; departmentId: string | null; year: number; includeSubordinates: boolean };
  agency: DemoAgency;
  narrative: NarrativeSections;
  dueOn: string;
  /** Null: a draft. */
  publishedOn: LocalDate | null;
}

export interface DemoDisclosures {
  county: UnitRef;
  /** In order of receipt. */
  requests: DemoRequest[];
  /** In order of publication. */
  items: DemoItem[];
  /** In order of posting. */
  postings: DemoPosting[];
  /** Board slots (unit × quarter due by `end`) left without a posting. */
  missingPostings: { unitId: string; year: number; quarter: number }[];
  /** Townships (with their villages) whose boards are noticeably worse kept. */
  laggards: UnitRef[];
  reports: DemoReport[];
}

export interface DemoDisclosureOptions {
  /** Nothing is dated after this instant's local day. */
  end: Date;
  calendar: WorkingCalendar;
  seed?: number;
  limits?: RequestLimits;
  publishWorkingDays?: number;
  boards?: BoardRules;
  reportDueDates?: DueDateRules;
  /** Boards are recorded from this year's first quarter (default DEMO_BOARDS_FROM). */
  boardsFrom?: number;
}

/** The demo's own actor when it checks steps against the lifecycle (the loader's viewer acts for real). */
const CHECK_ACTOR: Actor = { id: 'demo-check', name: '演示数据校验', role: 'system' };

// ---------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------

const day = (s: string) => s as LocalDate;
const yearOfDay = (d: LocalDate) => Number(d.slice(0, 4));
const pad = (n: number) => String(n).padStart(2, '0');
const fill = (template: string, vars: Readonly<Record<string, string | number>>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
const yuanToWan = (yuan: number) => yuan / 10_000;

/**
 * Working-day questions. A year the calendar does not cover throws CalendarYearNotCoveredError,
 * as it would in the write path: callers drop what cannot be dated rather than guess.
 */
class Days {
  constructor(
    readonly calendar: WorkingCalendar,
    private readonly rng: Rng,
  ) {}

  private readonly years = new Map<number, LocalDate[]>();

  add(d: LocalDate, n: number): LocalDate {
    return this.calendar.addWorkingDays(d, n);
  }

  /** Working days in [from, to] (none in a year the calendar does not cover). */
  list(from: LocalDate, to: LocalDate): LocalDate[] {
    const out: LocalDate[] = [];
    for (let year = yearOfDay(from); year <= yearOfDay(to); year += 1) {
      for (const d of this.ofYear(year)) if (d >= from && d <= to) out.push(d);
    }
    return out;
  }

  private ofYear(year: number): LocalDate[] {
    let list = this.years.get(year);
    if (!list) {
      list = [];
      for (let d = day(`${year}-01-01`); d <= day(`${year}-12-31`); d = addCalendarDays(d, 1)) {
        try {
          if (this.calendar.isWorkingDay(d)) list.push(d);
        } catch (error) {
          if (!(error instanceof CalendarYearNotCoveredError)) throw error;
          break;
        }
      }
      this.years.set(year, list);
    }
    return list;
  }

  /** A random working day in [from, to], or null. */
  between(from: LocalDate, to: LocalDate): LocalDate | null {
    const all = this.list(from, to);
    return all.length > 0 ? this.rng.pick(all) : null;
  }
}

const isUncovered = (error: unknown) => error instanceof CalendarYearNotCoveredError;

// ---------------------------------------------------------------------------
// Agencies and their topics
// ---------------------------------------------------------------------------

interface Profile {
  /** Matched against the department's name. */
  key: string;
  /** Weight among requests to departments. */
  requests: number;
  /** 发文字号 stem after the county's initial, e.g. 自然资发 → 安自然资发〔2025〕3号. */
  doc: string;
  topics: readonly string[];
  /** Normative documents it might issue (《…》 names). */
  documents: readonly string[];
  licensing?: boolean;
  penalties?: 'MONTHLY' | 'QUARTERLY';
  enforcement?: boolean;
  /** Collects a fee it publishes (行政事业性收费): the statement's title. */
  fee?: string;
}

const PROFILES: readonly Profile[] = [
  {
    key: '自然资源',
    requests: 24,
    doc: '自然资发',
    penalties: 'QUARTERLY',
    topics: [
      '申请公开{village}集体土地征收的“一书四方案”及征地批复',
      '申请公开{township}某地块国有建设用地使用权出让合同及出让金缴纳情况',
      '申请公开本人所在{village}宅基地审批档案',
      '申请公开{village}土地利用现状图及永久基本农田划定图',
      '申请公开{township}{year}年度土地征收成片开发方案',
      '申请公开{village}土地征收补偿安置标准及依据',
    ],
    documents: ['农村宅基地审批管理实施细则', '国有建设用地使用权出让管理办法', '耕地占补平衡指标管理办法'],
  },
  {
    key: '住房和城乡建设',
    requests: 18,
    doc: '住建发',
    fee: '城市基础设施配套费征收情况',
    topics: [
      '申请公开{year}年城区老旧小区改造项目名单及资金安排',
      '申请公开某住宅小区建设工程规划许可证及竣工验收备案材料',
      '申请公开{township}房屋征收项目的评估报告及补偿明细',
      '申请公开{year}年公共租赁住房分配名单及审核程序',
      '申请公开某楼盘商品房预售资金监管账户信息',
      '申请公开住宅专项维修资金使用审批材料',
    ],
    documents: ['住宅专项维修资金管理办法', '城区建筑垃圾处置管理办法'],
  },
  {
    key: '人力资源和社会保障',
    requests: 9,
    doc: '人社发',
    topics: [
      '申请公开{year}年事业单位公开招聘考试成绩及拟聘用人员名单',
      '申请公开被征地农民社会保障资金缴纳标准及依据',
      '申请公开对某公司拖欠农民工工资的处理情况',
      '申请公开{year}年就业创业补贴发放名单',
      '申请公开本人工伤认定决定相关材料',
    ],
    documents: ['就业创业补贴申领管理办法'],
  },
  {
    key: '农业农村',
    requests: 9,
    doc: '农发',
    topics: [
      '申请公开{year}年耕地地力保护补贴发放明细（{township}）',
      '申请公开{village}高标准农田建设项目实施方案及验收资料',
      '申请公开{year}年农机购置补贴受益对象名单',
      '申请公开{village}土地承包经营权确权登记资料',
      '申请公开{year}年稻谷目标价格补贴资金分配情况',
    ],
    documents: ['农机购置与应用补贴实施细则', '农村集体经济组织财务管理办法'],
  },
  {
    key: '市场监督管理',
    requests: 7,
    doc: '市监发',
    penalties: 'MONTHLY',
    enforcement: true,
    topics: [
      '申请公开对某超市作出的行政处罚决定书',
      '申请公开某企业食品经营许可证审批材料',
      '申请公开{year}年食品安全监督抽检结果',
      '申请公开本人投诉举报的处理结果',
      '申请公开某加油站计量器具检定记录',
    ],
    documents: ['个体工商户登记管理规定'],
  },
  {
    key: '教育',
    requests: 7,
    doc: '教发',
    topics: [
      '申请公开{year}年城区义务教育学校招生划片范围及依据',
      '申请公开某学校新建教学楼项目招标文件及中标结果',
      '申请公开{year}年教师公开招聘面试评分细则',
      '申请公开{year}年学生资助资金发放名单',
    ],
    documents: ['义务教育学校招生入学工作实施办法'],
  },
  {
    key: '民政',
    requests: 6,
    doc: '民发',
    topics: ['申请公开{village}城乡低保对象名单及评定程序记录', '申请公开{year}年{township}特困供养人员名单', '申请公开{year}年临时救助资金发放情况'],
    documents: ['临时救助实施细则'],
  },
  {
    key: '财政',
    requests: 5,
    doc: '财发',
    topics: ['申请公开{year}年县本级部门预算汇总表', '申请公开{township}{year}年度财政转移支付资金使用情况', '申请公开某项目财政资金拨付凭证'],
    documents: ['县级财政资金支付管理办法'],
  },
  {
    key: '公安',
    requests: 5,
    doc: '公发',
    topics: ['申请公开本人户籍迁移审批材料', '申请公开某交通事故认定书及相关证据材料', '申请公开{year}年城区电子警察设置位置及审批文件'],
    documents: [],
  },
  { key: '行政审批', requests: 2, doc: '审批发', licensing: true, topics: ['申请公开某企业建设项目环境影响评价文件审批材料', '申请公开某工程施工许可证审批材料'], documents: [] },
  { key: '城市管理', requests: 3, doc: '城管发', penalties: 'MONTHLY', topics: ['申请公开对某门店违法设置户外广告的处罚决定', '申请公开城区占道经营整治的执法依据'], documents: ['城区户外广告设置管理办法'] },
  { key: '卫生健康', requests: 3, doc: '卫健发', topics: ['申请公开某卫生院{year}年度药品采购情况', '申请公开{year}年基本公共卫生服务项目资金分配情况'], documents: [] },
];

const GENERIC_DEPARTMENT_TOPICS = [
  '申请公开{agency}{year}年度部门预算及“三公”经费支出情况',
  '申请公开{agency}{year}年度行政执法统计数据',
  '申请公开{agency}关于{village}有关事项的处理意见及依据',
];

const COUNTY_TOPICS = [
  '申请公开{county}人民政府关于{village}集体土地征收的征地批复及征收土地公告',
  '申请公开{county}人民政府{year}年第{n}次常务会议纪要中关于{township}项目建设的内容',
  '申请公开{county}{year}年政府工作报告重点任务分解及完成情况',
  '申请公开{county}国土空间总体规划批复文件',
  '申请公开{township}{village}房屋征收决定、补偿方案及社会稳定风险评估报告',
  '申请公开{county}{year}年县本级预算执行和其他财政收支的审计工作报告',
  '申请公开{county}城区道路提质改造项目立项批复及资金来源',
  '申请公开{county}人民政府对{village}宅基地权属争议的处理决定',
  '申请公开{county}{year}年重点民生实事项目清单及完成情况',
  '申请公开{county}人民政府与某企业签订的招商引资协议',
];

const TOWNSHIP_TOPICS = [
  '申请公开{village}{year}年度村级财务收支明细及原始凭证',
  '申请公开{village}{year}年低保评议会议记录及评定名单',
  '申请公开{village}土地流转合同及流转费用发放情况',
  '申请公开{village}村道硬化工程招投标文件及资金拨付凭证',
  '申请公开{township}{year}年防汛物资采购及发放情况',
  '申请公开{township}对{village}违法建房的处理决定',
  '申请公开{village}集体土地征收补偿款分配方案及发放名册',
  '申请公开{township}{year}年度惠农补贴资金发放明细',
];

const COUNTY_DOCUMENTS = [
  '农村村民建房管理办法',
  '城区国有土地上房屋征收与补偿实施办法',
  '县级储备粮管理办法',
  '政府投资项目管理办法',
  '城乡居民最低生活保障实施细则',
  '行政规范性文件管理规定',
  '城区停车场建设和管理办法',
  '农村人居环境整治长效管护办法',
  '重大行政决策程序规定',
  '政府购买服务管理办法',
  '被征地农民社会保障实施办法',
  '耕地保护激励办法',
  '城区养犬管理规定',
  '招商引资若干优惠政策',
  '公共资源交易管理办法',
  '地质灾害防治管理办法',
  '城市绿化管理办法',
  '殡葬管理实施办法',
  '农村饮水安全工程运行管理办法',
  '河道采砂管理办法',
  '政府性债务管理办法',
  '国有资产管理办法',
];

const GENERIC_DOCUMENTS = ['行政执法公示实施办法', '行政裁量权基准适用规则'];

/** Everyday items (the categories table 二 does not count), by category. */
const EVERYDAY: Readonly<Partial<Record<ProactiveCategory, readonly string[]>>> = {
  ORGANIZATION: ['{agency}机构职能及内设机构', '{agency}领导班子成员及分工调整', '{agency}权责清单（{year}年版）'],
  PLANNING: ['{agency}{year}年工作要点', '{agency}{prev}年工作总结和{year}年工作计划', '{agency}“十四五”专项规划中期评估报告'],
  STATISTICS: ['{agency}{year}年{month}月工作数据', '{agency}{year}年第{quarter}季度统计信息'],
  PROCUREMENT: ['{agency}办公设备采购项目成交结果公告', '{agency}{year}年度物业服务采购中标公告', '{agency}信息化建设项目采购意向公开'],
  PUBLIC_SERVICE: ['{agency}政务服务事项办事指南（{year}年版）', '{agency}关于调整窗口办理时间的公告', '{agency}便民服务事项清单'],
  PERSONNEL: ['{agency}{year}年公开选调工作人员公告', '{agency}拟任职干部任前公示', '{agency}{year}年公开招聘工作人员拟聘用人员公示'],
  OTHER: ['{agency}{year}年{month}月工作动态', '{agency}关于{year}年第{quarter}季度重点工作推进情况的通报', '{agency}{year}年人大代表建议和政协提案办理情况', '{agency}开展“{theme}”专项行动的通知'],
};
const COUNTY_EVERYDAY: Readonly<Partial<Record<ProactiveCategory, readonly string[]>>> = {
  PLANNING: ['{county}{year}年政府工作报告', '{county}{year}年国民经济和社会发展计划', '{county}{year}年重点建设项目计划'],
  STATISTICS: ['{county}{year}年{month}月主要经济指标', '{county}{prev}年国民经济和社会发展统计公报'],
  OTHER: ['{county}人民政府{year}年第{n}次常务会议', '{county}{year}年{month}月重点工作动态', '{county}关于{year}年{theme}工作情况的通报', '{county}人民政府关于{township}行政区域界线调整的公告'],
  PUBLIC_SERVICE: ['{county}政务服务中心进驻事项目录（{year}年版）', '{county}{year}年民生实事项目进展情况'],
  PERSONNEL: ['{county}人民政府任免工作人员通知（{year}年第{n}号）', '{county}{year}年公开招聘事业单位工作人员公告'],
};
const THEMES = ['安全生产大检查', '优化营商环境', '防汛抗旱', '农村人居环境整治', '食品安全', '消防安全', '信访积案化解', '森林防火'];

/** Court case numbers begin with the province's one-character name: （2025）湘0721行初12号. */
const PROVINCE_INITIALS: Readonly<Record<string, string>> = { '42': '鄂', '43': '湘', '44': '粤', '36': '赣', '52': '黔', '50': '渝' };

const CHANNEL_EXTRAS: readonly ProactiveChannel[] = ['MOBILE_NEWS', 'BOARD', 'SCREEN', 'READING_ROOM'];

// ---------------------------------------------------------------------------
// Requests: who asks, how, and what happens
// ---------------------------------------------------------------------------

const APPLICANT_WEIGHTS: readonly (readonly [ApplicantType, number])[] = [
  ['NATURAL_PERSON', 0.82],
  ['COMMERCIAL', 0.08],
  ['LEGAL_SERVICE', 0.04],
  ['RESEARCH', 0.02],
  ['PUBLIC_WELFARE', 0.02],
  ['OTHER_ORGANIZATION', 0.02],
];
const CHANNEL_WEIGHTS: readonly (readonly [RequestChannel, number])[] = [
  ['ONLINE', 0.42],
  ['IN_PERSON', 0.3],
  ['POST', 0.25],
  ['FAX', 0.03],
];
const TRADE_NAMES = ['恒信', '安达', '鑫源', '湘北', '洞庭', '兴旺', '宏远', '金穗', '锦程', '丰泽', '润田', '嘉禾'];

function organizationName(rng: Rng, type: ApplicantType, county: string, village: string): string {
  const trade = rng.pick(TRADE_NAMES);
  switch (type) {
    case 'COMMERCIAL':
      return rng.pick([`${county}${trade}置业有限公司`, `湖南${trade}建设工程有限公司`, `${county}${trade}农业开发有限公司`, `常德${trade}商贸有限公司`]);
    case 'RESEARCH':
      return rng.pick(['湖南文理学院法学院课题组', '湖南农业大学经济学院', '常德市社会科学研究所']);
    case 'PUBLIC_WELFARE':
      return rng.pick([`常德市${trade}环保志愿者协会`, `湖南省${trade}公益服务中心`]);
    case 'LEGAL_SERVICE':
      return rng.pick([`湖南${trade}律师事务所`, `常德${trade}律师事务所`, `${county}${trade}法律服务所`]);
    default:
      return rng.pick([`${village}村民委员会`, `${county}${trade}种植专业合作社`, `${county}${trade}小区业主委员会`]);
  }
}

/** Outcomes of a plain answer (the lifecycle's own OTHER_NO_CORRECTION and the after-correction one aside). */
const OUTCOME_WEIGHTS: readonly (readonly [Outcome, number])[] = [
  ['DISCLOSED', 0.44],
  ['PARTIALLY_DISCLOSED', 0.16],
  ['UNABLE_NOT_HELD', 0.15],
  ['UNABLE_NEEDS_CREATION', 0.03],
  ['NOT_PROCESSED_REPEATED', 0.07],
  ['NOT_PROCESSED_PETITION', 0.03],
  ['NOT_PROCESSED_CONFIRMATION', 0.015],
  ['NOT_PROCESSED_PUBLICATION', 0.01],
  ['NOT_PROCESSED_MASS_REQUESTS', 0.004],
  ['NOT_DISCLOSED_THIRD_PARTY', 0.02],
  ['NOT_DISCLOSED_PROCESS_INFO', 0.025],
  ['NOT_DISCLOSED_INTERNAL_AFFAIRS', 0.015],
  ['NOT_DISCLOSED_ENFORCEMENT_FILE', 0.01],
  ['NOT_DISCLOSED_QUERY_SERVICE', 0.01],
  ['NOT_DISCLOSED_THREE_SAFETIES', 0.003],
  ['NOT_DISCLOSED_STATE_SECRET', 0.003],
  ['OTHER', 0.01],
  ['OTHER_FEE_UNPAID', 0.003],
];

const OUTCOME_NOTES: Readonly<Partial<Record<Outcome, readonly string[]>>> = {
  DISCLOSED: ['已向申请人提供所申请公开的政府信息', '所申请信息已主动公开，已告知申请人获取方式和途径'],
  PARTIALLY_DISCLOSED: ['已提供可以公开的部分，涉及个人隐私的内容已作区分处理', '已公开可公开部分，其余部分涉及第三方合法权益，依法不予公开'],
  NOT_DISCLOSED_STATE_SECRET: ['经审查，所申请信息属于国家秘密，依法不予公开'],
  NOT_DISCLOSED_PROHIBITED_BY_LAW: ['所申请信息属于其他法律、行政法规禁止公开的信息，依法不予公开'],
  NOT_DISCLOSED_THREE_SAFETIES: ['所申请信息公开后可能危及国家安全、公共安全、经济安全和社会稳定，依法不予公开'],
  NOT_DISCLOSED_THIRD_PARTY: ['所申请信息涉及第三方个人隐私，第三方不同意公开，依法不予公开', '所申请信息涉及第三方商业秘密，依法不予公开'],
  NOT_DISCLOSED_INTERNAL_AFFAIRS: ['所申请信息属于内部工作流程等内部事务信息，不予公开'],
  NOT_DISCLOSED_PROCESS_INFO: ['所申请信息属于讨论记录、过程稿等过程性信息，不予公开'],
  NOT_DISCLOSED_ENFORCEMENT_FILE: ['所申请信息属于行政执法案卷，不予公开，已告知申请人依照有关法律规定查阅'],
  NOT_DISCLOSED_QUERY_SERVICE: ['所申请信息属于行政查询事项，已告知申请人按有关规定办理查询'],
  UNABLE_NOT_HELD: ['经检索，本机关未制作或获取该政府信息，已告知申请人', '经查找，本机关不掌握所申请信息，已告知申请人可向有关机关咨询'],
  UNABLE_NEEDS_CREATION: ['所申请信息需对现有信息进行加工、分析后才能形成，已告知申请人'],
  UNABLE_STILL_UNCLEAR: ['补正后申请内容仍不明确，无法确定所需政府信息，已告知申请人'],
  NOT_PROCESSED_PETITION: ['申请实为信访投诉事项，已告知申请人通过信访渠道反映'],
  NOT_PROCESSED_REPEATED: ['申请人已就相同内容提出过申请且本机关已答复，不再重复处理'],
  NOT_PROCESSED_PUBLICATION: ['所申请信息为公开出版物，已告知申请人获取途径'],
  NOT_PROCESSED_MASS_REQUESTS: ['申请人无正当理由大量、反复申请，已要求其说明理由'],
  NOT_PROCESSED_CONFIRMATION: ['申请人要求确认已获取信息的真实性，不作为政府信息公开申请处理'],
  OTHER_FEE_UNPAID: ['申请人逾期未按收费通知缴纳信息处理费，不再处理其申请'],
  OTHER: ['申请人在答复前书面撤回申请', '申请人来电表示不再需要所申请信息，经确认后终止办理'],
};
/** OTHER has no usual article: the office cites the regulations' general rule on replies. */
const OTHER_BASIS = '《条例》第三十六条';

const legalBasisOf = (o: Outcome) => OUTCOME_TERMS[o].basis || OTHER_BASIS;
const noteOf = (rng: Rng, o: Outcome) => rng.pick(OUTCOME_NOTES[o] ?? ['已依法答复申请人']);

const CORRECTION_ITEMS = [
  '申请内容描述不明确，请补正所需政府信息的名称、文号或者便于查询的其他特征性描述',
  '申请未载明所需信息的形成时间和具体地块位置，请予补正',
  '申请涉及多个事项，请逐项明确所需政府信息的具体内容',
];
const CORRECTION_NOTES = ['申请人已补正所需信息的名称和时间范围', '申请人提交补正材料，明确了地块位置和年份', '申请人补正后明确了所需信息的文号'];
const EXTENSION_REASONS = ['所申请信息涉及面广、数量较大，需调取多年档案', '需向多个内设机构调取信息，无法在规定期限内答复', '所申请信息需与相关单位核实，经批准延长答复期限'];
const ESCALATION_NOTES = ['申请超期未答复，请立即办理并报送办理结果', '县政务公开办督办：请于3个工作日内答复申请人并报送答复书'];
const REMEDY_NOTES = {
  REVIEW: { UPHELD: '复议决定维持原答复', CORRECTED: '复议决定撤销原答复，责令被申请人重新答复', OTHER: '申请人撤回复议申请，复议终止' },
  SUIT: { UPHELD: '判决驳回原告诉讼请求', CORRECTED: '判决撤销被诉答复，责令被告重新答复', OTHER: '原告撤回起诉，裁定准许撤诉' },
} as const;
const CONSULTATION_NOTES: Readonly<Record<ConsultedParty, readonly string[]>> = {
  THIRD_PARTY: ['第三方书面回复不同意公开', '第三方回复同意公开', '第三方逾期未提出意见'],
  OTHER_AGENCY: ['有关机关回复同意公开', '有关机关回复该信息应由其负责公开', '有关机关回复对公开无异议'],
};

// ---------------------------------------------------------------------------
// Boards
// ---------------------------------------------------------------------------

const PROJECTS = ['村部至主干道路面硬化工程', '渠道清淤疏浚工程', '安全饮水管网延伸工程', '村级文化广场建设项目', '农田水利灌溉泵站维修', '危桥改造工程'];

function villageSections(rng: Rng): { heading: string; body: string }[] {
  const income = rng.int(60, 320) / 10;
  const transfer = Math.round(income * (0.55 + rng.next() * 0.3) * 10) / 10;
  const spent = Math.round(income * (0.7 + rng.next() * 0.25) * 10) / 10;
  const finance = {
    heading: '财务收支',
    body: `本季度收入${income}万元（其中上级转移支付${transfer}万元、集体资产发包收入${Math.round((income - transfer) * 10) / 10}万元），支出${spent}万元，主要用于村道维护、环境卫生整治和村干部误工补贴。`,
  };
  const pool = [
    { heading: '惠农补贴发放', body: `本季度发放耕地地力保护补贴${rng.int(180, 620)}户、${rng.int(15, 90) / 10 + 10}万元，已全部通过“一卡通”发放到户。` },
    { heading: '低保名单', body: `本村现有城乡低保对象${rng.int(8, 40)}户${rng.int(12, 70)}人，本季度新增${rng.int(0, 3)}户、退出${rng.int(0, 2)}户，名单附后，接受群众监督。` },
    { heading: '工程项目', body: `${rng.pick(PROJECTS)}已完工，总投资${rng.int(80, 600) / 10}万元，经村务监督委员会验收合格。` },
    { heading: '党务公开', body: `本季度召开党员大会${rng.int(1, 3)}次，发展预备党员${rng.int(0, 2)}名，收缴党费${rng.int(900, 3200)}元。` },
    { heading: '村务监督', body: `村务监督委员会本季度审核票据${rng.int(40, 160)}张，列席村“两委”会议${rng.int(2, 6)}次，未发现违规支出。` },
    { heading: '集体资产', body: `本村集体鱼塘${rng.int(2, 12)}口、耕地${rng.int(30, 260)}亩已按合同发包，本季度收取发包款${rng.int(10, 120) / 10}万元。` },
  ];
  return [finance, ...shuffled(rng, pool).slice(0, rng.int(1, 3))];
}

function townshipSections(rng: Rng): { heading: string; body: string }[] {
  const finance = { heading: '财政收支', body: `本季度镇级一般公共预算收入${rng.int(300, 1800)}万元，支出${rng.int(800, 2600)}万元，“三公”经费支出${rng.int(30, 160) / 10}万元。` };
  const pool = [
    { heading: '惠民资金发放', body: `本季度发放各类惠民惠农补贴资金${rng.int(120, 900)}万元，涉及${rng.int(2000, 9000)}户，均已打卡发放。` },
    { heading: '低保名单', body: `全镇城乡低保对象${rng.int(300, 1200)}户${rng.int(500, 2000)}人，特困供养对象${rng.int(40, 180)}人，本季度动态调整${rng.int(5, 40)}户。` },
    { heading: '工程项目', body: `${rng.pick(PROJECTS)}本季度完成投资${rng.int(100, 900)}万元，完成工程量${rng.int(30, 100)}%。` },
    { heading: '党务公开', body: `本季度镇党委召开专题会议${rng.int(3, 9)}次，研究“三重一大”事项${rng.int(2, 12)}项。` },
    { heading: '重点工作', body: `本季度开展安全生产检查${rng.int(10, 40)}次，整改隐患${rng.int(10, 80)}处；受理群众诉求${rng.int(30, 200)}件，办结率${rng.int(95, 100)}%。` },
  ];
  return [finance, ...shuffled(rng, pool).slice(0, rng.int(1, 3))];
}

// ---------------------------------------------------------------------------
// The generator
// ---------------------------------------------------------------------------

interface AgencyInfo extends DemoAgency {
  /** Short name for titles, e.g. 县自然资源局. */
  short: string;
  profile: Profile | null;
  township: UnitRef | null;
  docPrefix: string;
  requestWeight: number;
}

interface Draft {
  agency: AgencyInfo;
  receivedOn: LocalDate;
  plan: RequestPlan;
  applicantType: ApplicantType;
}

export function generateDemoDisclosures(catalogue: Catalogue, options: DemoDisclosureOptions): DemoDisclosures {
  const rng = new Rng(options.seed ?? DEFAULT_DEMO_DISCLOSURE_SEED);
  const days = new Days(options.calendar, rng);
  const lifecycle: LifecycleOptions = { calendar: options.calendar, limits: options.limits ?? DEFAULT_REQUEST_LIMITS };
  const publishDays = options.publishWorkingDays ?? DEFAULT_PUBLISH_WORKING_DAYS;
  const boardRules = options.boards ?? DEFAULT_BOARD_RULES;
  const dueDates = options.reportDueDates ?? DEFAULT_DUE_DATES;
  const end = toLocalDate(options.end);
  const lastYear = yearOfDay(end);

  const active = catalogue.units.filter((u) => u.active);
  const found = active.find((u) => u.tier === 'COUNTY');
  if (!found) throw new Error('demo disclosures: the catalogue has no county');
  const county: UnitRef = found;
  const city = active.find((u) => u.tier === 'CITY' && county.path.startsWith(u.path)) ?? null;
  const under = (u: UnitRef) => u.path.startsWith(county.path) && u.id !== county.id;
  const townships = active.filter((u) => u.tier === 'TOWNSHIP' && under(u)).sort((a, b) => a.path.localeCompare(b.path));
  const villages = active.filter((u) => u.tier === 'VILLAGE' && under(u)).sort((a, b) => a.path.localeCompare(b.path));
  const villagesOf = new Map(townships.map((t) => [t.id, villages.filter((v) => v.path.startsWith(t.path))]));
  const departments = catalogue.departments.filter((d) => d.active && d.orgUnit.id === county.id).sort((a, b) => a.code.localeCompare(b.code));
  // 发文字号 and case numbers use the first character of the county's (city's) name: 安政发, 常政复.
  const initial = county.name.slice(0, 1);
  const cityInitial = city?.name.slice(0, 1) ?? '市';

  // --- Agencies ----------------------------------------------------------------------------------
  const countyAgency: AgencyInfo = {
    kind: 'ORG_UNIT',
    id: county.id,
    name: `${county.name}人民政府`,
    path: county.path,
    short: '县人民政府',
    profile: null,
    township: null,
    docPrefix: `${initial}政发`,
    requestWeight: 25,
  };
  const deptAgency = (d: DepartmentRef, profile: Profile | null): AgencyInfo => ({
    kind: 'DEPARTMENT',
    id: d.id,
    name: d.name,
    path: d.orgUnit.path,
    short: d.name.startsWith(county.name) ? `县${d.name.slice(county.name.length)}` : d.name,
    profile,
    township: null,
    docPrefix: `${initial}${profile?.doc ?? '发'}`,
    requestWeight: profile?.requests ?? 4,
  });
  const profiled: AgencyInfo[] = [];
  for (const profile of PROFILES) {
    const d = departments.find((x) => x.name.includes(profile.key) && !profiled.some((a) => a.id === x.id));
    if (d) profiled.push(deptAgency(d, profile));
  }
  // A county whose departments match no profile still gets a few (generic topics).
  const deptAgencies = profiled.length > 0 ? profiled : departments.slice(0, 6).map((d) => deptAgency(d, null));
  const askedTownships = shuffled(rng, townships).slice(0, Math.min(8, townships.length));
  const townshipAgencies: AgencyInfo[] = askedTownships.map((t) => ({
    kind: 'ORG_UNIT',
    id: t.id,
    name: `${t.name}人民政府`,
    path: t.path,
    short: t.name,
    profile: null,
    township: t,
    docPrefix: `${initial}${t.name.slice(0, 2)}发`,
    requestWeight: (20 / Math.max(1, askedTownships.length)) * (0.5 + rng.next()),
  }));
  const requestAgencies = [countyAgency, ...deptAgencies, ...townshipAgencies];

  // --- Request drafts ------------------------------------------------------------------------------
  const drafts: Draft[] = [];
  const pickAgency = () => rng.weighted(requestAgencies.map((a) => [a, a.requestWeight] as const));
  const planFor = (): RequestPlan =>
    rng.weighted<RequestPlan>([
      ['NORMAL', 0.63],
      ['CORRECTED', 0.06],
      ['LAPSED', 0.04],
      ['CONSULTED', 0.07],
      ['EXTENDED', 0.07],
      ['LATE', 0.06],
    ]);
  const draft = (receivedOn: LocalDate, plan: RequestPlan, agency = pickAgency()) =>
    drafts.push({ agency, receivedOn, plan, applicantType: rng.weighted(APPLICANT_WEIGHTS) });
  for (let year = DEMO_FIRST_YEAR; year <= lastYear; year += 1) {
    const from = day(`${year}-01-01`);
    const to = minLocalDate(day(`${year}-12-31`), end);
    const open = days.list(from, to);
    if (open.length === 0) continue;
    // A modest, slowly growing county volume, pro rata for the year in progress.
    const fullYear = rng.int(80, 105) + (year - DEMO_FIRST_YEAR) * 6;
    const n = Math.round((fullYear * (calendarDaysBetween(from, to) + 1)) / 365);
    for (let i = 0; i < n; i += 1) draft(rng.pick(open), planFor());
    // Requests of late December answered in January: next year's 上年结转.
    const december = days.list(day(`${year}-12-15`), to);
    if (december.length > 0 && year < lastYear) for (let i = rng.int(3, 4); i > 0; i -= 1) draft(rng.pick(december), 'CARRIED');
    // One a year escalated after its deadline passed and then answered.
    const span = days.list(from, minLocalDate(day(`${year}-11-15`), addCalendarDays(end, -60)));
    if (span.length > 0 && rng.chance(0.5)) draft(rng.pick(span), 'ESCALATED_ANSWERED');
  }
  // Open and overdue at the end, two of them escalated: the 超期件 workbench's disclosure rows.
  const recent = days.list(maxLocalDate(day(`${DEMO_FIRST_YEAR}-01-01`), addCalendarDays(end, -90)), addCalendarDays(end, -28));
  const overdueCandidates = recent.filter((r) => {
    try {
      return days.add(days.add(r, lifecycle.limits.replyWorkingDays), 3) <= end;
    } catch (error) {
      if (isUncovered(error)) return false;
      throw error;
    }
  });
  shuffled(rng, overdueCandidates)
    .slice(0, 5)
    .forEach((r, i) => draft(r, i < 2 ? 'OVERDUE_ESCALATED' : 'OVERDUE', rng.chance(0.5) ? rng.pick(townshipAgencies.length > 0 ? townshipAgencies : requestAgencies) : pickAgency()));
  // Every kind of organization appears at least once in the table's columns.
  for (const type of APPLICANT_TYPES) {
    if (drafts.some((d) => d.applicantType === type)) continue;
    const natural = drafts.filter((d) => d.applicantType === 'NATURAL_PERSON');
    if (natural.length > 0) rng.pick(natural).applicantType = type;
  }
  drafts.sort((a, b) => a.receivedOn.localeCompare(b.receivedOn));

  // --- Request histories ---------------------------------------------------------------------------
  const requests: DemoRequest[] = [];
  let onlineSeq = 0;
  for (const d of drafts) {
    try {
      requests.push(buildRequest(d));
    } catch (error) {
      // A deadline the calendar cannot give: the write path could not record it either.
      if (!isUncovered(error)) throw error;
    }
  }

  function topicOf(agency: AgencyInfo, receivedOn: LocalDate): string {
    const t = agency.township ?? (townships.length > 0 ? rng.pick(townships) : null);
    const vs = t ? (villagesOf.get(t.id) ?? []) : [];
    const village = vs.length > 0 ? rng.pick(vs).name : `${t?.name ?? county.name}某村`;
    const pool = agency.township ? TOWNSHIP_TOPICS : agency.kind === 'ORG_UNIT' ? COUNTY_TOPICS : agency.profile ? agency.profile.topics : GENERIC_DEPARTMENT_TOPICS;
    const year = yearOfDay(receivedOn) - (rng.chance(0.6) ? 1 : rng.int(0, 3));
    return fill(rng.pick(pool), { county: county.name, township: t?.name ?? '', village, year, n: rng.int(3, 28), agency: agency.name });
  }

  function buildRequest(d: Draft): DemoRequest {
    const R = d.receivedOn;
    const channel = rng.weighted(CHANNEL_WEIGHTS);
    const submittedOn =
      channel === 'POST' ? addCalendarDays(R, -rng.int(1, 4)) : channel === 'ONLINE' ? addCalendarDays(R, -rng.int(0, 3)) : channel === 'FAX' ? addCalendarDays(R, -rng.int(0, 1)) : R;
    const natural = d.applicantType === 'NATURAL_PERSON';
    const t = d.agency.township ?? (townships.length > 0 ? rng.pick(townships) : null);
    const someVillage = t && (villagesOf.get(t.id) ?? []).length > 0 ? rng.pick(villagesOf.get(t.id)!).name : county.name;
    const first = receivedEvent({ channel, applicantType: d.applicantType, submittedOn, receivedOn: R }, R, CHECK_ACTOR, lifecycle.calendar, lifecycle.limits);
    const h = new History(lifecycle, end, first);
    play(h, d);
    const input: DemoRequest['input'] = {
      ...(d.agency.kind === 'ORG_UNIT' ? { orgUnitId: d.agency.id, departmentId: null } : { orgUnitId: null, departmentId: d.agency.id }),
      externalRef: channel === 'ONLINE' ? `YSQ${R.replaceAll('-', '')}${String((onlineSeq += 1)).padStart(4, '0')}` : null,
      applicantType: d.applicantType,
      applicantName: personName(rng, rng.chance(0.6)),
      applicantPhone: rng.chance(0.9) ? mobile(rng) : null,
      organizationName: natural ? null : organizationName(rng, d.applicantType, county.name, someVillage),
      channel,
      submittedOn,
      signedForOn: channel === 'POST' ? R : null,
      confirmedOn: channel === 'ONLINE' || channel === 'FAX' ? R : null,
      summary: topicOf(d.agency, R),
      recordedOn: R,
      steps: h.steps,
    };
    return { input, agency: strip(d.agency), plan: d.plan, final: h.request, remedies: [] };
  }

  /** Lays out the plan's steps in order; History drops whatever would fall after the end. */
  function play(h: History, d: Draft) {
    const R = d.receivedOn;
    const limits = lifecycle.limits;
    const due0 = h.request.dueOn!;
    const answer = (on: LocalDate, outcome: Outcome = rng.weighted(OUTCOME_WEIGHTS)) =>
      h.take({ type: 'ANSWERED', on, data: { outcome, legalBasis: legalBasisOf(outcome), note: noteOf(rng, outcome) } });
    /** A working day after `from`, by `due` (rarely in the first days: a search takes time). */
    const answerBy = (from: LocalDate, due: LocalDate) => {
      const span = Math.max(1, lifecycle.calendar.workingDaysBetween(from, due));
      return days.add(from, rng.int(Math.max(1, Math.floor(span * 0.3)), span));
    };
    const escalate = (on: LocalDate) => h.take({ type: 'ESCALATED', on, data: { note: rng.pick(ESCALATION_NOTES) } });
    switch (d.plan) {
      case 'NORMAL':
        answer(days.add(R, rng.int(3, limits.replyWorkingDays)));
        break;
      case 'LATE':
        answer(days.add(due0, rng.int(1, 8)));
        break;
      case 'CARRIED': {
        // Answered in January, by the deadline.
        const january = days.list(day(`${yearOfDay(R) + 1}-01-01`), due0);
        answer(january.length > 0 ? rng.pick(january) : due0);
        break;
      }
      case 'EXTENDED': {
        const extendOn = days.add(R, rng.int(Math.max(1, limits.replyWorkingDays - 6), limits.replyWorkingDays));
        const allowed = [10, 15, limits.maxExtensionWorkingDays].filter((n) => n >= 1 && n <= limits.maxExtensionWorkingDays);
        const workingDays = allowed.length > 0 ? rng.pick(allowed) : null;
        // A county that allows no extension answers within the period.
        if (workingDays === null) {
          answer(answerBy(R, due0));
          break;
        }
        h.take({ type: 'EXTENDED', on: extendOn, data: { workingDays, approvedBy: `${personName(rng, rng.chance(0.6))}（政府信息公开工作机构负责人）`, reason: rng.pick(EXTENSION_REASONS) } });
        answer(answerBy(due0, h.request.dueOn ?? due0));
        break;
      }
      case 'CONSULTED': {
        const party: ConsultedParty = rng.chance(0.6) ? 'THIRD_PARTY' : 'OTHER_AGENCY';
        const others = departments.filter((x) => x.id !== d.agency.id);
        const partyName =
          party === 'THIRD_PARTY'
            ? rng.chance(0.7)
              ? organizationName(rng, 'COMMERCIAL', county.name, '')
              : `${personName(rng, rng.chance(0.5))}（涉及其个人信息）`
            : others.length > 0 && rng.chance(0.7)
              ? rng.pick(others).name
              : `${city?.name ?? ''}人民政府办公室`;
        const startOn = days.add(R, rng.int(3, 10));
        h.take({ type: 'CONSULTATION_STARTED', on: startOn, data: { party, partyName } });
        const endOn = days.add(startOn, rng.int(3, limits.consultationWorkingDays));
        h.take({ type: 'CONSULTATION_ENDED', on: endOn, data: { note: rng.pick(CONSULTATION_NOTES[party]) } });
        const outcome =
          party === 'THIRD_PARTY'
            ? rng.weighted<Outcome>([
                ['PARTIALLY_DISCLOSED', 0.5],
                ['NOT_DISCLOSED_THIRD_PARTY', 0.3],
                ['DISCLOSED', 0.2],
              ])
            : rng.weighted<Outcome>([
                ['DISCLOSED', 0.5],
                ['PARTIALLY_DISCLOSED', 0.2],
                ['UNABLE_NOT_HELD', 0.15],
                ['NOT_DISCLOSED_PROCESS_INFO', 0.15],
              ]);
        answer(answerBy(endOn, h.request.dueOn ?? due0), outcome);
        break;
      }
      case 'CORRECTED':
      case 'LAPSED': {
        const requestOn = days.add(R, rng.int(1, Math.min(6, limits.correctionNoticeWorkingDays)));
        h.take({ type: 'CORRECTION_REQUESTED', on: requestOn, data: { items: rng.pick(CORRECTION_ITEMS) } });
        const correctionDue = h.request.correction?.dueOn;
        if (!correctionDue) break;
        if (d.plan === 'LAPSED') {
          // Closed the day after the period, as the sweep would date it.
          h.take({ type: 'CORRECTION_LAPSED', on: addCalendarDays(correctionDue, 1), data: {} });
          break;
        }
        const span = Math.max(1, lifecycle.calendar.workingDaysBetween(requestOn, correctionDue));
        const correctedOn = days.add(requestOn, rng.int(1, Math.min(span, 12)));
        h.take({ type: 'CORRECTION_RECEIVED', on: correctedOn, data: { note: rng.pick(CORRECTION_NOTES) } });
        answer(answerBy(correctedOn, h.request.dueOn ?? due0), rng.chance(0.25) ? 'UNABLE_STILL_UNCLEAR' : undefined);
        break;
      }
      case 'OVERDUE':
        break;
      case 'OVERDUE_ESCALATED':
        escalate(days.add(due0, rng.int(2, 3)));
        break;
      case 'ESCALATED_ANSWERED': {
        const on = days.add(due0, rng.int(2, 5));
        escalate(on);
        answer(days.add(on, rng.int(1, 5)));
        break;
      }
    }
  }

  // Every outcome group of table 三 appears: a plain answer takes a missing group's usual outcome.
  const groupOf = (o: Outcome): OutcomeGroup => OUTCOME_TERMS[o].group;
  const fallbackOutcome: Record<OutcomeGroup, Outcome> = {
    DISCLOSED: 'DISCLOSED',
    PARTIALLY_DISCLOSED: 'PARTIALLY_DISCLOSED',
    NOT_DISCLOSED: 'NOT_DISCLOSED_PROCESS_INFO',
    UNABLE_TO_PROVIDE: 'UNABLE_NOT_HELD',
    NOT_PROCESSED: 'NOT_PROCESSED_REPEATED',
    OTHER: 'OTHER',
  };
  for (const group of Object.keys(fallbackOutcome) as OutcomeGroup[]) {
    if (requests.some((r) => r.final.outcome && groupOf(r.final.outcome) === group)) continue;
    const plain = requests.filter((r) => r.plan === 'NORMAL' && r.final.outcome && ['DISCLOSED', 'PARTIALLY_DISCLOSED'].includes(groupOf(r.final.outcome)));
    if (plain.length < 3) continue;
    const r = rng.pick(plain);
    const outcome = fallbackOutcome[group];
    const step = r.input.steps.find((s) => s.type === 'ANSWERED');
    if (!step || step.type !== 'ANSWERED') continue;
    // The outcome decides nothing in the lifecycle for these rows: the history stays valid.
    step.data = { outcome, legalBasis: legalBasisOf(outcome), note: noteOf(rng, outcome) };
    r.final = { ...r.final, outcome, legalBasis: step.data.legalBasis };
  }

  // --- Reviews and suits ---------------------------------------------------------------------------
  addRemedies();

  function addRemedies() {
    const bodyFor = (r: DemoRequest, suit: boolean) => {
      const countyGovernment = r.agency.kind === 'ORG_UNIT' && r.agency.id === county.id;
      if (suit) return countyGovernment ? `${city?.name ?? ''}中级人民法院` : `${county.name}人民法院`;
      return countyGovernment ? `${city?.name ?? ''}人民政府` : `${county.name}人民政府`;
    };
    const decide = (filedOn: LocalDate, kind: RemedyKind): DemoRemedy['decision'] => {
      const decidedOn = days.between(addCalendarDays(filedOn, 40), addCalendarDays(filedOn, 85));
      if (!decidedOn || decidedOn > end) return null;
      const result = rng.weighted<'UPHELD' | 'CORRECTED' | 'OTHER'>([
        ['UPHELD', 0.72],
        ['CORRECTED', 0.14],
        ['OTHER', 0.14],
      ]);
      return { result, decidedOn, note: REMEDY_NOTES[kind === 'REVIEW' ? 'REVIEW' : 'SUIT'][result] };
    };
    const answeredIn = (year: number) =>
      requests.filter((r) => r.final.answeredOn && yearOfDay(r.final.answeredOn) === year && r.final.outcome !== 'OTHER_NO_CORRECTION' && r.final.outcome !== 'OTHER');
    for (let year = DEMO_FIRST_YEAR; year <= lastYear; year += 1) {
      const pool = answeredIn(year);
      // Unfavourable answers draw most of the challenges.
      const weighted = pool.map((r) => [r, r.final.outcome === 'DISCLOSED' ? 0.3 : 1] as const);
      const wanted = rng.int(3, 5);
      const chosen = new Set<DemoRequest>();
      for (let guard = 0; chosen.size < Math.min(wanted, pool.length) && guard < 50; guard += 1) chosen.add(rng.weighted(weighted));
      for (const r of chosen) {
        const filedOn = days.between(addCalendarDays(r.final.answeredOn!, 10), addCalendarDays(r.final.answeredOn!, 55));
        if (!filedOn || filedOn > end) continue;
        const kind: RemedyKind = rng.chance(0.75) ? 'REVIEW' : 'SUIT_DIRECT';
        r.remedies.push({ kind, body: bodyFor(r, kind !== 'REVIEW'), caseNumber: '', filedOn, decision: decide(filedOn, kind) });
      }
    }
    // One applicant goes to court after the review upheld the answer.
    const reviewed = requests.filter((r) => r.remedies.some((m) => m.kind === 'REVIEW' && m.decision?.result === 'UPHELD' && addCalendarDays(m.decision.decidedOn, 15) <= end));
    let suitBasis: DemoRemedy | null = null;
    if (reviewed.length > 0) {
      const r = rng.pick(reviewed);
      const review = r.remedies.find((m) => m.kind === 'REVIEW' && m.decision?.result === 'UPHELD')!;
      const filedOn = days.between(addCalendarDays(review.decision!.decidedOn, 5), minLocalDate(end, addCalendarDays(review.decision!.decidedOn, 14)));
      if (filedOn) {
        r.remedies.push({ kind: 'SUIT_AFTER_REVIEW', body: bodyFor(r, true), caseNumber: '', filedOn, decision: decide(filedOn, 'SUIT_AFTER_REVIEW') });
        suitBasis = review;
      }
    }
    const others = requests.flatMap((r) => r.remedies).filter((m) => m !== suitBasis);
    // The latest case is still being heard (尚未审结).
    const latest = [...others].sort((a, b) => b.filedOn.localeCompare(a.filedOn))[0];
    if (latest && !others.some((m) => m.decision === null)) latest.decision = null;
    // Each result at least once when there are enough decisions to go round.
    const decided = others.filter((m) => m.decision);
    if (decided.length >= 4) {
      for (const result of ['CORRECTED', 'OTHER'] as const) {
        if (decided.some((m) => m.decision!.result === result)) continue;
        const upheld = decided.filter((m) => m.decision!.result === 'UPHELD');
        if (upheld.length < 2) continue;
        const m = rng.pick(upheld);
        m.decision = { ...m.decision!, result, note: REMEDY_NOTES[m.kind === 'REVIEW' ? 'REVIEW' : 'SUIT'][result] };
      }
    }
    // Case numbers run through each body's year in filing order: 安政复〔2025〕7号, （2025）湘0721行初12号.
    const counters = new Map<string, number>();
    const filed = requests.flatMap((r) => r.remedies.map((m) => ({ r, m }))).sort((a, b) => a.m.filedOn.localeCompare(b.m.filedOn));
    for (const { r, m } of filed) {
      const countyGovernment = r.agency.kind === 'ORG_UNIT' && r.agency.id === county.id;
      const year = yearOfDay(m.filedOn);
      const key = `${m.kind === 'REVIEW'}|${countyGovernment}|${year}`;
      const n = (counters.get(key) ?? rng.int(2, 10)) + rng.int(1, 6);
      counters.set(key, n);
      const court = countyGovernment ? county.code.slice(2, 4) : county.code.slice(2, 6);
      m.caseNumber =
        m.kind === 'REVIEW' ? `${countyGovernment ? cityInitial : initial}政复〔${year}〕${n}号` : `（${year}）${PROVINCE_INITIALS[county.code.slice(0, 2)] ?? ''}${court}行初${n}号`;
    }
  }

  // --- Proactive items -----------------------------------------------------------------------------
  const items: DemoItem[] = [];
  const itemAgencies = [countyAgency, ...deptAgencies];
  /** Publication after creation: within the limit mostly, now and then late. */
  const publish = (createdOn: LocalDate): LocalDate => {
    const dueOn = publishDueOn(lifecycle.calendar, createdOn, publishDays);
    if (rng.chance(0.05)) return days.add(dueOn, rng.int(1, 15));
    return days.add(createdOn, rng.int(0, Math.min(publishDays, 12)));
  };
  const channels = (): ProactiveChannel[] => ['WEBSITE', ...CHANNEL_EXTRAS.filter(() => rng.chance(0.2))];
  const addItem = (agency: AgencyInfo, fields: Omit<ProactiveItemInput, 'orgUnitId' | 'departmentId' | 'channels' | 'publishedOn' | 'createdOn' | 'fullTextElectronic'> & { createdOn: LocalDate; publishedOn?: LocalDate }, repealedOn: LocalDate | null = null) => {
    try {
      // The write path computes the limit: a day the calendar cannot count from is not recorded.
      publishDueOn(lifecycle.calendar, fields.createdOn, publishDays);
      const publishedOn = fields.publishedOn ?? publish(fields.createdOn);
      // Not yet published by the end: nothing to record yet.
      if (publishedOn > end || fields.createdOn > end) return null;
      const item: DemoItem = {
        input: {
          ...(agency.kind === 'ORG_UNIT' ? { orgUnitId: agency.id, departmentId: null } : { orgUnitId: null, departmentId: agency.id }),
          channels: channels(),
          fullTextElectronic: rng.chance(isDocument(fields.category) ? 0.98 : 0.92),
          ...fields,
          publishedOn,
        },
        agency: strip(agency),
        repealedOn: repealedOn !== null && repealedOn <= end ? repealedOn : null,
      };
      items.push(item);
      return item;
    } catch (error) {
      if (isUncovered(error)) return null;
      throw error;
    }
  };
  const randomDay = (year: number, fromMd = '01-02', toMd = '12-28') => days.between(day(`${year}-${fromMd}`), minLocalDate(day(`${year}-${toMd}`), end));

  // Normative documents: the county government's several a year, a few departments' now and then;
  // some repealed at a later year's clean-up (清理), a few older ones still in force.
  const countyDocs = shuffled(rng, COUNTY_DOCUMENTS);
  const docNumbers = new Map<string, number>();
  const documentNumber = (agency: AgencyInfo, year: number) => {
    const key = `${agency.id}|${year}`;
    const n = (docNumbers.get(key) ?? 0) + rng.int(1, 4);
    docNumbers.set(key, n);
    return `${agency.docPrefix}〔${year}〕${n}号`;
  };
  const cleanUpDay = (year: number) => days.between(day(`${year}-06-20`), day(`${year}-06-30`));
  const addDocument = (agency: AgencyInfo, name: string, issuedOn: LocalDate, repealChance: number) => {
    const issuedYear = yearOfDay(issuedOn);
    let repealedOn: LocalDate | null = null;
    if (rng.chance(repealChance)) {
      const at = issuedYear + rng.int(1, 3);
      if (at <= lastYear) repealedOn = cleanUpDay(at);
    }
    const title = `${agency.name}关于印发《${county.name}${name}》的通知`;
    const item = addItem(agency, { title, documentNumber: documentNumber(agency, issuedYear), category: 'NORMATIVE_DOCUMENT', createdOn: issuedOn, issuedOn }, repealedOn);
    if (item) {
      // Its 政策解读 goes out with it.
      addItem(agency, { title: `《${county.name}${name}》政策解读`, category: 'POLICY_INTERPRETATION', createdOn: issuedOn, publishedOn: item.input.publishedOn });
    }
  };
  for (let year = DEMO_FIRST_YEAR - 4; year < DEMO_FIRST_YEAR; year += 1) {
    for (let i = rng.int(2, 3); i > 0 && countyDocs.length > 0; i -= 1) {
      const issuedOn = randomDay(year, '02-15', '12-15');
      if (issuedOn) addDocument(countyAgency, countyDocs.pop()!, issuedOn, 0.4);
    }
  }
  for (let year = DEMO_FIRST_YEAR; year <= lastYear; year += 1) {
    for (let i = rng.int(3, 5); i > 0 && countyDocs.length > 0; i -= 1) {
      const issuedOn = randomDay(year, '02-15', '12-15');
      if (issuedOn) addDocument(countyAgency, countyDocs.pop()!, issuedOn, 0.15);
    }
    for (const agency of deptAgencies) {
      const names = agency.profile?.documents ?? GENERIC_DOCUMENTS;
      if (names.length === 0 || !rng.chance(0.3)) continue;
      const issuedOn = randomDay(year, '03-01', '12-10');
      if (issuedOn) addDocument(agency, rng.pick(names), issuedOn, 0.15);
    }
  }

  // Decision lists (双公示): monthly (or quarterly) batches compiled early in the next month.
  const decisionList = (agency: AgencyInfo, category: ProactiveCategory, label: string, year: number, month: number, count: number) => {
    const next = month === 12 ? day(`${year + 1}-01-01`) : day(`${year}-${pad(month + 1)}-01`);
    try {
      const createdOn = days.add(next, rng.int(1, 3));
      addItem(agency, { title: `${agency.name}${year}年${month}月${label}信息公示`, category, createdOn, publishedOn: days.add(createdOn, rng.int(0, 4)), decisionCount: count });
    } catch (error) {
      if (!isUncovered(error)) throw error;
    }
  };
  for (let year = DEMO_FIRST_YEAR; year <= lastYear; year += 1) {
    for (let month = 1; month <= 12; month += 1) {
      if (day(`${year}-${pad(month)}-28`) > end) break;
      for (const agency of deptAgencies) {
        const p = agency.profile;
        if (!p) continue;
        if (p.licensing) decisionList(agency, 'LICENSING_DECISION', '行政许可', year, month, rng.int(90, 220));
        if (p.penalties === 'MONTHLY') decisionList(agency, 'PENALTY_DECISION', '行政处罚', year, month, rng.int(2, p.enforcement ? 25 : 12));
        if (p.penalties === 'QUARTERLY' && month % 3 === 0) decisionList(agency, 'PENALTY_DECISION', '行政处罚', year, month, rng.int(1, 6));
        if (p.enforcement && rng.chance(0.4)) decisionList(agency, 'ENFORCEMENT_DECISION', '行政强制', year, month, rng.int(1, 4));
      }
    }
  }

  // Fees (行政事业性收费): the county government's yearly statement, a collecting department's half-yearly one.
  const feeDepartment = deptAgencies.find((a) => a.profile?.fee);
  for (let year = DEMO_FIRST_YEAR; year <= lastYear; year += 1) {
    const december = randomDay(year, '12-10', '12-24');
    if (december) addItem(countyAgency, { title: `${year}年度${county.name}本级行政事业性收费情况公示`, category: 'FEES', createdOn: december, feeAmountWan: yuanToWan(rng.int(600_000, 1_800_000)) });
    const july = randomDay(year, '07-01', '07-12');
    if (july && feeDepartment) {
      addItem(feeDepartment, { title: `${year}年上半年${feeDepartment.profile!.fee!}`, category: 'FEES', createdOn: july, feeAmountWan: yuanToWan(rng.int(3_000_000, 15_000_000)) });
    }
  }

  // Budgets and everyday items: about 200 a year across the agencies.
  for (let year = DEMO_FIRST_YEAR; year <= lastYear; year += 1) {
    for (const agency of itemAgencies) {
      const isCounty = agency === countyAgency;
      const budgetOn = randomDay(year, '02-10', '03-10');
      if (budgetOn) addItem(agency, { title: `${agency.name}${year}年${isCounty ? '财政' : '部门'}预算公开`, category: 'BUDGET', createdOn: budgetOn });
      const accountsOn = randomDay(year, '08-10', '09-10');
      if (accountsOn) addItem(agency, { title: `${agency.name}${year - 1}年${isCounty ? '财政' : '部门'}决算公开`, category: 'BUDGET', createdOn: accountsOn });
      const everyday = isCounty ? rng.int(50, 65) : rng.int(8, 14);
      const templates = Object.entries({ ...EVERYDAY, ...(isCounty ? COUNTY_EVERYDAY : {}) }) as [ProactiveCategory, readonly string[]][];
      for (let i = 0; i < everyday; i += 1) {
        const createdOn = randomDay(year);
        if (!createdOn) continue;
        const [category, titles] = rng.pick(templates);
        const month = Number(createdOn.slice(5, 7));
        const title = fill(rng.pick(titles), {
          agency: agency.name,
          county: county.name,
          township: townships.length > 0 ? rng.pick(townships).name : county.name,
          year,
          prev: year - 1,
          month,
          quarter: Math.ceil(month / 3),
          n: rng.int(1, 30),
          theme: rng.pick(THEMES),
        });
        addItem(agency, { title, category, createdOn });
      }
    }
  }
  items.sort((a, b) => a.input.publishedOn.localeCompare(b.input.publishedOn) || a.input.title.localeCompare(b.input.title));

  // --- Boards --------------------------------------------------------------------------------------
  const boardUnits = active.filter((u) => under(u) && boardRules.tiers.includes(u.tier)).sort((a, b) => a.path.localeCompare(b.path));
  const laggards = shuffled(rng, townships).slice(0, townships.length >= 6 ? 2 : Math.min(1, townships.length));
  const quarters: Quarter[] = [];
  for (let year = options.boardsFrom ?? DEMO_BOARDS_FROM; year <= lastYear; year += 1) {
    for (const quarter of [1, 2, 3, 4] as const) if (boardDueOn(boardRules, { year, quarter }) <= end) quarters.push({ year, quarter });
  }
  const postings: DemoPosting[] = [];
  const missingPostings: DemoDisclosures['missingPostings'] = [];
  const dueDay = boardRules.dueDayOfMonth;
  for (const unit of boardUnits) {
    const behind = laggards.some((t) => unit.path.startsWith(t.path));
    for (const q of quarters) {
      const dueOn = boardDueOn(boardRules, q);
      const month = dueOn.slice(0, 8);
      const roll = rng.next();
      const [pMissing, pLate] = behind ? [0.14, 0.32] : [0.02, 0.07];
      const postedOn =
        roll < pMissing
          ? null
          : roll < pMissing + pLate
            ? day(`${month}${pad(rng.int(dueDay + 1, Math.min(28, dueDay + 10)))}`)
            : // On time: in the first days of the month it is due, or the last days of the quarter.
              rng.chance(0.85)
              ? day(`${month}${pad(rng.int(1, dueDay))}`)
              : addCalendarDays(quarterEnd(q), -rng.int(0, 3));
      if (postedOn === null || postedOn > end) {
        missingPostings.push({ unitId: unit.id, year: q.year, quarter: q.quarter });
        continue;
      }
      postings.push({
        unitId: unit.id,
        year: q.year,
        quarter: q.quarter,
        postedOn,
        dueOn,
        contents: unit.tier === 'VILLAGE' ? villageSections(rng) : townshipSections(rng),
        photos: rng.chance(0.6) ? [`boards/${q.year}Q${q.quarter}/${unit.code}-1.jpg`] : [],
      });
    }
  }
  postings.sort((a, b) => a.postedOn.localeCompare(b.postedOn) || a.unitId.localeCompare(b.unitId));

  // --- Annual reports ------------------------------------------------------------------------------
  const reports: DemoReport[] = [];
  const published = lastYear - 2;
  const drafted = lastYear - 1;
  const reportAgencies = [countyAgency, ...deptAgencies.slice(0, 2)];
  reportAgencies.forEach((agency, i) => {
    const subject = { kind: agency.kind, tier: agency.kind === 'ORG_UNIT' ? county.tier : null };
    if (published >= DEMO_FIRST_YEAR) {
      const next = published + 1;
      // The county by its day; the first department on time, the second after 31 January.
      const window = i === 0 ? ['02-20', '03-28'] : i === 1 ? ['01-15', '01-27'] : ['02-10', '02-27'];
      const on = days.between(day(`${next}-${window[0]}`), day(`${next}-${window[1]}`));
      reports.push({
        subject: subjectOf(agency, published),
        agency: strip(agency),
        narrative: narrativeOf(agency, published),
        dueOn: reportDueOn(dueDates, published, subject),
        publishedOn: on && on <= end ? on : null,
      });
    }
    if (i === 0 && drafted >= DEMO_FIRST_YEAR) {
      reports.push({
        subject: subjectOf(agency, drafted),
        agency: strip(agency),
        narrative: narrativeOf(agency, drafted),
        dueOn: reportDueOn(dueDates, drafted, subject),
        publishedOn: null,
      });
    }
  });

  /** The government's own report (not the 全县汇总 with its subordinates) or the department's. */
  function subjectOf(agency: AgencyInfo, year: number): DemoReport['subject'] {
    return { orgUnitId: agency.kind === 'ORG_UNIT' ? agency.id : null, departmentId: agency.kind === 'DEPARTMENT' ? agency.id : null, year, includeSubordinates: false };
  }

  /** Sections 一, 五 and 六 as an office writes them, with the agency's own figures of the year. */
  function narrativeOf(agency: AgencyInfo, year: number): NarrativeSections {
    const from = day(`${year}-01-01`);
    const to = day(`${year}-12-31`);
    const mine = (a: DemoAgency) => a.kind === agency.kind && a.id === agency.id;
    const own = requests.filter((r) => mine(r.agency));
    const received = own.filter((r) => r.final.receivedOn >= from && r.final.receivedOn <= to).length;
    const answered = own.filter((r) => r.final.answeredOn && r.final.answeredOn >= from && r.final.answeredOn <= to);
    const onTime = answered.filter((r) => r.final.answeredOnTime).length;
    const forward = own.filter((r) => r.final.receivedOn <= to && (!r.final.answeredOn || r.final.answeredOn > to)).length;
    const ownItems = items.filter((it) => mine(it.agency));
    const publishedCount = ownItems.filter((it) => it.input.publishedOn >= from && it.input.publishedOn <= to).length;
    const docs = ownItems.filter((it) => it.input.category === 'NORMATIVE_DOCUMENT' && it.input.createdOn >= from && it.input.createdOn <= to).length;
    const remedies = own.flatMap((r) => r.remedies).filter((m) => m.filedOn >= from && m.filedOn <= to);
    const reviews = remedies.filter((m) => m.kind === 'REVIEW').length;
    const suits = remedies.length - reviews;
    const rate = answered.length > 0 ? ((onTime * 100) / answered.length).toFixed(1) : '100.0';
    const government = agency.kind === 'ORG_UNIT';
    const overview = [
      `${year}年，${agency.name}深入贯彻落实《中华人民共和国政府信息公开条例》，${government ? '围绕县委、县政府中心工作' : '紧扣部门职责'}，持续推进决策、执行、管理、服务、结果“五公开”。`,
      `全年主动公开政府信息${publishedCount}条，其中制发行政规范性文件${docs}件，均按规定同步公开政策解读。`,
      `新收政府信息公开申请${received}件，办结${answered.length}件，按期答复率${rate}%，结转下年度继续办理${forward}件；发生政府信息公开行政复议${reviews}件、行政诉讼${suits}件。`,
      government ? '县政府门户网站政府信息公开专栏按月更新，乡镇（街道）、村（社区）按季度更新政务（村务）公开栏。' : `${agency.short}在县政府门户网站设置部门信息公开专栏，确保公开信息及时准确。`,
    ].join('');
    const problems = [
      `${year}年${agency.short}政府信息公开工作仍存在一些不足：一是个别信息未在形成之日起20个工作日内公开，时效性有待提高；二是政策解读形式较为单一，图表、音视频解读较少；三是依申请公开答复文书的规范性有待加强。`,
      `下一步，将加强${government ? '对乡镇（街道）和县直部门的' : ''}业务培训和日常督查，严格落实公开时限，丰富解读形式，规范依申请公开办理流程，切实提升政府信息公开质量。`,
    ].join('');
    const other = `本年度未收取信息处理费。${year}年${government ? '县人民政府' : agency.short}承办的人大代表建议和政协提案均已按期办结，办理结果已按规定公开。`;
    return { overview, problems, other };
  }

  return { county, requests, items, postings, missingPostings, laggards, reports };
}

const strip = (a: DemoAgency): DemoAgency => ({ kind: a.kind, id: a.id, name: a.name, path: a.path });

/**
 * One request's history as the import path replays it: each step proposed to the lifecycle in
 * order (a refusal is a bug in the generator), none after the end — the rest has not happened yet.
 */
class History {
  readonly events: RequestEvent[];
  readonly steps: DemoStep[] = [];
  private folded: DisclosureRequest;
  private stopped = false;

  constructor(
    private readonly options: LifecycleOptions,
    private readonly end: LocalDate,
    first: RequestEvent,
  ) {
    this.events = [first];
    this.folded = foldRequest(this.events);
  }

  get request(): DisclosureRequest {
    return this.folded;
  }

  take(step: DemoStep): boolean {
    if (this.stopped || step.on > this.end) {
      this.stopped = true;
      return false;
    }
    const proposal = proposeRequestEvent(this.folded, { ...step, actor: CHECK_ACTOR } as RequestCommand, this.options);
    if (!proposal.ok) throw new Error(`demo request step ${step.type} on ${step.on} refused: ${proposal.errors.map((e) => e.messageEn).join('; ')}`);
    this.events.push(...proposal.events);
    this.folded = foldRequest(this.events);
    this.steps.push(step);
    return true;
  }
}
