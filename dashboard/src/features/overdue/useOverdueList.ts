// The merged page in view: one query per selected domain from that domain's cursor, merged in the
// browser, with the stack of cursors for going back. Pagination restarts when the filters change.
import { useQueries } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useRefetchInterval } from '../../lib/refresh';
import type { OverdueDomain } from './domains';
import { domainFilter, filterKey, selectedDomains, type OverdueFilters, type Scope } from './filters';
import type { OverdueRow } from './list-query';
import { currentCursors, FIRST_PAGE, mergePages, popPage, pushPage, type DomainPage, type PagerStack } from './merge-pages';
import { listQuery } from './queries';

export interface DomainState {
  domain: OverdueDomain;
  status: 'pending' | 'error' | 'success';
  error: unknown;
  refetch: () => void;
}

export function useOverdueList(filters: OverdueFilters, scope: Scope | null) {
  const key = scope ? filterKey(filters, scope) : '';
  // The stack belongs to one filter; a new filter starts from page one without an effect.
  const [pager, setPager] = useState<{ key: string; stack: PagerStack }>({ key, stack: FIRST_PAGE });
  const stack = pager.key === key ? pager.stack : FIRST_PAGE;
  const cursors = currentCursors(stack);
  const domains = selectedDomains(filters);
  const filtersByDomain = domains.map((d) => (scope ? domainFilter(d, filters, scope) : {}));
  const refetchInterval = useRefetchInterval();
  const enabled = !!scope;

  const results = useQueries({
    queries: domains.map((d, i) => ({
      ...listQuery(d, filtersByDomain[i]!, filters.pageSize, cursors[d]),
      enabled,
      refetchInterval,
    })),
  });

  const states: DomainState[] = domains.map((d, i) => ({
    domain: d,
    status: !enabled ? 'pending' : results[i]!.status,
    error: results[i]!.error,
    refetch: () => void results[i]!.refetch(),
  }));
  const settled = enabled && results.every((r) => r.status !== 'pending');
  const dataStamp = results.map((r) => r.dataUpdatedAt).join(',');

  const merged = useMemo(() => {
    if (!settled) return null;
    const pages: Partial<Record<OverdueDomain, DomainPage<OverdueRow>>> = {};
    domains.forEach((d, i) => {
      if (results[i]!.data) pages[d] = results[i]!.data;
    });
    if (Object.keys(pages).length === 0) return null;
    return mergePages(pages, filters.pageSize, cursors);
    // dataStamp stands for the results' data; `results` itself is a new array on every render.
  }, [settled, dataStamp, key, stack]);

  return {
    domains,
    filtersByDomain,
    states,
    settled,
    merged,
    pageIndex: stack.length - 1,
    next: merged?.hasNext ? () => setPager({ key, stack: pushPage(stack, merged.next) }) : undefined,
    previous: stack.length > 1 ? () => setPager({ key, stack: popPage(stack) }) : undefined,
  };
}
