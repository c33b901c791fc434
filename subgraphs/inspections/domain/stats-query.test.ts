// The statistics SQL (stats-query.ts) run on a real in-memory SQLite database built from the
// inspections migrations, checked against figures counted independently in TypeScript over a few
// hundred generated inspections and rectifications (each rectification with its dated history, so
// its state on any day is known). Then the same rows through collectRows + inspectionStats.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, createWorkingCalendar, type LocalDate } from '../../shared/calendar';
import { Rng } from '../../shared/demo-random';
import { insert, migratedDatabase, run as runQuery, type SqliteDatabase } from '../../shared/testing/sqlite';
import type { BuiltQuery } from '../../shared/sql-params';
import { monthsOf } from '../../shared/period';
import { rowsByWindow } from '../../shared/stats-loader';
import { projection } from '../rectification-store';
import { DEFAULT_GRADE_OPTIONS } from './grades';
import { frequencyCompliance, type InspectionRecord } from './frequency';
import { collectRows, inspectionStats } from './inspection-stats';
import type { InspectionKind } from './inspection-kinds';
import { foldRectification, type Actor, type RectificationEvent, type RectificationState } from './rectification';
import { departmentInspectionQuery, orgUnitInspectionQuery, RECTIFICATION_COLUMNS, type InspectionStatsWindow, type StatsRow } from './stats-query';

// ---------------------------------------------------------------------------------------------
// A real SQLite database with the inspections tables, from the migrations the deployment runs.

const inspectionsDatabase = () => migratedDatabase('inspections');
const run = (db: SqliteDatabase, query: BuiltQuery): StatsRow[] => runQuery<StatsRow>(db, query);

// ---------------------------------------------------------------------------------------------
// The org tree: a city, two counties, townships (one without any data), villages, departments.

interface Unit {
  id: string;
  path: string;
}
const u = (p: string): Unit => ({ id: `unit-${p.split('/').filter(Boolean).pop()}`, path: p });
const CITY = u('/4307/');
const COUNTY = u('/4307/430721/');
const NEIGHBOUR = u('/4307/430722/');
const T1 = u('/4307/430721/430721100/');
const T2 = u('/4307/430721/430721101/');
const T3 = u('/4307/430721/430721102/');
const NT = u('/4307/430722/430722100/');
const V11 = u('/4307/430721/430721100/430721100201/');
const V12 = u('/4307/430721/430721100/430721100202/');
const V21 = u('/4307/430721/430721101/430721101201/');
const NV = u('/4307/430722/430722100/430722100201/');
const PARENT = new Map<Unit, Unit>([
  [COUNTY, CITY],
  [NEIGHBOUR, CITY],
  [T1, COUNTY],
  [T2, COUNTY],
  [T3, COUNTY],
  [NT, NEIGHBOUR],
  [V11, T1],
  [V12, T1],
  [V21, T2],
  [NV, NT],
]);

interface Department {
  id: string;
  unit: Unit;
}
const HOUSING: Department = { id: 'dept-housing', unit: COUNTY };
const MARKET: Department = { id: 'dept-market', unit: COUNTY };
const T1_WINDOW: Department = { id: 'dept-t1-window', unit: T1 };
const N_HOUSING: Department = { id: 'dept-n-housing', unit: NEIGHBOUR };
const QUIET: Department = { id: 'dept-quiet', unit: COUNTY };

const cal = createWorkingCalendar();
const d = (s: string) => s as LocalDate;
const TODAY = d('2026-05-20');
const GRADED: readonly InspectionKind[] = ['REGULAR', 'ROUTINE', 'UNANNOUNCED', 'SPECIAL'];
const ACTIVE: readonly RectificationState[] = ['OPEN', 'IN_PROGRESS', 'REOPENED'];
const within = (p: string, root: string) => p.startsWith(root);
const between = (day: string | null, from: string, to: string) => day !== null && day >= from && day <= to;

// ---------------------------------------------------------------------------------------------
// Generated inspections and rectifications.

interface InspectionRow {
  id: string;
  kind: InspectionKind;
  date: LocalDate;
  inspecting: Unit;
  unit: Unit;
  departmentId: string | null;
  score: number;
  selfCheckWindow: string | null;
  reportedOn: LocalDate | null;
}

/** The rectification's state after each day's steps. */
interface Step {
  on: LocalDate;
  state: RectificationState;
  dueOn: LocalDate;
  escalatedDueOns: LocalDate[];
  verifiedOn: LocalDate | null;
  rejections: number;
}

interface RectificationHistory {
  id: string;
  inspection: InspectionRow;
  ownerPath: string;
  ownerDepartmentId: string | null;
  foundOn: LocalDate;
  openedOn: LocalDate;
  steps: Step[];
  events: RectificationEvent[];
}

const last = <T>(items: readonly T[]): T => items[items.length - 1]!;
/** The rectification on a day (after that day's steps); null before it was opened. */
const stepOn = (r: RectificationHistory, day: string): Step | null => {
  let found: Step | null = null;
  for (const s of r.steps) if (s.on <= day) found = s;
  return found;
};

const OFFICE: Actor = { id: 'inspector', unitId: 'office' };
const OWNER: Actor = { id: 'clerk', unitId: 'owner' };

