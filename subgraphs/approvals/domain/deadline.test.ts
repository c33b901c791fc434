import { describe, expect, it } from 'vitest';
import type { CaseAggregate } from './case-aggregate';
import {
  caseDueOn,
  caseLimit,
  decidedOnTime,
  localDate,
  MAX_EXTENSION_DAYS,
  remainingDays,
  stageDueOn,
  stageRemainingDays,
  subTaskDueOn,
  subTaskOnTime,
  subTaskRemainingDays,
  workingDaysUsed,
} from './deadline';
import {
  accepted,
  approved,
  at,
  cal,
  extended,
  HOUSING,
  immediate,
  MARKET,
  parallel,
  play,
  promised,
  resumed,
  stage,
  stopped,
  subTaskDecided,
  windowReceipt,
} from './testing/histories';

// 2025 calendar facts used below (chinese-days data):
//  - 国庆/中秋: holidays Wed 10-01 .. Wed 10-08; make-up working days Sun 09-28 and Sat 10-11.
//  - 春节: holidays Tue 01-28 .. Tue 02-04; make-up working days Sun 01-26 and Sat 02-08.
// Counting from acceptance on Fri 09-26 (day 0), the n-th working day is:
//  1 09-28, 2 09-29, 3 09-30, 4 10-09, 5 10-10, 6 10-11, 7 10-13 … 12 10-20 … 20 10-30, 21 10-31,
//  22 11-03, 23 11-04, 24 11-05, 25 11-06.

