// Table 三 as the official form prints it: the corner note, 申请人情况 over 自然人, 法人或其他组织
// (five kinds) and 总计, and the row labels nested in spanning cells. Every figure carries
// data-cell="<row code>:<column code>" so tests can compare it with the API.
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../lib/format';
import { FormTable } from './FormTable';
import type { AnnualReport } from './queries';
import { columnGroups, englishLabel, layoutTableThree, LABEL_COLUMNS, numberedLabel } from './tableThree';

export function TableThree({ report }: { report: AnnualReport }) {
  const { t, i18n } = useTranslation('report');
  const locale = i18n.language;
  const english = locale === 'en';
  const labelOf = (code: string) => {
    const index = report.columns.indexOf(code);
    const api = report.columnLabels[index] ?? code;
    return english ? t(`column.${code}`, { defaultValue: api }) : api;
  };
  const rows = layoutTableThree(report.tableThree, (row) => (english ? englishLabel(row.number, row.labelEn) : numberedLabel(row.number, row.label)));
  const groups = columnGroups(report.columns);
  const head = (code: string, extra: { rowSpan?: number } = {}) => (
    <th key={code} id={`t3-col-${code}`} scope="col" data-column={code} {...extra}>
      {labelOf(code)}
    </th>
  );
  return (
    <FormTable table="three">
      <colgroup>
        <col className="label-col narrow" />
        <col className="label-col narrow" />
        <col className="label-col wide" />
        {report.columns.map((c) => (
          <col key={c} />
        ))}
      </colgroup>
      <thead>
        {groups ? (
          <>
            <tr>
              <td className="corner" colSpan={LABEL_COLUMNS} rowSpan={3}>
                {t('three.corner')}
              </td>
              <th scope="colgroup" colSpan={report.columns.length}>
                {t('three.applicants')}
              </th>
            </tr>
            <tr>
              {head(groups.person, { rowSpan: 2 })}
              <th scope="colgroup" colSpan={groups.organisations.length}>
                {t('three.organisations')}
              </th>
              {head(groups.total, { rowSpan: 2 })}
            </tr>
            <tr>{groups.organisations.map((c) => head(c))}</tr>
          </>
        ) : (
          <tr>
            <td className="corner" colSpan={LABEL_COLUMNS}>
              {t('three.corner')}
            </td>
            {report.columns.map((c) => head(c))}
          </tr>
        )}
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code} data-row={row.code} data-number={row.number}>
            {row.labels.map((label) => (
              <th key={label.code} id={label.heading ? undefined : `t3-row-${row.code}`} scope={label.heading ? 'rowgroup' : 'row'} rowSpan={label.rowSpan} colSpan={label.colSpan} className={label.heading ? 'heading' : undefined}>
                {label.text}
              </th>
            ))}
            {row.cells.map((value, i) => {
              const column = report.columns[i] ?? String(i);
              return (
                <td key={column} data-cell={`${row.code}:${column}`} headers={`t3-row-${row.code} t3-col-${column}`}>
                  {formatCount(value, locale)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </FormTable>
  );
}