function simulate(rng: Rng, id: string, inspection: InspectionRow, openedOn: LocalDate, workingDays: number): RectificationHistory {
  const foundOn = inspection.date;
  const dueOn = cal.addWorkingDays(foundOn, workingDays);
  const first: Step = { on: openedOn, state: 'OPEN', dueOn, escalatedDueOns: [], verifiedOn: null, rejections: 0 };
  const steps = [first];
  const events: RectificationEvent[] = [
    { type: 'OPENED', on: openedOn, actor: OFFICE, data: { findingId: `finding-${id}`, inspectingUnitId: OFFICE.unitId, owner: { unitId: OWNER.unitId, person: null }, foundOn, workingDays, dueOn } },
  ];
  // Some owners never act or only report progress, some offices never verify: overdue and waiting
  // rectifications remain.
  let owner = rng.weighted<'active' | 'idle' | 'dawdling'>([
    ['active', 0.7],
    ['idle', 0.15],
    ['dawdling', 0.15],
  ]);
  const officeIdle = rng.chance(0.12);
  let day = openedOn;
  for (;;) {
    day = addCalendarDays(day, rng.int(0, 14));
    if (day > TODAY) break;
    const s = last(steps);
    let next: Step | null = null;
    if (ACTIVE.includes(s.state)) {
      if (day > s.dueOn && !s.escalatedDueOns.includes(s.dueOn) && rng.chance(0.1)) {
        next = { ...s, on: day, escalatedDueOns: [...s.escalatedDueOns, s.dueOn] };
        events.push({ type: 'ESCALATED', on: day, actor: OFFICE, data: { note: '督办', missedDueOn: s.dueOn } });
      } else {
        const action = rng.weighted<'progress' | 'submit' | 'none'>([
          ['progress', owner === 'idle' ? 0 : 0.25],
          ['submit', owner === 'active' ? 0.35 : 0],
          ['none', 0.4],
        ]);
        if (action === 'progress') {
          next = { ...s, on: day, state: 'IN_PROGRESS' };
          events.push({ type: 'PROGRESS_REPORTED', on: day, actor: OWNER, data: { note: '整改中' } });
        } else if (action === 'submit') {
          next = { ...s, on: day, state: 'SUBMITTED' };
          events.push({ type: 'SUBMITTED', on: day, actor: OWNER, data: { evidence: ['photo.jpg'], note: '已整改' } });
        }
      }
    } else if (s.state === 'SUBMITTED' && !officeIdle) {
      const action = rng.weighted<'verify' | 'reject' | 'none'>([
        ['verify', 0.45],
        ['reject', 0.3],
        ['none', 0.25],
      ]);
      if (action === 'verify') {
        next = { ...s, on: day, state: 'VERIFIED', verifiedOn: day };
        events.push({ type: 'VERIFIED', on: day, actor: OFFICE, data: { note: '同意销号' } });
      } else if (action === 'reject') {
        const days = rng.pick([3, 5, 10]);
        const newDue = cal.addWorkingDays(day, days);
        next = { ...s, on: day, state: 'REOPENED', dueOn: newDue, rejections: s.rejections + 1 };
        events.push({ type: 'REJECTED', on: day, actor: OFFICE, data: { reason: '未整改到位', workingDays: days, dueOn: newDue } });
        if (rng.chance(0.4)) owner = 'idle';
      }
    } else if (s.state === 'VERIFIED') break;
    if (next) steps.push(next);
  }
  const department = inspection.departmentId;
  return { id, inspection, ownerPath: inspection.unit.path, ownerDepartmentId: department, foundOn, openedOn, steps, events };
}

const UNIT_TARGETS: [Unit, number][] = [
  [COUNTY, 1],
  [NEIGHBOUR, 1],
  [T1, 3],
  [T2, 3],
  [NT, 2],
  [V11, 2],
  [V12, 2],
  [V21, 2],
  [NV, 1],
];
const DEPARTMENT_TARGETS: [Department, number][] = [
  [HOUSING, 2],
  [MARKET, 1],
  [T1_WINDOW, 1],
  [N_HOUSING, 1],
];
const WINDOWS: [string | null, number][] = [
  ['H1', 2],
  ['H2', 2],
  [null, 3],
  // A window code the configuration no longer knows.
  ['OLD', 1],
];

function makeInspection(rng: Rng, n: number, date: LocalDate): InspectionRow {
  const toDepartment = rng.chance(0.25);
  const department = toDepartment ? rng.weighted(DEPARTMENT_TARGETS) : null;
  const unit = department ? department.unit : rng.weighted(UNIT_TARGETS);
  const kind = rng.weighted<InspectionKind>([
    ['REGULAR', 3],
    ['ROUTINE', 4],
    ['UNANNOUNCED', 2],
    ['SPECIAL', 1],
    ['SELF_CHECK', department ? 1 : 3],
  ]);
  const selfCheck = kind === 'SELF_CHECK';
  const inspecting = selfCheck || department?.unit === COUNTY ? unit : PARENT.get(unit)!;
  let reportedOn: LocalDate | null = null;
  if (selfCheck && rng.chance(0.6)) {
    const r = addCalendarDays(date, rng.int(0, 40));
    reportedOn = r > TODAY ? TODAY : r;
  }
  return {
    id: `insp-${String(n).padStart(4, '0')}`,
    kind,
    date,
    inspecting,
    unit,
    departmentId: department?.id ?? null,
    score: rng.int(80, 200) / 2,
    selfCheckWindow: selfCheck ? rng.weighted(WINDOWS) : null,
    reportedOn,
  };
}

interface Period {
  name: string;
  from: LocalDate;
  to: LocalDate;
}
const PERIODS: Period[] = [
  { name: 'a month (March 2026)', from: d('2026-03-01'), to: d('2026-03-31') },
  { name: 'a quarter (Q4 2025)', from: d('2025-10-01'), to: d('2025-12-31') },
  { name: 'a year (2025)', from: d('2025-01-01'), to: d('2025-12-31') },
  { name: 'a past stretch across the first self-check deadline', from: d('2025-06-15'), to: d('2025-07-14') },
  { name: 'a single day', from: d('2025-11-17'), to: d('2025-11-17') },
  { name: 'this month (including today)', from: d('2026-05-01'), to: d('2026-05-31') },
  { name: 'this year (including today)', from: d('2026-01-01'), to: d('2026-12-31') },
];
/** The snapshot day: the period's last day, or today if earlier. */
const asOfOf = (p: Period) => (p.to < TODAY ? p.to : TODAY);
const FREQUENCY_KINDS: readonly InspectionKind[] = ['REGULAR', 'ROUTINE'];
const windowOf = (p: Period, frequencyKinds: readonly InspectionKind[] = FREQUENCY_KINDS): InspectionStatsWindow => {
  const asOf = asOfOf(p);
  return { from: p.from, asOf, yearStart: d(`${asOf.slice(0, 4)}-01-01`), frequencyKinds };
};

