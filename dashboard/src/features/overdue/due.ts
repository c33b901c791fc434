// Deadlines as instants, so a case due on a day and a request due at a minute can be ordered together.
// A due day counts until the end of that day where the county is (Asia/Shanghai, UTC+8, no DST).
// How many days an item is overdue is the API's `overdueDays`; the browser never computes it.
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Epoch ms of a due date (end of the day, +08:00) or a DateTime; +Infinity when undated (sorts last). */
export function dueInstant(due: string | null | undefined): number {
  if (!due) return Number.POSITIVE_INFINITY;
  const ms = DATE.test(due) ? Date.parse(`${due}T23:59:59.999+08:00`) : Date.parse(due);
  return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
}
