// Table 四: 行政复议, then 行政诉讼 split into suits filed directly and after review, each with the
// five results, in one row as the form prints it.
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../lib/format';
import { FormTable } from './FormTable';
import type { AnnualReport } from './queries';

const RESULTS = ['r0', 'r1', 'r2', 'r3', 'r4'] as const;

export function TableFour({ report }: { report: AnnualReport }) {
  const { t, i18n } = useTranslation('report');
  const locale = i18n.language;
  const review = report.tableFour.filter((r) => r.kind === 'REVIEW');
  const suits = report.tableFour.filter((r) => r.kind !== 'REVIEW');
  // The form heads the suits with short names under 行政诉讼; the API's labels are the long ones.
  const kindLabel = (r: { kind: string; label: string }) => t(`four.kind.${r.kind}`, { defaultValue: r.label });
  const ordered = [...review, ...suits];
  return (
    <FormTable table="four">
      <thead>
        <tr>
          {review.map((r) => (
            <th key={r.kind} id={`t4-kind-${r.kind}`} scope="colgroup" colSpan={RESULTS.length} rowSpan={2}>
              {kindLabel(r)}
            </th>
          ))}
          {suits.length > 0 && (
            <th scope="colgroup" colSpan={RESULTS.length * suits.length}>
              {t('four.suits')}
            </th>
          )}
        </tr>
        <tr>
          {suits.map((r) => (
            <th key={r.kind} id={`t4-kind-${r.kind}`} scope="colgroup" colSpan={RESULTS.length}>
              {kindLabel(r)}
            </th>
          ))}
        </tr>
        <tr>
          {ordered.flatMap((r) =>
            RESULTS.map((result) => (
              <th key={`${r.kind}:${result}`} id={`t4-${r.kind}-${result}`} scope="col">
                {t(`four.result.${result}`)}
              </th>
            )),
          )}
        </tr>
      </thead>
      <tbody>
        <tr>
          {ordered.flatMap((r) =>
            r.cells.map((value, i) => (
              <td key={`${r.kind}:${i}`} data-cell={`${r.kind}:${i}`} headers={`t4-kind-${r.kind} t4-${r.kind}-${RESULTS[i] ?? i}`}>
                {formatCount(value, locale)}
              </td>
            )),
          )}
        </tr>
      </tbody>
    </FormTable>
  );
}
