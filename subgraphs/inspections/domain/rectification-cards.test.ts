import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, createDeploymentCalendar, type LocalDate } from '../../shared/calendar';
import { lastYellowDeadline, rectificationCard } from './rectification-cards';

// The deployment calendar without an override file: the national calendar (chinese-days, 2004–2026).
// Facts used below, from the State Council notices:
//  - November 2025 has no holidays: plain weekends.
//  - 2026 中秋: Fri 09-25 … Sun 09-27 off; 国庆: Thu 10-01 … Wed 10-07 off; 调休 working days
//    Sun 09-20 and Sat 10-10.
const cal = createDeploymentCalendar({});
const d = (s: string) => s as LocalDate;

const open = (dueOn: string, escalatedDueOn: string | null = null) => ({ state: 'OPEN', dueOn, escalatedDueOn });
const card = (dueOn: string, today: string, n = 3, state = 'OPEN', escalatedDueOn: string | null = null) => rectificationCard({ state, dueOn, escalatedDueOn }, d(today), cal, n);
const level = (dueOn: string, today: string, n = 3) => card(dueOn, today, n).level;
/** The levels of one deadline on each day from `from` to `to`. */
function levels(dueOn: string, from: string, to: string, n = 3): Record<string, string> {
  const out: Record<string, string> = {};
  for (let day = d(from); day <= to; day = addCalendarDays(day, 1)) out[day] = level(dueOn, day, n);
  return out;
}

// An independent reading of the national data: holidays and 调休 working days by date, else Mon–Fri.
const data = createRequire(import.meta.url)('chinese-days/dist/chinese-days.json') as { holidays: Record<string, string>; workdays: Record<string, string> };
function working(day: string): boolean {
  if (day in data.workdays) return true;
  if (day in data.holidays) return false;
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}
/** Working days w with from < w ≤ to. */
function workingAfter(from: string, to: string): number {
  let n = 0;
  for (let day = addCalendarDays(d(from), 1); day <= to; day = addCalendarDays(day, 1)) if (working(day)) n += 1;
  return n;
}

describe('the calendar these cases rely on', () => {
  it('has the 2026 中秋/国庆 holidays and make-up days, and plain November 2025 weekends', () => {
    for (const day of ['2026-09-25', '2026-09-26', '2026-09-27', '2026-10-01', '2026-10-04', '2026-10-07']) expect(cal.describe(d(day)), day).toMatchObject({ working: false, reason: 'HOLIDAY' });
    for (const day of ['2026-09-20', '2026-10-10']) expect(cal.describe(d(day)), day).toMatchObject({ working: true, reason: 'MAKEUP_WORKDAY' });
    expect(cal.describe(d('2026-10-08'))).toMatchObject({ working: true, reason: 'WEEKDAY' });
    expect(cal.describe(d('2026-10-11'))).toMatchObject({ working: false, reason: 'WEEKEND' });
    expect(['2025-11-07', '2025-11-08', '2025-11-09', '2025-11-10'].map((day) => cal.isWorkingDay(d(day)))).toEqual([true, false, false, true]);
  });

  it('agrees with the package data day by day', () => {
    for (let day = d('2025-01-01'); day <= '2026-12-31'; day = addCalendarDays(day, 1)) expect(cal.isWorkingDay(day), day).toBe(working(day));
  });
});

