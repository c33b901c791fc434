// One figure at a glance: the value, the count behind it, its change against the previous period
// and its colour against the target. A tile can open the list behind it.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatChange, formatCount, formatDecimal, formatRate } from '../lib/format';
import type { Standing } from '../lib/thresholds';

export interface KpiTileProps {
  id: string;
  label: string;
  kind: 'rate' | 'count' | 'score';
  value: number | null | undefined;
  previous: number | null | undefined;
  /** The counts beside a rate ("25,758 / 26,834") or a short note. */
  detail?: string;
  standing: Standing;
  /** Whether a rise is good news (false for overdue counts). */
  higherIsBetter?: boolean;
  target?: number | null;
  to?: string;
}

export function KpiTile({ id, label, kind, value, previous, detail, standing, higherIsBetter = true, target, to }: KpiTileProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const shown = kind === 'rate' ? formatRate(value, locale) : kind === 'score' ? formatDecimal(value, locale) : formatCount(value, locale);
  const change = formatChange(value, previous, kind, locale);
  const direction = value != null && previous != null ? Math.sign(value - previous) : 0;
  const trend = direction === 0 ? 'flat' : direction > 0 === higherIsBetter ? 'better' : 'worse';
  const body = (
    <>
      <span className="kpi-label">{label}</span>
      <span className="kpi-value" data-value={value ?? ''}>
        {shown}
      </span>
      {detail && <span className="kpi-detail">{detail}</span>}
      <span className={`kpi-change ${trend}`}>
        {change == null ? (
          t('change.noPrevious')
        ) : (
          <>
            {t('change.vsPrevious')} {change}
            {kind === 'rate' ? ` ${t('change.points')}` : ''}
          </>
        )}
      </span>
      {target != null && kind === 'rate' && <span className="kpi-target">{higherIsBetter ? '≥' : '≤'} {formatRate(target, locale)}</span>}
    </>
  );
  return (
    <div className={`kpi standing-${standing}`} data-kpi={id}>
      {to ? (
        <Link to={to} className="kpi-link">
          {body}
        </Link>
      ) : (
        body
      )}
    </div>
  );
}
