import type { ClockStopReason } from '../../shared/calendar';
import { describeValues as describe, registerWarningLevel } from '../../shared/value-types';
import { builder } from '../builder';
import { CASE_EVENT_TYPES, type CaseEventType } from '../domain/case-events';
import { CASE_STATES, type CaseState } from '../domain/case-state';

export const CaseStateEnum = builder.enumType('CaseState', {
  description: '办件状态 — where a case stands',
  values: describe<CaseState>(CASE_STATES, {
    RECEIVED: '已收件 — received, not yet accepted (may be on its way up the tiers)',
    NOT_ACCEPTED: '不予受理 — turned down at acceptance',
    ACCEPTED: '已受理 — accepted; the working-day clock runs',
    UNDER_REVIEW: '审查中 — in a review stage',
    APPROVED: '准予许可 — decided: approved (办结)',
    REFUSED: '不予许可 — decided: refused (办结)',
    DELIVERED: '已送达 — the decision or licence was handed over (送达/领证)',
    RETURNED: '已退回 — returned to the applicant',
    WITHDRAWN: '已撤回 — withdrawn at the applicant’s request',
  }),
});

export const CaseEventTypeEnum = builder.enumType('CaseEventType', {
  description: '办件事件类型 — kind of step in a case history',
  values: describe<CaseEventType>(CASE_EVENT_TYPES, {
    RECEIVED: '收件 — the application arrived',
    FORWARDED: '转报 — handed up the tiers (四级联动: village → township → county department)',
    ACCEPTED: '受理 — accepted by the handling department',
    NOT_ACCEPTED: '不予受理 — turned down',
    STAGE_STARTED: '进入环节 — a review stage with its own limit began',
    CLOCK_STOPPED: '暂停计时 — clock stopped (补正, 听证, 检验, 检测, 鉴定, 专家评审 …)',
    CLOCK_RESUMED: '恢复计时 — clock restarted',
    EXTENDED: '延期 — approved extension',
    SUBTASK_DECIDED: '子任务办结 — one department’s result in a parallel case',
    APPROVED: '准予许可 — approved',
    REFUSED: '不予许可 — refused',
    DELIVERED: '送达 — decision delivered',
    RETURNED: '退回 — returned to the applicant',
    WITHDRAWN: '撤回 — withdrawn',
    RATED: '评价 — 好差评 rating',
    CALLED_BACK: '回访 — callback after a 差评',
    RECTIFICATION_PLANNED: '整改 — rectification, immediate or on the ledger with a deadline',
    RECTIFIED: '整改完成 — rectification done',
    ESCALATED: '督办 — escalated by a supervision office',
  }),
});

export const ItemKindEnum = builder.enumType('CaseItemKind', {
  description: '办件类型 — 即办件 or 承诺件, from the service item at receipt',
  values: describe(['IMMEDIATE', 'PROMISED'] as const, {
    IMMEDIATE: '即办件 — settled on the spot, due the day of acceptance',
    PROMISED: '承诺件 — due within the item’s promised working days',
  }),
});

export const ChannelEnum = builder.enumType('CaseChannel', {
  description: '收件渠道 — how the application arrived',
  values: describe(['WINDOW', 'ONLINE', 'AGENCY_POINT'] as const, {
    WINDOW: '窗口 — at a service centre window',
    ONLINE: '网上 — online',
    AGENCY_POINT: '代办点 — at a village agency point (代办)',
  }),
});

export const ApplicantKindEnum = builder.enumType('ApplicantKind', {
  description: '申请人类型 — person or organisation',
  values: describe(['PERSON', 'ORGANISATION'] as const, {
    PERSON: '自然人 — a person (name, phone and ID number are personal data)',
    ORGANISATION: '法人或其他组织 — an organisation (统一社会信用代码)',
  }),
});

export const WarningLevelEnum = registerWarningLevel(builder);

export const WarningKindEnum = builder.enumType('WarningKind', {
  description: '预警类型 — what the card is for',
  values: describe(['DUE_SOON', 'OVERDUE', 'STAGE_OVERDUE'] as const, {
    DUE_SOON: '即将到期 — few working days left',
    OVERDUE: '超期 — past the due date',
    STAGE_OVERDUE: '环节超时 — a stage over its own limit',
  }),
});

export const ClockStopReasonEnum = builder.enumType('ClockStopReason', {
  description: '暂停计时原因 — statutory reasons the clock stops (行政许可法 第32条, 第45条)',
  values: describe<ClockStopReason>(
    ['CORRECTION', 'HEARING', 'TENDER', 'AUCTION', 'INSPECTION', 'TESTING', 'QUARANTINE', 'APPRAISAL', 'EXPERT_REVIEW'],
    {
      CORRECTION: '补正 — waiting for missing materials',
      HEARING: '听证 — hearing',
      TENDER: '招标 — tender',
      AUCTION: '拍卖 — auction',
      INSPECTION: '检验 — inspection',
      TESTING: '检测 — testing',
      QUARANTINE: '检疫 — quarantine',
      APPRAISAL: '鉴定 — appraisal',
      EXPERT_REVIEW: '专家评审 — expert review',
    },
  ),
});

export const SubTaskStateEnum = builder.enumType('SubTaskState', {
  description: '子任务状态 — a department’s part of a parallel case',
  values: describe(['OPEN', 'APPROVED', 'REFUSED'] as const, {
    OPEN: '办理中 — in progress',
    APPROVED: '同意 — approved',
    REFUSED: '不同意 — refused',
  }),
});

export const FollowupStateEnum = builder.enumType('FollowupState', {
  description: '差评整改状态 — follow-up of a bad rating',
  values: describe(['AWAITING_CALLBACK', 'CALLED_BACK', 'RECTIFYING', 'RECTIFIED'] as const, {
    AWAITING_CALLBACK: '待回访 — the applicant has not been called back yet',
    CALLED_BACK: '已回访 — called back; rectification not yet planned',
    RECTIFYING: '整改中 — on the rectification ledger with a deadline',
    RECTIFIED: '已整改 — rectified',
  }),
});

export const RatingChannelEnum = builder.enumType('RatingChannel', {
  description: '评价渠道 — where the rating was given',
  values: describe(['ON_SITE', 'ONLINE'] as const, {
    ON_SITE: '现场评价 — at the window (评价器)',
    ONLINE: '网上评价 — online or by SMS',
  }),
});

export const RectificationModeEnum = builder.enumType('RectificationMode', {
  description: '整改方式 — immediately, or on the ledger with a deadline',
  values: describe(['IMMEDIATE', 'LEDGER'] as const, {
    IMMEDIATE: '立行立改 — fixed at once',
    LEDGER: '限期整改 — on the ledger with a deadline',
  }),
});

export const DeliveryMethodEnum = builder.enumType('DeliveryMethod', {
  description: '送达方式 — how the decision reached the applicant',
  values: describe(['WINDOW', 'POST', 'ONLINE'] as const, {
    WINDOW: '窗口领取 — collected at the window',
    POST: '邮寄 — by post',
    ONLINE: '网上送达 — electronic delivery',
  }),
});

export const CaseSortEnum = builder.enumType('CaseSort', {
  description: '排序 — order of a case list',
  values: describe(['MOST_OVERDUE_FIRST', 'NEWEST_FIRST'] as const, {
    MOST_OVERDUE_FIRST: '超期最久在前 — earliest due date (dueOn, due at the end of that day in Asia/Shanghai) first, ties by id; undated cases last',
    NEWEST_FIRST: '最新收件在前 — latest receipt first',
  }),
});
