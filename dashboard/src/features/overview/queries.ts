// One query per domain and purpose (figures, trend, comparison), so each panel loads and fails on
// its own. Keys are hierarchical: ['overview', domain, subject, purpose, period].
import { queryOptions } from '@tanstack/react-query';
import { gql } from '../../api/client';
import { formatPeriod, periodBounds, previousPeriod, toPeriodInput, trendRange, type Period } from '../../lib/period';
import type { DomainSpec } from './domains';
import { subjectField, subjectKey, type Subject } from './subject';

const FIVE_MINUTES = 5 * 60_000;

export interface Figures<F> {
  id: string;
  cur: F | null;
  prev: F | null;
}

export function figuresQuery<F>(domain: DomainSpec<F>, subject: Subject, period: Period) {
  const document = `query Overview_${domain.key}($code: String!, $p: PeriodInput!, $prev: PeriodInput!) {
    ${subjectField(subject)} { id cur: ${domain.statsField}(period: $p) { ${domain.figures} } prev: ${domain.statsField}(period: $prev) { ${domain.figures} } }
  }`;
  return queryOptions({
    queryKey: ['overview', domain.key, subjectKey(subject), 'figures', formatPeriod(period)],
    queryFn: async ({ signal }) => {
      const data = await gql<{ subject: Figures<F> | null }>(document, { code: subject.code, p: toPeriodInput(period), prev: toPeriodInput(previousPeriod(period)) }, { signal });
      return data.subject;
    },
    staleTime: FIVE_MINUTES,
  });
}

export function trendQuery<F>(domain: DomainSpec<F>, subject: Subject, period: Period, today: string) {
  const range = trendRange(period, today);
  const document = `query Trend_${domain.key}($code: String!, $range: PeriodInput!) {
    ${subjectField(subject)} { id trend: ${domain.trendField}(period: $range) { ${domain.figures} } }
  }`;
  return queryOptions({
    queryKey: ['overview', domain.key, subjectKey(subject), 'trend', range.from, range.to],
    queryFn: async ({ signal }) => {
      const data = await gql<{ subject: { trend: F[] | null } | null }>(document, { code: subject.code, range }, { signal });
      return data.subject?.trend ?? [];
    },
    staleTime: FIVE_MINUTES,
  });
}

export interface ComparedUnit<F> {
  id: string;
  code: string;
  name: string;
  tier?: string;
  s: F | null;
}

export interface Comparison<F> {
  children: ComparedUnit<F>[];
  departments: ComparedUnit<F>[];
}

/** The child units and the unit's own departments with the domain's figures for the period. */
export function comparisonQuery<F>(domain: DomainSpec<F>, unitCode: string, period: Period) {
  const stats = `s: ${domain.statsField}(period: $p) { ${domain.figures} }`;
  const document = `query Compare_${domain.key}($code: String!, $p: PeriodInput!) {
    subject: orgUnit(code: $code) { id
      children { id code name tier ${stats} }
      departments(first: 100) { edges { node { id code name: shortName fullName: name ${domain.onDepartments ? stats : ''} } } }
    }
  }`;
  return queryOptions({
    queryKey: ['overview', domain.key, `unit:${unitCode}`, 'compare', formatPeriod(period)],
    queryFn: async ({ signal }): Promise<Comparison<F>> => {
      const data = await gql<{
        subject: { children: ComparedUnit<F>[]; departments: { edges: { node: ComparedUnit<F> & { fullName: string } }[] } } | null;
      }>(document, { code: unitCode, p: toPeriodInput(period) }, { signal });
      if (!data.subject) return { children: [], departments: [] };
      return {
        children: data.subject.children,
        departments: data.subject.departments.edges.map((e) => ({ ...e.node, name: e.node.name ?? e.node.fullName, s: e.node.s ?? null })),
      };
    },
    staleTime: FIVE_MINUTES,
  });
}

export interface UnitInfo {
  id: string;
  code: string;
  name: string;
  tier: string;
  path: string;
  ancestors: { code: string; name: string; tier: string }[];
  childCount: number;
}

export interface DepartmentInfo {
  id: string;
  code: string;
  name: string;
  orgUnit: UnitInfo;
}

const UNIT_FIELDS = 'id code name tier path childCount ancestors { code name tier }';

export function unitQuery(code: string) {
  return queryOptions({
    queryKey: ['unit', code],
    queryFn: async ({ signal }) => (await gql<{ orgUnit: UnitInfo | null }>(`query Unit($code: String!) { orgUnit(code: $code) { ${UNIT_FIELDS} } }`, { code }, { signal })).orgUnit,
    staleTime: Infinity,
  });
}

export function departmentQuery(code: string) {
  return queryOptions({
    queryKey: ['department', code],
    queryFn: async ({ signal }) =>
      (await gql<{ department: DepartmentInfo | null }>(`query Department($code: String!) { department(code: $code) { id code name orgUnit { ${UNIT_FIELDS} } } }`, { code }, { signal })).department,
    staleTime: Infinity,
  });
}

export { periodBounds };
