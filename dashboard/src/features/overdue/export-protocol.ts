// Messages between the page and the export worker.
import type { CsvLabels } from './csv';
import type { OverdueDomain } from './domains';

export interface ExportRequest {
  token: string | null;
  language: string;
  /** Each selected domain's API filter, as the page uses it. */
  filters: Partial<Record<OverdueDomain, Record<string, unknown>>>;
  labels: CsvLabels;
}

export type ExportMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; blob: Blob; count: number }
  | { type: 'error'; message: string };

/** One request of the worker may take this long before the export fails (a stalled connection). */
export const REQUEST_TIMEOUT_MS = 30_000;
/** The page gives up on a worker that has said nothing for this long (it always reports per round). */
export const SILENCE_TIMEOUT_MS = REQUEST_TIMEOUT_MS + 15_000;
