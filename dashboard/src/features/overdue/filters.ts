// The workbench's filters as they are in the URL, and each domain's API filter built from them. Pure.
// The receipt period is deliberately not applied: 超期件 are counted as of today, whatever the day of
// receipt (the `period` parameter only stays in the URL for the way back to the overview).
import { isOverdueDomain, OVERDUE_DOMAINS, type OverdueDomain } from './domains';

export const LEVELS = ['overdue', 'yellow', 'all'] as const;
export type Level = (typeof LEVELS)[number];
export const PAGE_SIZES = [20, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 20;

export interface OverdueFilters {
  /** null: all three domains. */
  domain: OverdueDomain | null;
  level: Level;
  minDays: number | null;
  escalated: boolean | null;
  pageSize: number;
}

export function parseFilters(search: URLSearchParams): OverdueFilters {
  const domain = search.get('domain');
  const level = search.get('level');
  const minDays = Number(search.get('minDays'));
  const escalated = search.get('escalated');
  const size = Number(search.get('size'));
  return {
    domain: isOverdueDomain(domain) ? domain : null,
    level: (LEVELS as readonly string[]).includes(level ?? '') ? (level as Level) : 'overdue',
    minDays: search.get('minDays') && Number.isInteger(minDays) && minDays > 0 ? minDays : null,
    escalated: escalated === 'true' ? true : escalated === 'false' ? false : null,
    pageSize: (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE,
  };
}

export function selectedDomains(filters: OverdueFilters): OverdueDomain[] {
  return filters.domain ? [filters.domain] : [...OVERDUE_DOMAINS];
}

/** The scope resolved from the URL's codes. */
export interface Scope {
  withinId: string | null;
  departmentId: string | null;
}

/**
 * One domain's API filter. The default level is exactly what the overview's 超期件 tile counts:
 * overdueOnly, and for public requests of a unit also locatedOnly (the tile counts a request where it
 * is located, not where it was received or is assigned); a department's list goes by departmentId.
 */
export function domainFilter(domain: OverdueDomain, filters: OverdueFilters, scope: Scope): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (scope.withinId) filter.withinId = scope.withinId;
  if (scope.departmentId) filter.departmentId = scope.departmentId;
  if (filters.level === 'overdue') {
    filter.overdueOnly = true;
    if (domain === 'complaints' && scope.withinId && !scope.departmentId) filter.locatedOnly = true;
  } else {
    filter.warningLevels = filters.level === 'yellow' ? ['YELLOW'] : ['RED', 'YELLOW'];
  }
  if (filters.minDays != null) filter.minOverdueDays = filters.minDays;
  if (filters.escalated != null) filter.escalated = filters.escalated;
  return filter;
}

/** A stable key of everything that changes the list (pagination restarts when it changes). */
export function filterKey(filters: OverdueFilters, scope: Scope): string {
  return JSON.stringify([filters.domain, filters.level, filters.minDays, filters.escalated, filters.pageSize, scope.withinId, scope.departmentId]);
}