describe('rectificationCard: yellow in the deadline’s last n working days', () => {
  it('spans a weekend: due Tue 11-11, yellow from Fri 11-07, red from Wed 11-12', () => {
    expect(levels('2025-11-11', '2025-11-05', '2025-11-13')).toEqual({
      '2025-11-05': 'NONE',
      '2025-11-06': 'NONE',
      '2025-11-07': 'YELLOW',
      '2025-11-08': 'YELLOW',
      '2025-11-09': 'YELLOW',
      '2025-11-10': 'YELLOW',
      '2025-11-11': 'YELLOW',
      '2025-11-12': 'RED',
      '2025-11-13': 'RED',
    });
    // Due Monday: Mon, Fri, Thu.
    expect(levels('2025-11-10', '2025-11-05', '2025-11-10')).toMatchObject({ '2025-11-05': 'NONE', '2025-11-06': 'YELLOW', '2025-11-09': 'YELLOW', '2025-11-10': 'YELLOW' });
  });

  it('stretches over 国庆 2026: due Thu 10-08, yellow from Tue 09-29', () => {
    const seen = levels('2026-10-08', '2026-09-27', '2026-10-09');
    expect(seen['2026-09-28']).toBe('NONE');
    for (const day of ['2026-09-29', '2026-09-30', '2026-10-01', '2026-10-04', '2026-10-07', '2026-10-08']) expect(seen[day], day).toBe('YELLOW');
    expect(seen['2026-10-09']).toBe('RED');
  });

  it('counts the 调休 Saturday 10-10 as a working day: due Mon 10-12, yellow from Fri 10-09', () => {
    expect(levels('2026-10-12', '2026-10-07', '2026-10-12')).toEqual({
      '2026-10-07': 'NONE',
      '2026-10-08': 'NONE',
      '2026-10-09': 'YELLOW',
      '2026-10-10': 'YELLOW',
      '2026-10-11': 'YELLOW',
      '2026-10-12': 'YELLOW',
    });
    // And the 调休 Sunday 09-20: due Mon 09-21, the three working days are 09-21, 09-20 and 09-18.
    expect(levels('2026-09-21', '2026-09-17', '2026-09-21')).toEqual({
      '2026-09-17': 'NONE',
      '2026-09-18': 'YELLOW',
      '2026-09-19': 'YELLOW',
      '2026-09-20': 'YELLOW',
      '2026-09-21': 'YELLOW',
    });
  });

  it('stretches over 中秋 2026: due Tue 09-29, yellow from Thu 09-24', () => {
    expect(levels('2026-09-29', '2026-09-23', '2026-09-29')).toEqual({
      '2026-09-23': 'NONE',
      '2026-09-24': 'YELLOW',
      '2026-09-25': 'YELLOW',
      '2026-09-26': 'YELLOW',
      '2026-09-27': 'YELLOW',
      '2026-09-28': 'YELLOW',
      '2026-09-29': 'YELLOW',
    });
  });

  it('shows the deadline day itself yellow for any n ≥ 1, and only that day for n = 1', () => {
    for (const n of [1, 2, 3, 5, 10]) expect(level('2025-11-11', '2025-11-11', n), `n = ${n}`).toBe('YELLOW');
    expect(levels('2025-11-11', '2025-11-10', '2025-11-12', 1)).toEqual({ '2025-11-10': 'NONE', '2025-11-11': 'YELLOW', '2025-11-12': 'RED' });
  });

  it('shows no yellow card with n = 0, but still red', () => {
    expect(levels('2025-11-11', '2025-11-01', '2025-11-12', 0)).toEqual({
      ...Object.fromEntries(Array.from({ length: 11 }, (_, i) => [addCalendarDays(d('2025-11-01'), i), 'NONE'])),
      '2025-11-12': 'RED',
    });
  });
});

describe('rectificationCard: red the day after the deadline', () => {
  it('counts the working days after the deadline up to and including today', () => {
    expect(card('2025-11-11', '2025-11-11')).toEqual({ level: 'YELLOW', overdueWorkingDays: 0, shouldEscalate: false });
    expect(card('2025-11-11', '2025-11-12')).toEqual({ level: 'RED', overdueWorkingDays: 1, shouldEscalate: true });
    expect(card('2025-11-11', '2025-11-14').overdueWorkingDays).toBe(3);
    expect(card('2025-11-11', '2025-11-16').overdueWorkingDays).toBe(3);
    expect(card('2025-11-11', '2025-11-17').overdueWorkingDays).toBe(4);
  });

  it('counts no holiday and the 调休 Saturday as working days late', () => {
    // Due Wed 09-30: the holiday week is red with no working day late yet.
    expect(card('2026-09-30', '2026-10-01')).toMatchObject({ level: 'RED', overdueWorkingDays: 0 });
    expect(card('2026-09-30', '2026-10-07')).toMatchObject({ level: 'RED', overdueWorkingDays: 0 });
    expect(card('2026-09-30', '2026-10-08')).toMatchObject({ level: 'RED', overdueWorkingDays: 1 });
    expect(card('2026-09-30', '2026-10-10')).toMatchObject({ level: 'RED', overdueWorkingDays: 3 });
    expect(card('2026-09-30', '2026-10-11')).toMatchObject({ level: 'RED', overdueWorkingDays: 3 });
    expect(card('2026-09-30', '2026-10-12')).toMatchObject({ level: 'RED', overdueWorkingDays: 4 });
  });

  it('is red for every state in which the owner still has to act', () => {
    for (const state of ['OPEN', 'IN_PROGRESS', 'REOPENED']) expect(card('2025-11-11', '2025-11-20', 3, state).level, state).toBe('RED');
  });

  it('is never red or yellow while waiting for the office (SUBMITTED) or once verified', () => {
    for (const state of ['SUBMITTED', 'VERIFIED']) {
      for (const today of ['2025-11-07', '2025-11-11', '2025-11-12', '2026-03-01']) {
        expect(card('2025-11-11', today, 3, state), `${state} ${today}`).toEqual({ level: 'NONE', overdueWorkingDays: 0, shouldEscalate: false });
      }
    }
  });

  it('asks for 督办 until the deadline in force is escalated', () => {
    const today = d('2025-11-20');
    expect(rectificationCard(open('2025-11-11'), today, cal, 3).shouldEscalate).toBe(true);
    expect(rectificationCard(open('2025-11-11', '2025-11-11'), today, cal, 3)).toEqual({ level: 'RED', overdueWorkingDays: 7, shouldEscalate: false });
    // An escalation of an earlier deadline does not cover the one in force.
    expect(rectificationCard(open('2025-11-11', '2025-10-30'), today, cal, 3).shouldEscalate).toBe(true);
    // Not overdue: nothing to escalate.
    expect(rectificationCard(open('2025-11-11'), d('2025-11-11'), cal, 3).shouldEscalate).toBe(false);
    expect(rectificationCard({ state: 'SUBMITTED', dueOn: '2025-11-11', escalatedDueOn: null }, today, cal, 3).shouldEscalate).toBe(false);
  });
});

