// A domain's monthly trend: volumes as bars (left axis), rates and scores as lines (right axis).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Panel } from '../../components/Panel';
import { formatCount, formatDecimal, formatMonth, formatRate } from '../../lib/format';
import type { Period } from '../../lib/period';
import { useRefetchInterval } from '../../lib/refresh';
import type { DomainSpec } from './domains';
import { trendQuery } from './queries';
import type { Subject } from './subject';

const COLORS = ['#c8102e', '#1f6feb', '#2da44e', '#bf8700'];

export function TrendPanel<F extends { period: { from: string } }>({ domain, subject, period, today }: { domain: DomainSpec<F>; subject: Subject; period: Period; today: string }) {
  const { t, i18n } = useTranslation(['overview', 'common']);
  const refetchInterval = useRefetchInterval();
  const query = useQuery({ ...trendQuery(domain, subject, period, today), refetchInterval });
  const locale = i18n.language;
  const series = domain.measures.filter((m) => m.trend);
  const bar = series.find((m) => m.trend === 'bar');
  const lines = series.filter((m) => m.trend === 'line');
  const lineIsRate = lines.every((m) => m.kind === 'rate');
  const rows: ({ month: string } & Record<string, number | string | null>)[] = (query.data ?? []).map((f) => ({
    month: f.period.from.slice(0, 7),
    ...Object.fromEntries(series.map((m) => [m.key, m.value(f)])),
  }));
  const monthLabel = (month: string) => formatMonth(month, locale);
  const domainName = t(`common:domain.${domain.key}`);
  const format = (key: string, value: number | null) => {
    const m = series.find((s) => s.key === key);
    if (value == null) return '—';
    return m?.kind === 'rate' ? formatRate(value, locale) : m?.kind === 'score' ? formatDecimal(value, locale) : formatCount(value, locale);
  };
  return (
    <Panel id={`trend-${domain.key}`} title={t('trend.title', { domain: domainName })} domain={domain.key} status={query.status} error={query.error} onRetry={() => void query.refetch()}>
      {rows.length === 0 ? (
        <p className="empty">{t('trend.empty')}</p>
      ) : (
        <figure className="chart" aria-label={t('trend.caption', { domain: domainName })}>
          <ResponsiveContainer width="100%" height={240}>
            <ComposedChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} accessibilityLayer>
              <CartesianGrid strokeDasharray="3 3" stroke="#e5e7eb" />
              <XAxis dataKey="month" tickFormatter={monthLabel} fontSize={12} />
              {bar && <YAxis yAxisId="volume" fontSize={12} width={48} tickFormatter={(v: number) => formatCount(v, locale)} />}
              {lines.length > 0 && (
                <YAxis
                  yAxisId="rate"
                  orientation="right"
                  fontSize={12}
                  width={48}
                  domain={lineIsRate ? [0, 1] : [0, 100]}
                  tickFormatter={(v: number) => (lineIsRate ? formatRate(v, locale).replace('.0%', '%') : formatCount(v, locale))}
                />
              )}
              <Tooltip labelFormatter={(label) => monthLabel(String(label))} formatter={(value, name, item) => [format(String(item.dataKey), value as number | null), name]} />
              <Legend wrapperStyle={{ fontSize: 12 }} />
              {bar && <Bar yAxisId="volume" dataKey={bar.key} name={t(`measure.${domain.key}.${bar.key}`)} fill="#d0d7de" isAnimationActive={false} />}
              {lines.map((m, i) => (
                <Line
                  key={m.key}
                  yAxisId="rate"
                  dataKey={m.key}
                  name={t(`measure.${domain.key}.${m.key}`)}
                  stroke={COLORS[i % COLORS.length]}
                  strokeWidth={2}
                  dot={{ r: 2 }}
                  connectNulls
                  isAnimationActive={false}
                />
              ))}
            </ComposedChart>
          </ResponsiveContainer>
          <div className="visually-hidden">
          <table>
            <caption>{t('trend.caption', { domain: domainName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('trend.month')}</th>
                {series.map((m) => (
                  <th key={m.key} scope="col">
                    {t(`measure.${domain.key}.${m.key}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.month}>
                  <th scope="row">{monthLabel(row.month)}</th>
                  {series.map((m) => (
                    <td key={m.key}>{format(m.key, (row[m.key] as number | null | undefined) ?? null)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          </div>
        </figure>
      )}
    </Panel>
  );
}
