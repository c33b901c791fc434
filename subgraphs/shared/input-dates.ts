// Local dates as callers send them ('YYYY-MM-DD'): one refusal for a malformed day, and the
// parse-or-note step every write's input check repeats.
import { parseLocalDate, type LocalDate } from './calendar';
import { userError, type UserError } from './errors';

export const dateFormatError = (field: string): UserError => userError(field, 'DATE_FORMAT', '日期格式应为 YYYY-MM-DD', 'dates are YYYY-MM-DD');

/** The day, null when absent; a malformed one adds its error to `errors` and gives null. */
export function optionalDay(value: string | null | undefined, field: string, errors: UserError[]): LocalDate | null {
  if (value === null || value === undefined) return null;
  const parsed = parseLocalDate(value);
  if (!parsed) errors.push(dateFormatError(field));
  return parsed;
}
