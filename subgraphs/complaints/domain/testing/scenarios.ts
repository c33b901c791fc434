// A reproducible crowd of requests for cross-checking the statistics: every step of every history
// is proposed through proposeEvent (so each history is one the write path would accept) and the
// choices come from a seeded generator. Histories cover direct replies, returns and re-dispatch,
// late and missing sign-offs, late replies, escalations, reached and unreached callbacks, reopenings
// (up to maxReopens), manual closing, and 重复来电 linked with findOriginal, at units across two
// townships, their villages, the county itself and a neighbouring county.

import { Rng } from '../../../shared/demo-random';
import { numbered } from '../../../shared/event-history';
import type { CategoryCode } from '../categories';
import { currentDispatch, foldMore, lastReachedCallback, lastReply, type ComplaintAggregate } from '../complaint-aggregate';
import type { Assignee, ComplaintEvent, NewComplaintEvent, UnitRef } from '../complaint-events';
import { proposeEvent, validateReceipt } from '../complaint-lifecycle';
import { COMPLAINT_CHANNELS, type ComplaintChannel, type ComplaintKind, type Priority } from '../complaint-state';
import { contactKey, findOriginal, windowStart, type EarlierRequest } from '../duplicates';
import { localDay } from '../time-limits';
import {
  calledBack,
  CITY_WATER,
  closed,
  COUNTY,
  dispatched,
  duplicateLinked,
  ENVIRONMENT,
  escalated,
  fold,
  HOUR,
  HOUSING,
  MARKET,
  MINUTE,
  DAY,
  NEIGHBOUR_COUNTY,
  NEIGHBOUR_HOUSING,
  NEIGHBOUR_TOWNSHIP,
  NOW,
  OPTIONS,
  OTHER_TOWNSHIP,
  OTHER_VILLAGE,
  receipt,
  replied,
  returned,
  signed,
  TOWN_GOVERNMENT,
  TOWNSHIP,
  VILLAGE,
  type Receipt,
} from './requests';

interface Place {
  location: UnitRef;
  receivedUnit: UnitRef;
  assignees: Assignee[];
}
const COUNTY_ASSIGNEES = [HOUSING, MARKET, ENVIRONMENT, TOWN_GOVERNMENT, CITY_WATER];
const PLACES: [Place, number][] = [
  [{ location: VILLAGE, receivedUnit: COUNTY, assignees: COUNTY_ASSIGNEES }, 15],
  [{ location: VILLAGE, receivedUnit: TOWNSHIP, assignees: [HOUSING, TOWN_GOVERNMENT] }, 10],
  [{ location: TOWNSHIP, receivedUnit: COUNTY, assignees: COUNTY_ASSIGNEES }, 15],
  [{ location: OTHER_TOWNSHIP, receivedUnit: COUNTY, assignees: COUNTY_ASSIGNEES }, 15],
  [{ location: OTHER_VILLAGE, receivedUnit: COUNTY, assignees: COUNTY_ASSIGNEES }, 15],
  [{ location: COUNTY, receivedUnit: COUNTY, assignees: COUNTY_ASSIGNEES }, 15],
  [{ location: NEIGHBOUR_TOWNSHIP, receivedUnit: NEIGHBOUR_COUNTY, assignees: [NEIGHBOUR_HOUSING, CITY_WATER] }, 15],
];
const PRIORITY_WEIGHTS: [Priority, number][] = [
  ['URGENT', 15],
  ['UTILITIES', 15],
  ['ORDINARY', 50],
  ['COMPLEX', 20],
];
const KIND_WEIGHTS: [ComplaintKind, number][] = [
  ['CONSULTATION', 30],
  ['HELP', 15],
  ['COMPLAINT', 35],
  ['REPORT', 10],
  ['SUGGESTION', 10],
];
const CATEGORY_WEIGHTS: [CategoryCode, number][] = [
  ['URBAN_CONSTRUCTION', 30],
  ['TRANSPORT', 20],
  ['UTILITIES', 20],
  ['SOCIAL_SECURITY', 12],
  ['ENVIRONMENT', 8],
  ['HEALTH', 6],
  ['EDUCATION', 4],
];
const LEVEL_WEIGHTS: [number, number][] = [
  [5, 35],
  [4, 25],
  [3, 15],
  [2, 15],
  [1, 10],
];
/** Few callers, several ways of writing their numbers: repeats happen. */
const PHONES = ['13812345678', '+86 138-1234-5678', '13900001111', '0086 139 0000 1111', '0736-5123456', '15011112222', '15011113333', '15011114444'];

