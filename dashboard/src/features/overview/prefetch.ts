// The overview's queries, asked for before React starts: the figures travel while the browser is
// still loading and parsing the page's code (render-as-you-fetch). The panels then find their
// queries under the same keys, already running or answered; nothing is asked twice.
import type { QueryClient } from '@tanstack/react-query';
import type { Session } from '../../api/session';
import { parsePeriod, todayInChina } from '../../lib/period';
import { unitInView } from '../../lib/url-state';
import { DOMAINS } from './domains';
import { comparisonQuery, departmentQuery, figuresQuery, trendQuery, unitQuery } from './queries';
import type { Subject } from './subject';

/** Starts every query the overview of `search` will make (as OverviewPage derives them). */
export function prefetchOverview(client: QueryClient, search: URLSearchParams, session: Session): void {
  const today = todayInChina();
  const unit = unitInView(search, session);
  if (!unit) return;
  const dept = search.get('dept');
  const period = parsePeriod(search.get('period'), today);
  const subject: Subject = dept ? { kind: 'department', code: dept } : { kind: 'unit', code: unit };
  const queries = [
    unitQuery(unit),
    ...(dept ? [departmentQuery(dept)] : []),
    ...DOMAINS.map((domain) => figuresQuery(domain, subject, period)),
    ...DOMAINS.filter((domain) => domain.trendField).map((domain) => trendQuery(domain, subject, period, today)),
    ...(subject.kind === 'unit' ? DOMAINS.map((domain) => comparisonQuery(domain, unit, period)) : []),
  ];
  // prefetchQuery never throws: a failure is kept in the cache for the panel to show.
  for (const query of queries) void client.prefetchQuery(query as Parameters<QueryClient['prefetchQuery']>[0]);
}
