// 监察建议书 sent in the period's year (or quarter) to the unit and the units below, latest first.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Panel } from '../../components/Panel';
import { periodLabel } from '../../components/PeriodPicker';
import { SortableTable, type Column } from '../../components/SortableTable';
import { formatCount, formatDate, formatDecimal } from '../../lib/format';
import { formatPeriod, type Period } from '../../lib/period';
import { scoreStanding } from '../../lib/thresholds';
import { linkWith } from '../../lib/url-state';
import { noticeScope, noticesQuery, type SupervisionNotice } from './queries';

export function NoticesPanel({ unitCode, unitName, unitPath, period }: { unitCode: string; unitName: string; unitPath: string; period: Period }) {
  const { t, i18n } = useTranslation(['inspections', 'common']);
  const locale = i18n.language;
  const scope = noticeScope(period);
  const query = useQuery(noticesQuery(unitCode, unitPath, period));
  const scopeLabel: Period = scope.quarter ? { kind: 'quarter', year: scope.year, quarter: scope.quarter as 1 | 2 | 3 | 4 } : { kind: 'year', year: scope.year };
  const columns: Column<SupervisionNotice>[] = [
    { key: 'no', header: t('notices.no'), value: (n) => n.noticeNo },
    {
      key: 'unit',
      header: t('notices.unit'),
      value: (n) => n.unit.code,
      render: (n) => <Link to={linkWith('/inspections', { unit: n.unit.code, period: formatPeriod(period) })}>{n.unit.name}</Link>,
    },
    { key: 'quarter', header: t('notices.quarter'), value: (n) => n.year * 10 + n.quarter, render: (n) => t('notices.quarterValue', { year: n.year, quarter: n.quarter }) },
    { key: 'average', header: t('notices.average'), numeric: true, value: (n) => n.average, render: (n) => formatDecimal(n.average, locale), standing: (n) => scoreStanding(n.average) },
    { key: 'inspections', header: t('notices.inspections'), numeric: true, value: (n) => n.inspections, render: (n) => formatCount(n.inspections, locale) },
    { key: 'issuedOn', header: t('notices.issuedOn'), value: (n) => n.issuedOn, render: (n) => formatDate(n.issuedOn, locale) },
    { key: 'dueOn', header: t('notices.dueOn'), value: (n) => n.dueOn, render: (n) => formatDate(n.dueOn, locale) },
  ];
  return (
    <Panel id="supervision-notices" title={t('notices.title')} domain="inspections" status={query.status} error={query.error} onRetry={() => void query.refetch()}>
      {query.data && query.data.notices.length === 0 ? (
        <p className="empty">{t('notices.none')}</p>
      ) : (
        <>
          <SortableTable
            id="supervision-notices-table"
            caption={t('notices.caption', { unit: unitName, period: periodLabel(scopeLabel, (k, o) => t(`common:${k}`, o)) })}
            columns={columns}
            rows={query.data?.notices ?? []}
            rowKey={(n) => n.id}
          />
          {query.data?.more && <p className="note">{t('notices.more')}</p>}
        </>
      )}
    </Panel>
  );
}
