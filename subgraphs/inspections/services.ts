// The inspections subgraph's long-lived services: calendar, departments directory, dialect and
// clock (shared), the county's settings, the list of units frequency rules apply to, and the
// clients of the other domains' figures for the unit scorecard.
import { z } from 'zod';
import { cachedActiveUnits, type UnitRef } from '../shared/departments-directory';
import { createDomainServices, type DomainServices } from '../shared/domain-services';
import { jsonEnv, parseEnv } from '../shared/env';
import type { RuntimeOptions } from '../shared/subgraph-server';
import { DEFAULT_FREQUENCY_RULES, type CountRequirement, type FrequencyRules } from './domain/frequency';
import { DEFAULT_GRADE_OPTIONS, validateGradeThresholds, type GradeOptions } from './domain/grades';
import { DEFAULT_MIN_INSPECTIONS } from './domain/ranking';
import { DEFAULT_RECTIFICATION_DAYS, type RectificationOptions } from './domain/rectification';
import { DEFAULT_SCORECARD_WEIGHTS, SCORECARD_MEASURES, validateScorecardWeights, type ScorecardWeights } from './domain/scorecard';
import { createFigureSources, type FigureSource } from './scorecard-sources';

export const UNIT_TIERS = ['CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'] as const;
export type UnitTier = (typeof UNIT_TIERS)[number];

export interface InspectionsConfig {
  rectification: Omit<RectificationOptions, 'calendar'>;
  grades: GradeOptions;
  frequency: FrequencyRules;
  /** Tiers whose units the frequency rules apply to (the 余庆 notice: the townships). */
  frequencyTiers: readonly UnitTier[];
  minRanked: number;
  weights: ScorecardWeights;
  /** A rectification due within this many working days shows a yellow card. */
  yellowWorkingDays: number;
}

export interface InspectionsServices extends DomainServices {
  config: InspectionsConfig;
  /** Active units of the tree (for frequency roll-ups), cached for a few minutes. */
  units(): Promise<UnitRef[]>;
  /** The other domains' figures, by the subgraph that owns them. */
  figureSources: readonly FigureSource[];
}

/**
 * Milestones spread evenly over the year: n inspections a year are due one by the end of each
 * (12 / n)-month stretch (2 → June and December, 4 → each quarter), as the defaults are.
 */
export function evenMilestones(perYear: number): CountRequirement['milestones'] {
  const lastDay = (month: number) => new Date(Date.UTC(2025, month, 0)).getUTCDate();
  return Array.from({ length: perYear }, (_, i) => {
    const month = Math.ceil(((i + 1) * 12) / perYear);
    return { by: `${String(month).padStart(2, '0')}-${lastDay(month)}`, cumulative: i + 1 };
  });
}

const thresholdsSchema = z.object({ EXCELLENT: z.number(), GOOD: z.number(), PASS: z.number() });

export function inspectionsConfig(env: NodeJS.ProcessEnv): InspectionsConfig {
  const parsed = parseEnv(
    z.object({
      YG_INSPECTIONS_RECTIFICATION_DAYS: z.coerce.number().int().min(1).max(250).default(DEFAULT_RECTIFICATION_DAYS.workingDays),
      YG_INSPECTIONS_REOPEN_DAYS: z.coerce.number().int().min(1).max(250).default(DEFAULT_RECTIFICATION_DAYS.reopenWorkingDays),
      YG_INSPECTIONS_GRADE_THRESHOLDS: jsonEnv(thresholdsSchema.partial()),
      YG_INSPECTIONS_NOTICE_DAYS: z.coerce.number().int().min(1).max(250).default(DEFAULT_GRADE_OPTIONS.noticeWorkingDays),
      YG_INSPECTIONS_REGULAR_PER_YEAR: z.coerce.number().int().min(0).max(12).default(2),
      YG_INSPECTIONS_ROUTINE_PER_YEAR: z.coerce.number().int().min(0).max(12).default(4),
      YG_INSPECTIONS_FREQUENCY_TIERS: z
        .string()
        .default('TOWNSHIP')
        .transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean))
        .pipe(z.array(z.enum(UNIT_TIERS))),
      YG_INSPECTIONS_MIN_RANKED: z.coerce.number().int().min(1).max(100).default(DEFAULT_MIN_INSPECTIONS),
      YG_SCORECARD_WEIGHTS: jsonEnv(z.partialRecord(z.enum(SCORECARD_MEASURES), z.number())),
      YG_INSPECTIONS_YELLOW_DAYS: z.coerce.number().int().min(0).max(30).default(3),
    }),
    env,
  );
  const thresholds = { ...DEFAULT_GRADE_OPTIONS.thresholds, ...parsed.YG_INSPECTIONS_GRADE_THRESHOLDS };
  const weights = { ...DEFAULT_SCORECARD_WEIGHTS, ...parsed.YG_SCORECARD_WEIGHTS };
  const problems = [...validateGradeThresholds(thresholds), ...validateScorecardWeights(weights)];
  if (problems.length > 0) throw new Error(`invalid inspections settings: ${problems.map((p) => `${p.field}: ${p.messageEn}`).join('; ')}`);
  const [regular, routine] = DEFAULT_FREQUENCY_RULES.counts;
  const perYear = (base: CountRequirement, n: number): CountRequirement => ({ ...base, perYear: n, milestones: evenMilestones(n) });
  return {
    rectification: { workingDays: parsed.YG_INSPECTIONS_RECTIFICATION_DAYS, reopenWorkingDays: parsed.YG_INSPECTIONS_REOPEN_DAYS },
    grades: { ...DEFAULT_GRADE_OPTIONS, thresholds, noticeWorkingDays: parsed.YG_INSPECTIONS_NOTICE_DAYS },
    frequency: {
      ...DEFAULT_FREQUENCY_RULES,
      counts: [perYear(regular!, parsed.YG_INSPECTIONS_REGULAR_PER_YEAR), perYear(routine!, parsed.YG_INSPECTIONS_ROUTINE_PER_YEAR)],
    },
    frequencyTiers: parsed.YG_INSPECTIONS_FREQUENCY_TIERS,
    minRanked: parsed.YG_INSPECTIONS_MIN_RANKED,
    weights,
    yellowWorkingDays: parsed.YG_INSPECTIONS_YELLOW_DAYS,
  };
}

export function createInspectionsServices(db: unknown, options: RuntimeOptions): InspectionsServices {
  const domain = createDomainServices('inspections', options, db);
  return {
    ...domain,
    config: inspectionsConfig(options.env),
    units: cachedActiveUnits(domain.directory),
    figureSources: createFigureSources(options),
  };
}

/** The rectification lifecycle's options with the deployment calendar. */
export const rectificationOptions = (services: Pick<InspectionsServices, 'calendar' | 'config'>): RectificationOptions => ({
  calendar: services.calendar,
  ...services.config.rectification,
});
