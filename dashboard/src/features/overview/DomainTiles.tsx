// A domain's KPI tiles for the subject and period, each with its count and the change against the
// previous period. Loads and fails on its own.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { KpiTile } from '../../components/KpiTile';
import { Panel } from '../../components/Panel';
import type { ScorecardFigures } from '../../api/fragments';
import { formatCount, formatDecimal, formatRate } from '../../lib/format';
import { formatPeriod, type Period } from '../../lib/period';
import { useRefetchInterval } from '../../lib/refresh';
import { linkWith } from '../../lib/url-state';
import type { DomainSpec, Measure } from './domains';
import { figuresQuery } from './queries';
import type { Subject } from './subject';

export function DomainTiles<F>({ domain, subject, unitCode, period }: { domain: DomainSpec<F>; subject: Subject; unitCode: string; period: Period }) {
  const { t, i18n } = useTranslation(['overview', 'common']);
  const refetchInterval = useRefetchInterval();
  const query = useQuery({ ...figuresQuery(domain, subject, period), refetchInterval });
  const locale = i18n.language;
  const detail = (m: Measure<F>, f: F): string | undefined => {
    const counts = m.counts?.(f);
    if (counts) return t('counts', { numerator: formatCount(counts[0], locale), denominator: formatCount(counts[1], locale) });
    if (domain.key === 'inspections' && m.key === 'averageScore') return t('score', { count: (f as { scored: number }).scored });
    if (domain.key === 'inspections' && m.key === 'openRectifications') return t('openRectificationsDetail', { count: (f as { overdueRectifications: number }).overdueRectifications });
    if (m.overdueDomain) return t('overdueHint');
    if (domain.key === 'scorecard') {
      // `complete` is false for missing measures too; "incomplete" is kept for a domain that did not answer.
      const card = f as unknown as ScorecardFigures;
      if (card.unavailable.length > 0) return t('scorecardIncomplete');
      if (card.missing.length > 0) return t('scorecardMissing', { count: card.missing.length });
    }
    return undefined;
  };
  const cur = query.data?.cur ?? null;
  const prev = query.data?.prev ?? null;
  return (
    <Panel
      id={`tiles-${domain.key}`}
      title={t(`common:domain.${domain.key}`)}
      domain={domain.key}
      status={query.status}
      error={query.error}
      onRetry={() => void query.refetch()}
      className="tiles-panel"
    >
      <div className="tiles">
        {cur &&
          domain.measures
            .filter((m) => m.tile)
            .map((m) => {
              const target = m.rate?.(cur)?.target ?? null;
              const higherIsBetter = m.rate?.(cur)?.higherIsBetter ?? m.higherIsBetter ?? true;
              return (
                <KpiTile
                  key={m.key}
                  id={`${domain.key}.${m.key}`}
                  label={t(`measure.${domain.key}.${m.key}`)}
                  kind={m.kind}
                  value={m.value(cur)}
                  previous={prev ? m.value(prev) : null}
                  detail={detail(m, cur)}
                  standing={m.standing(cur)}
                  higherIsBetter={higherIsBetter}
                  target={target}
                  to={
                    m.overdueDomain
                      ? linkWith('/overdue', { unit: unitCode, dept: subject.kind === 'department' ? subject.code : null, period: formatPeriod(period), domain: m.overdueDomain })
                      : undefined
                  }
                />
              );
            })}
      </div>
      {domain.key === 'scorecard' && cur && <ScorecardBreakdown card={cur as unknown as ScorecardFigures} />}
    </Panel>
  );
}

/** What the score is made of: each measure's rate, its weight after redistribution and its points. */
function ScorecardBreakdown({ card }: { card: ScorecardFigures }) {
  const { t, i18n } = useTranslation('overview');
  const locale = i18n.language;
  return (
    <details className="scorecard-breakdown">
      <summary>{t('scorecardDetail.title')}</summary>
      <table className="data-table">
        <caption className="visually-hidden">{t('scorecardDetail.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scorecardDetail.measure')}</th>
            <th scope="col" className="num">
              {t('scorecardDetail.value')}
            </th>
            <th scope="col" className="num">
              {t('scorecardDetail.weight')}
            </th>
            <th scope="col" className="num">
              {t('scorecardDetail.contribution')}
            </th>
          </tr>
        </thead>
        <tbody>
          {card.measures.map((m) => (
            <tr key={m.measure} data-measure={m.measure}>
              <th scope="row">{m.label}</th>
              <td className="num">{m.hasData ? formatRate(m.value, locale) : t('scorecardDetail.missing')}</td>
              <td className="num">{formatDecimal(m.effectiveWeight, locale)}</td>
              <td className="num">{formatDecimal(m.contribution, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
