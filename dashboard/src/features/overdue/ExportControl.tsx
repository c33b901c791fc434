// The export button with its progress and cancel; `data-export-state` tells tests where it is.
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../lib/format';
import type { ExportState } from './useExport';

export function ExportControl({ status, onStart, onCancel, disabled }: { status: ExportState; onStart(): void; onCancel(): void; disabled: boolean }) {
  const { t, i18n } = useTranslation('overdue');
  const n = (v: number | null) => (v == null ? '…' : formatCount(v, i18n.language));
  return (
    <div className="export-control" data-export-state={status.state}>
      {status.state === 'running' ? (
        <>
          <span role="status">
            <progress max={status.total ?? undefined} value={status.done} aria-hidden="true" /> {t('export.running', { done: n(status.done), total: n(status.total) })}
          </span>
          <button type="button" onClick={onCancel} data-export-cancel>
            {t('export.cancel')}
          </button>
        </>
      ) : (
        <>
          <button type="button" onClick={onStart} disabled={disabled} data-export>
            {t('export.button')}
          </button>
          {status.state === 'done' && <span role="status">{t('export.done', { n: n(status.count) })}</span>}
          {status.state === 'error' && (
            <span role="alert" className="form-error">
              {t('export.error', { reason: status.message })}
            </span>
          )}
        </>
      )}
    </div>
  );
}
