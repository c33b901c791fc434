// Numbers, rates and dates as people in the county read them (zh-CN by default).
// Intl formatters are costly to make (charts format every tick, tables every cell): one per
// locale and options, made on first use.
const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)));
  return format;
}

export const DASH = '—';

export function formatCount(value: number | null | undefined, locale: string): string {
  return value == null ? DASH : numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

export function formatDecimal(value: number | null | undefined, locale: string, digits = 1): string {
  return value == null ? DASH : numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

/** A 0–1 rate as a percentage with one decimal (98.7%). */
export function formatRate(value: number | null | undefined, locale: string): string {
  return value == null ? DASH : numberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
}

/**
 * A change between periods: rates in percentage points (+1.2 个百分点), counts and scores as
 * signed numbers. Null when either side has no data.
 */
export function formatChange(current: number | null | undefined, previous: number | null | undefined, kind: 'rate' | 'count' | 'score', locale: string): string | null {
  if (current == null || previous == null) return null;
  const diff = current - previous;
  const sign = diff > 0 ? '+' : diff < 0 ? '−' : '±';
  const abs = Math.abs(diff);
  if (kind === 'rate') return `${sign}${formatDecimal(abs * 100, locale)}`;
  if (kind === 'score') return `${sign}${formatDecimal(abs, locale)}`;
  return `${sign}${formatCount(abs, locale)}`;
}

/** 2026年12月6日 / Dec 6, 2026 for a LocalDate (YYYY-MM-DD), without shifting zones. */
export function formatDate(value: string | null | undefined, locale: string): string {
  if (!value) return DASH;
  const [y, m, d] = value.slice(0, 10).split('-').map(Number);
  return dateFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, d!));
}

/** An instant shown in the county's zone: 2026/12/6 14:05. */
export function formatDateTime(value: string | null | undefined, locale: string): string {
  if (!value) return DASH;
  return dateFormat(locale, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    timeZone: 'Asia/Shanghai',
  }).format(new Date(value));
}

/** A month (YYYY-MM) as a chart label: 26年3月 / Mar 26. */
export function formatMonth(month: string, locale: string): string {
  const [y, m] = month.split('-').map(Number);
  return dateFormat(locale, { year: '2-digit', month: 'short', timeZone: 'UTC' }).format(Date.UTC(y!, m! - 1, 1));
}
