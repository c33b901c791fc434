import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../env';
import { createDeploymentCalendar, parseCalendarOverrides } from './deployment-calendar';
import { CalendarYearNotCoveredError } from './errors';
import { parseLocalDate } from './local-date';

describe('the deployment calendar file', () => {
  it('uses the national calendar alone when no file is configured', () => {
    const cal = createDeploymentCalendar({});
    expect(cal.addWorkingDays(parseLocalDate('2025-09-26'), 20)).toBe('2025-10-30');
    expect(() => cal.isWorkingDay(parseLocalDate('2027-03-01'))).toThrow(CalendarYearNotCoveredError);
  });

  it('applies the county’s overrides and declared years from YG_CALENDAR_FILE', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'yg-cal-')), 'calendar.json');
    writeFileSync(file, JSON.stringify({
      extraCoveredYears: [2027],
      overrides: [
        { date: '2025-10-20', kind: 'HOLIDAY', note: '县域防汛停工（演示）' },
        { date: '2027-01-01', kind: 'HOLIDAY', note: '元旦' },
      ],
    }));
    const cal = createDeploymentCalendar({ YG_CALENDAR_FILE: file });
    expect(cal.isWorkingDay(parseLocalDate('2025-10-20'))).toBe(false);
    expect(cal.addWorkingDays(parseLocalDate('2025-09-26'), 20)).toBe('2025-10-31');
    expect(cal.addWorkingDays(parseLocalDate('2026-12-31'), 1)).toBe('2027-01-04');
  });

  it('reports every malformed row at once', () => {
    try {
      parseCalendarOverrides({ overrides: [{ date: '2025/10/20', kind: 'HOLIDAY' }, { date: '2025-10-21', kind: 'DAY_OFF' }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toHaveLength(2);
    }
  });
});
