import { describe, expect, it } from 'vitest';
import type { CaseAggregate } from './case-aggregate';
import type { NewCaseEvent } from './case-events';
import {
  accepted,
  approved,
  at,
  cal,
  delivered,
  extended,
  HOUSING,
  immediate,
  MARKET,
  parallel,
  play,
  promised,
  returned,
  stage,
  stopped,
  subTaskDecided,
  windowReceipt,
} from './testing/histories';
import { DEFAULT_WARNING_CONFIG, evaluateWarnings, highestLevel, type WarningCandidate } from './warnings';

// A 20-day case accepted on Fri 2025-09-26 is due Thu 10-30 (国庆 holidays 10-01..10-08; Sun 09-28
// and Sat 10-11 are 调休 working days): 2 working days remain on Tue 10-28, 1 on 10-29, 0 on 10-30.

const cards = (c: CaseAggregate, date: string, config = DEFAULT_WARNING_CONFIG) => evaluateWarnings(cal, c, at(date), config);
const summary = (found: WarningCandidate[]) => found.map((w) => [w.kind, w.level, w.departmentId, w.remainingDays]);

describe('evaluateWarnings: case deadline (红黄牌)', () => {
  it('uses yellow within 1 working day by default', () => {
    expect(DEFAULT_WARNING_CONFIG).toEqual({ yellowWithinDays: 1 });
  });

  it('shows no card with 2 working days left', () => {
    expect(cards(promised(), '2025-10-28')).toEqual([]);
  });

  it('shows a yellow card with exactly 1 working day left', () => {
    expect(cards(promised(), '2025-10-29')).toEqual([
      {
        dedupeKey: 'DUE_SOON||YELLOW',
        kind: 'DUE_SOON',
        level: 'YELLOW',
        departmentId: MARKET.id,
        stageName: null,
        dueOn: '2025-10-30',
        remainingDays: 1,
        reason: '“食品经营许可”剩余 1 个工作日（应于 2025-10-30 办结）',
      },
    ]);
  });

  it('keeps the yellow card on the due date itself', () => {
    expect(summary(cards(promised(), '2025-10-30'))).toEqual([['DUE_SOON', 'YELLOW', MARKET.id, 0]]);
  });

  it('shows a red card from the first working day past the due date', () => {
    expect(cards(promised(), '2025-10-31')).toEqual([
      {
        dedupeKey: 'OVERDUE||RED',
        kind: 'OVERDUE',
        level: 'RED',
        departmentId: MARKET.id,
        stageName: null,
        dueOn: '2025-10-30',
        remainingDays: -1,
        reason: '“食品经营许可”已超期 1 个工作日（应于 2025-10-30 办结）',
      },
    ]);
    expect(summary(cards(promised(), '2025-11-05'))).toEqual([['OVERDUE', 'RED', MARKET.id, -4]]);
  });

  it('is not yet overdue over the weekend after a Friday due date', () => {
    // One extra day moves the due date to Fri 10-31.
    const c = promised(extended(at('2025-10-20'), 1));
    expect(summary(cards(c, '2025-10-31'))).toEqual([['DUE_SOON', 'YELLOW', MARKET.id, 0]]);
    expect(summary(cards(c, '2025-11-01'))).toEqual([['DUE_SOON', 'YELLOW', MARKET.id, 0]]);
    expect(summary(cards(c, '2025-11-02'))).toEqual([['DUE_SOON', 'YELLOW', MARKET.id, 0]]);
    expect(summary(cards(c, '2025-11-03'))).toEqual([['OVERDUE', 'RED', MARKET.id, -1]]);
  });

  it('is not yet overdue during the National Day holidays after a due date of 09-30', () => {
    const c = play(windowReceipt(at('2025-09-26', '09:00'), 'PROMISED', 3), accepted(at('2025-09-26'), MARKET, 3));
    expect(summary(cards(c, '2025-09-30'))).toEqual([['DUE_SOON', 'YELLOW', MARKET.id, 0]]);
    expect(summary(cards(c, '2025-10-05'))).toEqual([['DUE_SOON', 'YELLOW', MARKET.id, 0]]);
    expect(summary(cards(c, '2025-10-09'))).toEqual([['OVERDUE', 'RED', MARKET.id, -1]]);
  });

  it('shows a 即办件 yellow on its day and red on the next working day (Sun 09-28, 调休)', () => {
    expect(summary(cards(immediate(), '2025-09-26'))).toEqual([['DUE_SOON', 'YELLOW', MARKET.id, 0]]);
    expect(summary(cards(immediate(), '2025-09-28'))).toEqual([['OVERDUE', 'RED', MARKET.id, -1]]);
  });

  it('lets a county widen the yellow window', () => {
    const wide = { yellowWithinDays: 3 };
    expect(cards(promised(), '2025-10-24', wide)).toEqual([]); // 4 left
    expect(summary(cards(promised(), '2025-10-27', wide))).toEqual([['DUE_SOON', 'YELLOW', MARKET.id, 3]]);
  });

  it('lets a county show yellow only on the due date', () => {
    const narrow = { yellowWithinDays: 0 };
    expect(cards(promised(), '2025-10-29', narrow)).toEqual([]);
    expect(summary(cards(promised(), '2025-10-30', narrow))).toEqual([['DUE_SOON', 'YELLOW', MARKET.id, 0]]);
    expect(summary(cards(promised(), '2025-10-31', narrow))).toEqual([['OVERDUE', 'RED', MARKET.id, -1]]);
  });

  it('keeps the same dedupe key while the same condition holds', () => {
    const c = promised();
    const key = (date: string) => cards(c, date).map((w) => w.dedupeKey);
    expect(key('2025-10-29')).toEqual(key('2025-10-30'));
    expect(key('2025-10-31')).toEqual(key('2025-11-14'));
    expect(key('2025-10-30')).not.toEqual(key('2025-10-31'));
  });

  it('counts stopped days out: no card during a 补正 wait that started with days to spare', () => {
    // Stopped on 10-09 with 16 days left: long past 10-30, still 16 left.
    expect(cards(promised(stopped(at('2025-10-09'))), '2025-11-20')).toEqual([]);
  });

  it('keeps a case that was overdue when its clock stopped red', () => {
    expect(summary(cards(promised(stopped(at('2025-10-31'))), '2025-11-20'))).toEqual([['OVERDUE', 'RED', MARKET.id, -1]]);
  });
});

