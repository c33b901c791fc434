// Requests (诉求) per DOMAIN.md "Complaints and hotline": what they are, where they come from, how
// urgent they are, and the states of their handling:
// 受理 received → 派单 dispatched → 签收 signed (or 退单 returned, then dispatched again) → 答复
// replied → 回访 callback → 办结 closed; 重办 reopened after a dissatisfied callback.

/** 诉求类型. */
export const COMPLAINT_KINDS = ['CONSULTATION', 'HELP', 'COMPLAINT', 'REPORT', 'SUGGESTION'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];
export const COMPLAINT_KIND_LABELS: Readonly<Record<ComplaintKind, { zh: string; en: string }>> = {
  CONSULTATION: { zh: '咨询', en: 'consultation' },
  HELP: { zh: '求助', en: 'request for help' },
  COMPLAINT: { zh: '投诉', en: 'complaint' },
  REPORT: { zh: '举报', en: 'report (whistle-blowing)' },
  SUGGESTION: { zh: '建议', en: 'suggestion' },
};

/** 受理渠道. */
export const COMPLAINT_CHANNELS = ['HOTLINE_12345', 'HOTLINE_114', 'WEBSITE', 'MOBILE', 'MAILBOX', 'LETTER', 'IN_PERSON'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];
export const COMPLAINT_CHANNEL_LABELS: Readonly<Record<ComplaintChannel, { zh: string; en: string }>> = {
  HOTLINE_12345: { zh: '12345热线', en: '12345 hotline' },
  HOTLINE_114: { zh: '114政务咨询', en: '114 government enquiries' },
  WEBSITE: { zh: '政府网站', en: 'government website' },
  MOBILE: { zh: '移动端', en: 'mobile app' },
  MAILBOX: { zh: '领导信箱', en: 'leaders’ mailbox' },
  LETTER: { zh: '来信', en: 'letter' },
  IN_PERSON: { zh: '来访', en: 'in person' },
};
/** Channels that are telephone lines (call records may be imported for them). */
export const PHONE_LINES = ['HOTLINE_12345', 'HOTLINE_114'] as const satisfies readonly ComplaintChannel[];
export type PhoneLine = (typeof PHONE_LINES)[number];

/** 紧急程度: each class has its own sign-off and reply limits (time-limits.ts). */
export const PRIORITIES = ['URGENT', 'UTILITIES', 'ORDINARY', 'COMPLEX'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const PRIORITY_LABELS: Readonly<Record<Priority, { zh: string; en: string }>> = {
  URGENT: { zh: '紧急', en: 'urgent' },
  UTILITIES: { zh: '水电气热', en: 'utilities' },
  ORDINARY: { zh: '一般', en: 'ordinary' },
  COMPLEX: { zh: '复杂', en: 'complex' },
};

export const COMPLAINT_STATES = ['RECEIVED', 'DISPATCHED', 'RETURNED', 'SIGNED', 'REOPENED', 'REPLIED', 'CLOSED'] as const;
export type ComplaintState = (typeof COMPLAINT_STATES)[number];
export const COMPLAINT_STATE_LABELS: Readonly<Record<ComplaintState, { zh: string; en: string }>> = {
  RECEIVED: { zh: '已受理', en: 'received' },
  DISPATCHED: { zh: '已派单', en: 'dispatched' },
  RETURNED: { zh: '已退单', en: 'returned' },
  SIGNED: { zh: '已签收', en: 'signed off' },
  REOPENED: { zh: '重办中', en: 'reopened' },
  REPLIED: { zh: '已答复', en: 'replied' },
  CLOSED: { zh: '已办结', en: 'closed' },
};

/** States in which the request still awaits its reply: the reply deadline runs. */
export const OPEN_STATES: readonly ComplaintState[] = ['RECEIVED', 'DISPATCHED', 'RETURNED', 'SIGNED', 'REOPENED'];
export const isOpen = (s: ComplaintState) => OPEN_STATES.includes(s);

/** 满意度: five levels, 5 非常满意 … 1 非常不满意. */
export const SATISFACTION_LABELS: Readonly<Record<1 | 2 | 3 | 4 | 5, { zh: string; en: string }>> = {
  5: { zh: '非常满意', en: 'very satisfied' },
  4: { zh: '满意', en: 'satisfied' },
  3: { zh: '基本满意', en: 'fairly satisfied' },
  2: { zh: '不满意', en: 'dissatisfied' },
  1: { zh: '非常不满意', en: 'very dissatisfied' },
};
/** 不满意 and 非常不满意 reopen the request. */
export const isDissatisfied = (level: number) => level <= 2;

/** 承办单位: a department, or a township or village government (an org unit). */
export type AssigneeKind = 'DEPARTMENT' | 'ORG_UNIT';
export type WarningLevel = 'NONE' | 'YELLOW' | 'RED';