const TEN_MINUTES = 10 * MINUTE;

export interface ScenarioOptions {
  seed: number;
  count: number;
  /** Receipts fall between these instants. */
  from: Date;
  to: Date;
  /** No event after this instant: what is still open stays open. */
  end: Date;
}

/** The shared seeded generator, plus a uniform number in [a, b). */
class Chooser extends Rng {
  between(a: number, b: number): number {
    return a + (b - a) * this.next();
  }
}

/** The first 10-minute mark at least `delay` (and at least 10 minutes) after `from`. */
const later = (from: Date, delay: number): Date => new Date(Math.ceil((from.getTime() + Math.max(delay, TEN_MINUTES)) / TEN_MINUTES) * TEN_MINUTES);

interface Planned {
  id: string;
  place: Place;
  first: Receipt;
}

/** Receipts in time order, with their 重复来电 originals found as the write path finds them. */
function plan(choose: Chooser, o: ScenarioOptions): Planned[] {
  const span = Math.floor((o.to.getTime() - o.from.getTime()) / TEN_MINUTES);
  const times = Array.from({ length: o.count }, () => new Date(o.from.getTime() + Math.floor(choose.next() * span) * TEN_MINUTES)).sort(
    (a, b) => a.getTime() - b.getTime(),
  );
  const planned: Planned[] = [];
  const earlier: (EarlierRequest & { key: string })[] = [];
  times.forEach((when, i) => {
    const id = `req-${String(i + 1).padStart(4, '0')}`;
    const place = choose.weighted(PLACES);
    const kind = choose.weighted(KIND_WEIGHTS);
    const channel: ComplaintChannel = choose.pick(COMPLAINT_CHANNELS);
    const byPhone = channel === 'HOTLINE_12345' || channel === 'HOTLINE_114';
    const anonymous = kind === 'REPORT' ? choose.chance(0.5) : !byPhone && choose.chance(0.3);
    const phone = anonymous ? null : choose.pick(PHONES);
    const category = choose.weighted(CATEGORY_WEIGHTS);
    const requestNo = `AX-${localDay(when).replaceAll('-', '')}-${String(i + 1).padStart(4, '0')}`;
    const key = contactKey(phone);
    const original = key
      ? findOriginal(
          { receivedAt: when, category, orgPath: place.location.path },
          earlier.filter((e) => e.key === key && e.receivedAt >= windowStart(when)),
        )
      : null;
    const first = receipt({
      at: when,
      requestNo,
      kind,
      channel,
      category,
      priority: choose.weighted(PRIORITY_WEIGHTS),
      contact: phone ? { name: choose.chance(0.5) ? '市民' : null, phone } : null,
      receivedUnit: place.receivedUnit,
      location: place.location,
      duplicateOf: original,
    });
    planned.push({ id, place, first });
    if (key) {
      earlier.push({ key, id, requestNo, receivedAt: when, category, orgPath: place.location.path, duplicateOfId: original?.id ?? null, duplicateOfNo: original?.requestNo ?? null });
    }
  });
  return planned;
}

