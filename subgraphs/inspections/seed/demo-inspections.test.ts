import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoCounty } from '../../../scripts/bench-support';
import { createWorkingCalendar, toLocalDate, type LocalDate } from '../../shared/calendar';
import type { Catalogue } from '../../shared/departments-directory';
import { createHttpDirectory } from '../../shared/departments-directory';
import { secretKey } from '../../shared/viewer';
import { startTestHub, type TestHub } from '../../../tests/support/hub';
import { createInspectionsDb, type InspectionsDb } from '../db';
import { DEFAULT_FREQUENCY_RULES, describeBehind, frequencyCompliance, type InspectionRecord } from '../domain/frequency';
import { DEFAULT_GRADE_OPTIONS, quarterlyGrade } from '../domain/grades';
import {
  DEFAULT_RECTIFICATION_DAYS,
  foldRectification,
  isOverdue,
  openRectification,
  proposeRectificationEvent,
  type Rectification,
  type RectificationCommand,
  type RectificationEvent,
  type RectificationOptions,
} from '../domain/rectification';
import { scoreInspection } from '../domain/scoring';
import { DEFAULT_BOARD_AND_WINDOW_TEMPLATE } from '../domain/scoring-template';
import { observationOf } from '../inspection-input';
import { createInspectionsServices } from '../services';
import { generateDemoInspections, type DemoInspection, type DemoInspections } from './demo-inspections';
import { DEMO_SYSTEM_VIEWER, loadDemoInspections } from './load-demo-inspections';
import { seedInspectionsDemo } from './seed-demo';

const calendar = createWorkingCalendar();
const lifecycle: RectificationOptions = { calendar, ...DEFAULT_RECTIFICATION_DAYS };
const END = new Date('2026-11-22T10:00:00+08:00');
const END_DAY = toLocalDate(END);
const county = demoCounty();
const CATALOGUE: Catalogue = county.catalogue;
const demo = generateDemoInspections(CATALOGUE, { end: END, calendar });
const all = demo.inspections;

const resultsOf = (i: DemoInspection) => i.input.results.map((r) => ({ code: r.code, observation: observationOf(r)! }));
const scoreOf = (i: DemoInspection) => {
  const outcome = scoreInspection(DEFAULT_BOARD_AND_WINDOW_TEMPLATE, resultsOf(i));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.score;
};
const OFFICE_STEPS = new Set(['VERIFIED', 'REJECTED', 'ESCALATED']);

/** Replays a planned rectification through the lifecycle as the API would; throws on a refusal. */
function replay(i: DemoInspection, plan: DemoInspection['rectifications'][number], asOf: LocalDate = END_DAY): Rectification {
  const office = 'office';
  const owner = 'owner';
  const opened = openRectification(
    { findingId: 'f', inspectingUnitId: office, owner: { unitId: owner, person: null }, foundOn: i.input.date, on: i.input.date, actor: { id: 'a', unitId: office } },
    asOf,
    lifecycle,
  );
  if (!opened.ok) throw new Error(JSON.stringify(opened.errors));
  const events: RectificationEvent[] = [...opened.events];
  for (const step of plan.steps) {
    const command = { ...step, actor: { id: 'a', unitId: OFFICE_STEPS.has(step.type) ? office : owner } } as RectificationCommand;
    const proposal = proposeRectificationEvent(foldRectification(events), command, asOf, lifecycle);
    if (!proposal.ok) throw new Error(`${i.input.date} ${step.type} ${step.on}: ${JSON.stringify(proposal.errors)}`);
    events.push(...proposal.events);
  }
  return foldRectification(events);
}

const folded = all.flatMap((i) => i.rectifications.map((plan) => ({ inspection: i, plan, r: replay(i, plan) })));

/** A unit's own inspections (not its departments' windows) as frequency records. */
const recordsOf = (inspections: readonly DemoInspection[], unitId: string): InspectionRecord[] =>
  inspections
    .filter((i) => i.input.unitId === unitId && !i.input.departmentId)
    .map((i) => ({ kind: i.input.kind, date: i.input.date, selfCheckWindow: i.input.selfCheckWindow, reportedOn: i.input.reportedOn }));