describe('case deadline', () => {
  it('has no due date, remaining days or days used before acceptance', () => {
    const c = play(windowReceipt(at('2025-09-26', '09:00')));
    expect(caseDueOn(cal, c)).toBeNull();
    expect(remainingDays(cal, c, at('2025-10-09'))).toBeNull();
    expect(workingDaysUsed(cal, c, at('2025-10-09'))).toBeNull();
    expect(decidedOnTime(cal, c)).toBeNull();
  });

  it('is due Thu 2025-10-30 for 20 working days from Fri 2025-09-26 (DOMAIN.md example)', () => {
    expect(caseDueOn(cal, promised())).toBe('2025-10-30');
  });

  it('counts from acceptance, not from receipt', () => {
    const c = play(windowReceipt(at('2025-09-22', '09:00')), accepted(at('2025-09-26')));
    expect(caseDueOn(cal, c)).toBe('2025-10-30');
  });

  it('uses the Shanghai date of acceptance', () => {
    // 00:30 on Fri 09-26 in Shanghai is still Thu 09-25 in UTC.
    const afterMidnight = play(windowReceipt(at('2025-09-26', '00:10')), accepted(at('2025-09-26', '00:30')));
    expect(caseDueOn(cal, afterMidnight)).toBe('2025-10-30');
    // 23:30 on Thu 09-25 in Shanghai is one working day earlier.
    const beforeMidnight = play(windowReceipt(at('2025-09-25', '23:00')), accepted(at('2025-09-25', '23:30')));
    expect(caseDueOn(cal, beforeMidnight)).toBe('2025-10-29');
  });

  it('counts down working days, standing still over the National Day holidays', () => {
    const c = promised();
    expect(remainingDays(cal, c, at('2025-09-26', '17:00'))).toBe(20);
    expect(remainingDays(cal, c, at('2025-09-27'))).toBe(20); // Saturday
    expect(remainingDays(cal, c, at('2025-09-28'))).toBe(19); // Sunday, 调休 working day
    expect(remainingDays(cal, c, at('2025-10-01'))).toBe(17);
    expect(remainingDays(cal, c, at('2025-10-08'))).toBe(17);
    expect(remainingDays(cal, c, at('2025-10-09'))).toBe(16);
    expect(remainingDays(cal, c, at('2025-10-11'))).toBe(14); // Saturday, 调休 working day
    expect(remainingDays(cal, c, at('2025-10-30'))).toBe(0);
    expect(remainingDays(cal, c, at('2025-10-31'))).toBe(-1);
  });

  it('makes a 即办件 due on the day of acceptance and overdue from the next working day', () => {
    const c = immediate();
    expect(caseDueOn(cal, c)).toBe('2025-09-26');
    expect(remainingDays(cal, c, at('2025-09-26', '17:00'))).toBe(0);
    expect(remainingDays(cal, c, at('2025-09-27'))).toBe(0);
    expect(remainingDays(cal, c, at('2025-09-28'))).toBe(-1);
  });

  it('finds a 即办件 decided the same day on time and one decided on the next working day late', () => {
    expect(decidedOnTime(cal, immediate(approved(at('2025-09-26', '16:30'))))).toBe(true);
    expect(decidedOnTime(cal, immediate(approved(at('2025-09-28'))))).toBe(false);
  });

  it.each([
    [1, '2025-01-26'],
    [2, '2025-01-27'],
    [3, '2025-02-05'],
    [5, '2025-02-07'],
    [6, '2025-02-08'],
    [7, '2025-02-10'],
  ])('over Spring Festival 2025, %i working days from Fri 01-24 fall due on %s', (days, due) => {
    const c = play(windowReceipt(at('2025-01-24', '09:00'), 'PROMISED', days), accepted(at('2025-01-24'), MARKET, days));
    expect(caseDueOn(cal, c)).toBe(due);
  });

  it('does not count the Spring Festival holidays as elapsed', () => {
    const c = play(windowReceipt(at('2025-01-27', '09:00'), 'PROMISED', 1), accepted(at('2025-01-27'), MARKET, 1));
    expect(remainingDays(cal, c, at('2025-02-04'))).toBe(1);
    expect(remainingDays(cal, c, at('2025-02-05'))).toBe(0);
    expect(caseDueOn(cal, c)).toBe('2025-02-05');
  });

  it('pushes the due date by the working days a closed 补正 stop covered', () => {
    // (10-09, 10-13] covers Fri 10-10, Sat 10-11 (调休) and Mon 10-13.
    const c = promised(stopped(at('2025-10-09')), resumed(at('2025-10-13')));
    expect(caseDueOn(cal, c)).toBe('2025-11-04');
    expect(remainingDays(cal, c, at('2025-11-04'))).toBe(0);
    expect(remainingDays(cal, c, at('2025-11-05'))).toBe(-1);
  });

  it('ignores an open stop in the due date but freezes the remaining days at its start', () => {
    const c = promised(stopped(at('2025-10-09')));
    expect(caseDueOn(cal, c)).toBe('2025-10-30');
    // 4 working days had elapsed by Thu 10-09.
    expect(remainingDays(cal, c, at('2025-10-20'))).toBe(16);
    expect(remainingDays(cal, c, at('2025-11-20'))).toBe(16);
    expect(workingDaysUsed(cal, c, at('2025-11-20'))).toBe(4);
  });

  it('moves the due date past the whole stop once the clock resumes', () => {
    const c = promised(stopped(at('2025-10-09')), resumed(at('2025-11-20')));
    expect(caseDueOn(cal, c)).toBe('2025-12-12');
    expect(remainingDays(cal, c, at('2025-11-21'))).toBe(15);
  });

  it('adds extensions to the limit and the due date', () => {
    const c = promised(extended(at('2025-10-20'), 5));
    expect(caseLimit(c)).toBe(25);
    expect(caseDueOn(cal, c)).toBe('2025-11-06');
    expect(remainingDays(cal, c, at('2025-10-31'))).toBe(4);
  });

  it('combines an extension with a stop', () => {
    const c = promised(stopped(at('2025-10-09')), resumed(at('2025-10-13')), extended(at('2025-10-20'), 5));
    expect(caseDueOn(cal, c)).toBe('2025-11-11');
  });

  it('allows 10 extra working days for one department and 15 for joint handling (第42条)', () => {
    expect(MAX_EXTENSION_DAYS).toEqual({ single: 10, parallel: 15 });
  });

  it('finds a decision on the due date on time and one on the next working day late', () => {
    expect(decidedOnTime(cal, promised())).toBeNull();
    expect(decidedOnTime(cal, promised(approved(at('2025-10-30', '17:30'))))).toBe(true);
    expect(decidedOnTime(cal, promised(approved(at('2025-10-31', '08:30'))))).toBe(false);
  });

  it('judges timeliness against the due date moved by stops and extensions', () => {
    const stop = [stopped(at('2025-10-09')), resumed(at('2025-10-13'))];
    expect(decidedOnTime(cal, promised(...stop, approved(at('2025-11-04'))))).toBe(true);
    expect(decidedOnTime(cal, promised(...stop, approved(at('2025-11-05'))))).toBe(false);
    expect(decidedOnTime(cal, promised(extended(at('2025-10-20'), 1), approved(at('2025-10-31'))))).toBe(true);
  });

  it('excludes stopped days from the working days used', () => {
    // (09-26, 10-20] has 12 working days, of which the stop covered 3.
    const c = promised(stopped(at('2025-10-09')), resumed(at('2025-10-13')), approved(at('2025-10-20')));
    expect(workingDaysUsed(cal, c, at('2025-12-01'))).toBe(9);
    expect(workingDaysUsed(cal, promised(), at('2025-10-20'))).toBe(12);
  });

  it('stops counting days used at the decision', () => {
    const c = promised(approved(at('2025-10-10')));
    expect(workingDaysUsed(cal, c, at('2025-12-01'))).toBe(5);
  });
});

