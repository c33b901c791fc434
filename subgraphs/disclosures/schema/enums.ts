import { describeLabelled, describeValues, registerWarningLevel } from '../../shared/value-types';
import { builder } from '../builder';
import { PROACTIVE_CATEGORIES, PROACTIVE_CATEGORY_LABELS, PROACTIVE_CHANNELS, PROACTIVE_CHANNEL_LABELS } from '../domain/proactive-terms';
import { CONSULTED_PARTIES, CONSULTED_PARTY_LABELS, REQUEST_EVENT_LABELS, REQUEST_STATE_LABELS, REQUEST_STATES, type RequestEventType } from '../domain/request-lifecycle';
import {
  APPLICANT_TYPE_LABELS,
  APPLICANT_TYPES,
  OUTCOME_GROUP_LABELS,
  OUTCOME_GROUPS,
  OUTCOME_TERMS,
  OUTCOMES,
  outcomeLabelZh,
  REMEDY_KIND_LABELS,
  REMEDY_KINDS,
  REMEDY_RESULT_LABELS,
  REMEDY_RESULTS,
  REQUEST_CHANNEL_LABELS,
  REQUEST_CHANNELS,
} from '../domain/request-terms';

export const ApplicantTypeEnum = builder.enumType('DisclosureApplicantType', {
  description: '申请人类型 — the columns of the annual report’s table 三',
  values: describeLabelled(APPLICANT_TYPES, APPLICANT_TYPE_LABELS),
});

export const RequestChannelEnum = builder.enumType('DisclosureRequestChannel', {
  description: '申请方式 — decides the day of receipt (第三十一条)',
  values: describeLabelled(REQUEST_CHANNELS, REQUEST_CHANNEL_LABELS),
});

export const RequestStateEnum = builder.enumType('DisclosureRequestState', {
  description: '办理状态 — where a request stands',
  values: describeLabelled(REQUEST_STATES, REQUEST_STATE_LABELS),
});

const OUTCOME_LABELS = Object.fromEntries(OUTCOMES.map((o) => [o, { zh: outcomeLabelZh(o, true), en: OUTCOME_TERMS[o].en }]));
export const OutcomeEnum = builder.enumType('DisclosureOutcome', {
  description: '办理结果 — exactly the rows of the annual report’s table 三',
  values: describeLabelled(OUTCOMES, OUTCOME_LABELS as Record<(typeof OUTCOMES)[number], { zh: string; en: string }>),
});

export const OutcomeGroupEnum = builder.enumType('DisclosureOutcomeGroup', {
  description: '办理结果类别 — (一) … (六) of table 三',
  values: describeLabelled(OUTCOME_GROUPS, OUTCOME_GROUP_LABELS),
});

export const ConsultedPartyEnum = builder.enumType('DisclosureConsultedParty', {
  description: '征求意见对象 — third party (第三十二条) or another agency (第三十四条)',
  values: describeLabelled(CONSULTED_PARTIES, CONSULTED_PARTY_LABELS),
});

export const RequestEventTypeEnum = builder.enumType('DisclosureRequestEventType', {
  description: '办理步骤 — a step in a request’s history',
  values: describeLabelled(Object.keys(REQUEST_EVENT_LABELS) as RequestEventType[], REQUEST_EVENT_LABELS),
});

export const RemedyKindEnum = builder.enumType('DisclosureRemedyKind', {
  description: '救济类型 — administrative review or litigation (table 四)',
  values: describeLabelled(REMEDY_KINDS, REMEDY_KIND_LABELS),
});

export const RemedyResultEnum = builder.enumType('DisclosureRemedyResult', {
  description: '审理结果 — the columns of table 四',
  values: describeLabelled(REMEDY_RESULTS, REMEDY_RESULT_LABELS),
});

export const ProactiveCategoryEnum = builder.enumType('ProactiveCategory', {
  description: '主动公开类别 — by 第二十条; the first six feed table 二',
  values: describeLabelled(PROACTIVE_CATEGORIES, PROACTIVE_CATEGORY_LABELS),
});

export const ProactiveChannelEnum = builder.enumType('ProactiveChannel', {
  description: '公开渠道 — where an item is published',
  values: describeLabelled(PROACTIVE_CHANNELS, PROACTIVE_CHANNEL_LABELS),
});

export const WarningLevelEnum = registerWarningLevel(builder);

export const RequestSortEnum = builder.enumType('DisclosureRequestSort', {
  description: '申请台账排序 — order of the request ledger',
  values: describeValues(['LEDGER', 'MOST_OVERDUE_FIRST'] as const, {
    LEDGER: '台账顺序 — running deadline first (earliest first), then stopped clocks and answered requests by receipt day; ties by receipt day, then id',
    MOST_OVERDUE_FIRST: '超期最久在前 — earliest running deadline (dueOn, due at the end of that day in Asia/Shanghai) first, ties by id; stopped clocks and answered requests last (the order the other 超期件 lists use)',
  }),
});
