// The view's state lives in the URL (unit, period, filters) so any view can be shared and reloaded.
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { getSession, type Session } from '../api/session';
import { parsePeriod, formatPeriod, todayInChina, type Period } from './period';

/** The unit code a person's scope starts at: the last segment of their scope path. */
export function scopeRootCode(scopePath: string): string {
  const parts = scopePath.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

export interface ViewParams {
  /** Org unit code (统计用区划代码) in view. */
  unit: string;
  /** Department code when a department is in view (its unit stays in `unit`). */
  dept: string | null;
  period: Period;
  today: string;
  search: URLSearchParams;
  /** Replaces some parameters (null removes one), keeping the others. */
  update(changes: Record<string, string | null | undefined>, options?: { replace?: boolean }): void;
}

/**
 * The unit in view: the URL's, else the signed-in person's own unit (or their scope's root). Also
 * read before React starts, to ask for the first page's figures early (overview/prefetch.ts).
 */
export function unitInView(search: URLSearchParams, session: Session | null): string {
  return search.get('unit') ?? (session ? (session.user.orgUnitCode ?? scopeRootCode(session.user.scopePath)) : '');
}

export function useViewParams(): ViewParams {
  const [search, setSearch] = useSearchParams();
  const today = todayInChina();
  const unit = unitInView(search, getSession());
  const period = useMemo(() => parsePeriod(search.get('period'), today), [search, today]);
  const update = useCallback(
    (changes: Record<string, string | null | undefined>, options?: { replace?: boolean }) => {
      setSearch(
        (previous) => {
          const next = new URLSearchParams(previous);
          for (const [key, value] of Object.entries(changes)) {
            if (value == null || value === '') next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: options?.replace ?? false },
      );
    },
    [setSearch],
  );
  return { unit, dept: search.get('dept'), period, today, search, update };
}

/** A link target for another page keeping unit and period. */
export function linkWith(pathname: string, params: Record<string, string | null | undefined>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value != null && value !== '') search.set(key, value);
  const text = search.toString();
  return text ? `${pathname}?${text}` : pathname;
}

export { formatPeriod };
