// A panel of the dashboard with its own loading and error state: one failing subgraph greys out
// only the panels that need it, with the reason, and the rest of the page keeps working.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';

export interface PanelProps {
  id: string;
  title: ReactNode;
  /** The domain the figures come from, named in the error. */
  domain?: string;
  status: 'pending' | 'error' | 'success';
  error?: unknown;
  onRetry?: () => void;
  actions?: ReactNode;
  className?: string;
  children?: ReactNode;
}

export function errorReason(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  if (error instanceof Error) return error.message;
  return String(error);
}

export function Panel({ id, title, domain, status, error, onRetry, actions, className, children }: PanelProps) {
  const { t } = useTranslation();
  const headingId = `${id}-title`;
  return (
    <section className={`panel ${className ?? ''}`} aria-labelledby={headingId} aria-busy={status === 'pending'} data-panel={id} data-state={status}>
      <header className="panel-head">
        <h2 id={headingId}>{title}</h2>
        {actions && <div className="panel-actions">{actions}</div>}
      </header>
      {status === 'pending' && (
        <div className="panel-loading" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('state.loading')}
        </div>
      )}
      {status === 'error' && (
        <div className="panel-error" role="alert">
          <strong>{t('state.error', { domain: domain ? t(`domain.${domain}`) : '' })}</strong>
          <span className="reason">{errorReason(error)}</span>
          {onRetry && (
            <button type="button" onClick={onRetry}>
              {t('state.retry')}
            </button>
          )}
        </div>
      )}
      {status === 'success' && children}
    </section>
  );
}
