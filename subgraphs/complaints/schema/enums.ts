import { describeLabelled, describeValues as describe, registerWarningLevel } from '../../shared/value-types';
import { builder } from '../builder';
import { CATEGORIES, CATEGORY_CODES, type CategoryCode } from '../domain/categories';
import { COMPLAINT_EVENT_TYPES, type ComplaintEventType } from '../domain/complaint-events';
import {
  COMPLAINT_CHANNEL_LABELS,
  COMPLAINT_CHANNELS,
  COMPLAINT_KIND_LABELS,
  COMPLAINT_KINDS,
  COMPLAINT_STATES,
  PHONE_LINES,
  PRIORITIES,
  PRIORITY_LABELS,
  type AssigneeKind,
  type ComplaintChannel,
  type ComplaintKind,
  type ComplaintState,
  type Priority,
} from '../domain/complaint-state';
import type { ComplaintWarningKind } from '../domain/warnings';

export const ComplaintKindEnum = builder.enumType('ComplaintKind', {
  description: '诉求类型 — kind of request',
  values: describeLabelled<ComplaintKind>(COMPLAINT_KINDS, COMPLAINT_KIND_LABELS),
});

export const ComplaintChannelEnum = builder.enumType('ComplaintChannel', {
  description: '受理渠道 — where the request came in',
  values: describeLabelled<ComplaintChannel>(COMPLAINT_CHANNELS, COMPLAINT_CHANNEL_LABELS),
});

export const ComplaintCategoryEnum = builder.enumType('ComplaintCategory', {
  description: '诉求分类 — the matter a request is about',
  values: describeLabelled<CategoryCode>(CATEGORY_CODES, CATEGORIES),
});

export const ComplaintPriorityEnum = builder.enumType('ComplaintPriority', {
  description: '紧急程度 — priority class; each has its own sign-off and reply limits',
  values: describe<Priority>(PRIORITIES, {
    URGENT: `${PRIORITY_LABELS.URGENT.zh} — urgent: reply within 2 hours by default`,
    UTILITIES: `${PRIORITY_LABELS.UTILITIES.zh} — water, power, gas, heating: reply within 24 hours by default`,
    ORDINARY: `${PRIORITY_LABELS.ORDINARY.zh} — ordinary: reply within 5 working days by default`,
    COMPLEX: `${PRIORITY_LABELS.COMPLEX.zh} — complex: reply within 15 working days by default`,
  }),
});

export const ComplaintStateEnum = builder.enumType('ComplaintState', {
  description: '诉求状态 — where a request stands',
  values: describe<ComplaintState>(COMPLAINT_STATES, {
    RECEIVED: '已受理 — taken, not yet dispatched',
    DISPATCHED: '已派单 — dispatched, awaiting sign-off (签收)',
    RETURNED: '已退单 — returned by the assignee, awaiting a new dispatch',
    SIGNED: '已签收 — signed off by the assignee, being handled',
    REOPENED: '重办中 — reopened after a dissatisfied callback',
    REPLIED: '已答复 — replied, awaiting the callback (回访)',
    CLOSED: '已办结 — closed',
  }),
});

export const ComplaintEventTypeEnum = builder.enumType('ComplaintEventType', {
  description: '诉求事件类型 — kind of step in a request’s history',
  values: describe<ComplaintEventType>(COMPLAINT_EVENT_TYPES, {
    RECEIVED: '受理 — the request was taken',
    DISPATCHED: '派单 — dispatched to an assignee (承办单位)',
    RETURNED: '退单 — returned by the assignee, with a reason',
    SIGNED: '签收 — signed off by the assignee',
    REPLIED: '答复 — replied (by the assignee, or directly by the hotline)',
    CALLED_BACK: '回访 — the citizen was called back',
    REOPENED: '重办 — reopened after a dissatisfied callback',
    CLOSED: '办结 — closed',
    ESCALATED: '督办 — pressed by a supervision office, with a new deadline',
    DUPLICATE_LINKED: '重复来电 — a later request on the same matter was linked',
  }),
});

/** The steps a feed may import (REOPENED and DUPLICATE_LINKED only follow from other steps). */
export const COMPLAINT_IMPORT_TYPES = ['RECEIVED', 'DISPATCHED', 'RETURNED', 'SIGNED', 'REPLIED', 'CALLED_BACK', 'CLOSED', 'ESCALATED'] as const;
export const ComplaintStepEnum = builder.enumType('ComplaintStep', {
  description: '可导入的诉求环节 — a step another system may import',
  values: describe(COMPLAINT_IMPORT_TYPES, {
    RECEIVED: '受理', DISPATCHED: '派单', RETURNED: '退单', SIGNED: '签收', REPLIED: '答复', CALLED_BACK: '回访', CLOSED: '办结', ESCALATED: '督办',
  }),
});

export const AssigneeKindEnum = builder.enumType('ComplaintAssigneeKind', {
  description: '承办单位类型 — a department, or a township/village government',
  values: describe<AssigneeKind>(['DEPARTMENT', 'ORG_UNIT'], {
    DEPARTMENT: '部门 — a department',
    ORG_UNIT: '乡镇/村 — a township or village government',
  }),
});

export const ComplaintWarningKindEnum = builder.enumType('ComplaintWarningKind', {
  description: '诉求预警类型 — what the card is for',
  values: describe<ComplaintWarningKind>(['SIGN_OVERDUE', 'REPLY_DUE_SOON', 'REPLY_OVERDUE'], {
    SIGN_OVERDUE: '签收超时 — a dispatch not signed off in time',
    REPLY_DUE_SOON: '即将到期 — at most a fifth of the reply limit left (configurable)',
    REPLY_OVERDUE: '答复超期 — the reply deadline has passed',
  }),
});

export const WarningLevelEnum = registerWarningLevel(builder);

export const ComplaintSortEnum = builder.enumType('ComplaintSort', {
  description: '诉求排序 — order of the list',
  values: describe(['MOST_OVERDUE_FIRST', 'NEWEST_FIRST'] as const, {
    MOST_OVERDUE_FIRST: '超期最久在前 — earliest promised reply deadline (promisedReplyAt) first, ties by id (ageing)',
    NEWEST_FIRST: '最新在前 — most recently received first',
  }),
});

export const HotlineLineEnum = builder.enumType('HotlineLine', {
  description: '热线线路 — a telephone line whose calls are imported',
  values: describe(PHONE_LINES, { HOTLINE_12345: '12345 政务服务便民热线', HOTLINE_114: '114 政务咨询' }),
});
