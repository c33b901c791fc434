import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLocalDate } from '../../shared/calendar';
import { DEFAULT_HOTLINE_TARGETS, hotlineDaysQuery, hotlineFigures, SERVICE_LEVEL_SECONDS, type DayCounts } from './hotline-stats';
import { localDay } from './time-limits';
import { at, COUNTY, NEIGHBOUR_TOWNSHIP, OTHER_TOWNSHIP, OTHER_VILLAGE, TOWNSHIP, VILLAGE } from './testing/requests';
import { complaintsDatabase, run, storeCalls, type CallRecordRow, type SqliteDatabase } from './testing/sqlite';
import type { UnitRef } from './complaint-events';

const d = parseLocalDate;

describe('hotlineFigures (GB/T 33358-2016)', () => {
  it('answers within 15 seconds for the service level, and aims at 95 % answered', () => {
    expect(SERVICE_LEVEL_SECONDS).toBe(15);
    expect(DEFAULT_HOTLINE_TARGETS).toEqual({ answerRate: 0.95, within15sRate: 0.8 });
  });

  it('sums the days and gives 接通率, the service level over calls offered, and the average wait', () => {
    const f = hotlineFigures([
      { offered: 100, answered: 96, answeredWithin15s: 80, answeredWaitSum: 960 },
      { offered: 50, answered: 45, answeredWithin15s: 40, answeredWaitSum: 450 },
    ]);
    expect(f).toEqual({
      offered: 150,
      answered: 141,
      abandoned: 9,
      answeredWithin15s: 120,
      answerRate: { numerator: 141, denominator: 150, value: 0.94, target: 0.95, higherIsBetter: true, meetsTarget: false },
      within15sRate: { numerator: 120, denominator: 150, value: 0.8, target: 0.8, higherIsBetter: true, meetsTarget: true },
      averageWaitSeconds: 10,
    });
  });

  it('meets the 接通率 target at exactly 95 %', () => {
    expect(hotlineFigures([{ offered: 100, answered: 95, answeredWithin15s: 0, answeredWaitSum: 0 }]).answerRate).toMatchObject({ value: 0.95, meetsTarget: true });
  });

  it('counts an abandoned call against the service level', () => {
    const f = hotlineFigures([{ offered: 10, answered: 5, answeredWithin15s: 5, answeredWaitSum: 20 }]);
    expect(f.within15sRate.value).toBe(0.5);
    expect(f.abandoned).toBe(5);
    // The wait is averaged over answered calls only.
    expect(f.averageWaitSeconds).toBe(4);
  });

  it('rounds the average wait to a tenth of a second', () => {
    expect(hotlineFigures([{ offered: 3, answered: 3, answeredWithin15s: 3, answeredWaitSum: 100 }]).averageWaitSeconds).toBe(33.3);
    expect(hotlineFigures([{ offered: 3, answered: 3, answeredWithin15s: 3, answeredWaitSum: 101 }]).averageWaitSeconds).toBe(33.7);
  });

  it('has no rates and no average without calls', () => {
    const f = hotlineFigures([]);
    expect(f).toMatchObject({ offered: 0, answered: 0, abandoned: 0, averageWaitSeconds: null });
    expect(f.answerRate).toMatchObject({ value: null, meetsTarget: null });
    expect(f.within15sRate).toMatchObject({ value: null, meetsTarget: null });
    expect(hotlineFigures([{ offered: 4, answered: 0, answeredWithin15s: 0, answeredWaitSum: 0 }])).toMatchObject({
      abandoned: 4,
      averageWaitSeconds: null,
      answerRate: { value: 0, meetsTarget: false },
    });
  });

  it('uses the configured targets', () => {
    const f = hotlineFigures([{ offered: 100, answered: 94, answeredWithin15s: 70, answeredWaitSum: 0 }], { answerRate: 0.9, within15sRate: 0.7 });
    expect([f.answerRate.meetsTarget, f.within15sRate.meetsTarget]).toEqual([true, true]);
  });
});

// ---------------------------------------------------------------------------------------------
// hotlineDaysQuery on a real SQLite database.

let serial = 0;
function call(unit: UnitRef, startedAt: Date, answered: boolean, waitSeconds: number): CallRecordRow {
  serial += 1;
  return {
    id: `call-${serial}`,
    externalRef: `CDR-${serial}`,
    orgUnitId: unit.id,
    orgPath: unit.path,
    line: 'HOTLINE_12345',
    startedAt,
    startedOn: localDay(startedAt),
    answered,
    waitSeconds,
    talkSeconds: answered ? 120 : 0,
  };
}

type DayRow = { groupKey: string; day: string; offered: number; answered: number; answeredWithin15s: number; answeredWaitSum: number };
const query = (db: SqliteDatabase, paths: string[], from: string, to: string) => run<DayRow>(db, hotlineDaysQuery('sqlite', paths, d(from), d(to)));