describe('generateDemoInspections', () => {
  it('sends only inspections the write rules accept, with results and never a score', () => {
    expect(all.length).toBeGreaterThan(150);
    for (const i of all) {
      const { input } = i;
      expect(input).not.toHaveProperty('score');
      expect(input.date <= END_DAY).toBe(true);
      expect(input.date >= DEFAULT_BOARD_AND_WINDOW_TEMPLATE.effectiveFrom).toBe(true);
      expect(calendar.isWorkingDay(input.date)).toBe(true);
      expect(input.results.map((r) => r.code)).toEqual(DEFAULT_BOARD_AND_WINDOW_TEMPLATE.items.map((item) => item.code));
      const score = scoreOf(i);
      expect(score.total).toBe(i.score);
      // Evidence only for failed items.
      for (const f of input.findings) if (f.itemCode != null) expect(score.failedItems.map((x) => x.code)).toContain(f.itemCode);
      expect(input.inspectors.length).toBeGreaterThanOrEqual(2);
      expect(new Set(input.inspectors).size).toBe(input.inspectors.length);
      for (const name of input.inspectors) expect(name).toMatch(/^\p{Script=Han}{2,3}$/u);
      if (input.kind === 'SELF_CHECK') {
        expect(input.inspectingUnitId).toBe(input.unitId);
        expect(input.departmentId).toBeNull();
        expect(['H1', 'H2']).toContain(input.selfCheckWindow);
        if (input.reportedOn) expect(input.reportedOn >= input.date && input.reportedOn <= END_DAY).toBe(true);
      } else {
        expect(input.inspectingUnitId).toBe(county.county.id);
        expect(input.selfCheckWindow).toBeNull();
        expect(input.reportedOn).toBeNull();
      }
    }
    // In date order.
    expect(all.map((i) => i.input.date)).toEqual([...all.map((i) => i.input.date)].sort());
  });

  it('spreads a year of visits to townships, department windows and villages, with a few of last December', () => {
    const ofYear = all.filter((i) => i.input.date.startsWith('2026'));
    const months = new Set(ofYear.map((i) => i.input.date.slice(0, 7)));
    expect(months.size).toBe(11);
    const lastDecember = all.filter((i) => i.input.date.startsWith('2025-12'));
    expect(lastDecember.length).toBeGreaterThanOrEqual(3);
    expect(all.length - ofYear.length).toBe(lastDecember.length);

    const kinds = new Set(all.map((i) => i.input.kind));
    expect([...kinds].sort()).toEqual(['REGULAR', 'ROUTINE', 'SELF_CHECK', 'SPECIAL', 'UNANNOUNCED']);
    const departmentIds = new Map(county.departments.map((d) => [d.id, d]));
    const windows = all.filter((i) => i.input.departmentId);
    expect(windows.length).toBeGreaterThanOrEqual(20);
    for (const w of windows) expect(w.input.unitId).toBe(departmentIds.get(w.input.departmentId!)!.orgUnit.id);
    const villageIds = new Set(county.villages.map((v) => v.id));
    const villages = all.filter((i) => villageIds.has(i.input.unitId));
    expect(villages.length).toBeGreaterThanOrEqual(10);
    expect(villages.length).toBeLessThan(30);
    for (const t of county.townships) expect(all.filter((i) => i.input.unitId === t.id).length).toBeGreaterThanOrEqual(4);
  });

  it('opens one rectification per finding, with the deadline the write path computes', () => {
    let observations = 0;
    for (const i of all) {
      const failed = scoreOf(i).failedItems;
      const free = i.input.findings.filter((f) => f.itemCode == null);
      observations += free.length;
      expect(i.rectifications.map((r) => r.itemCode)).toEqual([...failed.map((f) => f.code), ...free.map(() => null)]);
      expect(i.rectifications.map((r) => r.description)).toEqual([...failed.map((f) => f.finding.zh), ...free.map((f) => f.description)]);
      for (const r of i.rectifications) expect(r.dueOn).toBe(calendar.addWorkingDays(i.input.date, DEFAULT_RECTIFICATION_DAYS.workingDays));
      if (i.rectifications.length > 0 && i.input.kind !== 'SELF_CHECK') expect(i.input.ownerPerson === null || /^\p{Script=Han}{2,3}$/u.test(i.input.ownerPerson!)).toBe(true);
    }
    expect(observations).toBeGreaterThan(0);
    expect(folded.length).toBeGreaterThan(80);
    expect(all.filter((i) => i.rectifications.length > 0 && i.input.ownerPerson).length).toBeGreaterThan(all.filter((i) => i.rectifications.length > 0).length * 0.8);
  });

  it('plays steps the lifecycle accepts, in order, after the inspection and never after the end', () => {
    for (const { inspection, plan } of folded) {
      let previous = inspection.input.date;
      for (const step of plan.steps) {
        expect(step.on >= previous).toBe(true);
        expect(step.on > inspection.input.date).toBe(true);
        expect(step.on <= END_DAY).toBe(true);
        expect(calendar.isWorkingDay(step.on)).toBe(true);
        if (step.type === 'SUBMITTED') {
          expect(step.data.evidence.length).toBeGreaterThan(0);
          for (const ref of step.data.evidence) expect(ref).toMatch(/^evidence\/20\d\d\/[\w-]+\.jpg$/);
        }
        previous = step.on;
      }
    }
  });

  it('leaves most rectifications verified, some rejected once and redone, some awaiting verification, some overdue and escalated', () => {
    const state = (s: string) => folded.filter((f) => f.r.state === s).length;
    expect(state('VERIFIED') / folded.length).toBeGreaterThan(0.7);
    expect(folded.filter((f) => f.r.rejections > 0 && f.r.state === 'VERIFIED').length).toBeGreaterThanOrEqual(3);
    expect(state('SUBMITTED')).toBeGreaterThanOrEqual(3);
    const overdue = folded.filter((f) => isOverdue(f.r, END_DAY));
    expect(overdue.length).toBeGreaterThanOrEqual(5);
    expect(overdue.filter((f) => f.r.escalatedDueOns.includes(f.r.dueOn)).length).toBeGreaterThanOrEqual(2);
    expect(overdue.filter((f) => !f.r.escalatedDueOns.includes(f.r.dueOn)).length).toBeGreaterThanOrEqual(2);
    // Late submissions, some of them after a 督办.
    const late = folded.filter((f) => f.r.lastSubmittedOnTime === false);
    expect(late.length).toBeGreaterThanOrEqual(3);
    expect(late.filter((f) => f.r.escalatedDueOns.length > 0).length).toBeGreaterThanOrEqual(1);
  });

  it('keeps most townships on the frequency rules, with four behind each for its own reason', () => {
    expect(county.townships).toHaveLength(20);
    const behind = county.townships.filter((t) => frequencyCompliance(recordsOf(all, t.id), 2026, END_DAY).behind);
    expect(behind.map((t) => t.id).sort()).toEqual(demo.behind.map((b) => b.unit.id).sort());
    expect(demo.behind.map((b) => `${b.reason}:${b.code}`).sort()).toEqual(['COUNT:REGULAR', 'COUNT:ROUTINE', 'REPORT_MISSING:H2', 'SELF_CHECK_MISSED:H1']);
    for (const b of demo.behind) {
      const c = frequencyCompliance(recordsOf(all, b.unit.id), 2026, END_DAY);
      expect(c.counts.filter((x) => x.behind).map((x) => x.code)).toEqual(b.reason === 'COUNT' ? [b.code] : []);
      expect(c.missedSelfChecks).toEqual(b.reason === 'SELF_CHECK_MISSED' ? [b.code] : []);
      // A self-check never done has no report either.
      expect(c.missingReports).toEqual(b.reason === 'COUNT' ? [] : [b.code]);
      expect(describeBehind(c)).toHaveLength(b.reason === 'SELF_CHECK_MISSED' ? 2 : 1);
      if (b.reason === 'REPORT_MISSING') expect(c.selfChecks.find((w) => w.code === b.code)!.status).toBe('ON_TIME');
    }
    const routine = frequencyCompliance(recordsOf(all, demo.behind.find((b) => b.code === 'ROUTINE')!.unit.id), 2026, END_DAY).counts.find((c) => c.code === 'ROUTINE')!;
    expect(routine).toMatchObject({ done: 2, expectedByNow: 3 });
    // One township did its first self-check late and caught up: listed as late, not behind.
    const late = frequencyCompliance(recordsOf(all, demo.lateSelfCheck!.unit.id), 2026, END_DAY);
    expect(late.lateSelfChecks).toEqual(['H1']);
    expect(late.behind).toBe(false);
    // Everyone else has every self-check on time and reported by the report day.
    const others = county.townships.filter((t) => !demo.behind.some((b) => b.unit.id === t.id) && t.id !== demo.lateSelfCheck!.unit.id);
    for (const t of others) {
      const c = frequencyCompliance(recordsOf(all, t.id), 2026, END_DAY);
      expect(c.selfChecks.map((w) => [w.status, w.reportStatus])).toEqual([
        ['ON_TIME', 'ON_TIME'],
        ['ON_TIME', 'ON_TIME'],
      ]);
      expect(c.counts.map((x) => x.done >= 1)).toEqual([true, true]);
    }
  });

  it('grades exactly one township 不合格, in the latest ended quarter up to Q3', () => {
    expect(demo.failing).toMatchObject({ year: 2026, quarter: 3 });
    expect(county.townships.map((t) => t.id)).toContain(demo.failing!.unit.id);
    expect(demo.behind.map((b) => b.unit.id)).not.toContain(demo.failing!.unit.id);
    expect(demo.grading.map((g) => g.quarter)).toEqual([1, 2, 3]);
    const fails: string[] = [];
    const unitIds = new Set(all.map((i) => i.input.unitId));
    for (const g of demo.grading) {
      expect(g.on > ['2026-03-31', '2026-06-30', '2026-09-30'][g.quarter - 1]!).toBe(true);
      expect(g.on <= END_DAY).toBe(true);
      for (const unitId of unitIds) {
        const scored = all.filter((i) => i.input.unitId === unitId && !i.input.departmentId).map((i) => ({ kind: i.input.kind, date: i.input.date, score: i.score }));
        const grade = quarterlyGrade(scored, g, g.on, calendar, DEFAULT_GRADE_OPTIONS);
        if (grade.grade === 'FAIL') fails.push(`${unitId}|${g.quarter}|${grade.count}|${grade.average}`);
      }
    }
    expect(fails).toHaveLength(1);
    const [unitId, quarter, count, average] = fails[0]!.split('|');
    expect([unitId, Number(quarter)]).toEqual([demo.failing!.unit.id, 3]);
    expect(Number(count)).toBeGreaterThanOrEqual(2);
    expect(Number(average)).toBeLessThan(60);
  });

  it('is deterministic for a seed', () => {
    const strip = (d: DemoInspections) => d.inspections;
    expect(strip(generateDemoInspections(CATALOGUE, { end: END, calendar, seed: 3 }))).toEqual(strip(generateDemoInspections(CATALOGUE, { end: END, calendar, seed: 3 })));
    expect(generateDemoInspections(CATALOGUE, { end: END, calendar, seed: 4 }).inspections.map((i) => i.input.date)).not.toEqual(
      generateDemoInspections(CATALOGUE, { end: END, calendar, seed: 3 }).inspections.map((i) => i.input.date),
    );
  });

  it('fits other ends: mid-year behind reasons, no grade before a quarter ends, no deadline the calendar cannot give', () => {
    const august = new Date('2026-08-10T09:00:00+08:00');
    const mid = generateDemoInspections(CATALOGUE, { end: august, calendar });
    const day = toLocalDate(august);
    expect(mid.behind.map((b) => `${b.reason}:${b.code}`).sort()).toEqual(['COUNT:REGULAR', 'COUNT:ROUTINE', 'REPORT_MISSING:H1', 'SELF_CHECK_MISSED:H1']);
    const behind = county.townships.filter((t) => frequencyCompliance(recordsOf(mid.inspections, t.id), 2026, day).behind);
    expect(behind.map((t) => t.id).sort()).toEqual(mid.behind.map((b) => b.unit.id).sort());
    expect(mid.failing?.quarter).toBe(2);
    for (const i of mid.inspections) {
      expect(i.input.date <= day).toBe(true);
      for (const plan of i.rectifications) for (const step of plan.steps) expect(step.on <= day).toBe(true);
    }

    const january = generateDemoInspections(CATALOGUE, { end: new Date('2026-01-20T09:00:00+08:00'), calendar });
    expect(january.failing).toBeNull();
    expect(january.grading).toEqual([]);
    expect(january.behind).toEqual([]);

    // 2027's holidays are not in the package yet: late-December visits find nothing rather than fail.
    const december = generateDemoInspections(CATALOGUE, { end: new Date('2026-12-30T16:00:00+08:00'), calendar });
    for (const i of december.inspections) {
      for (const plan of i.rectifications) expect(plan.dueOn.startsWith('2026') || plan.dueOn.startsWith('2025')).toBe(true);
      for (const plan of i.rectifications) replay(i, plan, '2026-12-30' as LocalDate);
    }
    // Nor does a year the calendar does not cover at all: nothing is found, so nobody fails.
    const uncovered = generateDemoInspections(CATALOGUE, { end: new Date('2027-05-10T09:00:00+08:00'), calendar });
    expect(uncovered.failing).toBeNull();
    expect(uncovered.inspections.filter((i) => i.input.date.startsWith('2027')).every((i) => i.rectifications.length === 0 && i.score === 100)).toBe(true);
  });

  it('follows the county’s frequency rules', () => {
    const rules = { ...DEFAULT_FREQUENCY_RULES, counts: DEFAULT_FREQUENCY_RULES.counts.map((c) => (c.code === 'ROUTINE' ? { ...c, perYear: 6, milestones: ['02-28', '04-30', '06-30', '08-31', '10-31', '12-31'].map((by, i) => ({ by, cumulative: i + 1 })) } : c)) };
    const six = generateDemoInspections(CATALOGUE, { end: END, calendar, frequency: rules });
    const behind = county.townships.filter((t) => frequencyCompliance(recordsOf(six.inspections, t.id), 2026, END_DAY, rules).behind);
    expect(behind.map((t) => t.id).sort()).toEqual(six.behind.map((b) => b.unit.id).sort());
    expect(behind).toHaveLength(4);
  });
});

