// 总览: a unit's (or a department's) figures for a period: KPI tiles per domain, monthly trends,
// the units below compared and ranked. Every panel loads and fails on its own.
import { memo, useMemo } from 'react';
import { useIsFetching } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NotFoundPage, PageHead } from '../../components/PageHead';
import { PeriodPicker } from '../../components/PeriodPicker';
import { formatPeriod, parsePeriod } from '../../lib/period';
import { useReadyAttributes } from '../../lib/ready';
import { useViewParams } from '../../lib/url-state';
import { ComparisonPanel } from './ComparisonPanel';
import { DomainTiles } from './DomainTiles';
import { DOMAINS } from './domains';
import { RankingPanel } from './RankingPanel';
import { TrendPanel } from './TrendPanel';
import type { Subject } from './subject';
import { useSubjectHeader } from './useSubjectHeader';

export default function OverviewPage() {
  const { t } = useTranslation(['overview', 'common']);
  const { unit, dept, period, today, update } = useViewParams();
  const header = useSubjectHeader('/', unit, dept, { period: formatPeriod(period) });
  const fetching = useIsFetching({ queryKey: ['overview'] });
  const settled = fetching === 0 && !header.unit.isPending;
  const readyAttributes = useReadyAttributes(settled);

  if (header.unit.isSuccess && !header.unit.data) {
    return <NotFoundPage message={t('notFound')} />;
  }
  const subject = header.subject;
  return (
    <div className="page overview" {...readyAttributes} data-subject={`${subject.kind}:${subject.code}`}>
      <PageHead
        crumbs={header.crumbs}
        title={header.title ?? '…'}
        tier={dept ? undefined : header.tier}
        tools={
          <div className="page-tools">
            <PeriodPicker value={period} today={today} onChange={(p) => update({ period: formatPeriod(p) })} />
            <button type="button" className="print-button" onClick={() => window.print()}>
              {t('print')}
            </button>
          </div>
        }
      />
      <OverviewPanels subjectKind={subject.kind} subjectCode={subject.code} unit={unit} unitName={header.unit.data?.name ?? ''} periodText={formatPeriod(period)} today={today} />
    </div>
  );
}

/**
 * The panels, apart from the page frame: the frame re-renders whenever any query starts or ends
 * (it shows whether the page has settled), the panels only when their own data or the view
 * changes. Primitive props keep the memo effective.
 */
const OverviewPanels = memo(function OverviewPanels({
  subjectKind,
  subjectCode,
  unit,
  unitName,
  periodText,
  today,
}: {
  subjectKind: Subject['kind'];
  subjectCode: string;
  unit: string;
  unitName: string;
  periodText: string;
  today: string;
}) {
  const { t } = useTranslation('overview');
  const subject = useMemo<Subject>(() => ({ kind: subjectKind, code: subjectCode }), [subjectKind, subjectCode]);
  const period = useMemo(() => parsePeriod(periodText, today), [periodText, today]);
  return (
    <>
      <section className="tiles-grid" aria-label={t('tiles')}>
        {DOMAINS.map((domain) => (
          <DomainTiles key={domain.key} domain={domain} subject={subject} unitCode={unit} period={period} />
        ))}
      </section>
      <section className="trends-grid">
        {DOMAINS.filter((d) => d.trendField).map((domain) => (
          <TrendPanel key={domain.key} domain={domain} subject={subject} period={period} today={today} />
        ))}
      </section>
      {/* Not waiting for the unit's name: the comparison's queries start with the others. */}
      {subject.kind === 'unit' && (
        <section className="compare-grid">
          <ComparisonPanel unitCode={unit} unitName={unitName} period={period} />
          <RankingPanel unitCode={unit} period={period} />
        </section>
      )}
    </>
  );
});
