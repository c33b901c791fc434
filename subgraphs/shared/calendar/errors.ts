/**
 * Raised whenever a working-day question touches a year for which no holiday
 * arrangement is loaded. Statutory limits are working days (行政许可法 第82条);
 * silently treating an unknown year as "weekends only" would miscount the
 * Spring Festival / National Day weeks, so we refuse instead.
 */
export class CalendarYearNotCoveredError extends Error {
  readonly code = 'CALENDAR_YEAR_NOT_COVERED' as const;
  readonly year: number;

  constructor(year: number) {
    super(
      `工作日历未覆盖 ${year} 年：请更新节假日数据或在部署覆盖表中补充 / ` +
        `working-day calendar does not cover ${year}`,
    );
    this.name = 'CalendarYearNotCoveredError';
    this.year = year;
  }
}
