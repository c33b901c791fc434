// Small renderings the table, the cards and the drawer share.
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../lib/format';
import type { WarningLevel } from './list-query';

export function WarningBadge({ level }: { level: WarningLevel }) {
  const { t } = useTranslation('overdue');
  if (level === 'NONE') return <span className="badge">{t('warning.NONE')}</span>;
  return <span className={`badge ${level === 'RED' ? 'red' : 'yellow'}`}>{t(`warning.${level}`)}</span>;
}

export function DaysOverdue({ days }: { days: number | null }) {
  const { t, i18n } = useTranslation('overdue');
  if (days == null) return <>—</>;
  if (days === 0) return <span className="days-overdue">{t('daysToday')}</span>;
  return <span className="days-overdue">{t('days', { n: formatCount(days, i18n.language) })}</span>;
}