describe('hotlineDaysQuery (hand-made calls)', () => {
  let db: SqliteDatabase;
  beforeAll(() => {
    db = complaintsDatabase();
    storeCalls(db, [
      // Sat 11-01 in the first town (one in its village): 15 s counts as within, 16 s does not.
      call(TOWNSHIP, at('2025-11-01', '09:00'), true, 15),
      call(VILLAGE, at('2025-11-01', '10:00'), true, 16),
      call(TOWNSHIP, at('2025-11-01', '11:00'), false, 40),
      // 00:10 on Sun 11-02 in Beijing is still Sat in UTC: it belongs to 11-02.
      call(TOWNSHIP, at('2025-11-02', '00:10'), true, 3),
      call(OTHER_VILLAGE, at('2025-11-02', '12:00'), true, 30),
      call(OTHER_TOWNSHIP, at('2025-11-02', '12:30'), false, 5),
      // Outside the period, or outside the towns asked for.
      call(TOWNSHIP, at('2025-10-31', '23:59'), true, 1),
      call(TOWNSHIP, at('2025-11-03', '00:00'), true, 1),
      call(NEIGHBOUR_TOWNSHIP, at('2025-11-01', '09:00'), true, 1),
      call(COUNTY, at('2025-11-01', '09:00'), true, 1),
    ]);
  });
  afterAll(() => db.close());

  it('gives one row per town and day, with the calls of its villages', () => {
    expect(query(db, [TOWNSHIP.path, OTHER_TOWNSHIP.path], '2025-11-01', '2025-11-02')).toEqual([
      { groupKey: TOWNSHIP.path, day: '2025-11-01', offered: 3, answered: 2, answeredWithin15s: 1, answeredWaitSum: 31 },
      { groupKey: TOWNSHIP.path, day: '2025-11-02', offered: 1, answered: 1, answeredWithin15s: 1, answeredWaitSum: 3 },
      { groupKey: OTHER_TOWNSHIP.path, day: '2025-11-02', offered: 2, answered: 1, answeredWithin15s: 0, answeredWaitSum: 30 },
    ]);
  });

  it('gives the county its own calls and its towns’, by day', () => {
    expect(query(db, [COUNTY.path], '2025-11-01', '2025-11-03').map((r) => [r.day, r.offered, r.answered])).toEqual([
      ['2025-11-01', 4, 3],
      ['2025-11-02', 3, 2],
      ['2025-11-03', 1, 1],
    ]);
  });

  it('feeds hotlineFigures for the period', () => {
    const rows = query(db, [TOWNSHIP.path], '2025-11-01', '2025-11-02');
    const f = hotlineFigures(rows);
    expect(f).toMatchObject({ offered: 4, answered: 3, abandoned: 1, answeredWithin15s: 2, averageWaitSeconds: 11.3 });
    expect(f.answerRate.value).toBe(0.75);
    expect(f.within15sRate.value).toBe(0.5);
  });

  it('refuses to group paths of different lengths', () => {
    expect(() => hotlineDaysQuery('sqlite', [COUNTY.path, TOWNSHIP.path], d('2025-11-01'), d('2025-11-02'))).toThrow(/sibling/);
  });

  it('numbers PostgreSQL parameters and binds SQLite ones in order', () => {
    const pg = hotlineDaysQuery('postgres', [TOWNSHIP.path, OTHER_TOWNSHIP.path], d('2025-11-01'), d('2025-11-02'));
    expect(pg.params).toEqual([TOWNSHIP.path, '/4307/430721/4307211000', OTHER_TOWNSHIP.path, '/4307/430721/4307211010', '2025-11-01', '2025-11-02']);
    expect(pg.sql).toContain('$6');
    const sqlite = hotlineDaysQuery('sqlite', [TOWNSHIP.path, OTHER_TOWNSHIP.path], d('2025-11-01'), d('2025-11-02'));
    expect(sqlite.params).toEqual(pg.params);
  });
});

describe('hotlineDaysQuery against an independent count (2 000 generated calls)', () => {
  // A seeded generator (mulberry32) for call times, places, answers and waits.
  let a = 33358;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const units = [TOWNSHIP, VILLAGE, OTHER_TOWNSHIP, OTHER_VILLAGE, COUNTY, NEIGHBOUR_TOWNSHIP];
  const start = at('2025-09-28', '00:00').getTime();
  const calls = Array.from({ length: 2000 }, () =>
    call(units[Math.floor(next() * units.length)]!, new Date(start + Math.floor(next() * 16 * 86_400) * 1000), next() < 0.93, Math.floor(next() * 40)),
  );
  let db: SqliteDatabase;
  beforeAll(() => {
    db = complaintsDatabase();
    storeCalls(db, calls);
  });
  afterAll(() => db.close());

  const expected = (path: string, from: string, to: string): DayCounts[] => {
    const byDay = new Map<string, DayCounts>();
    for (const c of calls) {
      if (!c.orgPath.startsWith(path) || c.startedOn < from || c.startedOn > to) continue;
      const day = byDay.get(c.startedOn) ?? { day: d(c.startedOn), offered: 0, answered: 0, answeredWithin15s: 0, answeredWaitSum: 0 };
      day.offered += 1;
      if (c.answered) {
        day.answered += 1;
        day.answeredWaitSum += c.waitSeconds;
        if (c.waitSeconds <= 15) day.answeredWithin15s += 1;
      }
      byDay.set(c.startedOn, day);
    }
    return [...byDay.values()].sort((x, y) => x.day.localeCompare(y.day));
  };

  it.each([
    ['2025-09-28', '2025-10-13'],
    ['2025-10-01', '2025-10-08'],
    ['2025-10-09', '2025-10-09'],
  ])('counts every town for %s … %s', (from, to) => {
    const paths = [TOWNSHIP.path, OTHER_TOWNSHIP.path, NEIGHBOUR_TOWNSHIP.path];
    const rows = query(db, paths, from, to);
    for (const path of paths) {
      const mine = rows.filter((r) => r.groupKey === path).map(({ groupKey: _groupKey, ...rest }) => rest);
      const want = expected(path, from, to);
      expect(want.length).toBeGreaterThan(0);
      expect(mine, path).toEqual(want);
      const figures = hotlineFigures(want);
      expect(hotlineFigures(mine)).toEqual(figures);
    }
    expect(rows.every((r) => paths.includes(r.groupKey))).toBe(true);
  });
});