describe('sub-task deadlines (并联审批)', () => {
  const task = (c: CaseAggregate, id: string) => {
    const t = c.subTasks.find((s) => s.department.id === id);
    if (!t) throw new Error(`no sub-task for ${id}`);
    return t;
  };

  it('gives each department its own due date', () => {
    const c = parallel();
    expect(subTaskDueOn(cal, c, task(c, MARKET.id))).toBe('2025-10-10');
    expect(subTaskDueOn(cal, c, task(c, HOUSING.id))).toBe('2025-10-30');
  });

  it('extends every sub-task by the case extension', () => {
    const c = parallel(extended(at('2025-09-29'), 5));
    expect(subTaskDueOn(cal, c, task(c, MARKET.id))).toBe('2025-10-16');
    expect(subTaskDueOn(cal, c, task(c, HOUSING.id))).toBe('2025-11-06');
  });

  it('judges each department on its own sub-task', () => {
    const onTime = parallel(subTaskDecided(at('2025-10-10'), MARKET.id));
    expect(subTaskOnTime(cal, onTime, task(onTime, MARKET.id))).toBe(true);
    expect(subTaskOnTime(cal, onTime, task(onTime, HOUSING.id))).toBeNull();
    const late = parallel(subTaskDecided(at('2025-10-11'), MARKET.id));
    expect(subTaskOnTime(cal, late, task(late, MARKET.id))).toBe(false);
  });

  it('freezes a decided sub-task’s remaining days at its decision', () => {
    const c = parallel(subTaskDecided(at('2025-10-09'), MARKET.id));
    expect(subTaskRemainingDays(cal, c, task(c, MARKET.id), at('2025-10-30'))).toBe(1);
    expect(subTaskRemainingDays(cal, c, task(c, HOUSING.id), at('2025-10-30'))).toBe(0);
  });

  it('has no sub-task due date before acceptance', () => {
    const c = parallel();
    const unaccepted: CaseAggregate = { ...c, acceptedAt: null };
    expect(subTaskDueOn(cal, unaccepted, task(c, MARKET.id))).toBeNull();
    expect(subTaskRemainingDays(cal, unaccepted, task(c, MARKET.id), at('2025-10-09'))).toBeNull();
  });
});

describe('stage deadlines (环节时限)', () => {
  it('counts a stage from the day it started, across the holidays', () => {
    // From Mon 09-29: 09-30, 10-09, 10-10.
    const c = promised(stage(at('2025-09-29'), '审查', 3));
    const review = c.stages[0]!;
    expect(stageDueOn(cal, c, review)).toBe('2025-10-10');
    expect(stageRemainingDays(cal, c, review, at('2025-10-10'))).toBe(0);
    expect(stageRemainingDays(cal, c, review, at('2025-10-11'))).toBe(-1);
  });

  it('moves a stage’s due date by a stop within it but not by one before it', () => {
    const within = promised(stage(at('2025-09-29'), '审查', 3), stopped(at('2025-10-09')), resumed(at('2025-10-13')));
    expect(stageDueOn(cal, within, within.stages[0]!)).toBe('2025-10-14');
    const before = promised(stopped(at('2025-09-29')), resumed(at('2025-09-30')), stage(at('2025-10-09'), '审查', 3));
    expect(stageDueOn(cal, before, before.stages[0]!)).toBe('2025-10-13');
  });

  it('freezes an ended stage’s remaining days at its end', () => {
    const c = promised(stage(at('2025-09-29'), '审查', 3), stage(at('2025-10-09'), '决定', 2));
    expect(stageRemainingDays(cal, c, c.stages[0]!, at('2025-11-28'))).toBe(1);
  });
});

describe('localDate', () => {
  it('gives the Shanghai date of an instant, or null', () => {
    expect(localDate(new Date('2025-09-25T16:30:00Z'))).toBe('2025-09-26');
    expect(localDate(null)).toBeNull();
  });
});
