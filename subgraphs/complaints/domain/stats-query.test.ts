import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLocalDate } from '../../shared/calendar';
import { monthsOf } from '../../shared/period';
import { rowsByWindow } from '../../shared/stats-loader';
import type { Callback, ComplaintAggregate, DispatchRecord } from './complaint-aggregate';
import { statsWindow } from './complaint-stats';
import { COMPLAINT_CHANNELS, COMPLAINT_KINDS } from './complaint-state';
import { addCounts, COUNT_COLUMNS, departmentStatsQuery, EMPTY_COUNTS, orgUnitStatsQuery, type ComplaintCounts } from './stats-query';
import { localDay } from './time-limits';
import {
  apply,
  at,
  cal,
  calledBack,
  CITY,
  CITY_WATER,
  closed,
  COUNTY,
  dispatched,
  endOf,
  ENVIRONMENT,
  escalated,
  fold,
  HOUSING,
  MARKET,
  NEIGHBOUR_COUNTY,
  NEIGHBOUR_HOUSING,
  NEIGHBOUR_TOWNSHIP,
  NOW,
  OTHER_TOWNSHIP,
  OTHER_VILLAGE,
  receipt,
  replied,
  returned,
  signed,
  TOWNSHIP,
  VILLAGE,
  type ReceiptOptions,
} from './testing/requests';
import { generateRequests } from './testing/scenarios';
import { complaintsDatabase, run, storeRequests, type SqliteDatabase } from './testing/sqlite';

// ---------------------------------------------------------------------------------------------
// Reading the statement's rows, as the subgraph's loader does: per subject, the request and
// dispatch counts added up, and the received count per category.

interface Figures {
  counts: ComplaintCounts;
  categories: Map<string, number>;
}
type StatsRow = { groupKey: string; part: string; category: string | null } & Record<string, number | string | null>;

function collect(subjects: readonly string[], rows: readonly StatsRow[]): Map<string, Figures> {
  const bySubject = new Map(subjects.map((s) => [s, { counts: { ...EMPTY_COUNTS }, categories: new Map<string, number>() }]));
  for (const row of rows) {
    const figures = bySubject.get(row.groupKey);
    if (!figures) throw new Error(`a row for ${row.groupKey}, which was not asked for`);
    if (row.part === 'category') figures.categories.set(row.category!, Number(row.received));
    else figures.counts = addCounts(figures.counts, row as Record<string, number | null>);
  }
  return bySubject;
}

interface Period {
  from: string;
  to: string;
  asOf: string;
}
const period = (p: Period) => ({ from: parseLocalDate(p.from), to: parseLocalDate(p.to), asOf: parseLocalDate(p.asOf) });

function unitFigures(db: SqliteDatabase, paths: string[], p: Period, now: Date = NOW, satisfiedFrom = 3) {
  return collect(paths, run<StatsRow>(db, orgUnitStatsQuery('sqlite', paths, statsWindow(cal, period(p), now, satisfiedFrom))));
}
function departmentFigures(db: SqliteDatabase, ids: string[], p: Period, now: Date = NOW, satisfiedFrom = 3) {
  return collect(ids, run<StatsRow>(db, departmentStatsQuery('sqlite', ids, statsWindow(cal, period(p), now, satisfiedFrom))));
}

// ---------------------------------------------------------------------------------------------
// The same figures counted independently, from the folded requests, by the definitions of
// complaint-stats.ts: each figure is about the request as it stands now, dated by Beijing day.

const day = (d: Date) => localDay(d) as string;

interface Snapshot extends Period {
  /** The instant open requests are judged overdue at. */
  at: Date;
  satisfiedFrom: number;
}

