// Request figures (诉求统计) from the grouped counts, every rate with its counts and target
// (DOMAIN.md "Complaints and hotline"):
//  - received in the period, by kind and channel; 重复来电率 = linked repeats / received;
//  - 按时签收率 = dispatches signed off in time / signed off in the period;
//  - 退单率 = dispatches returned / dispatched in the period (lower is better);
//  - 按时办结率 = replies within the deadline / replies in the period (办结 = 答复);
//  - 回访率 = of the period's replies, called back (reached) by the snapshot day;
//  - 满意率 = callbacks at the satisfied levels / callbacks with a level in the period;
//  - overdue open at the snapshot, with ageing in working days past the deadline's day;
//  - average hours from receipt to reply.
import { nthWorkingDayBack, type LocalDate, type WorkingCalendar } from '../../shared/calendar';
import { rate, type AgeingBucket, type Rate } from '../../shared/rate';
import { CATEGORIES, isCategory } from './categories';
import { COMPLAINT_CHANNELS, COMPLAINT_CHANNEL_LABELS, COMPLAINT_KINDS, COMPLAINT_KIND_LABELS, type ComplaintChannel, type ComplaintKind } from './complaint-state';
import { channelColumn, kindColumn, type ComplaintCounts, type ComplaintStatsWindow } from './stats-query';
import { endOfLocalDay, localMinute } from './time-limits';

export interface ComplaintTargets {
  signOnTimeRate: number;
  onTimeRate: number;
  callbackRate: number;
  satisfactionRate: number;
  /** Ceilings. */
  returnRate: number;
  duplicateRate: number;
}

export const DEFAULT_COMPLAINT_TARGETS: ComplaintTargets = {
  signOnTimeRate: 0.98,
  onTimeRate: 0.95,
  callbackRate: 0.9,
  satisfactionRate: 0.9,
  returnRate: 0.05,
  duplicateRate: 0.1,
};

export interface CategoryCount {
  code: string;
  label: string;
  labelEn: string;
  count: number;
}

export interface ComplaintStats {
  received: number;
  byKind: { kind: ComplaintKind; label: string; count: number }[];
  byChannel: { channel: ComplaintChannel; label: string; count: number }[];
  duplicates: number;
  duplicateRate: Rate;
  dispatched: number;
  returned: number;
  returnRate: Rate;
  signed: number;
  signedOnTime: number;
  signOnTimeRate: Rate;
  replied: number;
  repliedOnTime: number;
  onTimeRate: Rate;
  calledBack: number;
  callbackRate: Rate;
  rated: number;
  satisfied: number;
  dissatisfied: number;
  satisfactionRate: Rate;
  reopened: number;
  escalated: number;
  overdueOpen: number;
  overdueAgeing: AgeingBucket[];
  averageHoursToReply: number | null;
  topCategories: CategoryCount[];
}

export function complaintStats(
  c: ComplaintCounts,
  categories: ReadonlyMap<string, number>,
  targets: ComplaintTargets = DEFAULT_COMPLAINT_TARGETS,
  topN = 5,
): ComplaintStats {
  return {
    received: c.received,
    byKind: COMPLAINT_KINDS.map((kind) => ({ kind, label: COMPLAINT_KIND_LABELS[kind].zh, count: c[kindColumn(kind)] })),
    byChannel: COMPLAINT_CHANNELS.map((channel) => ({ channel, label: COMPLAINT_CHANNEL_LABELS[channel].zh, count: c[channelColumn(channel)] })),
    duplicates: c.duplicates,
    duplicateRate: rate(c.duplicates, c.received, targets.duplicateRate, 'lower'),
    dispatched: c.dispatched,
    returned: c.returned,
    returnRate: rate(c.returned, c.dispatched, targets.returnRate, 'lower'),
    signed: c.signed,
    signedOnTime: c.signedOnTime,
    signOnTimeRate: rate(c.signedOnTime, c.signed, targets.signOnTimeRate),
    replied: c.replied,
    repliedOnTime: c.repliedOnTime,
    onTimeRate: rate(c.repliedOnTime, c.replied, targets.onTimeRate),
    calledBack: c.calledBack,
    callbackRate: rate(c.calledBack, c.replied, targets.callbackRate),
    rated: c.rated,
    satisfied: c.satisfied,
    dissatisfied: c.dissatisfied,
    satisfactionRate: rate(c.satisfied, c.rated, targets.satisfactionRate),
    reopened: c.reopened,
    escalated: c.escalated,
    overdueOpen: c.overdueOpen,
    overdueAgeing: [
      { label: '不足1个工作日', minDays: 0, maxDays: 0, count: c.overdueUnder1 },
      { label: '1–5 个工作日', minDays: 1, maxDays: 5, count: c.overdue1to5 },
      { label: '6–10 个工作日', minDays: 6, maxDays: 10, count: c.overdue6to10 },
      { label: '10 个工作日以上', minDays: 11, maxDays: null, count: c.overdue11plus },
    ],
    averageHoursToReply: c.replied === 0 ? null : Math.round((c.replyMinutesSum / 60 / c.replied) * 10) / 10,
    topCategories: [...categories]
      .filter(([, count]) => count > 0)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .slice(0, topN)
      .map(([code, count]) => ({
        code,
        label: isCategory(code) ? CATEGORIES[code].zh : code,
        labelEn: isCategory(code) ? CATEGORIES[code].en : code,
        count,
      })),
  };
}

/**
 * The statement's window: the snapshot is the end of asOf, or now when asOf is today (a request
 * due at 15:00 is not overdue at 10:00).
 */
export function statsWindow(
  cal: WorkingCalendar,
  period: { from: LocalDate; to: LocalDate; asOf: LocalDate },
  now: Date,
  satisfiedFrom: number,
): ComplaintStatsWindow {
  const end = endOfLocalDay(period.asOf);
  return {
    ...period,
    overdueBefore: localMinute(now < end ? now : end),
    thresholds: { 1: nthWorkingDayBack(cal, period.asOf, 1), 6: nthWorkingDayBack(cal, period.asOf, 6), 11: nthWorkingDayBack(cal, period.asOf, 11) },
    satisfiedFrom,
  };
}
