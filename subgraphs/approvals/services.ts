// The approvals subgraph's long-lived services: the working-day calendar, the departments
// directory (reference data over HTTP), the SQL dialect, and the county's settings.
import { z } from 'zod';
import { parseEnv } from '../shared/env';
import { createDomainServices, type DomainServices } from '../shared/domain-services';
import type { RuntimeOptions } from '../shared/subgraph-server';
import { DEFAULT_APPROVAL_TARGETS, type ApprovalTargets } from './domain/approval-stats';

export interface ApprovalsConfig {
  /** Yellow card when at most this many working days remain (电子监察 黄牌). */
  yellowWithinDays: number;
  /** Lowest rating level counted as satisfied: 4 = top two (default), 3 = top three. */
  satisfiedFrom: number;
  targets: ApprovalTargets;
  /** Minutes between warning evaluations of open cases; 0 turns the job off. */
  warningIntervalMinutes: number;
}

export interface ApprovalsServices extends DomainServices {
  config: ApprovalsConfig;
}

const targetsSchema = z
  .object({
    completionRate: z.number().min(0).max(1),
    onTimeRate: z.number().min(0).max(1),
    immediateRate: z.number().min(0).max(1),
    earlyRate: z.number().min(0).max(1),
    satisfactionRate: z.number().min(0).max(1),
    callbackRate: z.number().min(0).max(1),
    rectificationRate: z.number().min(0).max(1),
  })
  .partial();

export function approvalsConfig(env: NodeJS.ProcessEnv): ApprovalsConfig {
  const parsed = parseEnv(
    z.object({
      YG_APPROVALS_YELLOW_DAYS: z.coerce.number().int().min(0).max(20).default(1),
      YG_APPROVALS_SATISFIED_LEVELS: z.coerce.number().int().min(1).max(5).default(2),
      YG_APPROVALS_TARGETS: z
        .string()
        .default('{}')
        .transform((text, ctx) => {
          try {
            return targetsSchema.parse(JSON.parse(text));
          } catch (error) {
            ctx.addIssue({ code: 'custom', message: `JSON object of rates 0–1: ${(error as Error).message}` });
            return z.NEVER;
          }
        }),
      YG_APPROVALS_WARNING_INTERVAL_MINUTES: z.coerce.number().min(0).default(15),
    }),
    env,
  );
  return {
    yellowWithinDays: parsed.YG_APPROVALS_YELLOW_DAYS,
    // "Top N levels" is how counties write the rule (满意率 = 前两档 / 参评数).
    satisfiedFrom: 6 - parsed.YG_APPROVALS_SATISFIED_LEVELS,
    targets: { ...DEFAULT_APPROVAL_TARGETS, ...parsed.YG_APPROVALS_TARGETS },
    warningIntervalMinutes: parsed.YG_APPROVALS_WARNING_INTERVAL_MINUTES,
  };
}

export function createApprovalsServices(db: unknown, options: RuntimeOptions): ApprovalsServices {
  return { ...createDomainServices('approvals', options, db), config: approvalsConfig(options.env) };
}

/** What appending to a case needs besides the transaction: the calendar, card rules and "now". */
export const appendContext = (services: Pick<ApprovalsServices, 'calendar' | 'config'>, now: Date) => ({
  calendar: services.calendar,
  warnings: { yellowWithinDays: services.config.yellowWithinDays },
  now,
});