function expectedFigures(
  requests: readonly ComplaintAggregate[],
  s: Snapshot,
  holds: (c: ComplaintAggregate) => boolean,
  gave: (c: ComplaintAggregate, d: DispatchRecord) => boolean,
  judged: (c: ComplaintAggregate, cb: Callback) => boolean,
): Figures {
  const inPeriod = (d: Date | null | undefined) => d != null && day(d) >= s.from && day(d) <= s.to;
  const byAsOf = (d: Date | null | undefined) => d != null && day(d) <= s.asOf;
  const n: ComplaintCounts = { ...EMPTY_COUNTS };
  const categories = new Map<string, number>();
  for (const c of requests) {
    if (holds(c)) {
      const r = c.received;
      if (inPeriod(c.receivedAt)) {
        n.received += 1;
        n[`kind_${r.kind}`] += 1;
        n[`channel_${r.channel}`] += 1;
        if (r.duplicateOf) n.duplicates += 1;
        if (c.reopenCount > 0) n.reopened += 1;
        categories.set(r.category, (categories.get(r.category) ?? 0) + 1);
      }
      // The reply that stands: a request reopened since has none.
      const reply = c.state === 'REPLIED' || c.state === 'CLOSED' ? c.replies[c.replies.length - 1]! : null;
      if (reply && inPeriod(reply.at)) {
        n.replied += 1;
        // Judged against the deadline from receipt or the latest reopening, not a 督办 deadline.
        if (reply.at.getTime() <= c.promisedReplyBy.getTime()) n.repliedOnTime += 1;
        n.replyMinutesSum += Math.round((reply.at.getTime() - c.receivedAt.getTime()) / 60_000);
        if (c.callbacks.some((cb) => cb.reached && cb.at >= reply.at && byAsOf(cb.at))) n.calledBack += 1;
      }
      if (inPeriod(c.escalations[c.escalations.length - 1]?.at)) n.escalated += 1;
      const openAtSnapshot = byAsOf(c.receivedAt) && !(reply && byAsOf(reply.at)) && !byAsOf(c.closedAt);
      // Against the promised deadline: a 督办 deadline does not excuse the delay.
      if (openAtSnapshot && c.promisedReplyBy < s.at) {
        n.overdueOpen += 1;
        const late = cal.workingDaysBetween(parseLocalDate(day(c.promisedReplyBy)), parseLocalDate(s.asOf));
        if (late < 1) n.overdueUnder1 += 1;
        else if (late <= 5) n.overdue1to5 += 1;
        else if (late <= 10) n.overdue6to10 += 1;
        else n.overdue11plus += 1;
      }
    }
    // Every callback that reached the citizen with a level is an evaluation, even one that reopened the request.
    for (const cb of c.callbacks) {
      if (!cb.reached || cb.satisfaction === null || !judged(c, cb) || !inPeriod(cb.at)) continue;
      n.rated += 1;
      if (cb.satisfaction >= s.satisfiedFrom) n.satisfied += 1;
      if (cb.satisfaction <= 2) n.dissatisfied += 1;
    }
    for (const d of c.dispatches) {
      if (!gave(c, d)) continue;
      if (inPeriod(d.at)) n.dispatched += 1;
      if (inPeriod(d.signedAt)) {
        n.signed += 1;
        if (d.signedAt! <= d.signDueAt) n.signedOnTime += 1;
      }
      if (inPeriod(d.returnedAt)) n.returned += 1;
    }
  }
  return { counts: n, categories };
}

const locatedIn = (path: string) => ({
  holds: (c: ComplaintAggregate) => c.received.location.path.startsWith(path),
  gave: (c: ComplaintAggregate) => c.received.location.path.startsWith(path),
  judged: (c: ComplaintAggregate) => c.received.location.path.startsWith(path),
});
const heldBy = (departmentId: string) => ({
  holds: (c: ComplaintAggregate) => c.assignee?.departmentId === departmentId,
  gave: (_c: ComplaintAggregate, d: DispatchRecord) => d.assignee.departmentId === departmentId,
  judged: (_c: ComplaintAggregate, cb: Callback) => cb.assigneeDepartmentId === departmentId,
});

const snapshot = (p: Period, now: Date = NOW, satisfiedFrom = 3): Snapshot => {
  const end = endOf(p.asOf);
  return { ...p, at: now < end ? now : end, satisfiedFrom };
};

// ---------------------------------------------------------------------------------------------
// A crowd of 600 requests received 2025-09-20 … 2025-12-28, handled until 2026-01-10.

