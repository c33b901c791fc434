// The list's filters, each a labelled control writing to the URL (the view can be shared and reloaded).
import { useTranslation } from 'react-i18next';
import { OVERDUE_DOMAINS } from './domains';
import { LEVELS, PAGE_SIZES, type OverdueFilters } from './filters';

export interface FiltersBarProps {
  filters: OverdueFilters;
  update(changes: Record<string, string | null>, options?: { replace?: boolean }): void;
}

export function FiltersBar({ filters, update }: FiltersBarProps) {
  const { t } = useTranslation('overdue');
  const escalated = filters.escalated == null ? '' : String(filters.escalated);
  const active = filters.domain || filters.level !== 'overdue' || filters.minDays != null || filters.escalated != null;
  return (
    <form className="overdue-filters" aria-label={t('filters.legend')} onSubmit={(e) => e.preventDefault()} data-filters>
      <label>
        <span>{t('filters.domain')}</span>
        <select name="domain" value={filters.domain ?? ''} onChange={(e) => update({ domain: e.target.value || null })}>
          <option value="">{t('filters.allDomains')}</option>
          {OVERDUE_DOMAINS.map((d) => (
            <option key={d} value={d}>
              {t(`domainShort.${d}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.level')}</span>
        <select name="level" value={filters.level} onChange={(e) => update({ level: e.target.value === 'overdue' ? null : e.target.value })}>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {t(`filters.levels.${l}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filters.minDays')}</span>
        <input
          name="minDays"
          type="number"
          className="narrow"
          min={1}
          step={1}
          inputMode="numeric"
          value={filters.minDays ?? ''}
          onChange={(e) => update({ minDays: e.target.value }, { replace: true })}
        />
      </label>
      <label>
        <span>{t('filters.escalated')}</span>
        <select name="escalated" value={escalated} onChange={(e) => update({ escalated: e.target.value || null })}>
          <option value="">{t('filters.escalatedAny')}</option>
          <option value="true">{t('filters.escalatedYes')}</option>
          <option value="false">{t('filters.escalatedNo')}</option>
        </select>
      </label>
      <label>
        <span>{t('filters.pageSize')}</span>
        <select name="size" value={filters.pageSize} onChange={(e) => update({ size: e.target.value === '20' ? null : e.target.value })}>
          {PAGE_SIZES.map((s) => (
            <option key={s} value={s}>
              {t('filters.pageSizeOption', { size: s })}
            </option>
          ))}
        </select>
      </label>
      {active && (
        <button type="button" onClick={() => update({ domain: null, level: null, minDays: null, escalated: null })}>
          {t('filters.clear')}
        </button>
      )}
    </form>
  );
}