/** The next step of a request, chosen at random among those that make sense now; null: it stays. */
function nextStep(choose: Chooser, c: ComplaintAggregate, place: Place): NewComplaintEvent | null {
  const t = c.lastEventAt;
  const priority = c.received.priority;
  const others = (exclude: string | null) => place.assignees.filter((a) => a.id !== exclude);
  /** 督办 some time after the reply (or sign-off) deadline, with a new deadline 1–5 days on. */
  const escalate = (overdueFrom: Date) => {
    const when = later(new Date(Math.max(t.getTime(), overdueFrom.getTime())), choose.between(HOUR, 3 * DAY));
    return escalated(when, later(when, choose.between(DAY, 5 * DAY)));
  };
  const replyBy = (direct: boolean) => {
    const left = c.replyDueAt.getTime() - t.getTime();
    const delay = left > 0 ? left * choose.between(0.05, 1.3) : choose.between(HOUR, 2 * DAY);
    return replied(later(t, delay), direct ? '已直接答复' : '已办理并答复', direct);
  };
  switch (c.state) {
    case 'RECEIVED': {
      const u = choose.next();
      if (u < 0.04) return null;
      if (u < 0.08) return escalate(c.replyDueAt);
      if (u < 0.22) return replyBy(true);
      return dispatched(later(t, choose.between(5 * MINUTE, 20 * HOUR)), choose.pick(place.assignees), priority);
    }
    case 'DISPATCHED': {
      const d = currentDispatch(c)!;
      const returnedBefore = c.dispatches.some((x) => x.returnedAt !== null && x.assignee.id === d.assignee.id);
      const u = choose.next();
      if (u < 0.05) return null;
      const returnAt = later(t, choose.between(10 * MINUTE, 20 * HOUR));
      if (u < 0.2 && !returnedBefore && returnAt <= d.returnDueAt) return returned(returnAt, '不属于本单位职责');
      if (u < 0.27) return escalate(new Date(d.signDueAt.getTime() + 1));
      const left = Math.max(d.signDueAt.getTime() - t.getTime(), TEN_MINUTES);
      return signed(later(t, left * choose.between(0.05, 1.25)));
    }
    case 'RETURNED':
      if (choose.chance(0.05)) return null;
      if (choose.chance(0.3)) return replyBy(true);
      return dispatched(later(t, choose.between(10 * MINUTE, DAY)), choose.pick(others(c.dispatches[c.dispatches.length - 1]?.assignee.id ?? null)), priority);
    case 'SIGNED': {
      const u = choose.next();
      if (u < 0.05) return null;
      if (u < 0.15) return escalate(new Date(c.replyDueAt.getTime() + 1));
      return replyBy(false);
    }
    case 'REOPENED':
      if (choose.chance(0.3)) return dispatched(later(t, choose.between(10 * MINUTE, DAY)), choose.pick(others(c.assignee?.id ?? null)), priority);
      if (choose.chance(0.1)) return escalate(new Date(c.replyDueAt.getTime() + 1));
      return replyBy(c.assignee === null);
    case 'REPLIED': {
      const u = choose.next();
      if (u < 0.08) return null;
      const reply = lastReply(c)!;
      const lastCall = c.callbacks[c.callbacks.length - 1];
      const unreachedSinceReply = lastCall !== undefined && !lastCall.reached && lastCall.at >= reply.at;
      // A hand closing is only chosen where the row can tell it from a callback (see the report).
      const stale = lastReachedCallback(c);
      const closable = stale === null || localDay(stale.at) < localDay(reply.at);
      if (unreachedSinceReply && closable && u < 0.5) return closed(later(t, choose.between(HOUR, DAY)));
      if (u < 0.25) return calledBack(later(t, choose.between(HOUR, 2 * DAY)), null);
      return calledBack(later(t, choose.between(HOUR, 3 * DAY)), choose.weighted(LEVEL_WEIGHTS));
    }
    case 'CLOSED':
      return null;
  }
}

function propose(c: ComplaintAggregate, step: NewComplaintEvent): ComplaintAggregate {
  const proposal = proposeEvent(c, step, NOW, OPTIONS);
  if (!proposal.ok) throw new Error(`${c.id}: ${step.type} at ${step.at.toISOString()} refused: ${proposal.errors.map((e) => e.rule).join(', ')}`);
  return foldMore(c, numbered<ComplaintEvent>(c.version, proposal.events));
}

/** The requests, folded from histories that every step of was accepted by proposeEvent. */
export function generateRequests(o: ScenarioOptions): ComplaintAggregate[] {
  const choose = new Chooser(o.seed);
  const planned = plan(choose, o);
  // Each request's own steps first (repeats do not change a request's state or deadlines) …
  const steps = new Map<string, NewComplaintEvent[]>();
  for (const p of planned) {
    const problems = validateReceipt(p.first, NOW);
    if (problems.length > 0) throw new Error(`${p.id}: receipt refused: ${problems.map((e) => e.rule).join(', ')}`);
    let c = fold(p.first, p.id);
    const own: NewComplaintEvent[] = [];
    for (let i = 0; i < 12; i += 1) {
      const step = nextStep(choose, c, p.place);
      if (!step || step.at > o.end) break;
      own.push(step);
      c = propose(c, step);
    }
    steps.set(p.id, own);
  }
  // … then the 重复来电 links, in time order among them.
  for (const p of planned) {
    const original = p.first.data.duplicateOf;
    if (!original) continue;
    const list = steps.get(original.id)!;
    const link = duplicateLinked(p.first.at, p.id, p.first.data.requestNo);
    const index = list.findIndex((s) => s.at > link.at);
    list.splice(index === -1 ? list.length : index, 0, link);
  }
  return planned.map((p) => steps.get(p.id)!.reduce(propose, fold(p.first, p.id)));
}
