// The working calendar of the test hubs, and the one the tests compute expected deadlines with.
//
// chinese-days ships the State Council's schedule up to a year (2026 in 1.5.7). From October,
// deadlines set today reach into the next year, and from January "today" itself is in it; a
// deployment then adds the official schedule through YG_CALENDAR_FILE (README, "Next year's
// calendar"), or deadlines are refused with CALENDAR_YEAR_NOT_COVERED. The test hubs do the same
// with the PROVISIONAL TEST FIXTURE below, so the suite passes whatever the day it runs.
//
// It is not official data: weekends, 元旦 and a fixed eight-day 春节 block (not the lunar date), for
// every year from the first one the package lacks up to next year. A year the package covers keeps
// the package's official data; nothing here touches it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  createWorkingCalendar,
  parseCalendarOverrides,
  toLocalDate,
  yearOf,
  type CalendarOverrideFile,
  type WorkingCalendar,
} from '../../subgraphs/shared/calendar';

const NOTE = '测试用临时安排，非官方数据 / provisional test fixture, not the official schedule';
const SPRING_FESTIVAL = ['02-10', '02-11', '02-12', '02-13', '02-14', '02-15', '02-16', '02-17'];

/** The override file for the years after the package's last one, up to the year after `now`'s (Shanghai). */
export function provisionalCalendarFile(now = new Date()): CalendarOverrideFile {
  const first = Math.max(...createWorkingCalendar().coveredYears()) + 1;
  const last = yearOf(toLocalDate(now)) + 1;
  const years = Array.from({ length: Math.max(0, last - first + 1) }, (_v, i) => first + i);
  return parseCalendarOverrides({
    extraCoveredYears: years,
    overrides: years.flatMap((year) => [
      { date: `${year}-01-01`, kind: 'HOLIDAY', note: `元旦（${NOTE}）` },
      ...SPRING_FESTIVAL.map((day) => ({ date: `${year}-${day}`, kind: 'HOLIDAY', note: `春节（${NOTE}）` })),
    ]),
  });
}

const file = provisionalCalendarFile();

/** The calendar a test hub's subgraphs build from the file `writeTestCalendarFile` writes. */
export const testCalendar: WorkingCalendar = createWorkingCalendar({ overrides: file.overrides, extraCoveredYears: file.extraCoveredYears });

/** Writes the provisional calendar into `dir` for YG_CALENDAR_FILE; returns its path. */
export function writeTestCalendarFile(dir: string): string {
  const target = path.join(dir, 'calendar.test-fixture.json');
  writeFileSync(target, JSON.stringify(file, null, 2));
  return target;
}