describe('lastYellowDeadline', () => {
  it('is the latest deadline that shows yellow today', () => {
    expect(lastYellowDeadline(d('2025-11-07'), cal, 3)).toBe('2025-11-11');
    expect(lastYellowDeadline(d('2025-11-08'), cal, 3)).toBe('2025-11-11');
    expect(lastYellowDeadline(d('2025-11-10'), cal, 3)).toBe('2025-11-12');
    expect(lastYellowDeadline(d('2025-11-10'), cal, 1)).toBe('2025-11-10');
    expect(lastYellowDeadline(d('2025-11-07'), cal, 1)).toBe('2025-11-09');
    // Before 国庆: 09-30, 10-08 and 10-09 are the three working days from Wed 09-30.
    expect(lastYellowDeadline(d('2026-09-29'), cal, 3)).toBe('2026-10-08');
    expect(lastYellowDeadline(d('2026-09-30'), cal, 3)).toBe('2026-10-09');
    expect(lastYellowDeadline(d('2026-10-01'), cal, 3)).toBe('2026-10-09');
    // From Thu 10-08: 10-08, 10-09 and the 调休 Saturday 10-10; Sunday 10-11 comes with it.
    expect(lastYellowDeadline(d('2026-10-08'), cal, 3)).toBe('2026-10-11');
  });

  it('is null when yellow cards are off', () => {
    expect(lastYellowDeadline(d('2025-11-07'), cal, 0)).toBeNull();
  });

  it('agrees with the card on every day: yellow ⇔ today ≤ deadline ≤ lastYellowDeadline(today)', () => {
    const mismatches: string[] = [];
    for (const n of [1, 2, 3, 5]) {
      for (let today = d('2025-09-01'); today <= '2026-12-01'; today = addCalendarDays(today, 1)) {
        const lastYellow = lastYellowDeadline(today, cal, n)!;
        for (let k = -5; k <= 25; k += 1) {
          const dueOn = addCalendarDays(today, k);
          const c = rectificationCard(open(dueOn), today, cal, n);
          const inRange = today <= dueOn && dueOn <= lastYellow;
          if ((c.level === 'YELLOW') !== inRange) mismatches.push(`n=${n} today=${today} due=${dueOn}: ${c.level}, last yellow ${lastYellow}`);
          // Independently: yellow while fewer than n working days follow today up to the deadline;
          // red once the deadline day is past, late by the working days since.
          const expectedLevel = dueOn < today ? 'RED' : workingAfter(today, dueOn) < n ? 'YELLOW' : 'NONE';
          if (c.level !== expectedLevel) mismatches.push(`n=${n} today=${today} due=${dueOn}: ${c.level}, expected ${expectedLevel}`);
          const late = dueOn < today ? workingAfter(dueOn, today) : 0;
          if (c.overdueWorkingDays !== late) mismatches.push(`n=${n} today=${today} due=${dueOn}: ${c.overdueWorkingDays} days late, expected ${late}`);
          if (mismatches.length > 20) break;
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