// ---------------------------------------------------------------------------
// Loading through the write paths
// ---------------------------------------------------------------------------

describe('seedInspectionsDemo', () => {
  // The real departments subgraph (a test hub with the demo county, no activity): the seed reads
  // its reference data over HTTP like any other write.
  let hub: TestHub;
  let dbUrl: string;
  let db: InspectionsDb;
  let url: string;
  let signingKey: Uint8Array;
  let real: { demo: DemoInspections; all: DemoInspection[]; folded: typeof folded };

  beforeAll(async () => {
    hub = await startTestHub();
    dbUrl = hub.databaseUrls.inspections;
    db = createInspectionsDb(dbUrl);
    url = `${hub.url}/subgraphs/departments/graphql`;
    signingKey = secretKey(hub.secrets.signingSecret);
    const catalogue = await createHttpDirectory({ url, signingKey, caller: 'test' }).catalogue();
    const generated = generateDemoInspections(catalogue, { end: END, calendar });
    real = {
      demo: generated,
      all: generated.inspections,
      folded: generated.inspections.flatMap((i) => i.rectifications.map((plan) => ({ inspection: i, plan, r: replay(i, plan) }))),
    };
  }, 120_000);

  afterAll(async () => {
    await db?.$disconnect();
    await hub?.close();
  });

  it('throws on a write the rules refuse, and writes nothing', async () => {
    const services = { ...createInspectionsServices(db, { databaseUrl: dbUrl, signingKey, peers: { departments: url }, env: {}, log: () => {} }), now: () => END };
    const { demo, all } = real;
    const broken: DemoInspections = { ...demo, inspections: [{ ...all[0]!, input: { ...all[0]!.input, date: '2026-12-01' as LocalDate } }] };
    await expect(loadDemoInspections(db, services, broken)).rejects.toThrow(/DATE_IN_FUTURE/);
    expect(await db.inspection.count()).toBe(0);
  });

  it('writes the year through the write paths: scores, findings, steps and grades as generated; runs once', async () => {
    const { demo, all, folded } = real;
    const options = { databaseUrl: dbUrl, signingKey, departmentsUrl: url, end: END, env: {} };
    const summary = await seedInspectionsDemo(db, options);
    expect(summary).not.toBeNull();
    const steps = folded.reduce((n, f) => n + f.plan.steps.length, 0);
    expect(summary).toEqual({
      inspections: all.length,
      findings: folded.length,
      rectifications: folded.length,
      steps,
      verified: folded.filter((f) => f.r.state === 'VERIFIED').length,
      overdue: folded.filter((f) => isOverdue(f.r, END_DAY)).length,
      escalated: folded.filter((f) => f.r.escalatedDueOns.length > 0).length,
      notices: 1,
    });
    expect(await db.inspection.count()).toBe(all.length);
    expect(await db.finding.count()).toBe(folded.length);
    expect(await db.rectificationEvent.count()).toBe(folded.length + steps);

    // Scores computed by the write path are the ones the results give.
    const key = (unitId: string, departmentId: string | null, kind: string, date: string, score: number) => `${unitId}|${departmentId ?? ''}|${kind}|${date}|${score}`;
    const rows = await db.inspection.findMany({ select: { unitId: true, departmentId: true, kind: true, date: true, score: true, inspectingUnitId: true, createdBy: true } });
    expect(rows.map((r) => key(r.unitId, r.departmentId, r.kind, r.date, r.score)).sort()).toEqual(
      all.map((i) => key(i.input.unitId, i.input.departmentId ?? null, i.input.kind, i.input.date, i.score)).sort(),
    );
    expect(new Set(rows.map((r) => r.createdBy))).toEqual(new Set([DEMO_SYSTEM_VIEWER.sub]));

    // Every rectification ends where the generated steps lead.
    const rects = await db.rectification.findMany({ select: { ownerUnitId: true, ownerDepartmentId: true, foundOn: true, state: true, dueOn: true, rejections: true, escalations: true } });
    const rectKey = (unitId: string, departmentId: string | null, foundOn: string, state: string, dueOn: string, rejections: number, escalations: number) =>
      `${unitId}|${departmentId ?? ''}|${foundOn}|${state}|${dueOn}|${rejections}|${escalations}`;
    expect(rects.map((r) => rectKey(r.ownerUnitId, r.ownerDepartmentId, r.foundOn, r.state, r.dueOn, r.rejections, r.escalations)).sort()).toEqual(
      folded
        .map((f) => rectKey(f.inspection.input.unitId, f.inspection.input.departmentId ?? null, f.inspection.input.date, f.r.state, f.r.dueOn, f.r.rejections, f.r.escalatedDueOns.length))
        .sort(),
    );

    // One 监察建议书, for the failing township's quarter, issued a week or so after it.
    const notices = await db.supervisionNotice.findMany();
    const grading = demo.grading.find((g) => g.quarter === demo.failing!.quarter)!;
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ unitId: demo.failing!.unit.id, year: 2026, quarter: demo.failing!.quarter, issuedOn: grading.on });
    expect(notices[0]!.average).toBeLessThan(60);

    expect(await seedInspectionsDemo(db, options)).toBeNull();
    expect(await db.inspection.count()).toBe(all.length);
  }, 60_000);
});
