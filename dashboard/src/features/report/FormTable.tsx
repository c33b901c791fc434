// Tables 三 and 四 in their frame: a focusable region (it scrolls sideways on a phone) named by the
// table's caption, which only screen readers see (the section's heading shows it).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** The prefix of the table's ids (`t3-caption`, `t3-col-…`). */
const PREFIX = { three: 't3', four: 't4' } as const;

export function FormTable({ table, children }: { table: keyof typeof PREFIX; children: ReactNode }) {
  const { t } = useTranslation('report');
  const captionId = `${PREFIX[table]}-caption`;
  return (
    <div className="report-table-wrap" tabIndex={0} role="region" aria-labelledby={captionId}>
      <table className={`report-table table-${table}`} id={`table-${table}`} data-table={table}>
        <caption id={captionId} className="visually-hidden">
          {t(`${table}.caption`)}
        </caption>
        {children}
      </table>
    </div>
  );
}
