// 重复来电: a request from the same contact on the same matter within 30 days of an earlier one is
// linked to it and counted. "Same contact" is the same phone number (digits only); "same matter"
// is the same category at the same place. Links point at the first request of the chain, so a
// third call is counted against the original, not against the second.
import type { CategoryCode } from './categories';

export const DUPLICATE_WINDOW_DAYS = 30;
const DAY_MS = 86_400_000;

/**
 * The key contacts are matched on: the digits of the phone as dialled at home — without the +86 or
 * 0086 country code, and with the trunk 0 before a landline's area code (+86 736 5123456 and
 * 0736-5123456 are the same line).
 */
export function contactKey(phone: string | null | undefined): string | null {
  if (!phone) return null;
  let digits = phone.replace(/\D/g, '');
  const international = /^0086/.test(digits) ? digits.slice(4) : /^86\d{9,11}$/.test(digits) && !/^1\d{10}$/.test(digits) ? digits.slice(2) : null;
  if (international !== null) digits = /^(?:1\d{10}|0\d+)$/.test(international) ? international : `0${international}`;
  return digits.length >= 5 ? digits : null;
}

export interface EarlierRequest {
  id: string;
  requestNo: string;
  receivedAt: Date;
  category: string;
  orgPath: string;
  duplicateOfId: string | null;
  duplicateOfNo: string | null;
}

/** The earliest window start that still counts as a repeat of a request received at `at`. */
export const windowStart = (at: Date) => new Date(at.getTime() - DUPLICATE_WINDOW_DAYS * DAY_MS);

/**
 * The request a new one repeats, among earlier requests from the same contact (any order), or
 * null. The most recent matching request within the window is found, and its chain's first
 * request is returned.
 */
export function findOriginal(
  incoming: { receivedAt: Date; category: CategoryCode; orgPath: string },
  earlier: readonly EarlierRequest[],
): { id: string; requestNo: string } | null {
  const from = windowStart(incoming.receivedAt);
  const matches = earlier
    .filter((r) => r.category === incoming.category && r.orgPath === incoming.orgPath && r.receivedAt >= from && r.receivedAt <= incoming.receivedAt)
    .sort((a, b) => b.receivedAt.getTime() - a.receivedAt.getTime());
  const latest = matches[0];
  if (!latest) return null;
  return latest.duplicateOfId ? { id: latest.duplicateOfId, requestNo: latest.duplicateOfNo ?? '' } : { id: latest.id, requestNo: latest.requestNo };
}
