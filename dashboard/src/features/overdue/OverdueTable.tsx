// The merged page as a table (cards on a phone, by CSS: one set of rows for every width). The
// number opens the drawer; the order is the merge's, so columns do not re-sort.
import { useTranslation } from 'react-i18next';
import { DASH } from '../../lib/format';
import { DaysOverdue, WarningBadge } from './cells';
import { formatDue } from './csv';
import { itemKey, type OverdueDomain } from './domains';
import type { OverdueRow } from './list-query';

export interface OverdueTableProps {
  rows: OverdueRow[];
  onOpen(domain: OverdueDomain, id: string): void;
}

const COLUMNS = ['domain', 'number', 'title', 'responsible', 'due', 'days', 'warning', 'escalated', 'state', 'applicant'] as const;

export function OverdueTable({ rows, onOpen }: OverdueTableProps) {
  const { t, i18n } = useTranslation('overdue');
  const label = (c: (typeof COLUMNS)[number]) => t(`col.${c}`);
  return (
    <div className="table-scroll overdue-table-wrap" tabIndex={0} role="region" aria-labelledby="overdue-caption">
      <table className="data-table overdue-table">
        <caption id="overdue-caption">{t('list.caption')}</caption>
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className={c === 'days' ? 'num' : undefined}>
                {label(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && (
            <tr>
              <td colSpan={COLUMNS.length} className="empty">
                {t('list.empty')}
              </td>
            </tr>
          )}
          {rows.map((row) => {
            const key = itemKey(row.domain, row.id);
            return (
              <tr key={key} data-row={key} className={row.warningLevel === 'RED' ? 'is-red' : undefined}>
                <td data-label={label('domain')} className="cell-domain">
                  <span className={`domain-tag domain-${row.domain}`}>{t(`domainShort.${row.domain}`)}</span>
                </td>
                <th scope="row" data-label={label('number')} className="cell-number">
                  <button type="button" className="link-button" data-open={key} aria-label={t('list.open', { number: row.number })} onClick={() => onOpen(row.domain, row.id)}>
                    {row.number}
                  </button>
                </th>
                <td data-label={label('title')} className="cell-title">
                  {row.title}
                </td>
                <td data-label={label('responsible')}>{row.responsible ?? DASH}</td>
                <td data-label={label('due')}>{formatDue(row.due, i18n.language)}</td>
                <td data-label={label('days')} className="num" data-col="days">
                  <DaysOverdue days={row.overdueDays} />
                </td>
                <td data-label={label('warning')}>
                  <WarningBadge level={row.warningLevel} />
                </td>
                <td data-label={label('escalated')} data-col="escalated">
                  {row.escalated ? <span className="badge escalated">{t('escalatedBadge')}</span> : t('no')}
                </td>
                <td data-label={label('state')}>{row.stateLabel}</td>
                <td data-label={label('applicant')} className="cell-applicant">
                  {row.applicant ?? DASH}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
