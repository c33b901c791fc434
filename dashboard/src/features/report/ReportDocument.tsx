// The report itself, in the national format's six sections: what prints (the page's controls do
// not). Narrative sections keep the office's paragraphs.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { CheckBanner } from './CheckBanner';
import type { AnnualReport } from './queries';
import { TableFour } from './TableFour';
import { TableThree } from './TableThree';
import { TableTwo } from './TableTwo';

function Narrative({ text }: { text: string }) {
  const { t } = useTranslation('report');
  const paragraphs = text.split(/\n+/).map((p) => p.trim()).filter(Boolean);
  if (paragraphs.length === 0) return <p className="narrative empty">{t('empty')}</p>;
  return (
    <>
      {paragraphs.map((p, i) => (
        <p key={i} className="narrative">
          {p}
        </p>
      ))}
    </>
  );
}

/** One of the national format's numbered sections, headed by its title. */
function ReportSection({ id, children }: { id: string; children: ReactNode }) {
  const { t } = useTranslation('report');
  return (
    <section className="report-section" aria-labelledby={`s-${id}`}>
      <h3 id={`s-${id}`}>{t(`section.${id}`)}</h3>
      {children}
    </section>
  );
}

export function ReportDocument({ report }: { report: AnnualReport }) {
  const { t, i18n } = useTranslation('report');
  const locale = i18n.language;
  const published = report.publishedOn != null;
  return (
    <article className="report-document" data-published={published ? 'true' : 'false'} data-frozen={report.frozen ? 'true' : 'false'} data-late={report.late ? 'true' : 'false'}>
      {!published && (
        <div className="draft-mark" aria-hidden="true">
          {t('status.draft')}
        </div>
      )}
      <h2 className="report-title">{t('documentTitle', { subject: report.subjectName, year: report.year })}</h2>
      <section className="report-status" aria-label={t('status.label')}>
        <div className="flags">
          {published ? null : (
            <span className="flag draft" data-flag="draft">
              {t('status.draft')}
            </span>
          )}
          {report.frozen && (
            <span className="flag frozen" data-flag="frozen" title={t('status.frozenNote')}>
              {t('status.frozen')}
            </span>
          )}
          <span className={`flag ${report.late ? 'late' : 'on-time'}`} data-flag={report.late ? 'late' : 'on-time'}>
            {report.late ? t('status.late') : t('status.onTime')}
          </span>
        </div>
        <dl>
          <div>
            <dt>{t('status.dueOn')}</dt>
            <dd data-field="due-on">{formatDate(report.dueOn, locale)}</dd>
          </div>
          <div>
            <dt>{t('status.publishedOn')}</dt>
            <dd data-field="published-on">{published ? formatDate(report.publishedOn, locale) : `${t('status.draft')}（${t('status.draftNote')}）`}</dd>
          </div>
          <div>
            <dt>{t('status.scope')}</dt>
            <dd>{report.includesSubordinates ? t('status.scopeAll') : t('status.scopeOwn')}</dd>
          </div>
          {report.frozen && (
            <div>
              <dt>{t('status.frozen')}</dt>
              <dd>{t('status.frozenNote')}</dd>
            </div>
          )}
        </dl>
      </section>
      <CheckBanner report={report} />
      <ReportSection id="overview">
        <Narrative text={report.overview} />
      </ReportSection>
      <ReportSection id="proactive">
        <TableTwo report={report} />
      </ReportSection>
      <ReportSection id="requests">
        <TableThree report={report} />
      </ReportSection>
      <ReportSection id="remedies">
        <TableFour report={report} />
      </ReportSection>
      <ReportSection id="problems">
        <Narrative text={report.problems} />
      </ReportSection>
      <ReportSection id="other">
        <Narrative text={report.other} />
      </ReportSection>
    </article>
  );
}
