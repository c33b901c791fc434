// The child units ranked by their scorecard, only those with enough cases in the period; the
// others are listed apart with their counts (DOMAIN.md, "Fair comparisons").
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Panel } from '../../components/Panel';
import type { ScorecardFigures } from '../../api/fragments';
import { formatCount, formatDecimal } from '../../lib/format';
import { formatPeriod, type Period } from '../../lib/period';
import { DEFAULT_MIN_CASES, rankByScore } from '../../lib/ranking';
import { scoreStanding } from '../../lib/thresholds';
import { linkWith, useViewParams } from '../../lib/url-state';
import { DOMAINS } from './domains';
import { useComparison, type CompareRow } from './ComparisonPanel';

/** Cases behind a unit's figures: approvals accepted, requests received, disclosure requests. */
export function caseVolume(row: CompareRow): number {
  return DOMAINS.reduce((sum, d) => (d.volume && row.figures[d.key] ? sum + d.volume(row.figures[d.key]) : sum), 0);
}

export function RankingPanel({ unitCode, period }: { unitCode: string; period: Period }) {
  const { t, i18n } = useTranslation(['overview', 'common']);
  const { search, update } = useViewParams();
  const locale = i18n.language;
  const minCases = Math.max(0, Number(search.get('minCases') ?? DEFAULT_MIN_CASES) || 0);
  const { results, children } = useComparison(unitCode, period);
  const scorecardResult = results[DOMAINS.findIndex((d) => d.key === 'scorecard')]!;
  const ranking = rankByScore(
    children.map((row) => ({ item: row, score: (row.figures.scorecard as ScorecardFigures | undefined)?.score ?? null, cases: caseVolume(row) })),
    minCases,
  );
  const link = (row: CompareRow) => linkWith('/', { unit: row.code, period: formatPeriod(period) });
  return (
    <Panel
      id="ranking"
      title={t('ranking.title')}
      domain="scorecard"
      status={scorecardResult.status}
      error={scorecardResult.error}
      onRetry={() => void scorecardResult.refetch()}
      actions={
        <label>
          {t('ranking.minCases')}
          <input type="number" min={0} step={10} value={minCases} onChange={(e) => update({ minCases: e.target.value }, { replace: true })} className="narrow" />
        </label>
      }
    >
      <p className="note">{t('ranking.note', { min: minCases })}</p>
      <ol className="ranking" aria-label={t('ranking.title')}>
        {ranking.ranked.map((r) => (
          <li key={r.item.id} className={`standing-${scoreStanding(r.score)}`} data-rank={r.place}>
            <span className="place">{r.place}</span>
            <Link to={link(r.item)}>{r.item.name}</Link>
            <span className="score">{formatDecimal(r.score, locale)}</span>
            <span className="cases">{t('common:count', { count: formatCount(r.cases, locale) as unknown as number })}</span>
          </li>
        ))}
      </ol>
      {ranking.unranked.length > 0 && (
        <details className="unranked">
          <summary>
            {t('ranking.unranked')} ({ranking.unranked.length})
          </summary>
          <ul>
            {ranking.unranked.map((u) => (
              <li key={u.item.id} data-unranked={u.item.code}>
                <Link to={link(u.item)}>{u.item.name}</Link> · {formatDecimal(u.score, locale)} · {t('common:count', { count: formatCount(u.cases, locale) as unknown as number })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </Panel>
  );
}
