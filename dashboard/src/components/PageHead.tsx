// The head every page opens with (where it is, its title, its tools), and the page shown instead
// when the unit or department in the URL does not exist.
import type { ReactNode } from 'react';
import { useReadyAttributes } from '../lib/ready';
import { Breadcrumbs, type Crumb } from './Breadcrumbs';

export interface PageHeadProps {
  crumbs?: Crumb[];
  title: ReactNode;
  /** The unit's tier, as a badge after the title. */
  tier?: string;
  /** Under the title. */
  note?: ReactNode;
  /** The page's controls (a `.page-tools` element). */
  tools?: ReactNode;
}

export function PageHead({ crumbs, title, tier, note, tools }: PageHeadProps) {
  return (
    <div className="page-head">
      <div>
        {crumbs && <Breadcrumbs crumbs={crumbs} />}
        <h1>
          {title}
          {tier && <span className="tier-badge">{tier}</span>}
        </h1>
        {note}
      </div>
      {tools}
    </div>
  );
}

export function NotFoundPage({ className = 'page', message }: { className?: string; message: string }) {
  // A page that has found nothing has settled: ready, so tests and the benchmark do not wait for it.
  const readyAttributes = useReadyAttributes(true);
  return (
    <div className={className} {...readyAttributes}>
      <p className="panel-error" role="alert">
        {message}
      </p>
    </div>
  );
}
