// 村务公开 / 乡镇政务公开 — the periodic boards of townships and villages (DOMAIN.md "Disclosures";
// seed: the 余庆县 notice). Each quarter's posting must be up by the 5th of the first month of the
// next quarter (configurable); the 5th itself is on time, the 6th late. A quarter counts in the
// statistics of the period its deadline falls in, once that deadline has passed (or it was posted).
import type { LocalDate } from '../../shared/calendar';

export interface BoardRules {
  /** Day of the next quarter's first month by which a quarter's posting is due. */
  dueDayOfMonth: number;
  /** Tiers whose units keep a board. */
  tiers: readonly string[];
}

export const DEFAULT_BOARD_RULES: BoardRules = { dueDayOfMonth: 5, tiers: ['TOWNSHIP', 'VILLAGE'] };

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The day a quarter's posting is due: the configured day of the first month after it. */
export function boardDueOn(rules: BoardRules, q: Quarter): LocalDate {
  const month = q.quarter * 3 + 1;
  const [year, m] = month > 12 ? [q.year + 1, 1] : [q.year, month];
  return `${year}-${pad(m)}-${pad(rules.dueDayOfMonth)}` as LocalDate;
}

export const isPostedOnTime = (rules: BoardRules, q: Quarter, postedOn: LocalDate) => postedOn <= boardDueOn(rules, q);

/** The quarters whose posting deadline falls within [from, to], in order. */
export function quartersDueWithin(rules: BoardRules, from: LocalDate, to: LocalDate): Quarter[] {
  const out: Quarter[] = [];
  for (let year = Number(from.slice(0, 4)) - 1; year <= Number(to.slice(0, 4)); year += 1) {
    for (const quarter of [1, 2, 3, 4] as const) {
      const due = boardDueOn(rules, { year, quarter });
      if (due >= from && due <= to) out.push({ year, quarter });
    }
  }
  return out;
}

/** The quarter a posting is for must have ended by the day it is posted (a board reports a past quarter). */
export function quarterEnd(q: Quarter): LocalDate {
  const month = q.quarter * 3;
  const last = new Date(Date.UTC(q.year, month, 0)).getUTCDate();
  return `${q.year}-${pad(month)}-${pad(last)}` as LocalDate;
}

export interface BoardSlot {
  unitId: string;
  quarter: Quarter;
  dueOn: LocalDate;
}

export interface BoardPostingFact {
  unitId: string;
  year: number;
  quarter: number;
  postedOn: LocalDate;
  onTime: boolean;
}

export type BoardSlotStatus = 'ON_TIME' | 'LATE' | 'MISSING' | 'PENDING';

export interface BoardTally {
  /** Slots whose deadline passed by the as-of day (the denominator). */
  due: number;
  onTime: number;
  late: number;
  missing: number;
}

/**
 * Tallies the slots (units × quarters due in the period) against the postings: on time when posted
 * by the deadline; late when posted after it (by the as-of day); missing when not posted by then.
 * Slots whose deadline is after the as-of day are not yet due unless posted.
 */
export function tallyBoards(slots: readonly BoardSlot[], postings: readonly BoardPostingFact[], asOf: LocalDate): BoardTally {
  const byKey = new Map(postings.map((p) => [`${p.unitId}|${p.year}|${p.quarter}`, p]));
  const tally: BoardTally = { due: 0, onTime: 0, late: 0, missing: 0 };
  for (const slot of slots) {
    const posting = byKey.get(`${slot.unitId}|${slot.quarter.year}|${slot.quarter.quarter}`);
    const posted = posting && posting.postedOn <= asOf ? posting : null;
    if (slot.dueOn > asOf && !posted) continue;
    tally.due += 1;
    if (!posted) tally.missing += 1;
    else if (posted.onTime) tally.onTime += 1;
    else tally.late += 1;
  }
  return tally;
}
