// The deployment's calendar: national data plus the county's own override table (调休 changes
// announced late, local holidays, next year's notice before the package ships it), kept in a JSON
// file named by YG_CALENDAR_FILE and validated at boot.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { configError } from '../env';
import { createWorkingCalendar, type WorkingCalendar } from './working-calendar';

const overrideFile = z.object({
  /** Years the deployment has entered in full (e.g. 2027 once the State Council notice is out). */
  extraCoveredYears: z.array(z.number().int().min(2000).max(2100)).default([]),
  overrides: z
    .array(
      z.object({
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
        kind: z.enum(['WORKDAY', 'HOLIDAY']),
        note: z.string().optional(),
      }),
    )
    .default([]),
});
export type CalendarOverrideFile = z.infer<typeof overrideFile>;

export function parseCalendarOverrides(json: unknown): CalendarOverrideFile {
  const result = overrideFile.safeParse(json);
  if (result.success) return result.data;
  throw configError(result.error.issues, 'calendar overrides ');
}

export function createDeploymentCalendar(env: NodeJS.ProcessEnv = process.env): WorkingCalendar {
  const file = env.YG_CALENDAR_FILE;
  if (!file) return createWorkingCalendar();
  const parsed = parseCalendarOverrides(JSON.parse(readFileSync(file, 'utf8')));
  return createWorkingCalendar({ overrides: parsed.overrides, extraCoveredYears: parsed.extraCoveredYears });
}
