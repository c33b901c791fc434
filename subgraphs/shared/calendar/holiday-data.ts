/**
 * Holiday data from the `chinese-days` package (pinned 1.5.7).
 *
 * We read the package's generated data file `dist/chinese-days.json` instead of
 * calling its isWorkday()/getDayDetail() helpers, for two reasons:
 *  1. Coverage must come from the data itself. The helpers silently fall back
 *     to "Mon-Fri is a workday" for any year they have no notice for.
 *  2. The helpers depend on the host time zone: they parse 'YYYY-MM-DD' as UTC
 *     midnight but read the weekday in local time, so under TZ=America/New_York
 *     getDayDetail('2025-10-01') reports '2025-09-30'. Our lookups are plain
 *     string keys and cannot drift.
 * The JSON is built from the same source (src/holidays/generate.ts) as the
 * helpers, one entry per State Council notice day.
 *
 * Shape: { holidays: { 'YYYY-MM-DD': 'English,中文,id' }, workdays: {...}, inLieuDays: {...} }
 * `workdays` are the 调休 make-up working days (often a Saturday or Sunday).
 */
import { createRequire } from 'node:module';

export interface PackageDayEntry {
  readonly nameZh: string;
  readonly nameEn: string;
}

export interface PackageHolidayData {
  readonly holidays: ReadonlyMap<string, PackageDayEntry>;
  readonly makeupWorkdays: ReadonlyMap<string, PackageDayEntry>;
  /**
   * Years with at least one holiday entry. Every State Council notice declares
   * holidays (元旦 and 春节 at minimum), so a year with none has no notice in
   * the data. For chinese-days 1.5.7 this yields 2004..2026.
   */
  readonly coveredYears: readonly number[];
}

const DATA_FILE = 'chinese-days/dist/chinese-days.json';

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every((v) => typeof v === 'string')
  );
}

function toEntries(record: Record<string, string>): Map<string, PackageDayEntry> {
  const map = new Map<string, PackageDayEntry>();
  for (const [date, raw] of Object.entries(record)) {
    const [nameEn = '', nameZh = ''] = raw.split(',');
    map.set(date, { nameZh: nameZh || nameEn, nameEn });
  }
  return map;
}

function loadPackageHolidayData(): PackageHolidayData {
  const raw: unknown = createRequire(import.meta.url)(DATA_FILE);
  if (typeof raw !== 'object' || raw === null || !('holidays' in raw) || !('workdays' in raw)) {
    throw new Error(`节假日数据格式异常 / unexpected shape of ${DATA_FILE}`);
  }
  const { holidays, workdays } = raw;
  if (!isStringRecord(holidays) || !isStringRecord(workdays)) {
    throw new Error(`节假日数据格式异常 / unexpected shape of ${DATA_FILE}`);
  }
  const years = new Set(Object.keys(holidays).map((date) => Number(date.slice(0, 4))));
  return {
    holidays: toEntries(holidays),
    makeupWorkdays: toEntries(workdays),
    coveredYears: [...years].sort((a, b) => a - b),
  };
}

/** Loaded once at import; a missing or malformed data file fails loudly at startup. */
export const packageHolidayData: PackageHolidayData = loadPackageHolidayData();
