// The export's rows: what the table shows, in the UI language, as text Excel opens correctly. Pure.
import Papa from 'papaparse';
import { DASH, formatCount, formatDate, formatDateTime } from '../../lib/format';
import type { OverdueDomain } from './domains';
import type { OverdueRow, WarningLevel } from './list-query';

export const CSV_COLUMNS = ['domain', 'number', 'title', 'responsible', 'due', 'days', 'warning', 'escalated', 'state', 'applicant'] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Every text the CSV needs, translated on the main thread (the worker has no i18n). */
export interface CsvLabels {
  locale: string;
  headers: Record<CsvColumn, string>;
  domain: Record<OverdueDomain, string>;
  warning: Record<WarningLevel, string>;
  yes: string;
  no: string;
}

export function formatDue(due: string | null, locale: string): string {
  if (!due) return DASH;
  return due.length === 10 ? formatDate(due, locale) : formatDateTime(due, locale);
}

export function csvRecord(row: OverdueRow, labels: CsvLabels): string[] {
  return [
    labels.domain[row.domain],
    row.number,
    row.title,
    row.responsible ?? '',
    formatDue(row.due, labels.locale),
    row.overdueDays == null ? '' : formatCount(row.overdueDays, labels.locale),
    labels.warning[row.warningLevel],
    row.escalated ? labels.yes : labels.no,
    row.stateLabel,
    // Kept exactly as the API sent it: masked values stay masked.
    row.applicant ?? '',
  ];
}

/**
 * The whole file: BOM first so Excel reads UTF-8, CRLF line ends as Excel writes them, and cells that
 * start like a formula quoted (titles are citizens' own words; a leading = must not run in Excel).
 */
export function buildCsv(rows: OverdueRow[], labels: CsvLabels): string {
  const fields = CSV_COLUMNS.map((c) => labels.headers[c]);
  const data = rows.map((r) => csvRecord(r, labels));
  return `\uFEFF${Papa.unparse({ fields, data }, { newline: '\r\n', escapeFormulae: true })}`;
}

export function exportFileName(unitName: string, today: string): string {
  return `超期件-${unitName.replace(/[\\/:*?"<>|]/g, '_')}-${today}.csv`;
}
