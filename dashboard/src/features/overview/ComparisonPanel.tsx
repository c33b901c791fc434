// The units below the one in view (or its departments) side by side: a bar chart of one chosen
// measure and a sortable table of every domain's figures, coloured against the targets. A name
// opens that unit's own overview (drill-down); the metric and tab stay in the URL.
import { useQueries, type UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Panel, errorReason } from '../../components/Panel';
import { SortableTable, type Column } from '../../components/SortableTable';
import { periodLabel } from '../../components/PeriodPicker';
import { formatCount, formatDecimal, formatRate } from '../../lib/format';
import { formatPeriod, type Period } from '../../lib/period';
import { useRefetchInterval } from '../../lib/refresh';
import { linkWith, useViewParams } from '../../lib/url-state';
import type { Standing } from '../../lib/thresholds';
import { DOMAINS, type DomainSpec, type Measure } from './domains';
import { comparisonQuery, type Comparison } from './queries';

export const STANDING_COLORS: Record<Standing, string> = { good: '#2da44e', warn: '#d4a72c', bad: '#cf222e', none: '#8c959f' };

export interface CompareRow {
  id: string;
  code: string;
  name: string;
  isDepartment: boolean;
  /** Figures by domain key; missing when that domain failed. */
  figures: Record<string, unknown>;
}

/** The comparison queries of every domain, merged by unit. */
export function useComparison(unitCode: string, period: Period) {
  const refetchInterval = useRefetchInterval();
  const results = useQueries({ queries: DOMAINS.map((d) => ({ ...comparisonQuery(d, unitCode, period), refetchInterval })) }) as UseQueryResult<Comparison<unknown>>[];
  const merge = (part: 'children' | 'departments'): CompareRow[] => {
    const rows = new Map<string, CompareRow>();
    results.forEach((result, i) => {
      for (const unit of result.data?.[part] ?? []) {
        const row = rows.get(unit.id) ?? { id: unit.id, code: unit.code, name: unit.name, isDepartment: part === 'departments', figures: {} };
        if (unit.s) row.figures[DOMAINS[i]!.key] = unit.s;
        rows.set(unit.id, row);
      }
    });
    return [...rows.values()];
  };
  return { results, children: merge('children'), departments: merge('departments') };
}

const TABLE_MEASURES: [string, string][] = [
  ['approvals', 'accepted'],
  ['approvals', 'completionRate'],
  ['approvals', 'onTimeRate'],
  ['approvals', 'satisfactionRate'],
  ['approvals', 'overdueOpen'],
  ['complaints', 'received'],
  ['complaints', 'onTimeRate'],
  ['complaints', 'satisfactionRate'],
  ['complaints', 'overdueOpen'],
  ['disclosures', 'onTimeRate'],
  ['disclosures', 'boardOnTimeRate'],
  ['inspections', 'averageScore'],
  ['inspections', 'openRectifications'],
  ['scorecard', 'score'],
];

function findMeasure(domainKey: string, measureKey: string): { domain: DomainSpec<unknown>; measure: Measure<unknown> } | null {
  const domain = DOMAINS.find((d) => d.key === domainKey);
  const measure = domain?.measures.find((m) => m.key === measureKey);
  return domain && measure ? { domain, measure } : null;
}

