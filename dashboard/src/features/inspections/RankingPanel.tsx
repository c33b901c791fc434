// The API's inspection ranking of the tier below: only units with enough inspections take a place
// (equal averages share it); the others are listed apart with how many they still need.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Panel } from '../../components/Panel';
import { formatCount, formatDecimal } from '../../lib/format';
import { formatPeriod, type Period } from '../../lib/period';
import { scoreStanding } from '../../lib/thresholds';
import { linkWith } from '../../lib/url-state';
import { rankingQuery } from './queries';
import { tierBelow } from './tiers';

export function RankingPanel({ unitCode, unitPath, unitTier, period }: { unitCode: string; unitPath: string; unitTier: string; period: Period }) {
  const { t, i18n } = useTranslation(['inspections', 'common']);
  const locale = i18n.language;
  const tier = tierBelow(unitTier);
  const query = useQuery({ ...rankingQuery(unitCode, unitPath, tier ?? 'VILLAGE', period), enabled: tier != null });
  const link = (code: string) => linkWith('/inspections', { unit: code, period: formatPeriod(period) });
  const count = (n: number) => t('ranking.count', { count: n });
  const title = t('ranking.title', { tier: tier ? t(`common:tier.${tier}`) : '' });
  if (!tier) {
    return (
      <Panel id="inspection-ranking" title={title} status="success">
        <p className="empty">{t('ranking.noTier')}</p>
      </Panel>
    );
  }
  const data = query.data;
  return (
    <Panel id="inspection-ranking" title={title} domain="inspections" status={query.status} error={query.error} onRetry={() => void query.refetch()}>
      {data && (
        <>
          <p className="note">{t('ranking.note', { min: data.minInspections })}</p>
          {data.ranked.length === 0 && data.notRanked.length === 0 && <p className="empty">{t('ranking.none')}</p>}
          <ol className="ranking" aria-label={t('ranking.list')}>
            {data.ranked.map((r) => (
              <li key={r.unit.code} className={`standing-${scoreStanding(r.average)}`} data-rank={r.rank} data-unit={r.unit.code}>
                <span className="place">{r.rank}</span>
                <Link to={link(r.unit.code)}>{r.name}</Link>
                <span className="score">
                  {formatDecimal(r.average, locale)}
                  <small className="rank-count"> · {count(r.count)}</small>
                </span>
              </li>
            ))}
          </ol>
          {data.notRanked.length > 0 && (
            <section className="not-ranked" aria-labelledby="not-ranked-title">
              <h3 id="not-ranked-title">
                {t('ranking.notRanked')} ({formatCount(data.notRanked.length, locale)})
              </h3>
              <ul>
                {data.notRanked.map((u) => (
                  <li key={u.unit.code} data-unranked={u.unit.code}>
                    <Link to={link(u.unit.code)}>{u.name}</Link> · {formatDecimal(u.average, locale)} · {count(u.count)} · {t('ranking.needed', { count: u.needed })}
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </Panel>
  );
}