const CROWD = generateRequests({ seed: 20251001, count: 600, from: at('2025-09-20', '00:00'), to: at('2025-12-28', '23:50'), end: at('2026-01-10', '18:00') });

const PERIODS: Period[] = [
  { from: '2025-10-01', to: '2025-10-31', asOf: '2025-10-31' },
  { from: '2025-11-01', to: '2025-11-30', asOf: '2025-11-30' },
  { from: '2025-10-01', to: '2025-12-31', asOf: '2025-12-31' },
  // 国庆 week: the snapshot falls on a holiday.
  { from: '2025-10-01', to: '2025-10-08', asOf: '2025-10-08' },
  { from: '2025-11-17', to: '2025-11-17', asOf: '2025-11-17' },
];
const UNIT_SETS: [string, string[]][] = [
  ['two townships', [TOWNSHIP.path, OTHER_TOWNSHIP.path]],
  ['two villages', [VILLAGE.path, OTHER_VILLAGE.path]],
  ['the county', [COUNTY.path]],
  ['two counties', [COUNTY.path, NEIGHBOUR_COUNTY.path]],
  ['the city', [CITY.path]],
];
const DEPARTMENTS = [HOUSING.id, MARKET.id, ENVIRONMENT.id, CITY_WATER.id, NEIGHBOUR_HOUSING.id];

describe('statistics SQL on SQLite against an independent count (600 generated requests)', () => {
  let db: SqliteDatabase;
  beforeAll(() => {
    db = complaintsDatabase();
    storeRequests(db, CROWD);
  });
  afterAll(() => db.close());

  it('has a crowd that exercises every figure', () => {
    const all = PERIODS.map((p) => expectedFigures(CROWD, snapshot(p), () => true, () => true, () => true).counts);
    for (const column of COUNT_COLUMNS) expect(Math.max(...all.map((c) => c[column])), column).toBeGreaterThan(0);
    const counts = all[2]!;
    expect(counts.received).toBeGreaterThan(500);
    expect(counts.signedOnTime).toBeLessThan(counts.signed);
    expect(counts.repliedOnTime).toBeLessThan(counts.replied);
    expect(counts.calledBack).toBeLessThan(counts.replied);
    expect(counts.satisfied).toBeLessThan(counts.rated);
    expect(new Set(CROWD.map((c) => c.state)).size).toBe(7);
    // Repeats after a reopening: a stale callback beside a newer reply.
    expect(CROWD.some((c) => c.state === 'REPLIED' && c.reopenCount > 0 && c.callbacks.some((cb) => cb.reached))).toBe(true);
  });

  for (const p of PERIODS) {
    for (const [name, paths] of UNIT_SETS) {
      it(`counts ${name} for ${p.from} … ${p.to} as of ${p.asOf}`, () => {
        const figures = unitFigures(db, paths, p);
        for (const path of paths) {
          const { holds, gave, judged } = locatedIn(path);
          const expected = expectedFigures(CROWD, snapshot(p), holds, gave, judged);
          expect(figures.get(path)?.counts, path).toEqual(expected.counts);
          expect(figures.get(path)?.categories, path).toEqual(expected.categories);
        }
      });
    }

    it(`counts the departments for ${p.from} … ${p.to} as of ${p.asOf}`, () => {
      const figures = departmentFigures(db, DEPARTMENTS, p);
      for (const id of DEPARTMENTS) {
        const { holds, gave, judged } = heldBy(id);
        const expected = expectedFigures(CROWD, snapshot(p), holds, gave, judged);
        expect(figures.get(id)?.counts, id).toEqual(expected.counts);
        expect(figures.get(id)?.categories, id).toEqual(expected.categories);
      }
    });
  }

  it('counts the top three levels as satisfied, or the top two when configured', () => {
    const p = PERIODS[2]!;
    const three = unitFigures(db, [COUNTY.path], p, NOW, 3).get(COUNTY.path)!.counts;
    const two = unitFigures(db, [COUNTY.path], p, NOW, 4).get(COUNTY.path)!.counts;
    expect(two.satisfied).toBe(expectedFigures(CROWD, snapshot(p, NOW, 4), locatedIn(COUNTY.path).holds, locatedIn(COUNTY.path).gave, locatedIn(COUNTY.path).judged).counts.satisfied);
    expect(two.satisfied).toBeLessThan(three.satisfied);
    expect(two.rated).toBe(three.rated);
  });

  it('adds the townships and the county’s own requests up to the county', () => {
    const p = PERIODS[2]!;
    const towns = unitFigures(db, [TOWNSHIP.path, OTHER_TOWNSHIP.path], p);
    const county = unitFigures(db, [COUNTY.path], p).get(COUNTY.path)!.counts;
    const own = expectedFigures(CROWD, snapshot(p), (c) => c.received.location.path === COUNTY.path, (c) => c.received.location.path === COUNTY.path, (c) => c.received.location.path === COUNTY.path).counts;
    for (const column of COUNT_COLUMNS) {
      expect(towns.get(TOWNSHIP.path)!.counts[column] + towns.get(OTHER_TOWNSHIP.path)!.counts[column] + own[column], column).toBe(county[column]);
    }
  });

  it('answers any number of siblings with one statement, one row per part and group', () => {
    const query = orgUnitStatsQuery('sqlite', [TOWNSHIP.path, OTHER_TOWNSHIP.path], statsWindow(cal, period(PERIODS[2]!), NOW, 3));
    expect(query.sql).not.toContain(';');
    const rows = run<StatsRow>(db, query);
    const parts = rows.filter((r) => r.part !== 'category').map((r) => `${r.part} ${r.groupKey}`);
    expect(parts.sort()).toEqual([
      `callbacks ${TOWNSHIP.path}`,
      `callbacks ${OTHER_TOWNSHIP.path}`,
      `dispatches ${TOWNSHIP.path}`,
      `dispatches ${OTHER_TOWNSHIP.path}`,
      `requests ${TOWNSHIP.path}`,
      `requests ${OTHER_TOWNSHIP.path}`,
    ]);
    // The neighbouring county's township has a path of the same length but was not asked for.
    expect(rows.some((r) => r.groupKey === NEIGHBOUR_TOWNSHIP.path)).toBe(false);
  });
});

