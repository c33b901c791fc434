// 督查考核: the inspections of a unit and the units below it for a period (a year by default:
// grades are given by year), their rectifications and 监察建议书. Every panel loads and fails on its
// own, so the header stays when the inspections subgraph is down.
import { useIsFetching, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { NotFoundPage, PageHead } from '../../components/PageHead';
import { PeriodPicker } from '../../components/PeriodPicker';
import { formatPeriod } from '../../lib/period';
import { useReadyAttributes } from '../../lib/ready';
import { useViewParams } from '../../lib/url-state';
import { useSubjectHeader } from '../overview/useSubjectHeader';
import { FrequencyPanel } from './FrequencyPanel';
import { InspectionTiles } from './InspectionTiles';
import { parseLedgerMode } from './ledger';
import { NoticesPanel } from './NoticesPanel';
import { childrenQuery, noticesKey, rankingQuery, rectificationsQuery, statsQuery } from './queries';
import { RankingPanel } from './RankingPanel';
import { RectificationsPanel } from './RectificationsPanel';
import { tierBelow } from './tiers';
import { UnitScoresPanel } from './UnitScoresPanel';
import './inspections.css';

export default function InspectionsPage() {
  const { t } = useTranslation(['inspections', 'common']);
  const { unit, period, today, search, update } = useViewParams();
  const header = useSubjectHeader('/inspections', unit, null, { period: formatPeriod(period) });
  const info = header.unit.data;
  const settled = usePanelsSettled(
    !header.unit.isPending,
    [
      statsQuery(unit, period).queryKey,
      childrenQuery(unit, period).queryKey,
      ...(info
        ? [
            ...(tierBelow(info.tier) ? [rankingQuery(unit, info.path, tierBelow(info.tier)!, period).queryKey] : []),
            rectificationsQuery(unit, info.id, parseLedgerMode(search.get('ledger')), search.get('after'), search.get('before')).queryKey,
            noticesKey(unit, period),
          ]
        : []),
    ],
  );
  const readyAttributes = useReadyAttributes(settled);

  if (header.unit.isSuccess && !info) {
    return <NotFoundPage className="page inspections-page" message={t('notFound')} />;
  }
  return (
    <div className="page inspections-page" {...readyAttributes} data-unit={unit}>
      <PageHead
        crumbs={header.crumbs}
        title={info ? t('pageTitle', { unit: info.name }) : t('title')}
        tier={header.tier}
        tools={
          <div className="page-tools">
            <PeriodPicker value={period} today={today} onChange={(p) => update({ period: formatPeriod(p), after: null, before: null })} />
          </div>
        }
      />
      {period.kind !== 'year' && (
        <p className="panel-warning" role="note" data-note="sparse-period">
          {t('sparseNote')}
        </p>
      )}
      <InspectionTiles unitCode={unit} period={period} />
      <div className="inspections-grid">
        <UnitScoresPanel unitCode={unit} unitName={info?.name ?? unit} period={period} />
        {info && <RankingPanel unitCode={unit} unitPath={info.path} unitTier={info.tier} period={period} />}
      </div>
      <div className="inspections-grid">
        {info && <NoticesPanel unitCode={unit} unitName={info.name} unitPath={info.path} period={period} />}
        <FrequencyPanel unitCode={unit} period={period} />
      </div>
      {info && <RectificationsPanel unitCode={unit} unitId={info.id} unitName={info.name} />}
    </div>
  );
}

/**
 * True once the header has loaded and every panel's query has an answer (data or error). Checking
 * the keys, not only "nothing is fetching", avoids a false "ready" in the render between the header
 * arriving and the panels that need it starting their queries.
 */
function usePanelsSettled(headerSettled: boolean, keys: QueryKey[]): boolean {
  const fetching = useIsFetching({ queryKey: ['inspections'] });
  const cache = useQueryClient().getQueryCache();
  if (!headerSettled || fetching > 0) return false;
  return keys.every((key) => {
    const state = cache.find({ queryKey: key, exact: true })?.state;
    return state != null && state.status !== 'pending';
  });
}
