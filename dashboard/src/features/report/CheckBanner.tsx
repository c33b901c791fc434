// The 勾稽 check of table 三 (一 + 二 = 三（七）+ 四 in every column), shown before the tables: a
// report that does not balance must not be published, so the failing columns are spelled out.
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../lib/format';
import type { AnnualReport } from './queries';

export function CheckBanner({ report }: { report: AnnualReport }) {
  const { t, i18n } = useTranslation('report');
  const locale = i18n.language;
  const { check } = report;
  const signed = (n: number) => (n > 0 ? `+${formatCount(n, locale)}` : formatCount(n, locale));
  return (
    <section className={`check-banner ${check.passed ? 'passed' : 'failed'}`} data-check={check.passed ? 'passed' : 'failed'} aria-labelledby="check-title" role={check.passed ? undefined : 'alert'}>
      <h2 id="check-title">
        <span aria-hidden="true" className="check-mark">
          {check.passed ? '✓' : '✗'}
        </span>
        {t('check.title')}
      </h2>
      <p className="check-verdict">{check.passed ? t('check.passed') : t('check.failed', { count: check.failing.length, difference: signed(check.difference) })}</p>
      <p className="check-rule">{t('check.rule')}</p>
      {!check.passed && check.failing.length > 0 && (
        <table className="report-table check-table">
          <caption>{t('check.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('check.column')}</th>
              <th scope="col">{t('check.left')}</th>
              <th scope="col">{t('check.right')}</th>
              <th scope="col">{t('check.difference')}</th>
            </tr>
          </thead>
          <tbody>
            {check.failing.map((c) => (
              <tr key={c.column} data-failing={c.column}>
                <th scope="row">{locale === 'en' ? t(`column.${c.column}`, { defaultValue: c.label }) : c.label}</th>
                <td>{formatCount(c.left, locale)}</td>
                <td>{formatCount(c.right, locale)}</td>
                <td className="difference">{signed(c.difference)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