function generate(seed: number, count: number) {
  const rng = new Rng(seed);
  const start = d('2025-01-01');
  const span = Number((new Date(`${TODAY}T00:00:00Z`).getTime() - new Date(`${start}T00:00:00Z`).getTime()) / 86_400_000);
  const dates: LocalDate[] = [];
  for (let i = 0; i < count; i += 1) dates.push(addCalendarDays(start, rng.int(0, span)));
  // Every period's first and last day, and the days just outside it.
  for (const p of PERIODS) {
    for (const day of [addCalendarDays(p.from, -1), p.from, asOfOf(p), addCalendarDays(asOfOf(p), 1)]) {
      if (day <= TODAY) dates.push(day, day);
    }
  }
  const inspections = dates.map((date, i) => makeInspection(rng, i, date));
  // Twins: the same unit, kind, day and self-check fields, grouped into one frequency row of two.
  for (const i of [3, 50, 120, 200]) inspections.push({ ...inspections[i]!, id: `${inspections[i]!.id}-twin` });
  inspections.push(
    { id: 'insp-sc-a', kind: 'SELF_CHECK', date: d('2025-06-20'), inspecting: T1, unit: T1, departmentId: null, score: 90, selfCheckWindow: 'H1', reportedOn: d('2025-07-10') },
    { id: 'insp-sc-b', kind: 'SELF_CHECK', date: d('2025-06-20'), inspecting: T1, unit: T1, departmentId: null, score: 90, selfCheckWindow: 'H1', reportedOn: d('2025-07-10') },
  );
  const rectifications: RectificationHistory[] = [];
  for (const inspection of inspections) {
    const findings = rng.weighted([
      [0, 5],
      [1, 3],
      [2, 2],
    ]);
    for (let f = 0; f < findings; f += 1) {
      const opened = addCalendarDays(inspection.date, rng.int(0, 2));
      rectifications.push(simulate(rng, `${inspection.id}-${f}`, inspection, opened > TODAY ? TODAY : opened, rng.pick([5, 10, 20])));
    }
  }
  return { inspections, rectifications };
}

function store(db: SqliteDatabase, inspections: readonly InspectionRow[], rectifications: readonly RectificationHistory[]): void {
  for (const i of inspections) {
    insert(db, 'Inspection', {
      id: i.id,
      inspectionNo: `DC-${i.id}`,
      kind: i.kind,
      date: i.date,
      inspectingUnitId: i.inspecting.id,
      inspectingUnitPath: i.inspecting.path,
      unitId: i.unit.id,
      unitPath: i.unit.path,
      departmentId: i.departmentId,
      inspectors: '["张三"]',
      templateCode: 'BOARD_AND_WINDOW',
      templateVersion: 1,
      results: '[]',
      score: i.score,
      selfCheckWindow: i.selfCheckWindow,
      reportedOn: i.reportedOn,
      createdBy: 'test',
    });
  }
  for (const r of rectifications) {
    const now = last(r.steps);
    insert(db, 'Finding', { id: `finding-${r.id}`, inspectionId: r.inspection.id, descriptionZh: '公开栏未更新', descriptionEn: 'board not updated', photos: '[]' });
    insert(db, 'Rectification', {
      id: r.id,
      rectificationNo: `ZG-${r.id}`,
      findingId: `finding-${r.id}`,
      inspectionId: r.inspection.id,
      inspectingUnitId: r.inspection.inspecting.id,
      inspectingUnitPath: r.inspection.inspecting.path,
      ownerUnitId: r.inspection.unit.id,
      ownerPath: r.ownerPath,
      ownerDepartmentId: r.ownerDepartmentId,
      state: now.state,
      foundOn: r.foundOn,
      openedOn: r.openedOn,
      dueOn: now.dueOn,
      verifiedOn: now.verifiedOn,
      lastEventOn: now.on,
      rejections: now.rejections,
      escalations: now.escalatedDueOns.length,
      // The deadline in force, when it was escalated (as the projection writes it).
      escalatedDueOn: now.escalatedDueOns.includes(now.dueOn) ? now.dueOn : null,
      version: r.events.length,
    });
    // One event row per step, with the state the step left (what the write path stores).
    r.steps.forEach((step, i) =>
      insert(db, 'RectificationEvent', {
        id: `${r.id}-e${i + 1}`,
        rectificationId: r.id,
        seq: i + 1,
        type: i === 0 ? 'OPENED' : 'STEP',
        on: step.on,
        actorId: 'test',
        actorUnit: 'test',
        data: '{}',
        stateAfter: step.state,
        dueOnAfter: step.dueOn,
        escalatedAfter: step.escalatedDueOns.includes(step.dueOn) ? 1 : 0,
      }),
    );
  }
}

// ---------------------------------------------------------------------------------------------
// The statement's rows read per subject, and the same figures counted independently.

type Counts = Record<'opened' | 'verifiedOfOpened' | 'openNow' | 'overdue' | 'escalatedOverdue' | 'awaitingVerification' | 'verifiedInPeriod', number>;
const zero = (): Counts => ({ opened: 0, verifiedOfOpened: 0, openNow: 0, overdue: 0, escalatedOverdue: 0, awaitingVerification: 0, verifiedInPeriod: 0 });
const SNAPSHOT_COLUMNS = ['openNow', 'overdue', 'escalatedOverdue', 'awaitingVerification'] as const;
const PERIOD_COLUMNS = ['opened', 'verifiedOfOpened', 'verifiedInPeriod'] as const;

interface Figures {
  kinds: Map<string, { n: number; scoreSum: number }>;
  rectifications: Counts;
  rectificationRows: number;
  /** Frequency records, one string per inspection, sorted. */
  frequency: string[];
}
const emptyFigures = (): Figures => ({ kinds: new Map(), rectifications: zero(), rectificationRows: 0, frequency: [] });
const recordKey = (unitPath: string, kind: string, day: string, win: string | null, reportedOn: string | null) => `${unitPath}|${kind}|${day}|${win ?? '-'}|${reportedOn ?? '-'}`;

function read(subjects: readonly string[], rows: readonly StatsRow[]): Map<string, Figures> {
  const out = new Map(subjects.map((s) => [s, emptyFigures()]));
  const frequencyGroups = new Set<string>();
  for (const row of rows) {
    const f = out.get(row.groupKey);
    if (!f) throw new Error(`a row for ${row.groupKey}, which was not asked for`);
    if (row.part === 'inspections') {
      if (f.kinds.has(row.kind!)) throw new Error(`two inspection rows for ${row.groupKey} ${row.kind}`);
      f.kinds.set(row.kind!, { n: Number(row.n), scoreSum: Number(row.scoreSum) });
    } else if (row.part === 'rectifications') {
      f.rectificationRows += 1;
      for (const c of Object.keys(f.rectifications) as (keyof Counts)[]) f.rectifications[c] += Number(row[c]);
    } else if (row.part === 'frequency') {
      const key = recordKey(row.unitPath!, row.kind!, row.day!, row.win, row.reportedOn);
      if (frequencyGroups.has(`${row.groupKey}#${key}`)) throw new Error(`two frequency rows for ${row.groupKey} ${key}`);
      frequencyGroups.add(`${row.groupKey}#${key}`);
      for (let i = 0; i < Number(row.n); i += 1) f.frequency.push(key);
    } else throw new Error(`unknown part ${String(row.part)}`);
  }
  for (const f of out.values()) f.frequency.sort();
  return out;
}