describe('statistics SQL with the snapshot taken now (asOf is today)', () => {
  const NOW_TODAY = at('2025-12-15', '14:00');
  const TODAY_CROWD = generateRequests({ seed: 7, count: 300, from: at('2025-11-01', '00:00'), to: at('2025-12-15', '13:50'), end: NOW_TODAY });
  let db: SqliteDatabase;
  beforeAll(() => {
    db = complaintsDatabase();
    storeRequests(db, TODAY_CROWD);
  });
  afterAll(() => db.close());

  const p: Period = { from: '2025-12-01', to: '2025-12-31', asOf: '2025-12-15' };

  it('judges overdue requests at the current minute', () => {
    const s = snapshot(p, NOW_TODAY);
    expect(s.at).toEqual(NOW_TODAY);
    const paths = [TOWNSHIP.path, OTHER_TOWNSHIP.path, NEIGHBOUR_TOWNSHIP.path];
    const figures = unitFigures(db, paths, p, NOW_TODAY);
    let overdue = 0;
    for (const path of paths) {
      const expected = expectedFigures(TODAY_CROWD, s, locatedIn(path).holds, locatedIn(path).gave, locatedIn(path).judged);
      expect(figures.get(path)?.counts, path).toEqual(expected.counts);
      overdue += expected.counts.overdueOpen;
    }
    // Due later today is not overdue yet: fewer than at the end of the day.
    const endOfDay = paths.reduce((sum, path) => sum + expectedFigures(TODAY_CROWD, snapshot(p, endOf('2025-12-15')), locatedIn(path).holds, locatedIn(path).gave, locatedIn(path).judged).counts.overdueOpen, 0);
    expect(overdue).toBeGreaterThan(0);
    expect(overdue).toBeLessThanOrEqual(endOfDay);
  });

  it('counts the departments', () => {
    const figures = departmentFigures(db, DEPARTMENTS, p, NOW_TODAY);
    for (const id of DEPARTMENTS) {
      expect(figures.get(id)?.counts, id).toEqual(expectedFigures(TODAY_CROWD, snapshot(p, NOW_TODAY), heldBy(id).holds, heldBy(id).gave, heldBy(id).judged).counts);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Small hand-made cases with exact numbers.

const request = (id: string, o: ReceiptOptions) => fold(receipt({ requestNo: `AX-${id}`, ...o }), id);

describe('statistics SQL: periods, places and groups (hand-made)', () => {
  let db: SqliteDatabase;
  beforeAll(() => {
    db = complaintsDatabase();
    storeRequests(db, [
      // Oct 31 23:50 and Nov 1 00:10 in Beijing are both Oct 31 in UTC.
      request('a', { at: at('2025-10-31', '23:50'), location: VILLAGE }),
      request('b', { at: at('2025-11-01', '00:10'), location: TOWNSHIP, kind: 'CONSULTATION', channel: 'WEBSITE' }),
      request('c', { at: at('2025-11-01', '10:00'), location: OTHER_VILLAGE, category: 'TRANSPORT' }),
      request('d', { at: at('2025-11-01', '10:00'), location: NEIGHBOUR_TOWNSHIP, receivedUnit: NEIGHBOUR_COUNTY }),
      request('e', { at: at('2025-11-02', '10:00'), location: COUNTY }),
      request('f', { at: at('2025-11-30', '23:59'), location: VILLAGE, category: 'TRANSPORT' }),
      request('g', { at: at('2025-12-01', '00:00'), location: VILLAGE }),
    ]);
  });
  afterAll(() => db.close());

  const NOV = { from: '2025-11-01', to: '2025-11-30', asOf: '2025-11-30' };
  const OCT = { from: '2025-10-01', to: '2025-10-31', asOf: '2025-10-31' };

  it('dates a request by its Beijing day and rolls a village up into its township', () => {
    const nov = unitFigures(db, [TOWNSHIP.path, OTHER_TOWNSHIP.path], NOV);
    expect(nov.get(TOWNSHIP.path)!.counts).toMatchObject({ received: 2, kind_CONSULTATION: 1, kind_COMPLAINT: 1, channel_WEBSITE: 1, channel_HOTLINE_12345: 1 });
    expect(nov.get(TOWNSHIP.path)!.categories).toEqual(new Map([['URBAN_CONSTRUCTION', 1], ['TRANSPORT', 1]]));
    expect(nov.get(OTHER_TOWNSHIP.path)!.counts.received).toBe(1);
    const oct = unitFigures(db, [TOWNSHIP.path, OTHER_TOWNSHIP.path], OCT);
    expect(oct.get(TOWNSHIP.path)!.counts.received).toBe(1);
    expect(oct.get(OTHER_TOWNSHIP.path)!.counts).toEqual(EMPTY_COUNTS);
  });

  it('counts a county’s own requests and its townships’, not the neighbour’s', () => {
    expect(unitFigures(db, [COUNTY.path], NOV).get(COUNTY.path)!.counts.received).toBe(4);
    expect(unitFigures(db, [COUNTY.path, NEIGHBOUR_COUNTY.path], NOV).get(NEIGHBOUR_COUNTY.path)!.counts.received).toBe(1);
    expect(unitFigures(db, [CITY.path], NOV).get(CITY.path)!.counts.received).toBe(5);
  });

  it('groups villages on their own paths', () => {
    const villages = unitFigures(db, [VILLAGE.path, OTHER_VILLAGE.path], NOV);
    expect([villages.get(VILLAGE.path)!.counts.received, villages.get(OTHER_VILLAGE.path)!.counts.received]).toEqual([1, 1]);
  });

  it('counts overdue open requests at the snapshot, by working days late', () => {
    // Every request is ordinary and unanswered. a (Fri 10-31), b and c (Sat 11-01) and e (Sun 11-02)
    // are all due Fri 11-07; f (Sun 11-30) is due Fri 12-05. As of Sun 11-30 the first four are 15
    // working days late (11-10 … 11-28); a counts although it was received before the period.
    const county = unitFigures(db, [COUNTY.path], NOV).get(COUNTY.path)!.counts;
    expect(county).toMatchObject({ overdueOpen: 4, overdueUnder1: 0, overdue1to5: 0, overdue6to10: 0, overdue11plus: 4 });
    // As of Fri 11-14: 5 working days late (11-10 … 11-14).
    const mid = unitFigures(db, [COUNTY.path], { from: '2025-11-01', to: '2025-11-14', asOf: '2025-11-14' }).get(COUNTY.path)!.counts;
    expect(mid).toMatchObject({ overdueOpen: 4, overdue1to5: 4, overdue6to10: 0 });
    // As of Mon 11-17: 6 working days late.
    const sixth = unitFigures(db, [COUNTY.path], { from: '2025-11-01', to: '2025-11-17', asOf: '2025-11-17' }).get(COUNTY.path)!.counts;
    expect(sixth).toMatchObject({ overdueOpen: 4, overdue1to5: 0, overdue6to10: 4 });
    // As of Fri 11-07, the due day itself, nothing is overdue yet.
    const due = unitFigures(db, [COUNTY.path], { from: '2025-10-01', to: '2025-11-07', asOf: '2025-11-07' }).get(COUNTY.path)!.counts;
    expect(due).toMatchObject({ received: 4, overdueOpen: 0 });
    // As of Mon 11-10: 1 working day late.
    const monday = unitFigures(db, [COUNTY.path], { from: '2025-10-01', to: '2025-11-10', asOf: '2025-11-10' }).get(COUNTY.path)!.counts;
    expect(monday).toMatchObject({ overdueOpen: 4, overdue1to5: 4 });
  });

  it('refuses to group paths of different lengths', () => {
    expect(() => orgUnitStatsQuery('sqlite', [COUNTY.path, TOWNSHIP.path], statsWindow(cal, period(NOV), NOW, 3))).toThrow(/sibling/);
  });
});

describe('statistics SQL: replies, callbacks and dispatches (hand-made)', () => {
  let db: SqliteDatabase;
  const urgent = (id: string) => request(id, { at: at('2025-11-03', '08:00'), priority: 'URGENT' });
  const direct = (when: Date) => replied(when, '已答复', true);
  const REQUESTS = {
    // Replied 09:00, dissatisfied callback 10:00 (reopened), replied again 11:00: not called back since.
    staleSameDay: [direct(at('2025-11-03', '09:00')), calledBack(at('2025-11-03', '10:00'), 2), direct(at('2025-11-03', '11:00'))],
    // The same with the second reply on the next day.
    staleDayBefore: [direct(at('2025-11-03', '09:00')), calledBack(at('2025-11-03', '10:00'), 2), direct(at('2025-11-04', '09:00'))],
    // Reopened, replied again, not reached, then closed by hand.
    closedByHand: [
      direct(at('2025-11-03', '09:00')),
      calledBack(at('2025-11-03', '10:00'), 1),
      direct(at('2025-11-04', '09:00')),
      calledBack(at('2025-11-05', '09:00'), null),
      closed(at('2025-11-06', '09:00')),
    ],
    // Reopened, replied again and then called back satisfied.
    calledBackAgain: [direct(at('2025-11-03', '09:00')), calledBack(at('2025-11-03', '10:00'), 2), direct(at('2025-11-03', '11:00')), calledBack(at('2025-11-03', '15:00'), 4)],
    // Replied on time; called back (very satisfied) after the snapshot day.
    calledBackLater: [direct(at('2025-11-03', '09:30')), calledBack(at('2025-12-01', '10:00'), 5)],
    // Replied late (due 10:00), never called back.
    late: [direct(at('2025-11-03', '10:10'))],
  };
  const built = Object.fromEntries(Object.entries(REQUESTS).map(([id, steps]) => [id, steps.reduce((c, s) => apply(c, s), urgent(id))]));
  // Dispatches: 住建局 returns one and signs off another late; 市场监管局 signs off on time.
  const handled = [
    request('h1', { at: at('2025-11-03', '09:00') }),
    request('h2', { at: at('2025-11-03', '09:00') }),
  ];
  handled[0] = [dispatched(at('2025-11-03', '10:00'), HOUSING), returned(at('2025-11-03', '15:00')), dispatched(at('2025-11-04', '09:00'), MARKET), signed(at('2025-11-04', '10:00'))].reduce(
    (c, s) => apply(c, s),
    handled[0]!,
  );
  handled[1] = [dispatched(at('2025-11-03', '10:00'), HOUSING), signed(at('2025-11-05', '09:00')), escalated(at('2025-11-11', '09:00'), endOf('2025-11-12'))].reduce(
    (c, s) => apply(c, s),
    handled[1]!,
  );

  beforeAll(() => {
    db = complaintsDatabase();
    storeRequests(db, [...Object.values(built), ...handled]);
  });
  afterAll(() => db.close());

  const NOV = { from: '2025-11-01', to: '2025-11-30', asOf: '2025-11-30' };

  it('has the states the cases describe', () => {
    expect(Object.fromEntries(Object.entries(built).map(([id, c]) => [id, c.state]))).toEqual({
      staleSameDay: 'REPLIED',
      staleDayBefore: 'REPLIED',
      closedByHand: 'CLOSED',
      calledBackAgain: 'CLOSED',
      calledBackLater: 'CLOSED',
      late: 'REPLIED',
    });
  });

  it('counts a reply as called back only by a callback after it, by the snapshot day', () => {
    const counts = unitFigures(db, [VILLAGE.path], NOV).get(VILLAGE.path)!.counts;
    expect(counts).toMatchObject({ received: 8, replied: 6, repliedOnTime: 3, calledBack: 1 });
    const expected = expectedFigures([...Object.values(built), ...handled], snapshot(NOV), () => true, () => true, () => true);
    expect(counts).toEqual(expected.counts);
  });

  it('counts every reached callback with a level in the period it was made, including one that reopened the request', () => {
    const nov = unitFigures(db, [VILLAGE.path], NOV).get(VILLAGE.path)!.counts;
    // staleSameDay 2, staleDayBefore 2, closedByHand 1 (the unreached one has no level), calledBackAgain 2 then 4.
    expect(nov).toMatchObject({ rated: 5, satisfied: 1, dissatisfied: 4, reopened: 4 });
    const dec = unitFigures(db, [VILLAGE.path], { from: '2025-12-01', to: '2025-12-31', asOf: '2025-12-31' }).get(VILLAGE.path)!.counts;
    expect(dec).toMatchObject({ received: 0, replied: 0, rated: 1, satisfied: 1, dissatisfied: 0 });
  });

  it('adds up the minutes to reply', () => {
    // 3 h, 25 h (next day 09:00), 25 h, 3 h, 1.5 h, 2 h 10 min = 3580 minutes.
    expect(unitFigures(db, [VILLAGE.path], NOV).get(VILLAGE.path)!.counts.replyMinutesSum).toBe(180 + 1500 + 1500 + 180 + 90 + 130);
  });

  it('gives each department its dispatches and the requests it holds', () => {
    const figures = departmentFigures(db, [HOUSING.id, MARKET.id], NOV);
    // 住建局 holds h2 (signed late, escalated to Wed 11-12, still open); 市场监管局 holds h1.
    expect(figures.get(HOUSING.id)!.counts).toMatchObject({ received: 1, dispatched: 2, returned: 1, signed: 1, signedOnTime: 0, escalated: 1, overdueOpen: 1 });
    expect(figures.get(MARKET.id)!.counts).toMatchObject({ received: 1, dispatched: 1, returned: 0, signed: 1, signedOnTime: 1, escalated: 0, overdueOpen: 1 });
  });

  it('counts a day’s dispatches only inside the period', () => {
    const day3 = departmentFigures(db, [HOUSING.id, MARKET.id], { from: '2025-11-03', to: '2025-11-03', asOf: '2025-11-03' });
    expect(day3.get(HOUSING.id)!.counts).toMatchObject({ dispatched: 2, returned: 1, signed: 0 });
    expect(day3.get(MARKET.id)!.counts).toMatchObject({ dispatched: 0, signed: 0 });
  });
});

describe('the built statement', () => {
  const window = statsWindow(cal, period({ from: '2025-11-01', to: '2025-11-30', asOf: '2025-11-30' }), NOW, 3);

  it('binds a copy of each parameter per SQLite marker and numbers them once for PostgreSQL', () => {
    const sqlite = orgUnitStatsQuery('sqlite', [TOWNSHIP.path, OTHER_TOWNSHIP.path], window);
    const postgres = orgUnitStatsQuery('postgres', [TOWNSHIP.path, OTHER_TOWNSHIP.path], window);
    expect(sqlite.sql.match(/\?/g)).toHaveLength(sqlite.params.length);
    expect(postgres.sql).not.toContain('?');
    // from, to, asOf, before, t1, t6, t11, the last day read, and two bounds per path: each once.
    expect([...postgres.params].sort()).toEqual(
      [
        '2025-11-01',
        '2025-11-30',
        '2025-11-30',
        '2025-11-30 23:59',
        '2025-11-28',
        '2025-11-21',
        '2025-11-14',
        '2025-11-30',
        TOWNSHIP.path,
        '/4307/430721/4307211000',
        OTHER_TOWNSHIP.path,
        '/4307/430721/4307211010',
      ].sort(),
    );
    expect(new Set(sqlite.params)).toEqual(new Set(postgres.params));
  });

  it('names every count column in each part', () => {
    const { sql } = departmentStatsQuery('sqlite', [HOUSING.id], window);
    for (const column of COUNT_COLUMNS) expect(sql.match(new RegExp(`AS "${column}"`, 'g')), column).toHaveLength(4);
    expect(COUNT_COLUMNS).toEqual(expect.arrayContaining([...COMPLAINT_KINDS.map((k) => `kind_${k}`), ...COMPLAINT_CHANNELS.map((c) => `channel_${c}`)]));
  });
});

describe('monthly trend: one statement, each month as its own statement would count it (600 generated requests)', () => {
  let db: SqliteDatabase;
  beforeAll(() => {
    db = complaintsDatabase();
    storeRequests(db, CROWD);
  });
  afterAll(() => db.close());

  // From 2025-09-25 (mid-month) to 2026-01-10 (the crowd's end, taken as today): five months.
  const TODAY = parseLocalDate('2026-01-10');
  const months = monthsOf({ from: parseLocalDate('2025-09-25'), to: parseLocalDate('2026-03-31'), asOf: TODAY });
  const windows = months.map((m) => statsWindow(cal, m, NOW, 3));

  it('has one window per month touched, clipped at both ends', () => {
    expect(months.map((m) => `${m.from}…${m.to}@${m.asOf}`)).toEqual([
      '2025-09-25…2025-09-30@2025-09-30',
      '2025-10-01…2025-10-31@2025-10-31',
      '2025-11-01…2025-11-30@2025-11-30',
      '2025-12-01…2025-12-31@2025-12-31',
      '2026-01-01…2026-01-31@2026-01-10',
    ]);
  });

  for (const [name, paths] of UNIT_SETS) {
    it(`matches the single-window statement month by month for ${name}`, () => {
      const trend = rowsByWindow(run<StatsRow & { window: number }>(db, orgUnitStatsQuery('sqlite', paths, windows)), windows.length);
      windows.forEach((w, i) => {
        expect(collect(paths, trend[i]!), months[i]!.label).toEqual(collect(paths, run<StatsRow>(db, orgUnitStatsQuery('sqlite', paths, w))));
      });
      // Not vacuous: most months count requests for the subjects.
      expect(trend.filter((rows) => rows.some((r) => Number(r.received) > 0)).length).toBeGreaterThanOrEqual(4);
    });
  }

  it('matches the single-window statement month by month for departments', () => {
    const trend = rowsByWindow(run<StatsRow & { window: number }>(db, departmentStatsQuery('sqlite', DEPARTMENTS, windows)), windows.length);
    windows.forEach((w, i) => {
      expect(collect(DEPARTMENTS, trend[i]!), months[i]!.label).toEqual(collect(DEPARTMENTS, run<StatsRow>(db, departmentStatsQuery('sqlite', DEPARTMENTS, w))));
    });
  });
});
