// Fetches every page of the current filter with the page's own merge and builds the CSV off the main
// thread, so exporting thousands of rows does not freeze the workbench. No i18n here: the labels,
// the token and the language come with the request.
//
// Every way this can go wrong ends in one `error` message: a failed or stalled request (each has a
// timeout), a throw anywhere in the run, an error outside it (unhandled rejection, global error).
/// <reference lib="webworker" />
import { buildCsv } from './csv';
import type { OverdueDomain } from './domains';
import { REQUEST_TIMEOUT_MS, type ExportMessage, type ExportRequest } from './export-protocol';
import { fetchDomainPage, type Fetcher, type OverdueRow } from './list-query';
import { mergePages, type Cursors, type DomainPage } from './merge-pages';

const PAGE = 100;
const scope = self as unknown as DedicatedWorkerGlobalScope;
let finished = false;

function post(message: ExportMessage): void {
  if (finished) return;
  scope.postMessage(message);
  if (message.type !== 'progress') finished = true;
}

function fail(error: unknown): void {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : String(error ?? 'unknown');
  post({ type: 'error', message: message || 'unknown' });
}

function fetcherFor(request: ExportRequest): Fetcher {
  return async <T>(query: string, variables: Record<string, unknown>) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': request.language };
    if (request.token) headers.authorization = `Bearer ${request.token}`;
    // A request the hub never answers must not keep the export "running" for ever; the timeout
    // covers reading the body too.
    const signal = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    let body: { data?: T; errors?: { message: string }[] } | null;
    let status: number;
    try {
      const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal });
      status = response.status;
      body = (await response.json().catch((error: unknown) => {
        if (signal.aborted) throw error;
        return null;
      })) as typeof body;
    } catch (error) {
      if (signal.aborted) throw new Error(`timeout (${REQUEST_TIMEOUT_MS / 1000} s)`, { cause: error });
      throw error;
    }
    if (body?.errors?.length) throw new Error(body.errors[0]!.message);
    if (status < 200 || status >= 300 || !body?.data) throw new Error(`HTTP ${status}`);
    return body.data;
  };
}

async function run(request: ExportRequest): Promise<void> {
  const fetcher = fetcherFor(request);
  const active = new Set(Object.keys(request.filters) as OverdueDomain[]);
  const rows: OverdueRow[] = [];
  let cursors: Cursors = {};
  const totals = new Map<OverdueDomain, number>();
  post({ type: 'progress', done: 0, total: 0 });
  while (active.size > 0) {
    const pages: Partial<Record<OverdueDomain, DomainPage<OverdueRow>>> = {};
    await Promise.all(
      [...active].map(async (d) => {
        const page = await fetchDomainPage(fetcher, d, request.filters[d]!, PAGE, cursors[d]);
        pages[d] = page;
        totals.set(d, page.totalCount);
      }),
    );
    const merged = mergePages(pages, PAGE, cursors);
    rows.push(...merged.rows);
    cursors = merged.next;
    for (const d of merged.exhausted) active.delete(d);
    const total = [...totals.values()].reduce((a, b) => a + b, 0);
    post({ type: 'progress', done: rows.length, total });
    if (merged.rows.length === 0) break;
  }
  const csv = buildCsv(rows, request.labels);
  post({ type: 'done', blob: new Blob([csv], { type: 'text/csv;charset=utf-8' }), count: rows.length });
}

scope.addEventListener('unhandledrejection', (event) => {
  event.preventDefault();
  fail(event.reason);
});
scope.addEventListener('error', (event) => {
  event.preventDefault();
  fail(event.error ?? event.message);
});
scope.onmessage = (event: MessageEvent<ExportRequest>) => {
  try {
    run(event.data).catch(fail);
  } catch (error) {
    fail(error);
  }
};
scope.onmessageerror = () => fail('message could not be read');