export function ComparisonPanel({ unitCode, unitName, period }: { unitCode: string; unitName: string; period: Period }) {
  const { t, i18n } = useTranslation(['overview', 'common']);
  const { search, update } = useViewParams();
  const locale = i18n.language;
  const { results, children, departments } = useComparison(unitCode, period);
  const tab = search.get('compare') === 'departments' ? 'departments' : 'children';
  const [metricDomain, metricKey] = (search.get('metric') ?? 'scorecard.score').split('.');
  const metric = findMeasure(metricDomain ?? '', metricKey ?? '') ?? findMeasure('scorecard', 'score')!;
  const rows = tab === 'children' ? children : departments;
  const anyLoaded = results.some((r) => r.isSuccess);
  const status = anyLoaded ? 'success' : results.every((r) => r.isError) ? 'error' : 'pending';
  const failed = results.map((r, i) => ({ r, domain: DOMAINS[i]! })).filter(({ r }) => r.isError);

  const format = (m: Measure<unknown>, value: number | null) =>
    m.kind === 'rate' ? formatRate(value, locale) : m.kind === 'score' ? formatDecimal(value, locale) : formatCount(value, locale);
  const label = (d: string, m: string) => t(`measure.${d}.${m}`);

  const columns: Column<CompareRow>[] = [
    {
      key: 'name',
      header: t('compare.unit'),
      value: (row) => row.code,
      render: (row) => (
        <Link
          to={linkWith('/', row.isDepartment ? { unit: unitCode, dept: row.code, period: formatPeriod(period) } : { unit: row.code, period: formatPeriod(period) })}
          aria-label={t('compare.drill', { name: row.name })}
          data-drill={row.code}
        >
          {row.name}
        </Link>
      ),
    },
    ...TABLE_MEASURES.map(([d, k]): Column<CompareRow> | null => {
      const found = findMeasure(d, k);
      if (!found) return null;
      const { measure } = found;
      const figures = (row: CompareRow) => row.figures[d] as unknown;
      return {
        key: `${d}.${k}`,
        header: label(d, k),
        numeric: true,
        value: (row) => (figures(row) ? measure.value(figures(row)) : null),
        render: (row) => {
          const f = figures(row);
          if (!f) return '—';
          const counts = measure.counts?.(f);
          return (
            <span title={counts ? `${formatCount(counts[0], locale)} / ${formatCount(counts[1], locale)}` : undefined}>
              {format(measure, measure.value(f))}
              {counts && <small className="cell-count">{formatCount(counts[1], locale)}</small>}
            </span>
          );
        },
        standing: (row) => (figures(row) ? measure.standing(figures(row)) : 'none'),
      };
    }).filter((c): c is Column<CompareRow> => c !== null),
  ];

  const chartRows = rows
    .map((row) => {
      const f = row.figures[metric.domain.key];
      return { name: row.name, value: f ? metric.measure.value(f) : null, standing: f ? metric.measure.standing(f) : ('none' as Standing) };
    })
    .filter((r) => r.value != null);
  const metricName = label(metric.domain.key, metric.measure.key);

  return (
    <Panel
      id="compare"
      title={t('compare.title')}
      status={status}
      error={results.find((r) => r.isError)?.error}
      onRetry={() => results.forEach((r) => void r.refetch())}
      className="wide"
      actions={
        <div className="compare-controls">
          <div role="tablist" aria-label={t('compare.title')}>
            {(['children', 'departments'] as const).map((key) => (
              <button key={key} type="button" role="tab" aria-selected={tab === key} onClick={() => update({ compare: key === 'children' ? null : key }, { replace: true })}>
                {t(`compare.${key}`)}
              </button>
            ))}
          </div>
          <label>
            {t('compare.metric')}
            <select value={`${metric.domain.key}.${metric.measure.key}`} onChange={(e) => update({ metric: e.target.value }, { replace: true })} data-testid="compare-metric">
              {TABLE_MEASURES.map(([d, k]) => (
                <option key={`${d}.${k}`} value={`${d}.${k}`}>
                  {t(`common:domain.${d}`)} · {label(d, k)}
                </option>
              ))}
            </select>
          </label>
        </div>
      }
    >
      {failed.map(({ r, domain }) => (
        <p key={domain.key} className="panel-warning" role="alert" data-unavailable={domain.key}>
          {t('compare.unavailable', { domain: t(`common:domain.${domain.key}`), reason: errorReason(r.error) })}
        </p>
      ))}
      {rows.length === 0 ? (
        <p className="empty">{t('compare.none')}</p>
      ) : (
        <>
          {chartRows.length > 0 && (
            <figure className="chart" aria-label={t('compare.chart', { metric: metricName })}>
              <ResponsiveContainer width="100%" height={Math.max(160, chartRows.length * 24 + 40)}>
                <BarChart data={chartRows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }} accessibilityLayer>
                  <CartesianGrid strokeDasharray="3 3" horizontal={false} stroke="#e5e7eb" />
                  <XAxis
                    type="number"
                    fontSize={12}
                    domain={metric.measure.kind === 'rate' ? [0, 1] : metric.measure.kind === 'score' ? [0, 100] : [0, 'auto']}
                    tickFormatter={(v: number) => format(metric.measure, v)}
                  />
                  <YAxis type="category" dataKey="name" width={112} fontSize={12} interval={0} />
                  <Tooltip formatter={(v) => [format(metric.measure, v as number), metricName]} />
                  <Bar dataKey="value" name={metricName} isAnimationActive={false}>
                    {chartRows.map((row) => (
                      <Cell key={row.name} fill={STANDING_COLORS[row.standing]} />
                    ))}
                  </Bar>
                </BarChart>
              </ResponsiveContainer>
            </figure>
          )}
          <SortableTable
            id="compare-table"
            caption={t('compare.table', { unit: unitName, period: periodLabel(period, (k, o) => t(`common:${k}`, o)) })}
            columns={columns}
            rows={rows}
            rowKey={(row) => row.id}
          />
        </>
      )}
    </Panel>
  );
}
