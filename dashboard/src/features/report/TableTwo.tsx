// Table 二 (主动公开) in the form's four blocks, one per article of the regulation.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCount, formatDecimal } from '../../lib/format';
import type { AnnualReport } from './queries';

export function TableTwo({ report }: { report: AnnualReport }) {
  const { t, i18n } = useTranslation('report');
  const locale = i18n.language;
  const two = report.tableTwo;
  const block = (key: string, caption: string, heads: string[], rows: [string, string, ReactNode[]][]) => (
    <table className="report-table table-two" data-section={key} key={key}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" className="content">
            {t('two.content')}
          </th>
          {heads.map((h) => (
            <th key={h} scope="col" colSpan={heads.length === 1 ? 3 : 1}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([rowKey, label, values]) => (
          <tr key={rowKey} data-row={rowKey}>
            <th scope="row">{label}</th>
            {values.map((v, i) => (
              <td key={i} colSpan={values.length === 1 ? 3 : 1} data-cell={`${rowKey}:${i}`}>
                {v}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
  const counts = (c: { issued: number; repealed: number; inForce: number }) => [c.issued, c.repealed, c.inForce].map((n) => formatCount(n, locale));
  return (
    <div className="report-table-wrap table-two-group" tabIndex={0} role="region" aria-label={t('section.proactive')}>
      {block('ARTICLE_20_1', t('two.article1'), [t('two.issued'), t('two.repealed'), t('two.inForce')], [
        ['REGULATIONS', t('two.regulations'), counts(two.regulations)],
        ['NORMATIVE_DOCUMENTS', t('two.normativeDocuments'), counts(two.normativeDocuments)],
      ])}
      {block('ARTICLE_20_5', t('two.article5'), [t('two.decisions')], [['LICENSING', t('two.licensing'), [formatCount(two.licensingDecisions, locale)]]])}
      {block('ARTICLE_20_6', t('two.article6'), [t('two.decisions')], [
        ['PENALTY', t('two.penalty'), [formatCount(two.penaltyDecisions, locale)]],
        ['ENFORCEMENT', t('two.enforcement'), [formatCount(two.enforcementDecisions, locale)]],
      ])}
      {/* The form asks for 万元 with the precision the office keeps: four decimals. */}
      {block('ARTICLE_20_8', t('two.article8'), [t('two.fees')], [['FEES', t('two.feesRow'), [formatDecimal(two.feesWan, locale, 4)]]])}
    </div>
  );
}
