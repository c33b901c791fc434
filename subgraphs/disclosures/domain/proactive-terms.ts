// 主动公开 (政府信息公开条例 第二十条, 第二十六条): what an item is, where it is published, and the
// 20-working-day publication limit. The categories the annual report's table 二 counts come first.
import { dueDate, type LocalDate, type WorkingCalendar } from '../../shared/calendar';

type Labels<K extends string> = Readonly<Record<K, { zh: string; en: string }>>;

export const PROACTIVE_CATEGORIES = [
  'REGULATION',
  'NORMATIVE_DOCUMENT',
  'LICENSING_DECISION',
  'PENALTY_DECISION',
  'ENFORCEMENT_DECISION',
  'FEES',
  'ORGANIZATION',
  'PLANNING',
  'STATISTICS',
  'BUDGET',
  'PROCUREMENT',
  'PUBLIC_SERVICE',
  'PERSONNEL',
  'POLICY_INTERPRETATION',
  'OTHER',
] as const;
export type ProactiveCategory = (typeof PROACTIVE_CATEGORIES)[number];
export const PROACTIVE_CATEGORY_LABELS: Labels<ProactiveCategory> = {
  REGULATION: { zh: '规章', en: 'regulation (rules)' },
  NORMATIVE_DOCUMENT: { zh: '行政规范性文件', en: 'normative document' },
  LICENSING_DECISION: { zh: '行政许可', en: 'licensing decisions' },
  PENALTY_DECISION: { zh: '行政处罚', en: 'penalty decisions' },
  ENFORCEMENT_DECISION: { zh: '行政强制', en: 'enforcement decisions' },
  FEES: { zh: '行政事业性收费', en: 'administrative fees' },
  ORGANIZATION: { zh: '机构职能', en: 'organization and functions' },
  PLANNING: { zh: '规划计划', en: 'plans and programmes' },
  STATISTICS: { zh: '统计信息', en: 'statistics' },
  BUDGET: { zh: '财政预决算', en: 'budgets and final accounts' },
  PROCUREMENT: { zh: '政府采购', en: 'government procurement' },
  PUBLIC_SERVICE: { zh: '公共服务事项', en: 'public services' },
  PERSONNEL: { zh: '人事信息', en: 'personnel' },
  POLICY_INTERPRETATION: { zh: '政策解读', en: 'policy interpretation' },
  OTHER: { zh: '其他', en: 'other' },
};

/** Documents with a life: issued (制发), possibly repealed (废止); table 二 counts each state. */
export const DOCUMENT_CATEGORIES = ['REGULATION', 'NORMATIVE_DOCUMENT'] as const satisfies readonly ProactiveCategory[];
/** Items that publish decisions; one item may carry a batch (a monthly 双公示 list). */
export const DECISION_CATEGORIES = ['LICENSING_DECISION', 'PENALTY_DECISION', 'ENFORCEMENT_DECISION'] as const satisfies readonly ProactiveCategory[];
export const isDocument = (c: ProactiveCategory) => (DOCUMENT_CATEGORIES as readonly string[]).includes(c);
export const isDecision = (c: ProactiveCategory) => (DECISION_CATEGORIES as readonly string[]).includes(c);

/** 公开渠道. */
export const PROACTIVE_CHANNELS = ['WEBSITE', 'BOARD', 'MOBILE_NEWS', 'SCREEN', 'READING_ROOM'] as const;
export type ProactiveChannel = (typeof PROACTIVE_CHANNELS)[number];
export const PROACTIVE_CHANNEL_LABELS: Labels<ProactiveChannel> = {
  WEBSITE: { zh: '政府网站', en: 'government website' },
  BOARD: { zh: '公开栏', en: 'notice board' },
  MOBILE_NEWS: { zh: '手机报', en: 'mobile news' },
  SCREEN: { zh: '电子显示屏', en: 'display screen' },
  READING_ROOM: { zh: '政府信息查阅室', en: 'reading room' },
};

/** 第二十六条: published within 20 working days of the information being created or changed. */
export const DEFAULT_PUBLISH_WORKING_DAYS = 20;

/** The last day an item may be published on time (day 0 is the day it was created or changed). */
export const publishDueOn = (calendar: WorkingCalendar, createdOrChangedOn: LocalDate, workingDays: number): LocalDate =>
  dueDate(calendar, new Date(`${createdOrChangedOn}T12:00:00+08:00`), workingDays, [])!;
