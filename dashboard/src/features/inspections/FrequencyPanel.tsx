// Whether the units did the inspections and self-checks the yearly rules ask for, and why the ones
// behind are behind. Shares the figures query with the tiles (one request).
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Panel } from '../../components/Panel';
import { formatCount, formatDate } from '../../lib/format';
import { formatPeriod, type Period } from '../../lib/period';
import { linkWith } from '../../lib/url-state';
import { statsQuery } from './queries';
import { codeFromPath } from './tiers';

export function FrequencyPanel({ unitCode, period }: { unitCode: string; period: Period }) {
  const { t, i18n } = useTranslation(['inspections', 'common']);
  const locale = i18n.language;
  const english = locale === 'en';
  const query = useQuery(statsQuery(unitCode, period));
  const frequency = query.data?.cur?.frequency ?? null;
  return (
    <Panel id="inspection-frequency" title={t('frequency.title')} domain="inspections" status={query.status} error={query.error} onRetry={() => void query.refetch()}>
      {!frequency ? (
        <p className="empty">{t('frequency.notApplicable')}</p>
      ) : (
        <>
          <p className="note">{t('frequency.asOf', { date: formatDate(frequency.asOf, locale), year: frequency.year })}</p>
          <dl className="figure-pair">
            <div data-figure="units-required">
              <dt>{t('frequency.required')}</dt>
              <dd>{formatCount(frequency.unitsRequired, locale)}</dd>
            </div>
            <div data-figure="units-behind" className={frequency.unitsBehind > 0 ? 'standing-bad' : 'standing-good'}>
              <dt>{t('frequency.behind')}</dt>
              <dd>{formatCount(frequency.unitsBehind, locale)}</dd>
            </div>
          </dl>
          {frequency.own && (
            <div className="own-frequency">
              <h3>{t('frequency.own')}</h3>
              <ul>
                {frequency.own.counts.map((c) => (
                  <li key={c.code} className={c.behind ? 'standing-bad' : undefined}>
                    {t('frequency.ownCount', { label: t(`kind.${c.code}`, { defaultValue: c.label }), done: c.done, expected: c.expectedByNow, required: c.required })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {frequency.behind.length === 0 ? (
            <p className="empty">{t('frequency.allOnTrack')}</p>
          ) : (
            <>
              <h3 className="list-title">{t('frequency.list')}</h3>
              <ul className="behind-list">
                {frequency.behind.map((u) => (
                  <li key={u.unitId} data-behind={codeFromPath(u.path)}>
                    <Link to={linkWith('/inspections', { unit: codeFromPath(u.path), period: formatPeriod(period) })}>{u.name}</Link>
                    <ul>
                      {(english ? u.reasonsEn : u.reasons).map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Panel>
  );
}
