// Chooses the period a view covers: a year, a quarter, a month or a custom range of days.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { periodBounds, type Period, type PeriodKind } from '../lib/period';

export function periodLabel(p: Period, t: (key: string, options?: Record<string, unknown>) => string): string {
  switch (p.kind) {
    case 'year':
      return t('period.yearLabel', { year: p.year });
    case 'quarter':
      return t('period.quarterLabel', { year: p.year, quarter: p.quarter });
    case 'month':
      return t('period.monthLabel', { year: p.year, month: p.month });
    case 'range':
      return t('period.rangeLabel', { from: p.from, to: p.to });
  }
}

export function PeriodPicker({ value, today, onChange, firstYear = 2023 }: { value: Period; today: string; onChange: (p: Period) => void; firstYear?: number }) {
  const { t } = useTranslation();
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: thisYear - firstYear + 1 }, (_, i) => thisYear - i);
  const year = value.kind === 'range' ? Number(value.from.slice(0, 4)) : value.year;
  const [range, setRange] = useState(() => periodBounds(value));
  useEffect(() => setRange(periodBounds(value)), [value]);

  const changeKind = (kind: PeriodKind) => {
    const month = Number(today.slice(5, 7));
    const sameYear = year === thisYear;
    if (kind === 'year') onChange({ kind, year });
    if (kind === 'quarter') onChange({ kind, year, quarter: (sameYear ? Math.ceil(month / 3) : 4) as 1 | 2 | 3 | 4 });
    if (kind === 'month') onChange({ kind, year, month: sameYear ? month : 12 });
    if (kind === 'range') onChange({ kind, ...periodBounds(value) });
  };

  return (
    <fieldset className="period-picker">
      <legend>{t('period.label')}</legend>
      <label>
        <span className="visually-hidden">{t('period.label')}</span>
        <select value={value.kind} onChange={(e) => changeKind(e.target.value as PeriodKind)} data-testid="period-kind">
          {(['year', 'quarter', 'month', 'range'] as const).map((kind) => (
            <option key={kind} value={kind}>
              {t(`period.kind.${kind}`)}
            </option>
          ))}
        </select>
      </label>
      {value.kind !== 'range' && (
        <label>
          <span className="visually-hidden">{t('period.year')}</span>
          <select value={year} onChange={(e) => onChange({ ...value, year: Number(e.target.value) })} data-testid="period-year">
            {years.map((y) => (
              <option key={y} value={y}>
                {t('period.yearLabel', { year: y })}
              </option>
            ))}
          </select>
        </label>
      )}
      {value.kind === 'quarter' && (
        <label>
          <span className="visually-hidden">{t('period.quarter')}</span>
          <select value={value.quarter} onChange={(e) => onChange({ ...value, quarter: Number(e.target.value) as 1 | 2 | 3 | 4 })}>
            {[1, 2, 3, 4].map((q) => (
              <option key={q} value={q}>
                {t('period.quarterOption', { quarter: q })}
              </option>
            ))}
          </select>
        </label>
      )}
      {value.kind === 'month' && (
        <label>
          <span className="visually-hidden">{t('period.month')}</span>
          <select value={value.month} onChange={(e) => onChange({ ...value, month: Number(e.target.value) })}>
            {Array.from({ length: 12 }, (_, i) => i + 1).map((m) => (
              <option key={m} value={m}>
                {t('period.monthOption', { month: m })}
              </option>
            ))}
          </select>
        </label>
      )}
      {value.kind === 'range' && (
        <form
          className="range-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (range.from && range.to && range.from <= range.to) onChange({ kind: 'range', ...range });
          }}
        >
          <label>
            {t('period.from')}
            <input type="date" value={range.from} max={today} onChange={(e) => setRange({ ...range, from: e.target.value })} required />
          </label>
          <label>
            {t('period.to')}
            <input type="date" value={range.to} min={range.from} onChange={(e) => setRange({ ...range, to: e.target.value })} required />
          </label>
          <button type="submit">{t('period.apply')}</button>
        </form>
      )}
    </fieldset>
  );
}
