// 超期件: overdue (or due-soon) approval cases, public requests and disclosure requests of the unit in
// view, one list most overdue first, with a drawer per item, 督办 for supervision offices and a CSV
// export of the whole filter. Every filter is in the URL.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { getSession, abilities } from '../../api/session';
import { NotFoundPage, PageHead } from '../../components/PageHead';
import { errorReason, Panel } from '../../components/Panel';
import { formatCount } from '../../lib/format';
import { useReadyAttributes } from '../../lib/ready';
import { useViewParams } from '../../lib/url-state';
import { useSubjectHeader } from '../overview/useSubjectHeader';
import { exportFileName, CSV_COLUMNS, type CsvLabels } from './csv';
import { itemKey, parseItemKey, type OverdueDomain } from './domains';
import { ExportControl } from './ExportControl';
import { domainFilter, parseFilters, type Scope } from './filters';
import { FiltersBar } from './FiltersBar';
import { ItemDrawer } from './ItemDrawer';
import { OverdueTable } from './OverdueTable';
import { useExport } from './useExport';
import { useOverdueList } from './useOverdueList';
import './overdue.css';

const LIST_ID = 'overdue-list';
/** The list panel's heading (the Panel names it after the panel's id). */
const LIST_HEADING_ID = `${LIST_ID}-title`;

/** Focuses the first of these rows still on the page, else the list's heading. */
function focusListItem(keys: string[]): void {
  for (const key of keys) {
    const button = document.querySelector<HTMLElement>(`[data-open="${CSS.escape(key)}"]`);
    if (button) {
      button.focus();
      return;
    }
  }
  const heading = document.getElementById(LIST_HEADING_ID);
  if (!heading) return;
  if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
  heading.focus();
}

