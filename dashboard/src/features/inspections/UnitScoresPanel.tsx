// The units below the one in view with their inspection figures, coloured by grade band; a name
// opens that unit's own inspections page (drill-down).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Panel } from '../../components/Panel';
import { periodLabel } from '../../components/PeriodPicker';
import { SortableTable, type Column } from '../../components/SortableTable';
import { formatCount, formatDecimal } from '../../lib/format';
import { formatPeriod, type Period } from '../../lib/period';
import { scoreStanding, zeroStanding } from '../../lib/thresholds';
import { linkWith } from '../../lib/url-state';
import { childrenQuery, type ChildStats } from './queries';

export function UnitScoresPanel({ unitCode, unitName, period }: { unitCode: string; unitName: string; period: Period }) {
  const { t, i18n } = useTranslation(['inspections', 'common']);
  const locale = i18n.language;
  const query = useQuery(childrenQuery(unitCode, period));
  const columns: Column<ChildStats>[] = [
    {
      key: 'name',
      header: t('units.unit'),
      value: (row) => row.code,
      render: (row) => (
        <Link to={linkWith('/inspections', { unit: row.code, period: formatPeriod(period) })} aria-label={t('units.drill', { name: row.name })} data-drill={row.code}>
          {row.name}
        </Link>
      ),
    },
    {
      key: 'averageScore',
      header: t('units.averageScore'),
      numeric: true,
      value: (row) => row.s?.averageScore,
      render: (row) => formatDecimal(row.s?.averageScore, locale),
      standing: (row) => scoreStanding(row.s?.averageScore),
    },
    {
      key: 'grade',
      header: t('units.grade'),
      value: (row) => row.s?.averageScore,
      render: (row) => (row.s?.grade ? t(`grade.${row.s.grade}`, { defaultValue: row.s.gradeLabel ?? row.s.grade }) : '—'),
      standing: (row) => scoreStanding(row.s?.averageScore),
    },
    { key: 'inspections', header: t('units.inspections'), numeric: true, value: (row) => row.s?.inspections, render: (row) => formatCount(row.s?.inspections, locale) },
    { key: 'open', header: t('units.open'), numeric: true, value: (row) => row.s?.openRectifications, render: (row) => formatCount(row.s?.openRectifications, locale) },
    {
      key: 'overdue',
      header: t('units.overdue'),
      numeric: true,
      value: (row) => row.s?.overdueRectifications,
      render: (row) => formatCount(row.s?.overdueRectifications, locale),
      standing: (row) => zeroStanding(row.s?.overdueRectifications),
    },
  ];
  return (
    <Panel id="inspection-units" title={t('units.title')} domain="inspections" status={query.status} error={query.error} onRetry={() => void query.refetch()}>
      {query.data && query.data.length === 0 ? (
        <p className="empty">{t('units.none')}</p>
      ) : (
        <SortableTable
          id="inspection-units-table"
          caption={t('units.caption', { unit: unitName, period: periodLabel(period, (k, o) => t(`common:${k}`, o)) })}
          columns={columns}
          rows={query.data ?? []}
          rowKey={(row) => row.id}
          initialSort={{ key: 'averageScore', descending: true }}
        />
      )}
    </Panel>
  );
}
