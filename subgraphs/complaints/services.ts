// The complaints subgraph's long-lived services: the working-day calendar, the departments
// directory (reference data over HTTP), the SQL dialect, and the county's settings.
import { z } from 'zod';
import { jsonEnv, parseEnv } from '../shared/env';
import { createDomainServices, type DomainServices } from '../shared/domain-services';
import type { RuntimeOptions } from '../shared/subgraph-server';
import { DEFAULT_COMPLAINT_TARGETS, type ComplaintTargets } from './domain/complaint-stats';
import { PRIORITIES } from './domain/complaint-state';
import { DEFAULT_HOTLINE_TARGETS, type HotlineTargets } from './domain/hotline-stats';
import { DEFAULT_LIMITS, type LimitTable } from './domain/time-limits';
import type { LifecycleOptions } from './domain/complaint-lifecycle';
import type { WarningConfig } from './domain/warnings';

export interface ComplaintsConfig {
  limits: LimitTable;
  maxReopens: number;
  /** Lowest satisfaction level counted as satisfied: 3 = top three (满意率 counts 基本满意). */
  satisfiedFrom: number;
  warnings: WarningConfig;
  targets: ComplaintTargets;
  hotlineTargets: HotlineTargets;
  /** Minutes between warning evaluations of open requests; 0 turns the job off. */
  warningIntervalMinutes: number;
}

export interface ComplaintsServices extends DomainServices {
  config: ComplaintsConfig;
}

const limitSchema = z.discriminatedUnion('unit', [
  z.object({ unit: z.literal('HOURS'), amount: z.number().positive().max(24 * 90) }),
  z.object({ unit: z.literal('WORKING_DAYS'), amount: z.number().int().min(0).max(90) }),
]);
const limitsSchema = z.partialRecord(z.enum(PRIORITIES), z.object({ sign: limitSchema, reply: limitSchema }).partial());
const rates = (keys: readonly string[]) => z.object(Object.fromEntries(keys.map((k) => [k, z.number().min(0).max(1)]))).partial();

export function complaintsConfig(env: NodeJS.ProcessEnv): ComplaintsConfig {
  const parsed = parseEnv(
    z.object({
      YG_COMPLAINTS_LIMITS: jsonEnv(limitsSchema),
      YG_COMPLAINTS_MAX_REOPENS: z.coerce.number().int().min(0).max(5).default(2),
      YG_COMPLAINTS_SATISFIED_LEVELS: z.coerce.number().int().min(1).max(5).default(3),
      YG_COMPLAINTS_YELLOW_SHARE: z.coerce.number().min(0).max(1).default(0.2),
      YG_COMPLAINTS_TARGETS: jsonEnv(rates(Object.keys(DEFAULT_COMPLAINT_TARGETS))),
      YG_HOTLINE_TARGETS: jsonEnv(rates(Object.keys(DEFAULT_HOTLINE_TARGETS))),
      YG_COMPLAINTS_WARNING_INTERVAL_MINUTES: z.coerce.number().min(0).default(15),
    }),
    env,
  );
  const limits = Object.fromEntries(
    PRIORITIES.map((p) => [p, { ...DEFAULT_LIMITS[p], ...(parsed.YG_COMPLAINTS_LIMITS[p] ?? {}) }]),
  ) as unknown as LimitTable;
  return {
    limits,
    maxReopens: parsed.YG_COMPLAINTS_MAX_REOPENS,
    satisfiedFrom: 6 - parsed.YG_COMPLAINTS_SATISFIED_LEVELS,
    warnings: { yellowShare: parsed.YG_COMPLAINTS_YELLOW_SHARE },
    targets: { ...DEFAULT_COMPLAINT_TARGETS, ...(parsed.YG_COMPLAINTS_TARGETS as Partial<ComplaintTargets>) },
    hotlineTargets: { ...DEFAULT_HOTLINE_TARGETS, ...(parsed.YG_HOTLINE_TARGETS as Partial<HotlineTargets>) },
    warningIntervalMinutes: parsed.YG_COMPLAINTS_WARNING_INTERVAL_MINUTES,
  };
}

export function createComplaintsServices(db: unknown, options: RuntimeOptions): ComplaintsServices {
  return { ...createDomainServices('complaints', options, db), config: complaintsConfig(options.env) };
}

/** What appending to a request needs besides the transaction. */
export interface AppendContext extends LifecycleOptions {
  warnings: WarningConfig;
  now: Date;
}

export const appendContext = (services: Pick<ComplaintsServices, 'calendar' | 'config'>, now: Date): AppendContext => ({
  calendar: services.calendar,
  limits: services.config.limits,
  maxReopens: services.config.maxReopens,
  warnings: services.config.warnings,
  now,
});
