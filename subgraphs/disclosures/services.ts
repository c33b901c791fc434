// The disclosures subgraph's long-lived services: calendar, departments directory, dialect and
// clock (shared), the county's settings, and the active units (boards are expected of townships
// and villages whether or not they posted anything).
import { z } from 'zod';
import { cachedActiveUnits, type UnitRef } from '../shared/departments-directory';
import { createDomainServices, type DomainServices } from '../shared/domain-services';
import { jsonEnv, parseEnv } from '../shared/env';
import type { RuntimeOptions } from '../shared/subgraph-server';
import { DEFAULT_DUE_DATES, type DueDateRules } from './domain/annual-report';
import { DEFAULT_BOARD_RULES, type BoardRules } from './domain/boards';
import { DEFAULT_PUBLISH_WORKING_DAYS } from './domain/proactive-terms';
import { DEFAULT_REQUEST_LIMITS, type LifecycleOptions, type RequestLimits } from './domain/request-lifecycle';
import { DEFAULT_DISCLOSURE_TARGETS, type DisclosureTargets } from './domain/disclosure-stats';

export interface DisclosuresConfig {
  limits: RequestLimits;
  /** 第二十六条: working days from creation or change to publication. */
  publishWorkingDays: number;
  boards: BoardRules;
  reportDueDates: DueDateRules;
  targets: DisclosureTargets;
  /** A request due within this many working days shows a yellow card. */
  yellowWorkingDays: number;
  /** Minutes between sweeps closing requests whose correction period ran out; 0 turns it off. */
  sweepIntervalMinutes: number;
}

export interface DisclosuresServices extends DomainServices {
  config: DisclosuresConfig;
  units(): Promise<UnitRef[]>;
}

const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'MM-DD');
const rates = (keys: readonly string[]) => z.object(Object.fromEntries(keys.map((k) => [k, z.number().min(0).max(1)]))).partial();
const TIERS = ['CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE'] as const;

export function disclosuresConfig(env: NodeJS.ProcessEnv): DisclosuresConfig {
  const parsed = parseEnv(
    z.object({
      YG_DISCLOSURES_LIMITS: jsonEnv(
        z
          .object({
            replyWorkingDays: z.number().int().min(1).max(60),
            maxExtensionWorkingDays: z.number().int().min(0).max(60),
            correctionNoticeWorkingDays: z.number().int().min(1).max(30),
            correctionWorkingDays: z.number().int().min(1).max(60),
            consultationWorkingDays: z.number().int().min(1).max(60),
          })
          .partial(),
      ),
      YG_DISCLOSURES_PUBLISH_DAYS: z.coerce.number().int().min(1).max(60).default(DEFAULT_PUBLISH_WORKING_DAYS),
      YG_DISCLOSURES_BOARD_DUE_DAY: z.coerce.number().int().min(1).max(28).default(DEFAULT_BOARD_RULES.dueDayOfMonth),
      YG_DISCLOSURES_BOARD_TIERS: z
        .string()
        .default(DEFAULT_BOARD_RULES.tiers.join(','))
        .transform((s) => s.split(',').map((t) => t.trim()).filter(Boolean))
        .pipe(z.array(z.enum(TIERS))),
      YG_DISCLOSURES_REPORT_DUE: jsonEnv(z.object({ department: monthDay, government: monthDay, governmentTiers: z.array(z.enum(TIERS)) }).partial()),
      YG_DISCLOSURES_TARGETS: jsonEnv(rates(Object.keys(DEFAULT_DISCLOSURE_TARGETS))),
      YG_DISCLOSURES_YELLOW_DAYS: z.coerce.number().int().min(0).max(30).default(5),
      YG_DISCLOSURES_SWEEP_INTERVAL_MINUTES: z.coerce.number().min(0).default(15),
    }),
    env,
  );
  return {
    limits: { ...DEFAULT_REQUEST_LIMITS, ...parsed.YG_DISCLOSURES_LIMITS },
    publishWorkingDays: parsed.YG_DISCLOSURES_PUBLISH_DAYS,
    boards: { dueDayOfMonth: parsed.YG_DISCLOSURES_BOARD_DUE_DAY, tiers: parsed.YG_DISCLOSURES_BOARD_TIERS },
    reportDueDates: { ...DEFAULT_DUE_DATES, ...parsed.YG_DISCLOSURES_REPORT_DUE },
    targets: { ...DEFAULT_DISCLOSURE_TARGETS, ...(parsed.YG_DISCLOSURES_TARGETS as Partial<DisclosureTargets>) },
    yellowWorkingDays: parsed.YG_DISCLOSURES_YELLOW_DAYS,
    sweepIntervalMinutes: parsed.YG_DISCLOSURES_SWEEP_INTERVAL_MINUTES,
  };
}

export function createDisclosuresServices(db: unknown, options: RuntimeOptions): DisclosuresServices {
  const domain = createDomainServices('disclosures', options, db);
  return { ...domain, config: disclosuresConfig(options.env), units: cachedActiveUnits(domain.directory) };
}

/** The request lifecycle's options with the deployment calendar. */
export const lifecycleOptions = (services: Pick<DisclosuresServices, 'calendar' | 'config'>): LifecycleOptions => ({
  calendar: services.calendar,
  limits: services.config.limits,
});