interface Selector {
  inspection: (i: InspectionRow) => boolean;
  rectification: (r: RectificationHistory) => boolean;
  /** Whether the statement has a frequency part for the subject. */
  frequency: boolean;
}
const unitSubject = (root: string): Selector => ({
  inspection: (i) => within(i.unit.path, root),
  rectification: (r) => within(r.ownerPath, root),
  frequency: true,
});
const departmentSubject = (id: string): Selector => ({
  inspection: (i) => i.departmentId === id,
  rectification: (r) => r.ownerDepartmentId === id,
  frequency: false,
});

/**
 * The figures by the definitions: inspections dated in the period; frequency records of the as-of
 * year (units' own, not their departments'); rectifications opened by the snapshot, their state
 * taken from `stateOn` (the snapshot day, or now).
 */
function expected(
  data: { inspections: readonly InspectionRow[]; rectifications: readonly RectificationHistory[] },
  s: Selector,
  w: InspectionStatsWindow,
  stateOn: LocalDate,
): Figures {
  const f = emptyFigures();
  for (const i of data.inspections) {
    if (!s.inspection(i)) continue;
    if (between(i.date, w.from, w.asOf)) {
      const k = f.kinds.get(i.kind) ?? { n: 0, scoreSum: 0 };
      f.kinds.set(i.kind, { n: k.n + 1, scoreSum: k.scoreSum + i.score });
    }
    const counted = i.kind === 'SELF_CHECK' || w.frequencyKinds.includes(i.kind);
    if (s.frequency && counted && i.departmentId === null && between(i.date, w.yearStart, w.asOf)) {
      f.frequency.push(recordKey(i.unit.path, i.kind, i.date, i.selfCheckWindow, i.reportedOn));
    }
  }
  f.frequency.sort();
  for (const r of data.rectifications) {
    if (!s.rectification(r) || r.openedOn > w.asOf) continue;
    const now = last(r.steps);
    const then = stepOn(r, stateOn)!;
    const c = f.rectifications;
    const opened = between(r.openedOn, w.from, w.asOf);
    if (opened) c.opened += 1;
    if (opened && now.state === 'VERIFIED') c.verifiedOfOpened += 1;
    if (then.state !== 'VERIFIED') c.openNow += 1;
    const overdue = ACTIVE.includes(then.state) && then.dueOn < w.asOf;
    if (overdue) c.overdue += 1;
    if (overdue && then.escalatedDueOns.includes(then.dueOn)) c.escalatedOverdue += 1;
    if (then.state === 'SUBMITTED') c.awaitingVerification += 1;
    if (between(now.verifiedOn, w.from, w.asOf)) c.verifiedInPeriod += 1;
  }
  return f;
}

const pick = <K extends keyof Counts>(c: Counts, keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, c[k]]));

/** Round half up to one decimal, exactly: scores are multiples of 0.5, so 2 × sum is an integer. */
function exactAverage(scores: readonly number[]): number | null {
  if (scores.length === 0) return null;
  const doubled = scores.reduce((s, x) => s + Math.round(x * 2), 0);
  const n = scores.length;
  return Math.floor((10 * doubled + n) / (2 * n)) / 10;
}
const gradeOf = (avg: number | null) => (avg === null ? null : avg >= 90 ? 'EXCELLENT' : avg >= 80 ? 'GOOD' : avg >= 60 ? 'PASS' : 'FAIL');

// ---------------------------------------------------------------------------------------------

const DATA = generate(20260520, 420);

const UNIT_SETS: [string, Unit[]][] = [
  ['townships of one county (one without data)', [T1, T2, T3]],
  ['villages (siblings across townships)', [V11, V12, V21]],
  ['townships of two counties', [T1, NT]],
  ['two counties', [COUNTY, NEIGHBOUR]],
  ['the city', [CITY]],
];
const DEPARTMENTS = [HOUSING, MARKET, T1_WINDOW, N_HOUSING, QUIET];

