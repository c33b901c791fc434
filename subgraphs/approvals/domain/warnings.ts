// 电子监察 红黄牌: evaluating a case against "now". Yellow when at most N working days remain
// (default 1, configurable), red when overdue, red for a stage over its own limit (环节超时).
// Parallel cases are evaluated per sub-task, so the late department gets the card.
import { toLocalDate, type LocalDate, type WorkingCalendar } from '../../shared/calendar';
import { currentStage, type CaseAggregate } from './case-aggregate';
import { isInProgress, type WarningLevel } from './case-state';
import { caseDueOn, remainingDays, stageDueOn, stageRemainingDays, subTaskDueOn, subTaskRemainingDays } from './deadline';

export type WarningKind = 'DUE_SOON' | 'OVERDUE' | 'STAGE_OVERDUE';

export interface WarningConfig {
  /** Yellow when remaining working days ≤ this. */
  yellowWithinDays: number;
}

export const DEFAULT_WARNING_CONFIG: WarningConfig = { yellowWithinDays: 1 };

export interface WarningCandidate {
  /** Stable per case: the same condition found again is the same warning. */
  dedupeKey: string;
  kind: WarningKind;
  level: Exclude<WarningLevel, 'NONE'>;
  departmentId: string | null;
  stageName: string | null;
  dueOn: LocalDate;
  remainingDays: number;
  reason: string;
}

function deadlineCard(
  remaining: number,
  config: WarningConfig,
): { kind: WarningKind; level: 'YELLOW' | 'RED' } | null {
  if (remaining < 0) return { kind: 'OVERDUE', level: 'RED' };
  if (remaining <= config.yellowWithinDays) return { kind: 'DUE_SOON', level: 'YELLOW' };
  return null;
}

/**
 * Cards a case deserves at `asOf`; none for cases not in progress. While the clock is stopped the
 * remaining days stay frozen, so a card held when it stopped is kept (never a new one).
 */
export function evaluateWarnings(
  cal: WorkingCalendar,
  c: CaseAggregate,
  asOf: Date,
  config: WarningConfig = DEFAULT_WARNING_CONFIG,
): WarningCandidate[] {
  if (!isInProgress(c.state) || !c.acceptedAt) return [];
  const found: WarningCandidate[] = [];
  const item = c.received.item.name;
  if (c.subTasks.length === 0) {
    const remaining = remainingDays(cal, c, asOf);
    const dueOn = caseDueOn(cal, c);
    const card = remaining === null || dueOn === null ? null : deadlineCard(remaining, config);
    if (card && dueOn && remaining !== null) {
      found.push({
        dedupeKey: `${card.kind}||${card.level}`,
        ...card,
        departmentId: c.handling?.id ?? null,
        stageName: null,
        dueOn,
        remainingDays: remaining,
        reason:
          card.level === 'RED'
            ? `“${item}”已超期 ${-remaining} 个工作日（应于 ${dueOn} 办结）`
            : `“${item}”剩余 ${remaining} 个工作日（应于 ${dueOn} 办结）`,
      });
    }
  }
  for (const task of c.subTasks) {
    if (task.state !== 'OPEN') continue;
    const remaining = subTaskRemainingDays(cal, c, task, asOf);
    const dueOn = subTaskDueOn(cal, c, task);
    const card = remaining === null || dueOn === null ? null : deadlineCard(remaining, config);
    if (card && dueOn && remaining !== null) {
      found.push({
        dedupeKey: `${card.kind}|${task.department.id}|${card.level}`,
        ...card,
        departmentId: task.department.id,
        stageName: null,
        dueOn,
        remainingDays: remaining,
        reason:
          card.level === 'RED'
            ? `并联子任务已超期 ${-remaining} 个工作日（应于 ${dueOn} 办结）`
            : `并联子任务剩余 ${remaining} 个工作日（应于 ${dueOn} 办结）`,
      });
    }
  }
  const stage = currentStage(c);
  if (stage) {
    const remaining = stageRemainingDays(cal, c, stage, asOf);
    if (remaining < 0) {
      const dueOn = stageDueOn(cal, c, stage);
      found.push({
        dedupeKey: `STAGE_OVERDUE|${stage.name}@${toLocalDate(stage.startedAt)}|RED`,
        kind: 'STAGE_OVERDUE',
        level: 'RED',
        departmentId: c.handling?.id ?? null,
        stageName: stage.name,
        dueOn,
        remainingDays: remaining,
        reason: `“${stage.name}”环节超时 ${-remaining} 个工作日（环节时限 ${stage.limitDays} 个工作日）`,
      });
    }
  }
  return found;
}

/** The highest level among the cards (what the case row shows). */
export function highestLevel(cards: readonly WarningCandidate[]): WarningLevel {
  if (cards.some((c) => c.level === 'RED')) return 'RED';
  return cards.length > 0 ? 'YELLOW' : 'NONE';
}
