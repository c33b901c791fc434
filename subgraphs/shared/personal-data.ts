// Personal data (个人信息: names, phone numbers, ID numbers) is shown in full only to viewers
// with the `personal-data` permission; everyone else sees a mask that keeps just enough to tell
// records apart (个人信息保护法 第51条: minimum necessary access).
import { hasPermission, type Viewer } from './viewer';

/** 张三 → 张*, 欧阳娜娜 → 欧***; single characters stay masked entirely. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return '*';
  return chars[0] + '*'.repeat(chars.length - 1);
}

/** 13812345678 → 138****5678; landlines keep their area code and last two digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  if (/^1\d{10}$/.test(digits)) return `${digits.slice(0, 3)}****${digits.slice(7)}`;
  if (digits.length <= 4) return '*'.repeat(digits.length);
  return `${digits.slice(0, 4)}${'*'.repeat(digits.length - 6)}${digits.slice(-2)}`;
}

/** 18-digit resident ID (居民身份证号): keep the first 6 (region) and last 4. */
export function maskIdNumber(id: string): string {
  const s = id.trim();
  if (s.length <= 10) return '*'.repeat(s.length);
  return `${s.slice(0, 6)}${'*'.repeat(s.length - 10)}${s.slice(-4)}`;
}

export type PersonalKind = 'name' | 'phone' | 'idNumber';
const MASKS: Record<PersonalKind, (value: string) => string> = { name: maskName, phone: maskPhone, idNumber: maskIdNumber };

/** The value as this viewer may see it. */
export function revealFor(viewer: Viewer, kind: PersonalKind, value: string | null): string | null {
  if (value === null) return null;
  return hasPermission(viewer, 'personal-data') ? value : MASKS[kind](value);
}

/** Mobile numbers, landlines with an area code, and resident IDs written inside free text. */
const PHONE_OR_ID_IN_TEXT = /(?<!\d)(?:\d{17}[\dXx]|1\d{10}|0\d{2,3}-?\d{7,8})(?![\dXx])/g;

/**
 * Free text (a citizen's request, a reply, a note) as this viewer may see it: without the
 * personal-data permission, phone numbers and ID numbers written into it are masked. Names cannot
 * be found reliably in free text; the fields that hold them are masked on their own.
 */
export function scrubText(viewer: Viewer, text: string): string {
  if (hasPermission(viewer, 'personal-data')) return text;
  return text.replace(PHONE_OR_ID_IN_TEXT, (match) => (match.length >= 15 ? maskIdNumber(match) : maskPhone(match)));
}
