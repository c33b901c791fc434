// The other domains' figures for the unit scorecard (考核测评), fetched from the subgraphs that own
// them over real HTTP: one `_entities` call per source subgraph for every unit and department a
// request asks about (docs/architecture.md, "Unit scorecard"). The call carries the caller's own
// viewer, re-signed with the gateway's key and unchanged, so each domain applies its own scope
// rules: a unit outside the caller's scope comes back without figures, as it would through the
// gateway.
import type { Period } from '../shared/period';
import type { RuntimeOptions } from '../shared/subgraph-server';
import { signViewer, type Viewer, VIEWER_HEADER } from '../shared/viewer';
import type { RateLike, ScorecardInput, ScorecardMeasure, ScorecardPart } from './domain/scorecard';

export type Subject = { kind: 'unit'; id: string; path: string } | { kind: 'department'; id: string; orgPath: string };
export const subjectKey = (s: Subject) => `${s.kind}:${s.id}`;

export interface FigureSource {
  /** The subgraph asked. */
  subgraph: string;
  part: ScorecardPart;
  /** Figures per subject key; throws SourceUnavailableError when the subgraph cannot answer. */
  fetch(viewer: Viewer, period: Period, subjects: readonly Subject[]): Promise<Map<string, ScorecardInput>>;
  /**
   * Figures of several periods (a panel's current and previous one) in one call, per period in
   * their order: the source batches them into one statement (shared/stats-loader.ts).
   */
  fetchPeriods(viewer: Viewer, periods: readonly Period[], subjects: readonly Subject[]): Promise<Map<string, ScorecardInput>[]>;
}

export class SourceUnavailableError extends Error {}

interface SourceSpec {
  subgraph: string;
  part: ScorecardPart;
  /** The stats field both OrgUnit and Department carry in that subgraph. */
  field: string;
  /** Scorecard measure → the KpiRate field of the stats that feeds it. */
  rates: Partial<Record<ScorecardMeasure, string>>;
}

/** Every domain that feeds the scorecard, and which of its rates feed which measure. */
export const SOURCE_SPECS: readonly SourceSpec[] = [
  { subgraph: 'approvals', part: 'APPROVALS', field: 'approvalStats', rates: { APPROVALS_ON_TIME: 'onTimeRate', APPROVALS_SATISFACTION: 'satisfactionRate' } },
  { subgraph: 'complaints', part: 'COMPLAINTS', field: 'complaintStats', rates: { COMPLAINTS_ON_TIME: 'onTimeRate', COMPLAINTS_SATISFACTION: 'satisfactionRate' } },
  { subgraph: 'disclosures', part: 'DISCLOSURES', field: 'disclosureStats', rates: { DISCLOSURE_REQUESTS_ON_TIME: 'onTimeRate', DISCLOSURE_BOARD_ON_TIME: 'boardOnTimeRate' } },
];

/** The field (or alias) the figures of the i-th of `periods` periods come back under. */
const statsAlias = (spec: SourceSpec, periods: number, i: number) => (periods === 1 ? spec.field : `p${i}`);

/** The query one source answers for every subject (and every period, one alias each) at once. */
export function figuresQuery(spec: SourceSpec, periods = 1): string {
  const rates = Object.values(spec.rates)
    .map((f) => `${f} { numerator denominator value }`)
    .join(' ');
  const stats =
    periods === 1
      ? `${spec.field}(period: $period) { ${rates} }`
      : Array.from({ length: periods }, (_, i) => `${statsAlias(spec, periods, i)}: ${spec.field}(period: $p${i}) { ${rates} }`).join(' ');
  const variables = periods === 1 ? '$period: PeriodInput!' : Array.from({ length: periods }, (_, i) => `$p${i}: PeriodInput!`).join(', ');
  return `query ScorecardFigures($representations: [_Any!]!, ${variables}) {
  _entities(representations: $representations) {
    __typename
    ... on OrgUnit { id ${stats} }
    ... on Department { id ${stats} }
  }
}`;
}

const representation = (s: Subject) =>
  s.kind === 'unit' ? { __typename: 'OrgUnit', id: s.id, path: s.path } : { __typename: 'Department', id: s.id, orgPath: s.orgPath };

type Entity = { __typename: string; id: string } & Record<string, Record<string, RateLike> | null | string>;

function source(spec: SourceSpec, url: () => string | undefined, signingKey: Uint8Array, timeoutMs: number): FigureSource {
  const periodInput = (period: Period) => ({ from: period.from, to: period.to });
  const fetchPeriods: FigureSource['fetchPeriods'] = async (viewer, periods, subjects) => {
    const outs = periods.map(() => new Map<string, ScorecardInput>());
    if (subjects.length === 0 || periods.length === 0) return outs;
    const target = url();
    if (!target) throw new SourceUnavailableError(`${spec.subgraph}: no URL configured (YG_PEER_URL_${spec.subgraph.toUpperCase()})`);
    let body: { data?: { _entities: (Entity | null)[] }; errors?: { message: string }[] } | null;
    try {
      const response = await fetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [VIEWER_HEADER]: await signViewer(viewer, signingKey) },
        body: JSON.stringify({
          query: figuresQuery(spec, periods.length),
          variables: {
            representations: subjects.map(representation),
            ...(periods.length === 1 ? { period: periodInput(periods[0]!) } : Object.fromEntries(periods.map((p, i) => [`p${i}`, periodInput(p)]))),
          },
        }),
        signal: AbortSignal.timeout(timeoutMs),
      });
      body = (await response.json().catch(() => null)) as typeof body;
      if (!response.ok || !body?.data) throw new Error(`answered ${response.status}: ${body?.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
    } catch (error) {
      throw new SourceUnavailableError(`${spec.subgraph}: ${(error as Error).message}`);
    }
    body.data._entities.forEach((entity, i) => {
      outs.forEach((out, p) => {
        const stats = entity?.[statsAlias(spec, periods.length, p)] as Record<string, RateLike> | null | undefined;
        // Null figures: outside the caller's scope there, so nothing to score.
        if (!stats) return;
        const input: Partial<Record<ScorecardMeasure, RateLike>> = {};
        for (const [measure, field] of Object.entries(spec.rates) as [ScorecardMeasure, string][]) {
          if (stats[field]) input[measure] = stats[field];
        }
        out.set(subjectKey(subjects[i]!), input);
      });
    });
    return outs;
  };
  return {
    subgraph: spec.subgraph,
    part: spec.part,
    fetchPeriods,
    fetch: async (viewer, period, subjects) => (await fetchPeriods(viewer, [period], subjects))[0]!,
  };
}

export function createFigureSources(options: Pick<RuntimeOptions, 'peers' | 'env' | 'signingKey'>, timeoutMs = 10_000): FigureSource[] {
  return SOURCE_SPECS.map((spec) => {
    const url = () => {
      const peer = options.peers[spec.subgraph] ?? options.env[`YG_PEER_URL_${spec.subgraph.toUpperCase()}`];
      return typeof peer === 'function' ? peer() : peer;
    };
    return source(spec, url, options.signingKey, timeoutMs);
  });
}