describe('evaluateWarnings: stages (环节超时)', () => {
  // 审查 started Mon 09-29 with 3 working days is due Fri 10-10 (09-30, 10-09, 10-10).
  const inReview = (...steps: NewCaseEvent[]) => promised(stage(at('2025-09-29'), '审查', 3), ...steps);

  it('shows nothing while the stage is within its limit', () => {
    expect(cards(inReview(), '2025-10-10')).toEqual([]);
  });

  it('shows a red card for a stage past its own limit, even though the case is not', () => {
    expect(cards(inReview(), '2025-10-11')).toEqual([
      {
        dedupeKey: 'STAGE_OVERDUE|审查@2025-09-29|RED',
        kind: 'STAGE_OVERDUE',
        level: 'RED',
        departmentId: MARKET.id,
        stageName: '审查',
        dueOn: '2025-10-10',
        remainingDays: -1,
        reason: '“审查”环节超时 1 个工作日（环节时限 3 个工作日）',
      },
    ]);
  });

  it('keeps the stage key stable as the stage gets later', () => {
    const key = (date: string) => cards(inReview(), date).map((w) => w.dedupeKey);
    expect(key('2025-10-11')).toEqual(key('2025-10-20'));
  });

  it('forgets a late stage once the next stage starts', () => {
    expect(cards(inReview(stage(at('2025-10-13'), '决定', 5)), '2025-10-14')).toEqual([]);
  });

  it('shows both cards when the case and its stage are overdue', () => {
    const found = cards(inReview(), '2025-10-31');
    expect(summary(found)).toEqual([
      ['OVERDUE', 'RED', MARKET.id, -1],
      ['STAGE_OVERDUE', 'RED', MARKET.id, -16],
    ]);
    expect(highestLevel(found)).toBe('RED');
  });
});

describe('evaluateWarnings: parallel cases (并联审批)', () => {
  // 市场监管局 5 days → due Fri 10-10; 住建局 20 days → due Thu 10-30.

  it('cards the late department, not the case', () => {
    expect(cards(parallel(), '2025-10-09')).toEqual([
      {
        dedupeKey: `DUE_SOON|${MARKET.id}|YELLOW`,
        kind: 'DUE_SOON',
        level: 'YELLOW',
        departmentId: MARKET.id,
        stageName: null,
        dueOn: '2025-10-10',
        remainingDays: 1,
        reason: '并联子任务剩余 1 个工作日（应于 2025-10-10 办结）',
      },
    ]);
    expect(summary(cards(parallel(), '2025-10-11'))).toEqual([['OVERDUE', 'RED', MARKET.id, -1]]);
  });

  it('stops carding a department once its sub-task is decided', () => {
    const c = parallel(subTaskDecided(at('2025-10-10'), MARKET.id));
    expect(cards(c, '2025-10-11')).toEqual([]);
    expect(summary(cards(c, '2025-10-29'))).toEqual([['DUE_SOON', 'YELLOW', HOUSING.id, 1]]);
    expect(cards(c, '2025-10-31').map((w) => w.dedupeKey)).toEqual([`OVERDUE|${HOUSING.id}|RED`]);
  });

  it('cards every late department at once', () => {
    expect(summary(cards(parallel(), '2025-10-31'))).toEqual([
      ['OVERDUE', 'RED', MARKET.id, -16],
      ['OVERDUE', 'RED', HOUSING.id, -1],
    ]);
  });
});

describe('evaluateWarnings: cases not in progress', () => {
  it('shows nothing before acceptance', () => {
    expect(cards(play(windowReceipt(at('2025-09-26', '09:00'))), '2025-12-01')).toEqual([]);
  });

  it('shows nothing for a case decided late', () => {
    expect(cards(promised(approved(at('2025-11-05'))), '2025-11-10')).toEqual([]);
    expect(cards(promised(approved(at('2025-11-05')), delivered(at('2025-11-06'))), '2025-11-10')).toEqual([]);
  });

  it('shows nothing for a returned case', () => {
    expect(cards(promised(stage(at('2025-09-29'), '审查', 3), returned(at('2025-10-20'))), '2025-11-10')).toEqual([]);
  });

  it('shows nothing once a parallel case is decided', () => {
    const c = parallel(subTaskDecided(at('2025-10-09'), MARKET.id), subTaskDecided(at('2025-11-03'), HOUSING.id));
    expect(c.state).toBe('APPROVED');
    expect(cards(c, '2025-11-10')).toEqual([]);
  });
});

describe('highestLevel', () => {
  const yellow = cards(promised(), '2025-10-29');
  const red = cards(promised(), '2025-10-31');

  it('is NONE without cards, YELLOW with only yellow and RED with any red', () => {
    expect(highestLevel([])).toBe('NONE');
    expect(highestLevel(yellow)).toBe('YELLOW');
    expect(highestLevel(red)).toBe('RED');
    expect(highestLevel([...yellow, ...red])).toBe('RED');
    expect(highestLevel([...red, ...yellow])).toBe('RED');
  });
});