describe('inspection statistics SQL on SQLite against an independent count (generated rows)', () => {
  let db: SqliteDatabase;
  beforeAll(() => {
    db = inspectionsDatabase();
    store(db, DATA.inspections, DATA.rectifications);
  });
  afterAll(() => db.close());

  const unitFigures = (units: Unit[], w: InspectionStatsWindow) => read(units.map((x) => x.path), run(db, orgUnitInspectionQuery('sqlite', units.map((x) => x.path), w)));
  const departmentFigures = (ids: string[], w: InspectionStatsWindow) => read(ids, run(db, departmentInspectionQuery('sqlite', ids, w)));

  it('has rows that exercise every figure', () => {
    expect(DATA.inspections.length).toBeGreaterThan(400);
    expect(DATA.rectifications.length).toBeGreaterThan(250);
    expect(RECTIFICATION_COLUMNS).toEqual(['opened', 'verifiedOfOpened', 'openNow', 'overdue', 'escalatedOverdue', 'awaitingVerification', 'verifiedInPeriod']);
    const everything: Selector = { inspection: () => true, rectification: () => true, frequency: true };
    const all = PERIODS.map((p) => expected(DATA, everything, windowOf(p), asOfOf(p)));
    for (const column of RECTIFICATION_COLUMNS) expect(Math.max(...all.map((f) => f.rectifications[column])), column).toBeGreaterThan(0);
    const now = expected(DATA, everything, windowOf(PERIODS[6]!), TODAY).rectifications;
    for (const column of SNAPSHOT_COLUMNS) expect(now[column], `${column} now`).toBeGreaterThan(0);
    expect(now.verifiedOfOpened).toBeLessThan(now.opened);
    expect(now.escalatedOverdue).toBeLessThan(now.overdue);
    const states = new Set(DATA.rectifications.map((r) => last(r.steps).state));
    expect([...states].sort()).toEqual(['IN_PROGRESS', 'OPEN', 'REOPENED', 'SUBMITTED', 'VERIFIED']);
    // Some deadlines were escalated and then replaced by a rejection's new one.
    expect(DATA.rectifications.some((r) => { const s = last(r.steps); return s.escalatedDueOns.length > 0 && !s.escalatedDueOns.includes(s.dueOn); })).toBe(true);
    // Some self-check reports arrive after a past snapshot day.
    expect(DATA.inspections.some((i) => i.kind === 'SELF_CHECK' && i.reportedOn !== null && i.date <= '2025-07-14' && i.reportedOn > '2025-07-14')).toBe(true);
  });

  it('stores rectification rows as the real fold and projection of their history would', () => {
    for (const r of DATA.rectifications) {
      const folded = projection(foldRectification(r.events));
      const now = last(r.steps);
      expect(folded, r.id).toEqual({
        state: now.state,
        dueOn: now.dueOn,
        verifiedOn: now.verifiedOn,
        lastEventOn: now.on,
        rejections: now.rejections,
        escalations: now.escalatedDueOns.length,
        escalatedDueOn: now.escalatedDueOns.includes(now.dueOn) ? now.dueOn : null,
      });
    }
  });

  for (const p of PERIODS) {
    const w = windowOf(p);
    const isToday = w.asOf === TODAY;
    for (const [name, units] of UNIT_SETS) {
      it(`counts ${name} for ${p.name}`, () => {
        const figures = unitFigures(units, w);
        for (const unit of units) {
          const want = expected(DATA, unitSubject(unit.path), w, w.asOf);
          const got = figures.get(unit.path)!;
          expect(got.kinds, `${unit.path} inspections`).toEqual(want.kinds);
          expect(got.frequency, `${unit.path} frequency`).toEqual(want.frequency);
          expect(got.rectificationRows, `${unit.path} rectification rows`).toBeLessThanOrEqual(1);
          expect(pick(got.rectifications, PERIOD_COLUMNS), `${unit.path} rectifications`).toEqual(pick(want.rectifications, PERIOD_COLUMNS));
          // With the snapshot today, the state now is the state at the snapshot.
          if (isToday) expect(got.rectifications, `${unit.path} rectifications now`).toEqual(want.rectifications);
        }
      });
    }

    it(`counts the departments for ${p.name}`, () => {
      const ids = DEPARTMENTS.map((x) => x.id);
      const figures = departmentFigures(ids, w);
      for (const id of ids) {
        const want = expected(DATA, departmentSubject(id), w, w.asOf);
        const got = figures.get(id)!;
        expect(got.kinds, `${id} inspections`).toEqual(want.kinds);
        expect(got.frequency, `${id} has no frequency part`).toEqual([]);
        expect(got.rectificationRows).toBeLessThanOrEqual(1);
        expect(pick(got.rectifications, PERIOD_COLUMNS), `${id} rectifications`).toEqual(pick(want.rectifications, PERIOD_COLUMNS));
        if (isToday) expect(got.rectifications, `${id} rectifications now`).toEqual(want.rectifications);
      }
      expect(figures.get(QUIET.id)).toEqual(emptyFigures());
    });

    it(`gives averages, grades and completion rates through collectRows + inspectionStats for ${p.name}`, () => {
      const subjects = [T1, T2, T3].map((x) => x.path);
      const collected = collectRows(subjects, run(db, orgUnitInspectionQuery('sqlite', subjects, w)));
      for (const subject of subjects) {
        const stats = inspectionStats(collected.get(subject)!, DEFAULT_GRADE_OPTIONS, null);
        const inPeriod = DATA.inspections.filter((i) => within(i.unit.path, subject) && between(i.date, w.from, w.asOf));
        const scores = inPeriod.filter((i) => GRADED.includes(i.kind)).map((i) => i.score);
        const average = exactAverage(scores);
        expect(stats.inspections, subject).toBe(inPeriod.length);
        expect(stats.scored, subject).toBe(scores.length);
        expect(stats.averageScore, subject).toBe(average);
        expect(stats.grade, subject).toBe(gradeOf(average));
        expect(stats.byKind.find((k) => k.kind === 'SELF_CHECK')!.count).toBe(inPeriod.filter((i) => i.kind === 'SELF_CHECK').length);
        const opened = DATA.rectifications.filter((r) => within(r.ownerPath, subject) && between(r.openedOn, w.from, w.asOf));
        const verified = opened.filter((r) => last(r.steps).state === 'VERIFIED').length;
        expect(stats.rectifications.completionRate, subject).toMatchObject({ numerator: verified, denominator: opened.length, value: opened.length === 0 ? null : verified / opened.length });
      }
    });

    it(`hands collectRows the dated records frequency compliance needs for ${p.name}`, () => {
      const subjects = [T1, T2, NT].map((x) => x.path);
      const collected = collectRows(subjects, run(db, orgUnitInspectionQuery('sqlite', subjects, w)));
      const key = (r: InspectionRecord) => recordKey('', r.kind, r.date, r.selfCheckWindow ?? null, r.reportedOn ?? null);
      for (const subject of subjects) {
        const records = collected.get(subject)!.records;
        for (const unit of [T1, T2, NT, V11, V12, V21, NV].filter((x) => within(x.path, subject))) {
          const mine: InspectionRecord[] = DATA.inspections
            .filter((i) => i.unit === unit && i.departmentId === null && (i.kind === 'SELF_CHECK' || FREQUENCY_KINDS.includes(i.kind)) && between(i.date, w.yearStart, w.asOf))
            .map((i) => ({ kind: i.kind, date: i.date, selfCheckWindow: i.selfCheckWindow, reportedOn: i.reportedOn }));
          const theirs = [...(records.get(unit.path) ?? [])];
          const sort = (list: InspectionRecord[]) => list.sort((a, b) => key(a).localeCompare(key(b)));
          expect(sort(theirs).map(key), unit.path).toEqual(sort(mine).map(key));
          const year = Number(w.asOf.slice(0, 4));
          expect(frequencyCompliance(theirs, year, w.asOf), unit.path).toEqual(frequencyCompliance(mine, year, w.asOf));
        }
      }
    });
  }

  it('reads the kinds the frequency rules count, and self-checks always', () => {
    const w = windowOf(PERIODS[2]!, ['REGULAR', 'ROUTINE', 'UNANNOUNCED']);
    const figures = unitFigures([T1, T2], w);
    for (const unit of [T1, T2]) {
      const want = expected(DATA, unitSubject(unit.path), w, w.asOf);
      expect(want.frequency.some((k) => k.includes('|UNANNOUNCED|'))).toBe(true);
      expect(figures.get(unit.path)!.frequency).toEqual(want.frequency);
    }
    const none = unitFigures([T1], windowOf(PERIODS[2]!, []));
    expect(none.get(T1.path)!.frequency.every((k) => k.includes('|SELF_CHECK|'))).toBe(true);
    expect(none.get(T1.path)!.frequency).toEqual(expected(DATA, unitSubject(T1.path), windowOf(PERIODS[2]!, []), d('2025-12-31')).frequency);
  });

  it('answers any number of siblings with one statement, one inspections row per kind and one rectifications row per subject', () => {
    const w = windowOf(PERIODS[2]!);
    const query = orgUnitInspectionQuery('sqlite', [T1.path, T2.path, T3.path], w);
    expect(query.sql).not.toContain(';');
    const rows = run(db, query);
    expect(new Set(rows.map((r) => r.part))).toEqual(new Set(['inspections', 'rectifications', 'frequency']));
    const rectRows = rows.filter((r) => r.part === 'rectifications').map((r) => r.groupKey);
    expect(rectRows.sort()).toEqual([T1.path, T2.path]);
    // The quiet township has no rows at all; the neighbour's township (same path length) none either.
    expect(rows.some((r) => r.groupKey === T3.path || r.groupKey === NT.path)).toBe(false);
    // A part fills its own columns only.
    for (const r of rows) {
      if (r.part === 'inspections') expect([r.unitPath, r.day, r.opened]).toEqual([null, null, null]);
      if (r.part === 'rectifications') expect([r.kind, r.n, r.scoreSum]).toEqual([null, null, null]);
      if (r.part === 'frequency') expect([r.scoreSum, r.opened]).toEqual([null, null]);
    }
  });

  it('adds the townships and the county’s own inspections up to the county', () => {
    const w = windowOf(PERIODS[2]!);
    const towns = unitFigures([T1, T2, T3], w);
    const county = unitFigures([COUNTY], w).get(COUNTY.path)!;
    const own = expected(DATA, { inspection: (i) => i.unit === COUNTY, rectification: (r) => r.ownerPath === COUNTY.path, frequency: true }, w, w.asOf);
    const total = (f: Figures) => [...f.kinds.values()].reduce((s, k) => s + k.n, 0);
    expect(total(towns.get(T1.path)!) + total(towns.get(T2.path)!) + total(towns.get(T3.path)!) + total(own)).toBe(total(county));
    expect(towns.get(T1.path)!.rectifications.opened + towns.get(T2.path)!.rectifications.opened + own.rectifications.opened).toBe(county.rectifications.opened);
  });

  it('refuses to group paths of different lengths', () => {
    expect(() => orgUnitInspectionQuery('sqlite', [COUNTY.path, T1.path], windowOf(PERIODS[0]!))).toThrow(/sibling/);
  });

  it('numbers PostgreSQL parameters once and binds a copy per SQLite marker', () => {
    const w = windowOf(PERIODS[0]!);
    const pg = orgUnitInspectionQuery('postgres', [T1.path, T2.path], w);
    const lite = orgUnitInspectionQuery('sqlite', [T1.path, T2.path], w);
    expect(pg.sql).not.toContain('?');
    const highest = Math.max(...[...pg.sql.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])));
    expect(highest).toBe(pg.params.length);
    expect(lite.sql.match(/\?/g)).toHaveLength(lite.params.length);
    expect(new Set(lite.params)).toEqual(new Set(pg.params));
  });
});