export default function OverduePage() {
  const { t, i18n } = useTranslation(['overdue', 'common']);
  const { unit, dept, today, search, update } = useViewParams();
  const filters = useMemo(() => parseFilters(search), [search]);
  const period = search.get('period');
  const header = useSubjectHeader('/overdue', unit, dept, { period, domain: filters.domain });
  const unitId = header.unit.data?.id ?? null;
  const departmentId = header.department.data?.id ?? null;
  const scope: Scope | null = unitId && (!dept || departmentId) ? { withinId: unitId, departmentId } : null;
  const list = useOverdueList(filters, scope);
  const exporter = useExport();
  const session = getSession();
  const canEscalate = session ? abilities(session.user).escalates : false;
  const openKey = search.get('open');
  const open = parseItemKey(openKey);
  const rowKeys = (list.merged?.rows ?? []).map((r) => itemKey(r.domain, r.id)).join('\n');

  // The page of rows the open item was last seen on, so closing the drawer can go to its neighbour
  // when the item has left the list (escalated under 未督办, say).
  const openedAmong = useRef<string[]>([]);
  // Where focus should be after the drawer closed, until the list in view has settled.
  const focusAfterClose = useRef<string[] | null>(null);
  useEffect(() => {
    const keys = rowKeys ? rowKeys.split('\n') : [];
    if (openKey && keys.includes(openKey)) openedAmong.current = keys;
    // The row focus went back to may leave with the list's refetch: move on rather than to nowhere.
    if (!openKey && focusAfterClose.current && (document.activeElement === document.body || !document.activeElement)) focusListItem(focusAfterClose.current);
  }, [openKey, rowKeys]);

  const openItem = useCallback(
    (domain: OverdueDomain, id: string) => {
      focusAfterClose.current = null;
      update({ open: itemKey(domain, id) });
    },
    [update],
  );
  const closeItem = useCallback(() => {
    const key = search.get('open') ?? '';
    const seen = openedAmong.current;
    const at = seen.indexOf(key);
    // The row itself, else the rows after it, else the ones before it (nearest first).
    const candidates = at < 0 ? [key] : [key, ...seen.slice(at + 1), ...seen.slice(0, at).reverse()];
    focusAfterClose.current = candidates;
    update({ open: null });
    requestAnimationFrame(() => focusListItem(candidates));
  }, [search, update]);

  const startExport = () => {
    if (!scope) return;
    const labels: CsvLabels = {
      locale: i18n.language,
      headers: Object.fromEntries(CSV_COLUMNS.map((c) => [c, t(`col.${c}`)])) as CsvLabels['headers'],
      domain: { approvals: t('domainShort.approvals'), complaints: t('domainShort.complaints'), disclosures: t('domainShort.disclosures') },
      warning: { NONE: t('warning.NONE'), YELLOW: t('warning.YELLOW'), RED: t('warning.RED') },
      yes: t('yes'),
      no: t('no'),
    };
    const perDomain = Object.fromEntries(list.domains.map((d) => [d, domainFilter(d, filters, scope)]));
    exporter.start(
      { token: session?.token ?? null, language: i18n.language, filters: perDomain, labels },
      exportFileName(header.title ?? unit, today),
    );
  };

  const settled = list.settled && !header.unit.isPending;
  const readyAttributes = useReadyAttributes(settled);

  if ((header.unit.isSuccess && !header.unit.data) || (dept && header.department.isSuccess && !header.department.data)) {
    return <NotFoundPage message={t('notFound')} />;
  }

  const merged = list.merged;
  const failed = list.states.filter((s) => s.status === 'error');
  const allFailed = failed.length === list.states.length;
  const status = !list.settled ? 'pending' : allFailed ? 'error' : 'success';
  const total = merged?.total;
  const from = merged && merged.rows.length ? list.pageIndex * filters.pageSize + 1 : 0;
  const n = (v: number) => formatCount(v, i18n.language);
  return (
    <div className="page overdue" {...readyAttributes} data-subject={dept ? `department:${dept}` : `unit:${unit}`}>
      <PageHead
        crumbs={header.crumbs}
        title={
          <>
            {t('title')}
            {total != null && (
              <span className="overdue-count" data-total={total}>
                {t('list.total', { n: n(total) })}
              </span>
            )}
          </>
        }
        note={<p className="note">{t('subtitle', { subject: header.title ?? '…' })}</p>}
        tools={
          <div className="page-tools">
            <ExportControl status={exporter.status} onStart={startExport} onCancel={exporter.cancel} disabled={!scope || !list.settled || allFailed} />
          </div>
        }
      />
      <FiltersBar filters={filters} update={update} />
      <Panel
        id={LIST_ID}
        title={t('list.title')}
        status={status}
        error={failed[0]?.error}
        domain={failed.length === 1 ? failed[0]!.domain : undefined}
        onRetry={() => failed.forEach((s) => s.refetch())}
        actions={
          total != null && (
            <span data-total={total} aria-live="polite">
              {merged && merged.rows.length > 0 ? t('list.range', { from: n(from), to: n(from + merged.rows.length - 1), total: n(total) }) : t('list.total', { n: n(total) })}
            </span>
          )
        }
      >
        {failed.map((s) => (
          <p key={s.domain} className="panel-warning" role="alert" data-missing-domain={s.domain}>
            {t('list.missing', { domain: t(`domainShort.${s.domain}`), reason: errorReason(s.error) })}{' '}
            <button type="button" onClick={s.refetch}>
              {t('common:state.retry')}
            </button>
          </p>
        ))}
        <OverdueTable rows={merged?.rows ?? []} onOpen={openItem} />
        <nav className="pager" aria-label={t('list.pager')}>
          <button type="button" onClick={list.previous} disabled={!list.previous} data-page="previous">
            {t('list.previous')}
          </button>
          <span>{list.pageIndex + 1}</span>
          <button type="button" onClick={list.next} disabled={!list.next} data-page="next">
            {t('list.next')}
          </button>
        </nav>
      </Panel>
      {open && <ItemDrawer key={itemKey(open.domain, open.id)} domain={open.domain} id={open.id} canEscalate={canEscalate} today={today} onClose={closeItem} />}
    </div>
  );
}
