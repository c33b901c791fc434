// A table whose columns sort by click or keyboard (aria-sort tells screen readers), with an
// optional colour per cell. Sorting is by the column's value; missing values always sort last.
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Standing } from '../lib/thresholds';

export interface Column<R> {
  key: string;
  header: string;
  /** The value sorted by; null sorts last whatever the direction. */
  value: (row: R) => number | string | null | undefined;
  render?: (row: R) => ReactNode;
  standing?: (row: R) => Standing;
  numeric?: boolean;
}

export interface SortableTableProps<R> {
  id: string;
  caption: string;
  columns: Column<R>[];
  rows: R[];
  rowKey: (row: R) => string;
  initialSort?: { key: string; descending: boolean };
  className?: string;
}

export function SortableTable<R>({ id, caption, columns, rows, rowKey, initialSort, className }: SortableTableProps<R>) {
  const { t } = useTranslation();
  const [sort, setSort] = useState(initialSort ?? null);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const column = columns.find((c) => c.key === sort.key);
    if (!column) return rows;
    return [...rows].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      if (x == null && y == null) return 0;
      if (x == null) return 1;
      if (y == null) return -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh-CN');
      return sort.descending ? -order : order;
    });
  }, [rows, columns, sort]);

  return (
    <div className={`table-scroll ${className ?? ''}`} tabIndex={0} role="region" aria-labelledby={`${id}-caption`}>
      <table className="data-table" id={id}>
        <caption id={`${id}-caption`}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const active = sort?.key === column.key;
              return (
                <th key={column.key} scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'} className={column.numeric ? 'num' : undefined}>
                  <button
                    type="button"
                    className="sort-button"
                    title={t('table.sortBy', { column: column.header })}
                    onClick={() => setSort(active ? { key: column.key, descending: !sort.descending } : { key: column.key, descending: column.numeric ?? false })}
                  >
                    {column.header}
                    <span aria-hidden="true" className="sort-mark">
                      {active ? (sort.descending ? '▼' : '▲') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {sorted.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="empty">
                {t('table.noRows')}
              </td>
            </tr>
          )}
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column, index) => {
                const content = column.render ? column.render(row) : (column.value(row) ?? '—');
                const standing = column.standing?.(row);
                const className = [column.numeric ? 'num' : '', standing ? `standing-${standing}` : ''].join(' ').trim() || undefined;
                return index === 0 ? (
                  <th key={column.key} scope="row" className={className}>
                    {content}
                  </th>
                ) : (
                  <td key={column.key} className={className} data-col={column.key}>
                    {content}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