// ---------------------------------------------------------------------------------------------
// At a snapshot day in the past, the rectification figures described as "at the snapshot"
// (openRectifications: "not yet verified at the snapshot"; the module: "Open / overdue:
// rectifications at the snapshot") should be the rectifications' state on that day, not today's.

describe('inspection statistics SQL: rectifications at a past snapshot (generated rows)', () => {
  let db: SqliteDatabase;
  beforeAll(() => {
    db = inspectionsDatabase();
    store(db, DATA.inspections, DATA.rectifications);
  });
  afterAll(() => db.close());

  const past = PERIODS.filter((p) => asOfOf(p) < TODAY);
  it('has rectifications whose state changed after each past snapshot', () => {
    for (const p of past) {
      const asOf = asOfOf(p);
      expect(DATA.rectifications.some((r) => r.openedOn <= asOf && stepOn(r, asOf)!.state !== last(r.steps).state), p.name).toBe(true);
    }
  });

  it('counts open, overdue, escalated and waiting rectifications as they stood on each past snapshot day', () => {
    const mismatches: string[] = [];
    for (const p of past) {
      const w = windowOf(p);
      const units = [T1, T2, NT];
      const figures = read(units.map((x) => x.path), run(db, orgUnitInspectionQuery('sqlite', units.map((x) => x.path), w)));
      for (const unit of units) {
        const want = expected(DATA, unitSubject(unit.path), w, w.asOf).rectifications;
        const got = figures.get(unit.path)!.rectifications;
        for (const c of SNAPSHOT_COLUMNS) if (got[c] !== want[c]) mismatches.push(`${w.asOf} ${unit.path} ${c}: ${got[c]}, expected ${want[c]}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Small hand-made cases with exact numbers.

describe('inspection statistics SQL: hand-made cases', () => {
  let db: SqliteDatabase;
  const inspection = (id: string, kind: InspectionKind, date: string, unit: Unit, score: number, extra: Partial<InspectionRow> = {}): InspectionRow => ({
    id,
    kind,
    date: d(date),
    inspecting: kind === 'SELF_CHECK' ? unit : PARENT.get(unit)!,
    unit,
    departmentId: null,
    score,
    selfCheckWindow: null,
    reportedOn: null,
    ...extra,
  });
  const INSPECTIONS: InspectionRow[] = [
    inspection('feb28', 'REGULAR', '2025-02-28', T1, 70),
    inspection('mar01a', 'REGULAR', '2025-03-01', T1, 80),
    inspection('mar01b', 'REGULAR', '2025-03-01', T1, 90),
    inspection('mar15', 'ROUTINE', '2025-03-15', V11, 85.5),
    inspection('mar20', 'UNANNOUNCED', '2025-03-20', T1, 60, { departmentId: T1_WINDOW.id }),
    inspection('mar10sc', 'SELF_CHECK', '2025-03-10', T1, 100, { selfCheckWindow: 'H1', reportedOn: d('2025-03-12') }),
    inspection('mar31', 'SPECIAL', '2025-03-31', T1, 59.5),
    inspection('apr01', 'REGULAR', '2025-04-01', T1, 99),
    inspection('t2', 'ROUTINE', '2025-03-05', T2, 75),
    inspection('may11', 'ROUTINE', '2026-05-11', T1, 88),
  ];
  // Hand-written histories (dueOn as the office set them).
  const step = (on: string, state: RectificationState, dueOn: string, more: Partial<Step> = {}): Step => ({ on: d(on), state, dueOn: d(dueOn), escalatedDueOns: [], verifiedOn: null, rejections: 0, ...more });
  const rect = (id: string, insp: string, steps: Step[]): RectificationHistory => {
    const i = INSPECTIONS.find((x) => x.id === insp)!;
    return { id, inspection: i, ownerPath: i.unit.path, ownerDepartmentId: i.departmentId, foundOn: i.date, openedOn: steps[0]!.on, steps, events: [] };
  };
  const RECTIFICATIONS: RectificationHistory[] = [
    // a: submitted 03-07, verified 04-02 — waiting for the office on 03-31.
    rect('a', 'mar01a', [step('2025-03-03', 'OPEN', '2025-03-10'), step('2025-03-07', 'SUBMITTED', '2025-03-10'), step('2025-04-02', 'VERIFIED', '2025-03-10', { verifiedOn: d('2025-04-02') })]),
    // b: escalated 03-12, submitted 03-20, rejected 03-25 with a new deadline 04-08, never done.
    rect('b', 'mar01a', [
      step('2025-03-03', 'OPEN', '2025-03-10'),
      step('2025-03-12', 'OPEN', '2025-03-10', { escalatedDueOns: [d('2025-03-10')] }),
      step('2025-03-20', 'SUBMITTED', '2025-03-10', { escalatedDueOns: [d('2025-03-10')] }),
      step('2025-03-25', 'REOPENED', '2025-04-08', { escalatedDueOns: [d('2025-03-10')], rejections: 1 }),
    ]),
    // c: never acted on, escalated 03-11.
    rect('c', 'mar01b', [step('2025-03-03', 'OPEN', '2025-03-10'), step('2025-03-11', 'OPEN', '2025-03-10', { escalatedDueOns: [d('2025-03-10')] })]),
    // d: submitted after its deadline and still waiting.
    rect('d', 'mar15', [step('2025-03-05', 'OPEN', '2025-03-10'), step('2025-03-12', 'SUBMITTED', '2025-03-10')]),
    // e: opened after March, in progress since.
    rect('e', 'apr01', [step('2025-04-01', 'OPEN', '2025-04-15'), step('2025-04-03', 'IN_PROGRESS', '2025-04-15')]),
    // f: opened in February, verified 03-05.
    rect('f', 'feb28', [step('2025-02-27', 'OPEN', '2025-03-06'), step('2025-03-05', 'VERIFIED', '2025-03-06', { verifiedOn: d('2025-03-05') })]),
    // g: the department window's, open and overdue.
    rect('g', 'mar20', [step('2025-03-20', 'OPEN', '2025-03-27')]),
    // h: due today, not overdue yet.
    rect('h', 'may11', [step('2026-05-11', 'OPEN', TODAY)]),
    // i: due on the last day of March, never acted on: overdue from 1 April.
    rect('i', 'mar01b', [step('2025-03-24', 'OPEN', '2025-03-31')]),
    // j: the other township's only one, opened after March.
    rect('j', 't2', [step('2025-04-10', 'OPEN', '2025-04-20')]),
  ];
  beforeAll(() => {
    db = inspectionsDatabase();
    store(db, INSPECTIONS, RECTIFICATIONS);
  });
  afterAll(() => db.close());

  const MARCH: InspectionStatsWindow = { from: d('2025-03-01'), asOf: d('2025-03-31'), yearStart: d('2025-01-01'), frequencyKinds: FREQUENCY_KINDS };
  const SINCE_MARCH: InspectionStatsWindow = { from: d('2025-03-01'), asOf: TODAY, yearStart: d('2026-01-01'), frequencyKinds: FREQUENCY_KINDS };
  const figures = (w: InspectionStatsWindow, units = [T1, T2]) => read(units.map((x) => x.path), run(db, orgUnitInspectionQuery('sqlite', units.map((x) => x.path), w)));

  it('counts the period’s inspections per kind with their score sums, first and last day included', () => {
    const t1 = figures(MARCH).get(T1.path)!;
    expect(t1.kinds).toEqual(
      new Map([
        ['REGULAR', { n: 2, scoreSum: 170 }],
        ['ROUTINE', { n: 1, scoreSum: 85.5 }],
        // The department window's inspection counts for the township.
        ['UNANNOUNCED', { n: 1, scoreSum: 60 }],
        ['SELF_CHECK', { n: 1, scoreSum: 100 }],
        ['SPECIAL', { n: 1, scoreSum: 59.5 }],
      ]),
    );
    expect(figures(MARCH).get(T2.path)!.kinds).toEqual(new Map([['ROUTINE', { n: 1, scoreSum: 75 }]]));
  });

  it('grades the average of the scored kinds, leaving the self-check out', () => {
    const stats = inspectionStats(collectRows([T1.path], run(db, orgUnitInspectionQuery('sqlite', [T1.path], MARCH))).get(T1.path)!, DEFAULT_GRADE_OPTIONS, null);
    // (80 + 90 + 85.5 + 60 + 59.5) / 5 = 75.0
    expect(stats).toMatchObject({ inspections: 6, scored: 5, averageScore: 75, grade: 'PASS' });
  });

  it('lists the year’s dated inspections of each unit for frequency, units’ own only, twins grouped', () => {
    const rows = run(db, orgUnitInspectionQuery('sqlite', [T1.path], MARCH)).filter((r) => r.part === 'frequency');
    const simplified = rows.map((r) => [r.unitPath, r.kind, r.day, r.win, r.reportedOn, Number(r.n)]).sort((a, b) => String(a.slice(0, 3)).localeCompare(String(b.slice(0, 3))));
    expect(simplified).toEqual([
      [T1.path, 'REGULAR', '2025-02-28', null, null, 1],
      [T1.path, 'REGULAR', '2025-03-01', null, null, 2],
      [T1.path, 'SELF_CHECK', '2025-03-10', 'H1', '2025-03-12', 1],
      [V11.path, 'ROUTINE', '2025-03-15', null, null, 1],
    ]);
  });

  it('counts rectifications opened in the period, verified by now and verified in the period', () => {
    const t1 = figures(MARCH).get(T1.path)!.rectifications;
    // Opened in March: a, b, c, d, g, i (f in February, e in April). Verified by now: a. Verified in March: f.
    expect(pick(t1, PERIOD_COLUMNS)).toEqual({ opened: 6, verifiedOfOpened: 1, verifiedInPeriod: 1 });
    // Since March, as of today: e and h too. Open now: b, c, d, e, g, h, i; overdue: b, c, e, g, i
    // (h is due today); escalated for the deadline in force: c; waiting: d; verified: a and f.
    const since = figures(SINCE_MARCH).get(T1.path)!.rectifications;
    expect(since).toEqual({ opened: 8, verifiedOfOpened: 1, openNow: 7, overdue: 5, escalatedOverdue: 1, awaitingVerification: 1, verifiedInPeriod: 2 });
  });

  it('leaves out rectifications opened after the snapshot day', () => {
    const rows = run(db, orgUnitInspectionQuery('sqlite', [T1.path, T2.path], MARCH));
    expect(rows.filter((r) => r.part === 'rectifications').map((r) => r.groupKey)).toEqual([T1.path]);
    expect(read([T1.path, T2.path], rows).get(T2.path)!.rectifications).toEqual(zero());
    const april = { ...MARCH, from: d('2025-04-01'), asOf: d('2025-04-30') };
    expect(read([T2.path], run(db, orgUnitInspectionQuery('sqlite', [T2.path], april))).get(T2.path)!.rectifications).toMatchObject({ opened: 1, openNow: 1, overdue: 1 });
  });

  it('holds a rectification due on the snapshot day not yet overdue', () => {
    // i is due 03-31: not overdue as of 03-31 (state then and now alike), overdue as of 04-01.
    const onTheDay = read([T1.path], run(db, orgUnitInspectionQuery('sqlite', [T1.path], { ...MARCH, from: d('2025-03-24') }))).get(T1.path)!.rectifications;
    const dayAfter = read([T1.path], run(db, orgUnitInspectionQuery('sqlite', [T1.path], { ...MARCH, from: d('2025-03-24'), asOf: d('2025-04-01') }))).get(T1.path)!.rectifications;
    // Opened from 03-24 on: i, and (by 04-01) e.
    expect([onTheDay.opened, dayAfter.opened]).toEqual([1, 2]);
    expect(dayAfter.overdue - onTheDay.overdue).toBe(1);
  });

  it('does not count an escalation of a deadline that a rejection has since replaced', () => {
    // b was escalated on its first deadline; its deadline in force (04-08) was not.
    const since = figures(SINCE_MARCH).get(T1.path)!.rectifications;
    expect(since.escalatedOverdue).toBe(1);
  });

  it('counts what stood on 31 March: a and d waiting for the office, b reopened not yet due, c and g overdue', () => {
    const t1 = figures(MARCH).get(T1.path)!.rectifications;
    // Not yet verified on 03-31: a (verified 04-02), b, c, d, g, i. Overdue: c (03-10), g (03-27);
    // not i, due that very day.
    expect(pick(t1, SNAPSHOT_COLUMNS)).toEqual({ openNow: 6, overdue: 2, escalatedOverdue: 1, awaitingVerification: 2 });
  });

  it('gives a department its window’s inspections and rectifications only', () => {
    const got = read([T1_WINDOW.id], run(db, departmentInspectionQuery('sqlite', [T1_WINDOW.id], MARCH))).get(T1_WINDOW.id)!;
    expect(got.kinds).toEqual(new Map([['UNANNOUNCED', { n: 1, scoreSum: 60 }]]));
    expect(got.rectifications).toEqual({ opened: 1, verifiedOfOpened: 0, openNow: 1, overdue: 1, escalatedOverdue: 0, awaitingVerification: 0, verifiedInPeriod: 0 });
    expect(got.frequency).toEqual([]);
  });
});

describe('monthly trend: one statement, each month as its own statement would count it (generated rows)', () => {
  let db: SqliteDatabase;
  beforeAll(() => {
    db = inspectionsDatabase();
    store(db, DATA.inspections, DATA.rectifications);
  });
  afterAll(() => db.close());

  const TRENDS: Period[] = [
    { name: 'a past year (2025)', from: d('2025-01-01'), to: d('2025-12-31') },
    { name: 'this year, up to the current month', from: d('2026-01-01'), to: d('2026-12-31') },
    { name: 'a custom range cut mid-month at both ends', from: d('2025-06-15'), to: d('2025-09-10') },
  ];
  for (const t of TRENDS) {
    const months = monthsOf({ from: t.from, to: t.to, asOf: asOfOf(t) });
    const windows = months.map((m) => windowOf({ name: m.label, from: m.from, to: m.to }));
    const check = (subjects: string[], query: typeof orgUnitInspectionQuery) => {
      const trend = rowsByWindow(run(db, query('sqlite', subjects, windows)), windows.length);
      expect(trend).toHaveLength(windows.length);
      windows.forEach((w, i) => {
        expect(read(subjects, trend[i]!), `${months[i]!.label}`).toEqual(read(subjects, run(db, query('sqlite', subjects, w))));
      });
    };
    it(`matches the single-window statement month by month for townships, villages and counties: ${t.name}`, () => {
      for (const [, units] of UNIT_SETS) check(units.map((x) => x.path), orgUnitInspectionQuery);
    });
    it(`matches the single-window statement month by month for departments: ${t.name}`, () => {
      check(DEPARTMENTS.map((x) => x.id), departmentInspectionQuery);
    });
  }

  it('clips the first and last month to the period and stops at the current month', () => {
    expect(monthsOf({ from: d('2025-06-15'), to: d('2025-09-10'), asOf: d('2025-09-10') }).map((m) => [m.from, m.to])).toEqual([
      ['2025-06-15', '2025-06-30'],
      ['2025-07-01', '2025-07-31'],
      ['2025-08-01', '2025-08-31'],
      ['2025-09-01', '2025-09-10'],
    ]);
    expect(monthsOf({ from: d('2026-01-01'), to: d('2026-12-31'), asOf: TODAY }).map((m) => m.asOf)).toEqual(['2026-01-31', '2026-02-28', '2026-03-31', '2026-04-30', TODAY]);
  });

  it('has months with figures to compare (the generated rows are not empty per month)', () => {
    const months = monthsOf({ from: d('2025-01-01'), to: d('2025-12-31'), asOf: d('2025-12-31') });
    const trend = rowsByWindow(run(db, orgUnitInspectionQuery('sqlite', [COUNTY.path], months.map((m) => windowOf({ name: m.label, from: m.from, to: m.to })))), months.length);
    expect(trend.filter((rows) => rows.some((r) => r.part === 'inspections')).length).toBe(12);
    expect(trend.filter((rows) => rows.some((r) => r.part === 'rectifications' && Number(r.overdue) > 0)).length).toBeGreaterThan(3);
  });
});
