// The period a view covers, as it appears in the URL (`2026`, `2026-Q3`, `2026-07`,
// `2026-01-15~2026-03-31`), and what follows from it: the API's PeriodInput, the previous period to
// compare with, and the months of the trend charts. Pure; "today" is passed in (Asia/Shanghai).
import { addDays, addMonths, differenceInCalendarDays, endOfMonth, formatISO, parseISO, startOfMonth } from 'date-fns';

export type Period =
  | { kind: 'year'; year: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'month'; year: number; month: number }
  | { kind: 'range'; from: string; to: string };

export type PeriodKind = Period['kind'];

/** The API's PeriodInput. */
export type PeriodInput = { year: number; quarter?: number; month?: number } | { from: string; to: string };

/** Today's date where the county is, whatever the browser's zone. */
const chinaDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export function todayInChina(now: Date = new Date()): string {
  return chinaDay.format(now);
}

const day = (d: Date) => formatISO(d, { representation: 'date' });
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the URL form; anything unreadable falls back to the current year. */
export function parsePeriod(text: string | null | undefined, today: string): Period {
  const fallback: Period = { kind: 'year', year: Number(today.slice(0, 4)) };
  if (!text) return fallback;
  let m = text.match(/^(\d{4})$/);
  if (m) return { kind: 'year', year: Number(m[1]) };
  m = text.match(/^(\d{4})-Q([1-4])$/i);
  if (m) return { kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
  m = text.match(/^(\d{4})-(\d{2})$/);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return { kind: 'month', year: Number(m[1]), month: Number(m[2]) };
  const [from, to] = text.split('~');
  if (from && to && DATE.test(from) && DATE.test(to) && !Number.isNaN(parseISO(from).getTime()) && !Number.isNaN(parseISO(to).getTime()) && from <= to) {
    return { kind: 'range', from, to };
  }
  return fallback;
}

export function formatPeriod(p: Period): string {
  switch (p.kind) {
    case 'year':
      return String(p.year);
    case 'quarter':
      return `${p.year}-Q${p.quarter}`;
    case 'month':
      return `${p.year}-${String(p.month).padStart(2, '0')}`;
    case 'range':
      return `${p.from}~${p.to}`;
  }
}

export function toPeriodInput(p: Period): PeriodInput {
  switch (p.kind) {
    case 'year':
      return { year: p.year };
    case 'quarter':
      return { year: p.year, quarter: p.quarter };
    case 'month':
      return { year: p.year, month: p.month };
    case 'range':
      return { from: p.from, to: p.to };
  }
}

/** First and last day. */
export function periodBounds(p: Period): { from: string; to: string } {
  switch (p.kind) {
    case 'year':
      return { from: `${p.year}-01-01`, to: `${p.year}-12-31` };
    case 'quarter': {
      const start = parseISO(`${p.year}-${String(p.quarter * 3 - 2).padStart(2, '0')}-01`);
      return { from: day(start), to: day(endOfMonth(addMonths(start, 2))) };
    }
    case 'month': {
      const start = parseISO(`${p.year}-${String(p.month).padStart(2, '0')}-01`);
      return { from: day(start), to: day(endOfMonth(start)) };
    }
    case 'range':
      return { from: p.from, to: p.to };
  }
}

/** The period before, of the same kind and length (a custom range: the same number of days). */
export function previousPeriod(p: Period): Period {
  switch (p.kind) {
    case 'year':
      return { kind: 'year', year: p.year - 1 };
    case 'quarter':
      return p.quarter === 1 ? { kind: 'quarter', year: p.year - 1, quarter: 4 } : { kind: 'quarter', year: p.year, quarter: (p.quarter - 1) as 1 | 2 | 3 };
    case 'month':
      return p.month === 1 ? { kind: 'month', year: p.year - 1, month: 12 } : { kind: 'month', year: p.year, month: p.month - 1 };
    case 'range': {
      const from = parseISO(p.from);
      const length = differenceInCalendarDays(parseISO(p.to), from) + 1;
      return { kind: 'range', from: day(addDays(from, -length)), to: day(addDays(from, -1)) };
    }
  }
}

/**
 * The range the monthly trend covers: the period itself, but at least the twelve months up to its
 * end (a single month or quarter alone is no trend), and at most 24 months (the API's cap).
 */
export function trendRange(p: Period, today: string): { from: string; to: string } {
  const { from, to } = periodBounds(p);
  const end = to < today ? to : today;
  const twelveBack = day(startOfMonth(addMonths(parseISO(end), -11)));
  const cap = day(startOfMonth(addMonths(parseISO(end), -23)));
  const start = from < twelveBack ? (from < cap ? cap : from) : twelveBack;
  return { from: start, to: end };
}
