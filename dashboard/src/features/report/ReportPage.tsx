// 年度报告: the statutory 政府信息公开工作年度报告 of a government (optionally with the units below)
// or a department for a year, in the national format, with the 勾稽 check, print and exports.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NotFoundPage, PageHead } from '../../components/PageHead';
import { Panel } from '../../components/Panel';
import { useReadyAttributes } from '../../lib/ready';
import { useViewParams } from '../../lib/url-state';
import { useSubjectHeader } from '../overview/useSubjectHeader';
import { ExportButtons } from './ExportButtons';
import { departmentsQuery, reportQuery, type ReportSubject } from './queries';
import { ReportDocument } from './ReportDocument';
import { parseReportYear, reportYears } from './year';
import './report.css';

export default function ReportPage() {
  const { t } = useTranslation(['report', 'common']);
  const { unit, dept, today, search, update } = useViewParams();
  const year = parseReportYear(search.get('year'), today);
  const includeSubordinates = !dept && search.get('sub') === '1';
  const header = useSubjectHeader('/report', unit, dept, { year: search.get('year') });
  const departments = useQuery(departmentsQuery(unit));
  const unitInfo = header.unit.data;
  const isVillage = !dept && unitInfo?.tier === 'VILLAGE';
  const subjectId = dept ? header.department.data?.id : unitInfo?.id;
  const subject: ReportSubject | null = subjectId ? { kind: dept ? 'department' : 'unit', code: dept ?? unit, id: subjectId, includeSubordinates, year } : null;
  const report = useQuery({ ...reportQuery(subject ?? { kind: 'unit', code: unit, id: '', includeSubordinates, year }), enabled: subject != null && !isVillage });
  const headerSettled = !header.unit.isPending && (!dept || !header.department.isPending);
  const settled = headerSettled && (isVillage || subject == null || !report.isPending);
  const readyAttributes = useReadyAttributes(settled);

  if (header.unit.isSuccess && !unitInfo) {
    return <NotFoundPage className="page report-page" message={t('common:error.notFound')} />;
  }
  const title = report.data ? t('documentTitle', { subject: report.data.subjectName, year: report.data.year }) : t('title');
  const panelTitle = report.data ? `${t('yearOption', { year: report.data.year })} · ${t('title')}` : t('title');
  return (
    <div className="page report-page" {...readyAttributes} data-subject={`${dept ? 'department' : 'unit'}:${dept ?? unit}`} data-year={year}>
      <PageHead
        crumbs={header.crumbs}
        title={header.title ? `${header.title} · ${t('nav')}` : t('nav')}
        tier={dept ? undefined : header.tier}
        tools={
          <form className="page-tools report-controls" aria-label={t('controls')} onSubmit={(e) => e.preventDefault()}>
            <label>
              {t('year')}
              <select value={year} onChange={(e) => update({ year: e.target.value })} data-testid="report-year">
                {reportYears(today).map((y) => (
                  <option key={y} value={y}>
                    {t('yearOption', { year: y })}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('subject')}
              <select value={dept ?? ''} onChange={(e) => update({ dept: e.target.value || null, sub: null })} data-testid="report-subject">
                <option value="">{t('government', { unit: unitInfo?.name ?? unit })}</option>
                {departments.data && departments.data.length > 0 && (
                  <optgroup label={t('departments')}>
                    {departments.data.map((d) => (
                      <option key={d.code} value={d.code}>
                        {d.name}
                      </option>
                    ))}
                  </optgroup>
                )}
              </select>
            </label>
            <label title={t('includeSubordinatesHint')}>
              <input type="checkbox" checked={includeSubordinates} disabled={!!dept} onChange={(e) => update({ sub: e.target.checked ? '1' : null }, { replace: true })} data-testid="report-subordinates" />
              {t('includeSubordinates')}
            </label>
          </form>
        }
      />
      {isVillage ? (
        <Panel id="annual-report" title={t('title')} status="success">
          <p className="empty">{t('noReport')}</p>
        </Panel>
      ) : (
        <Panel
          id="annual-report"
          title={panelTitle}
          domain="disclosures"
          status={subject == null && !header.unit.isError && !header.department.isError ? 'pending' : subject == null ? 'error' : report.status}
          error={report.error ?? header.unit.error ?? header.department.error}
          onRetry={() => void report.refetch()}
          className="report-panel"
          actions={subject && report.data && <ExportButtons subject={subject} filenameBase={title} />}
        >
          {report.data && <ReportDocument report={report.data} />}
        </Panel>
      )}
    </div>
  );
}
