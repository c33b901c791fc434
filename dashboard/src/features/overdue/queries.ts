// The list's queries: one per domain and page, so a domain that is down only leaves its own rows out.
// Keys: ['overdue', 'list', domain, filter, size, cursor].
import { queryOptions } from '@tanstack/react-query';
import { gql } from '../../api/client';
import type { OverdueDomain } from './domains';
import { fetchDomainPage, type Fetcher } from './list-query';

export const mainFetcher: Fetcher = (query, variables, signal) => gql(query, variables, { signal });

export function listQuery(domain: OverdueDomain, filter: Record<string, unknown>, size: number, after: string | null | undefined) {
  return queryOptions({
    queryKey: ['overdue', 'list', domain, JSON.stringify(filter), size, after ?? ''],
    queryFn: ({ signal }) => fetchDomainPage(mainFetcher, domain, filter, size, after, signal),
    staleTime: 60_000,
    retry: 1,
  });
}
