// 总览: a unit's (or a department's) figures for a period: KPI tiles per domain, monthly trends,
// the units below compared and ranked. Every panel loads and fails on its own.
import { useIsFetching } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NotFoundPage, PageHead } from '../../components/PageHead';
import { PeriodPicker } from '../../components/PeriodPicker';
import { formatPeriod } from '../../lib/period';
import { useViewParams } from '../../lib/url-state';
import { ComparisonPanel } from './ComparisonPanel';
import { DomainTiles } from './DomainTiles';
import { DOMAINS } from './domains';
import { RankingPanel } from './RankingPanel';
import { TrendPanel } from './TrendPanel';
import { useSubjectHeader } from './useSubjectHeader';

export default function OverviewPage() {
  const { t } = useTranslation(['overview', 'common']);
  const { unit, dept, period, today, update } = useViewParams();
  const header = useSubjectHeader('/', unit, dept, { period: formatPeriod(period) });
  const fetching = useIsFetching({ queryKey: ['overview'] });
  const settled = fetching === 0 && !header.unit.isPending;

  if (header.unit.isSuccess && !header.unit.data) {
    return <NotFoundPage message={t('notFound')} />;
  }
  const subject = header.subject;
  return (
    <div className="page overview" data-ready={settled ? 'true' : 'false'} data-subject={`${subject.kind}:${subject.code}`}>
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
          <ComparisonPanel unitCode={unit} unitName={header.unit.data?.name ?? ''} period={period} />
          <RankingPanel unitCode={unit} period={period} />
        </section>
      )}
    </div>
  );
}
