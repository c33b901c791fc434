// 预警 on requests: yellow when the share of the reply limit left falls to the configured
// fraction (default a fifth), red when the reply is overdue, red when a dispatch is not signed off
// in time (签收超时). Each condition is stored once per deadline, so a new deadline (督办, 重办)
// can raise it again.
import type { ComplaintAggregate } from './complaint-aggregate';
import { currentDispatch } from './complaint-aggregate';
import { isOpen, type WarningLevel } from './complaint-state';
import { localMinute } from './time-limits';

export type ComplaintWarningKind = 'SIGN_OVERDUE' | 'REPLY_DUE_SOON' | 'REPLY_OVERDUE';

export interface WarningConfig {
  /** Yellow once at most this share of the reply limit is left (0–1). */
  yellowShare: number;
}

export const DEFAULT_WARNING_CONFIG: WarningConfig = { yellowShare: 0.2 };

export interface WarningCandidate {
  dedupeKey: string;
  kind: ComplaintWarningKind;
  level: Exclude<WarningLevel, 'NONE'>;
  dueAt: Date;
  reason: string;
}

export function evaluateWarnings(c: ComplaintAggregate, asOf: Date, config: WarningConfig = DEFAULT_WARNING_CONFIG): WarningCandidate[] {
  if (!isOpen(c.state)) return [];
  const found: WarningCandidate[] = [];
  const title = c.received.title;
  const due = c.replyDueAt;
  const dueText = localMinute(due);
  if (asOf > due) {
    found.push({ dedupeKey: `REPLY_OVERDUE|${due.toISOString()}|RED`, kind: 'REPLY_OVERDUE', level: 'RED', dueAt: due, reason: `“${title}”已超过答复时限（应于 ${dueText} 前答复）` });
  } else {
    const total = due.getTime() - c.replyClockStart.getTime();
    const left = due.getTime() - asOf.getTime();
    if (total > 0 && left <= total * config.yellowShare) {
      found.push({ dedupeKey: `REPLY_DUE_SOON|${due.toISOString()}|YELLOW`, kind: 'REPLY_DUE_SOON', level: 'YELLOW', dueAt: due, reason: `“${title}”即将到期（应于 ${dueText} 前答复）` });
    }
  }
  const dispatch = currentDispatch(c);
  if (c.state === 'DISPATCHED' && dispatch && asOf > dispatch.signDueAt) {
    found.push({
      dedupeKey: `SIGN_OVERDUE|${dispatch.seq}|RED`,
      kind: 'SIGN_OVERDUE',
      level: 'RED',
      dueAt: dispatch.signDueAt,
      reason: `${dispatch.assignee.name}未按时签收（应于 ${localMinute(dispatch.signDueAt)} 前签收）`,
    });
  }
  return found;
}

export function highestLevel(cards: readonly WarningCandidate[]): WarningLevel {
  if (cards.some((c) => c.level === 'RED')) return 'RED';
  return cards.length > 0 ? 'YELLOW' : 'NONE';
}
