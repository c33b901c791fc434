// The rectification ledger of the unit's subtree as the API orders it (earliest deadline, so most
// overdue, first), a page at a time. The filter and the page's cursor live in the URL; a row's
// number opens the rectification with its finding and timeline.
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { Panel } from '../../components/Panel';
import { formatCount, formatDate } from '../../lib/format';
import { useRefetchInterval } from '../../lib/refresh';
import { useViewParams } from '../../lib/url-state';
import { deadlineStatus, parseLedgerMode, type DeadlineStatus, type LedgerMode } from './ledger';
import { rectificationsQuery, type Rectification } from './queries';
import { RectificationDrawer } from './RectificationDrawer';

export function RectificationsPanel({ unitCode, unitId, unitName }: { unitCode: string; unitId: string; unitName: string }) {
  const { t, i18n } = useTranslation(['inspections', 'common']);
  const locale = i18n.language;
  const english = locale === 'en';
  const { search, update, today } = useViewParams();
  const mode = parseLedgerMode(search.get('ledger'));
  const after = search.get('after');
  const before = search.get('before');
  const query = useQuery({ ...rectificationsQuery(unitCode, unitId, mode, after, before), refetchInterval: useRefetchInterval() });
  const [selected, setSelected] = useState<Rectification | null>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const location = useLocation();
  // The count tiles link here with #rectifications: bring the ledger into view once it is there.
  useEffect(() => {
    if (location.hash === '#rectifications' && query.isSuccess) panelRef.current?.scrollIntoView({ block: 'start' });
  }, [location.hash, query.isSuccess]);

  const setMode = (next: LedgerMode) => update({ ledger: next === 'overdue' ? null : next, after: null, before: null }, { replace: true });
  const page = query.data;
  const modeLabel = t(`ledger.${mode}`);
  const deadline = (status: DeadlineStatus) => {
    switch (status.kind) {
      case 'overdue':
        return <span className="badge red">{t('ledger.overdueDays', { count: status.workingDays })}</span>;
      case 'due':
        return (
          <span className={status.soon ? 'badge yellow' : undefined}>
            {status.days === 0 ? t('ledger.dueToday') : t('ledger.daysLeft', { count: status.days })}
            {status.soon && status.days !== 0 && <span className="visually-hidden"> ({t('ledger.soon')})</span>}
          </span>
        );
      case 'awaiting':
        return t('ledger.awaiting');
      case 'closed':
        return t('ledger.closed');
    }
  };

  return (
    <div ref={panelRef} id="rectifications" className="ledger-anchor">
      <Panel
        id="rectifications"
        title={t('ledger.title')}
        domain="inspections"
        status={query.status}
        error={query.error}
        onRetry={() => void query.refetch()}
        actions={
          <div role="radiogroup" aria-label={t('ledger.mode')} className="segmented" data-testid="ledger-mode">
            {(['overdue', 'open'] as const).map((key) => (
              <button key={key} type="button" role="radio" aria-checked={mode === key} onClick={() => setMode(key)} data-mode={key}>
                {t(`ledger.${key}`)}
              </button>
            ))}
          </div>
        }
      >
        {page && (
          <>
            <p className="note">
              {t('ledger.note')} {t('ledger.total', { count: page.totalCount })}
            </p>
            <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="rectifications-table-caption">
              <table className="data-table ledger-table" id="rectifications-table" aria-busy={query.isPlaceholderData} data-total={page.totalCount}>
                <caption id="rectifications-table-caption">{t('ledger.caption', { unit: unitName, mode: modeLabel })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ledger.no')}</th>
                    <th scope="col">{t('ledger.owner')}</th>
                    <th scope="col">{t('ledger.finding')}</th>
                    <th scope="col">{t('ledger.dueOn')}</th>
                    <th scope="col">{t('ledger.deadline')}</th>
                    <th scope="col">{t('ledger.state')}</th>
                    <th scope="col" className="num">
                      {t('ledger.escalations')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {page.rows.length === 0 && (
                    <tr>
                      <td colSpan={7} className="empty">
                        {t('ledger.none')}
                      </td>
                    </tr>
                  )}
                  {page.rows.map((row) => {
                    const status = deadlineStatus(row, today);
                    return (
                      <tr key={row.id} data-rectification={row.id} data-deadline={status.kind}>
                        <th scope="row">
                          <button type="button" className="link-button" onClick={() => setSelected(row)} aria-label={t('ledger.view', { no: row.rectificationNo })} aria-haspopup="dialog">
                            {row.rectificationNo}
                          </button>
                        </th>
                        <td className="owner">
                          {row.ownerUnit.name}
                          {row.ownerDepartment && <small className="cell-count">{row.ownerDepartment.shortName ?? row.ownerDepartment.name}</small>}
                          {row.ownerPerson && <small className="cell-count">{row.ownerPerson}</small>}
                        </td>
                        <td className="finding">{english ? row.finding.descriptionEn : row.finding.description}</td>
                        <td>{formatDate(row.dueOn, locale)}</td>
                        <td>{deadline(status)}</td>
                        <td>{t(`state.${row.state}`, { defaultValue: row.stateLabel })}</td>
                        <td className="num">
                          {formatCount(row.escalations, locale)}
                          {row.escalated && <small className="cell-count">{t('ledger.escalated')}</small>}
                          {row.warning.shouldEscalate && <small className="cell-count should-escalate">{t('ledger.shouldEscalate')}</small>}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <nav className="pager" aria-label={t('ledger.pages')}>
              <button
                type="button"
                disabled={!page.pageInfo.hasPreviousPage || query.isPlaceholderData}
                onClick={() => update({ before: page.pageInfo.startCursor, after: null })}
                data-page="previous"
              >
                {t('ledger.previous')}
              </button>
              <button
                type="button"
                disabled={!page.pageInfo.hasNextPage || query.isPlaceholderData}
                onClick={() => update({ after: page.pageInfo.endCursor, before: null })}
                data-page="next"
              >
                {t('ledger.next')}
              </button>
            </nav>
          </>
        )}
      </Panel>
      {selected && <RectificationDrawer row={selected} onClose={() => setSelected(null)} />}
    </div>
  );
}
