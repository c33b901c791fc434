// One item in a side drawer (a modal dialog): focus moves in when it opens, Tab stays inside,
// Escape or the close button closes it, and the page puts focus back on the row (or, when the row
// left the list, on the next one or the list's heading).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorReason } from '../../components/Panel';
import { DetailSections } from './DetailSections';
import { detailQuery, type Detail } from './detail-query';
import { itemKey, type OverdueDomain } from './domains';
import { EscalateForm } from './EscalateForm';

export interface ItemDrawerProps {
  domain: OverdueDomain;
  id: string;
  canEscalate: boolean;
  today: string;
  onClose(): void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

function numberOf(detail: Detail): string {
  return detail.domain === 'approvals' ? detail.item.caseNo : detail.item.requestNo;
}

function titleOf(detail: Detail): string {
  switch (detail.domain) {
    case 'approvals':
      return detail.item.serviceItemName;
    case 'complaints':
      return detail.item.title;
    case 'disclosures':
      return detail.item.summary;
  }
}

export function ItemDrawer({ domain, id, canEscalate, today, onClose }: ItemDrawerProps) {
  const { t } = useTranslation('overdue');
  const queryClient = useQueryClient();
  const detail = useQuery(detailQuery(domain, id));
  const panel = useRef<HTMLDivElement>(null);
  const closeButton = useRef<HTMLButtonElement>(null);
  const [escalating, setEscalating] = useState(false);
  const [confirmation, setConfirmation] = useState<string | null>(null);

  useEffect(() => {
    closeButton.current?.focus();
  }, [domain, id]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !panel.current) return;
    const focusable = [...panel.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  async function escalated() {
    setEscalating(false);
    setConfirmation(detail.data ? t('escalate.done', { number: numberOf(detail.data) }) : t('escalate.done', { number: '' }));
    // The list (escalated column and filter) and the drawer change, and so may the overview's figures
    // of this domain (its 超期件 tile), which the user sees on the way back.
    await Promise.all([queryClient.invalidateQueries({ queryKey: ['overdue'] }), queryClient.invalidateQueries({ queryKey: ['overview', domain] })]);
    closeButton.current?.focus();
  }

  const data = detail.data;
  const headingId = 'overdue-drawer-title';
  return (
    <>
      <div className="drawer-backdrop" onClick={onClose} aria-hidden="true" />
      <div
        ref={panel}
        className="drawer overdue-drawer"
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        aria-busy={detail.isPending}
        data-drawer={itemKey(domain, id)}
        data-state={detail.status}
        onKeyDown={onKeyDown}
      >
        <div className="drawer-head">
          <h2 id={headingId}>
            <span className={`domain-tag domain-${domain}`}>{t(`domainShort.${domain}`)}</span> {data ? numberOf(data) : '…'}
          </h2>
          <button ref={closeButton} type="button" className="drawer-close" onClick={onClose} aria-label={t('drawer.close')} data-drawer-close>
            ×
          </button>
        </div>
        {confirmation && (
          <p role="status" className="confirmation" data-escalate-done>
            {confirmation}
          </p>
        )}
        {detail.isPending && (
          <p className="panel-loading" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('common:state.loading')}
          </p>
        )}
        {detail.isError && (
          <div className="panel-error" role="alert">
            <span className="reason">{errorReason(detail.error)}</span>
            <button type="button" onClick={() => void detail.refetch()}>
              {t('common:state.retry')}
            </button>
          </div>
        )}
        {detail.isSuccess && !data && <p className="panel-error">{t('drawer.notFound')}</p>}
        {data && (
          <>
            <p className="drawer-title">{titleOf(data)}</p>
            {canEscalate && !escalating && (
              <button type="button" className="primary" onClick={() => setEscalating(true)} data-escalate>
                {t('escalate.open')}
              </button>
            )}
            {canEscalate && escalating && <EscalateForm domain={domain} id={id} today={today} onDone={() => void escalated()} onCancel={() => setEscalating(false)} />}
            <DetailSections detail={data} />
          </>
        )}
      </div>
    </>
  );
}
