// The unit's inspection figures for the period at a glance, each against the previous period.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { KpiTile } from '../../components/KpiTile';
import { Panel } from '../../components/Panel';
import { formatCount, formatDate } from '../../lib/format';
import { formatPeriod, type Period } from '../../lib/period';
import { useRefetchInterval } from '../../lib/refresh';
import { rateStanding, scoreStanding, zeroStanding } from '../../lib/thresholds';
import { linkWith } from '../../lib/url-state';
import type { LedgerMode } from './ledger';
import { statsQuery, type InspectionStats } from './queries';

export function InspectionTiles({ unitCode, period }: { unitCode: string; period: Period }) {
  const { t, i18n } = useTranslation(['inspections', 'common']);
  const locale = i18n.language;
  const query = useQuery({ ...statsQuery(unitCode, period), refetchInterval: useRefetchInterval() });
  const cur = query.data?.cur ?? null;
  const prev = query.data?.prev ?? null;
  const grade = (s: InspectionStats) => (s.grade ? t(`grade.${s.grade}`, { defaultValue: s.gradeLabel ?? s.grade }) : null);
  // The count tiles open the ledger further down the page with the matching filter.
  const ledgerLink = (mode: LedgerMode) => `${linkWith('/inspections', { unit: unitCode, period: formatPeriod(period), ledger: mode === 'overdue' ? null : mode })}#rectifications`;
  const snapshot = cur ? t('tiles.snapshot', { date: formatDate(cur.period.asOf, locale) }) : undefined;
  return (
    <Panel id="inspection-tiles" title={t('tiles.title')} domain="inspections" status={query.status} error={query.error} onRetry={() => void query.refetch()}>
      {cur && (
        <div className="tiles">
          <KpiTile
            id="inspections.inspections"
            label={t('tiles.inspections')}
            kind="count"
            value={cur.inspections}
            previous={prev?.inspections}
            detail={cur.byKind.filter((k) => k.count > 0).map((k) => `${t(`kind.${k.kind}`, { defaultValue: k.label })} ${formatCount(k.count, locale)}`).join(' · ')}
            standing="none"
          />
          <KpiTile
            id="inspections.averageScore"
            label={t('tiles.averageScore')}
            kind="score"
            value={cur.averageScore}
            previous={prev?.averageScore}
            detail={cur.grade ? t('tiles.scoreDetail', { grade: grade(cur), count: formatCount(cur.scored, locale) as unknown as number }) : t('tiles.noGrade')}
            standing={scoreStanding(cur.averageScore)}
          />
          <KpiTile
            id="inspections.completionRate"
            label={t('tiles.completionRate')}
            kind="rate"
            value={cur.completionRate.value}
            previous={prev?.completionRate.value}
            detail={t('tiles.completionDetail', { verified: formatCount(cur.rectificationsVerified, locale), opened: formatCount(cur.rectificationsOpened, locale) })}
            standing={rateStanding(cur.completionRate)}
            target={cur.completionRate.target}
            higherIsBetter={cur.completionRate.higherIsBetter}
          />
          <KpiTile
            id="inspections.openRectifications"
            label={t('tiles.open')}
            kind="count"
            value={cur.openRectifications}
            previous={prev?.openRectifications}
            detail={snapshot}
            standing="none"
            higherIsBetter={false}
            to={ledgerLink('open')}
          />
          <KpiTile
            id="inspections.overdueRectifications"
            label={t('tiles.overdue')}
            kind="count"
            value={cur.overdueRectifications}
            previous={prev?.overdueRectifications}
            detail={snapshot}
            standing={zeroStanding(cur.overdueRectifications)}
            higherIsBetter={false}
            to={ledgerLink('overdue')}
          />
          <KpiTile id="inspections.escalatedOverdue" label={t('tiles.escalated')} kind="count" value={cur.escalatedOverdue} previous={prev?.escalatedOverdue} standing={zeroStanding(cur.escalatedOverdue)} higherIsBetter={false} detail={snapshot} />
          <KpiTile id="inspections.awaitingVerification" label={t('tiles.awaiting')} kind="count" value={cur.awaitingVerification} previous={prev?.awaitingVerification} standing="none" higherIsBetter={false} detail={snapshot} />
        </div>
      )}
    </Panel>
  );
}

