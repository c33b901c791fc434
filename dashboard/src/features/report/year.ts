// Which year's report to show: a report is written after its year ends, so last year by default;
// the choice runs from the first year with records to the current one (a live draft).
export const FIRST_REPORT_YEAR = 2023;

export function reportYears(today: string, first = FIRST_REPORT_YEAR): number[] {
  const current = Number(today.slice(0, 4));
  return Array.from({ length: Math.max(0, current - first + 1) }, (_, i) => current - i);
}

export function parseReportYear(text: string | null, today: string): number {
  const fallback = Number(today.slice(0, 4)) - 1;
  const year = Number(text);
  return Number.isInteger(year) && reportYears(today).includes(year) ? year : fallback;
}
