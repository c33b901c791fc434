// The inspections subgraph through the gateway: scored visits and their findings, the 整改
// lifecycle with failed verification and 督办, who may do what, idempotent imports, frequency
// compliance, quarterly grades with 监察建议书, rankings, and per-unit figures and the unit
// scorecard equal to values computed here — with one statement for all of a county's townships
// and one batched call per other domain.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePersonToken } from '../../gateway/auth';
import { nthWorkingDayBack, toLocalDate, type LocalDate } from '../../subgraphs/shared/calendar';
import type { Period } from '../../subgraphs/shared/period';
import { secretKey, type Viewer } from '../../subgraphs/shared/viewer';
import { createFigureSources, SourceUnavailableError } from '../../subgraphs/inspections/scorecard-sources';
import { calendar, loadCatalogue, type Catalogue, type Unit } from '../support/approvals-fixtures';
import { bj, importRequests } from '../support/complaints-fixtures';
import { expectData, startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
let cat: Catalogue;
let townshipOperator: string;
let deptOperator: string;
const inspectionsSql: string[] = [];
const complaintsSql: string[] = [];
const sys = () => ({ apiKey: hub.systemApiKey });
const supervisor = () => ({ token: hub.tokens.supervisor });
const today = () => toLocalDate(new Date());

/** The demo operator's township: it owns what is found there. */
const home = () => cat.townships.find((t) => t.path === '/4307/430721/430721100/')!;
/** Townships other than home, for tests that need figures no other test touches. */
const others = () => cat.townships.filter((t) => t.path !== home().path);

beforeAll(async () => {
  hub = await startTestHub({ onQuery: { inspections: (sql) => inspectionsSql.push(sql), complaints: (sql) => complaintsSql.push(sql) } });
  cat = await loadCatalogue(hub);
  townshipOperator = hub.tokens.operator;
  deptOperator = await issuePersonToken(
    { sub: 'dept-op', name: '县住建局窗口', role: 'operator', scopePath: cat.county.path, orgUnitCode: '430721', departmentId: cat.departments[0]!.id },
    secretKey(hub.secrets.jwtSecret),
  );
});
afterAll(async () => hub?.close());

interface Observed {
  location?: 'GATE' | 'VISIBLE_PLACE' | 'OTHER';
  area?: number;
  sections?: number;
  current?: boolean;
  facts?: number;
  staff?: boolean;
}
const FACTS = ['LEGAL_BASIS', 'CONDITIONS', 'MATERIALS', 'PROCEDURE', 'TIME_LIMIT', 'FEES', 'COMPLAINT_CHANNEL'];
const full: Required<Observed> = { location: 'GATE', area: 12, sections: 6, current: true, facts: 7, staff: true };

function results(o: Observed = {}) {
  const v = { ...full, ...o };
  return [
    { code: 'BOARD_LOCATION', option: v.location },
    { code: 'BOARD_AREA', value: v.area },
    { code: 'BOARD_SECTIONS', value: v.sections },
    { code: 'BOARD_CURRENT', met: v.current },
    { code: 'SERVICE_ITEMS_DISCLOSED', present: FACTS.slice(0, v.facts) },
    { code: 'WINDOW_STAFF_PRESENT', met: v.staff },
  ];
}

/** The default template's points, computed here from its published weights (15/15/10/20/25/15). */
function expectedScore(o: Observed = {}): number {
  const v = { ...full, ...o };
  const points = (v.location === 'OTHER' ? 0 : 15) + (v.area >= 12 ? 15 : 0) + (v.sections >= 6 ? 10 : 0) + (v.current ? 20 : 0) + (25 * v.facts) / 7 + (v.staff ? 15 : 0);
  return Math.round(points * 10 + 1e-9) / 10;
}

const failedItems = (o: Observed = {}) => {
  const v = { ...full, ...o };
  return [
    v.location === 'OTHER' && 'BOARD_LOCATION',
    v.area < 12 && 'BOARD_AREA',
    v.sections < 6 && 'BOARD_SECTIONS',
    !v.current && 'BOARD_CURRENT',
    v.facts < 7 && 'SERVICE_ITEMS_DISCLOSED',
    !v.staff && 'WINDOW_STAFF_PRESENT',
  ].filter(Boolean) as string[];
};

interface Visit {
  kind: string;
  date: string;
  unit: Unit;
  observed?: Observed;
  selfCheckWindow?: string;
  reportedOn?: string;
  ref?: string;
}

const visitInput = (v: Visit) => ({
  kind: v.kind,
  date: v.date,
  unitId: v.unit.id,
  inspectingUnitId: v.kind === 'SELF_CHECK' ? undefined : cat.county.id,
  inspectors: ['赵督查', '钱督查'],
  results: results(v.observed),
  selfCheckWindow: v.selfCheckWindow,
  reportedOn: v.reportedOn,
  externalRef: v.ref,
});

type UserErrors = { field: string; rule: string }[];
const RECTIFICATION = 'id state dueOn rejections escalations escalated warning { level shouldEscalate overdueWorkingDays } events { type on dueOn }';
const INSPECTION = `id score inspectors items { code points failed } findings { itemCode description rectification { ${RECTIFICATION} } }`;

async function record(input: Record<string, unknown>, as: { token?: string; apiKey?: string } = supervisor(), key?: string) {
  const data = expectData(
    await hub.gql<{ recordInspection: { inspection: InspectionView | null; findings: number; userErrors: UserErrors } }>(
      `mutation($input: RecordInspectionInput!, $key: String) { recordInspection(input: $input, idempotencyKey: $key) { inspection { ${INSPECTION} } findings userErrors { field rule } } }`,
      { input, key },
      as,
    ),
  );
  return data.recordInspection;
}

async function importVisits(visits: Visit[], key: string, as: { token?: string; apiKey?: string } = sys()) {
  return expectData(
    await hub.gql<{ importInspections: { created: number; findings: number; inspectionIds: string[]; userErrors: UserErrors } }>(
      `mutation($batch: [RecordInspectionInput!]!, $key: String!) { importInspections(batch: $batch, idempotencyKey: $key) { created findings inspectionIds userErrors { field rule } } }`,
      { batch: visits.map(visitInput), key },
      as,
    ),
  ).importInspections;
}

interface RectificationView {
  id: string;
  state: string;
  dueOn: string;
  rejections: number;
  escalations: number;
  escalated: boolean;
  warning: { level: string; shouldEscalate: boolean; overdueWorkingDays: number };
  events: { type: string; on: string; dueOn: string | null }[];
}
interface InspectionView {
  id: string;
  score: number;
  inspectors: string[];
  items: { code: string; points: number; failed: boolean }[];
  findings: { itemCode: string | null; description: string; rectification: RectificationView }[];
}

async function step(name: string, input: Record<string, unknown>, as: { token?: string; apiKey?: string }) {
  const type = `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
  return expectData(
    await hub.gql<Record<string, { rectification: RectificationView | null; userErrors: UserErrors }>>(
      `mutation($input: ${type}!) { ${name}(input: $input) { rectification { ${RECTIFICATION} } userErrors { field rule } } }`,
      { input },
      as,
    ),
  )[name]!;
}

describe('recording an inspection', () => {
  it('computes the score from the item results and opens a rectification for every failed item', async () => {
    const observed: Observed = { area: 8, current: false, facts: 5 };
    const date = today();
    const recorded = await record({ ...visitInput({ kind: 'REGULAR', date, unit: home(), observed }), ownerPerson: '孙所长' });
    expect(recorded.userErrors).toEqual([]);
    const inspection = recorded.inspection!;
    expect(inspection.score).toBe(expectedScore(observed));
    expect(inspection.score).toBe(57.9);
    expect(inspection.items.filter((i) => i.failed).map((i) => i.code)).toEqual(failedItems(observed));
    expect(inspection.findings.map((f) => f.itemCode)).toEqual(failedItems(observed));
    expect(inspection.findings[0]!.description).toBe('公开栏面积：8平方米，低于12平方米');
    // 20 working days counted from the day after the visit.
    for (const f of inspection.findings) {
      expect(f.rectification).toMatchObject({ state: 'OPEN', dueOn: calendar.addWorkingDays(date as LocalDate, 20), warning: { level: 'NONE' } });
    }
    // Supervisors see the inspectors' names; a leader sees them masked.
    expect(inspection.inspectors).toEqual(['赵督查', '钱督查']);
    const asLeader = expectData(await hub.gql<{ inspection: { inspectors: string[] } }>(`query($id: ID!) { inspection(id: $id) { inspectors } }`, { id: inspection.id }));
    expect(asLeader.inspection.inspectors).toEqual(['赵**', '钱**']);
  });

  it('refuses incomplete or wrongly typed results, naming the item, and writes nothing', async () => {
    const before = expectData(await hub.gql<{ inspections: { totalCount: number } }>(`{ inspections { totalCount } }`, {}, supervisor())).inspections.totalCount;
    const input = visitInput({ kind: 'ROUTINE', date: today(), unit: home() });
    const missing = await record({ ...input, results: input.results.filter((r) => r.code !== 'BOARD_AREA') });
    expect(missing.userErrors).toEqual([{ field: 'input.results.BOARD_AREA', rule: 'RESULT_MISSING' }]);
    const wrong = await record({ ...input, results: input.results.map((r) => (r.code === 'BOARD_CURRENT' ? { code: 'BOARD_CURRENT', value: 3 } : r)) });
    expect(wrong.userErrors).toEqual([{ field: 'input.results.BOARD_CURRENT', rule: 'RESULT_KIND' }]);
    const future = await record({ ...input, date: calendar.addWorkingDays(today(), 3) });
    expect(future.userErrors[0]).toMatchObject({ field: 'input.date', rule: 'DATE_IN_FUTURE' });
    const after = expectData(await hub.gql<{ inspections: { totalCount: number } }>(`{ inspections { totalCount } }`, {}, supervisor())).inspections.totalCount;
    expect(after).toBe(before);
  });

  it('lets a unit record only its own self-checks, and a department window nothing', async () => {
    const regular = await record(visitInput({ kind: 'REGULAR', date: today(), unit: home() }), { token: townshipOperator });
    expect(regular.userErrors[0]).toMatchObject({ rule: 'INSPECTING_OFFICE_ONLY' });
    const self = await record(visitInput({ kind: 'SELF_CHECK', date: today(), unit: home(), selfCheckWindow: 'H2' }), { token: townshipOperator });
    expect(self.userErrors).toEqual([]);
    const elsewhere = await record(visitInput({ kind: 'SELF_CHECK', date: today(), unit: others()[0]! }), { token: townshipOperator });
    expect(elsewhere.userErrors[0]).toMatchObject({ field: 'input.unitId', rule: 'OUT_OF_SCOPE' });
    const window = await record(visitInput({ kind: 'SELF_CHECK', date: today(), unit: home() }), { token: deptOperator });
    expect(window.userErrors[0]).toMatchObject({ rule: 'INSPECTING_OFFICE_ONLY' });
    const leader = await hub.gql(`mutation($input: RecordInspectionInput!) { recordInspection(input: $input) { userErrors { rule } } }`, {
      input: visitInput({ kind: 'REGULAR', date: today(), unit: home() }),
    });
    expect(leader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('rectification', () => {
  it('goes through progress, submission, failed verification, resubmission and 销号, each step by its own side', async () => {
    const found = await record(visitInput({ kind: 'ROUTINE', date: today(), unit: home(), observed: { staff: false } }));
    const r = found.inspection!.findings[0]!.rectification;
    const owner = { token: townshipOperator };
    expect((await step('verifyRectification', { rectificationId: r.id }, owner)).userErrors[0]).toMatchObject({ rule: 'ILLEGAL_TRANSITION' });
    expect((await step('reportRectificationProgress', { rectificationId: r.id, note: '已安排窗口轮班' }, supervisor())).userErrors[0]).toMatchObject({ rule: 'OWNER_ONLY' });
    expect((await step('reportRectificationProgress', { rectificationId: r.id, note: '已安排窗口轮班' }, owner)).rectification!.state).toBe('IN_PROGRESS');
    expect((await step('submitRectification', { rectificationId: r.id, evidence: [] }, owner)).userErrors[0]).toMatchObject({ field: 'input.evidence', rule: 'EVIDENCE_REQUIRED' });
    expect((await step('submitRectification', { rectificationId: r.id, evidence: ['evidence/roster.jpg'] }, owner)).rectification!.state).toBe('SUBMITTED');
    // Only the inspecting office verifies; a failed verification reopens with 10 more working days.
    expect((await step('verifyRectification', { rectificationId: r.id }, owner)).userErrors[0]).toMatchObject({ rule: 'INSPECTING_OFFICE_ONLY' });
    const rejected = await step('rejectRectification', { rectificationId: r.id, reason: '抽查仍有空岗' }, supervisor());
    expect(rejected.rectification).toMatchObject({ state: 'REOPENED', rejections: 1, dueOn: calendar.addWorkingDays(today(), 10) });
    expect((await step('submitRectification', { rectificationId: r.id, evidence: ['evidence/roster-2.jpg'] }, owner)).rectification!.state).toBe('SUBMITTED');
    const verified = await step('verifyRectification', { rectificationId: r.id, note: '复查合格' }, supervisor());
    expect(verified.rectification!.state).toBe('VERIFIED');
    expect(verified.rectification!.events.map((e) => e.type)).toEqual(['OPENED', 'PROGRESS_REPORTED', 'SUBMITTED', 'REJECTED', 'SUBMITTED', 'VERIFIED']);
  });

  it('warns red once overdue and may be escalated once per deadline, only then', async () => {
    const visited = nthWorkingDayBack(calendar, today(), 31);
    const found = await record({ ...visitInput({ kind: 'UNANNOUNCED', date: visited, unit: home(), observed: { sections: 4 } }) });
    const r = found.inspection!.findings[0]!.rectification;
    const due = calendar.addWorkingDays(visited, 20);
    expect(r).toMatchObject({ state: 'OPEN', dueOn: due, warning: { level: 'RED', shouldEscalate: true, overdueWorkingDays: calendar.workingDaysBetween(due, today()) } });
    const listed = expectData(
      await hub.gql<{ rectifications: { edges: { node: { id: string } }[] } }>(`{ rectifications(first: 100, filter: { shouldEscalate: true }) { edges { node { id } } } }`, {}, supervisor()),
    );
    expect(listed.rectifications.edges.map((e) => e.node.id)).toContain(r.id);
    expect((await step('escalateRectification', { rectificationId: r.id, note: '请于三日内整改到位' }, { token: townshipOperator })).userErrors[0]).toMatchObject({ rule: 'INSPECTING_OFFICE_ONLY' });
    const escalated = await step('escalateRectification', { rectificationId: r.id, note: '请于三日内整改到位' }, supervisor());
    expect(escalated.rectification).toMatchObject({ escalated: true, escalations: 1, warning: { level: 'RED', shouldEscalate: false } });
    expect((await step('escalateRectification', { rectificationId: r.id, note: '再次督办' }, supervisor())).userErrors[0]).toMatchObject({ rule: 'ALREADY_ESCALATED' });
    const fresh = await record(visitInput({ kind: 'ROUTINE', date: today(), unit: home(), observed: { sections: 5 } }));
    expect((await step('escalateRectification', { rectificationId: fresh.inspection!.findings[0]!.rectification.id, note: '督办' }, supervisor())).userErrors[0]).toMatchObject({
      rule: 'NOT_OVERDUE',
    });
  });

  it('shows a department window only its own rectifications', async () => {
    const dept = cat.departments[0]!;
    const found = await record({ ...visitInput({ kind: 'UNANNOUNCED', date: today(), unit: cat.county, observed: { staff: false } }), departmentId: dept.id, inspectingUnitId: cat.county.id });
    expect(found.userErrors).toEqual([]);
    const mine = expectData(await hub.gql<{ rectifications: { totalCount: number; edges: { node: { id: string } }[] } }>(`{ rectifications(first: 100) { totalCount edges { node { id } } } }`, {}, { token: deptOperator }));
    expect(mine.rectifications.edges.map((e) => e.node.id)).toEqual([found.inspection!.findings[0]!.rectification.id]);
    // The window's staff rectify it.
    const progress = await step('reportRectificationProgress', { rectificationId: found.inspection!.findings[0]!.rectification.id, note: '已补齐人员' }, { token: deptOperator });
    expect(progress.userErrors).toEqual([]);
  });
});

describe('department windows', () => {
  it('have their own figures and scorecard, one statement for all departments', async () => {
    inspectionsSql.length = 0;
    const data = expectData(
      await hub.gql<{ departments: { edges: { node: { id: string; inspectionStats: { inspections: number; scored: number; averageScore: number | null; openRectifications: number; frequency: null }; scorecard: { score: number | null; missing: string[] } } }[] } }>(
        `{ departments(first: 100) { edges { node { id inspectionStats(period: { year: ${today().slice(0, 4)} }) { inspections scored averageScore openRectifications frequency { unitsRequired } } scorecard(period: { year: ${today().slice(0, 4)} }) { score missing } } } } }`,
        {},
        supervisor(),
      ),
    );
    const mine = data.departments.edges.find((e) => e.node.id === cat.departments[0]!.id)!.node;
    // One window inspection with the staff missing: 85 points, one open rectification; no frequency rules for windows.
    expect(mine.inspectionStats).toEqual({ inspections: 1, scored: 1, averageScore: expectedScore({ staff: false }), openRectifications: 1, frequency: null });
    expect(mine.scorecard.score).not.toBeNull();
    expect(data.departments.edges.filter((e) => e.node.id !== mine.id).every((e) => e.node.inspectionStats.inspections === 0)).toBe(true);
    expect(inspectionsSql.filter((sql) => /GROUP BY/i.test(sql))).toHaveLength(1);
  });
});

describe('what stays with supervision', () => {
  it('keeps plans from the units and windows they target, and notices from windows', async () => {
    const plan = expectData(
      await hub.gql<{ createInspectionPlan: { plan: { id: string; targetCount: number } | null; userErrors: UserErrors } }>(
        `mutation($input: CreateInspectionPlanInput!) { createInspectionPlan(input: $input) { plan { id targetCount } userErrors { field rule } } }`,
        { input: { title: '第四季度明察暗访', kind: 'UNANNOUNCED', inspectingUnitId: cat.county.id, startsOn: `${today().slice(0, 4)}-10-01`, endsOn: `${today().slice(0, 4)}-12-31`, targets: [{ unitId: home().id }, { unitId: cat.county.id, departmentId: cat.departments[0]!.id }] } },
        supervisor(),
      ),
    ).createInspectionPlan;
    expect(plan.userErrors).toEqual([]);
    const PLANS = `{ inspectionPlans(first: 10) { edges { node { id targetCount visitedCount } } } }`;
    expect(expectData(await hub.gql<{ inspectionPlans: { edges: unknown[] } }>(PLANS, {}, supervisor())).inspectionPlans.edges).toHaveLength(1);
    for (const token of [townshipOperator, deptOperator, hub.tokens.leader]) {
      expect(expectData(await hub.gql<{ inspectionPlans: { edges: unknown[] } }>(PLANS, {}, { token })).inspectionPlans.edges).toEqual([]);
    }
    // Nor can a unit learn about a plan by naming it in a self-check.
    const probe = await record({ ...visitInput({ kind: 'SELF_CHECK', date: today(), unit: home() }), planId: plan.plan!.id }, { token: townshipOperator });
    expect(probe.userErrors).toEqual([{ field: 'input.planId', rule: 'PLAN_NOT_FOR_SELF_CHECK' }]);
  });

  it('dates people’s steps today: an owner cannot backdate a late submission', async () => {
    const visited = nthWorkingDayBack(calendar, today(), 31);
    const found = await record(visitInput({ kind: 'ROUTINE', date: visited, unit: home(), observed: { current: false } }));
    const r = found.inspection!.findings[0]!.rectification;
    const backdated = await step('submitRectification', { rectificationId: r.id, evidence: ['evidence/x.jpg'], on: r.dueOn }, { token: townshipOperator });
    expect(backdated.userErrors).toEqual([{ field: 'input.on', rule: 'DATED_BY_SYSTEMS_ONLY' }]);
    // Another department's window cannot even learn the rectification's state.
    const other = await issuePersonToken(
      { sub: 'dept-op-2', name: '县交通局窗口', role: 'operator', scopePath: cat.county.path, orgUnitCode: '430721', departmentId: cat.departments[1]!.id },
      secretKey(hub.secrets.jwtSecret),
    );
    expect((await step('submitRectification', { rectificationId: r.id, evidence: ['evidence/x.jpg'] }, { token: other })).userErrors).toEqual([{ field: 'input.rectificationId', rule: 'NOT_FOUND' }]);
  });

  it('masks phone and ID numbers written into an observation for roles without personal data', async () => {
    const found = await record({
      ...visitInput({ kind: 'UNANNOUNCED', date: today(), unit: home() }),
      findings: [{ description: '群众反映窗口电话13907361234无人接听，身份证11010519491231002X复印件随意放置' }],
    });
    const id = found.inspection!.id;
    const read = async (token: string) =>
      expectData(await hub.gql<{ inspection: { findings: { description: string }[] } }>(`query($id: ID!) { inspection(id: $id) { findings { description } } }`, { id }, { token })).inspection.findings[0]!.description;
    expect(await read(hub.tokens.supervisor)).toContain('13907361234');
    const masked = await read(hub.tokens.leader);
    expect(masked).not.toContain('13907361234');
    expect(masked).not.toContain('11010519491231002X');
  });
});

describe('imports from other systems', () => {
  it('are atomic, idempotent and for systems only', async () => {
    const unit = others()[9]!;
    const visits: Visit[] = [
      { kind: 'ROUTINE', date: '2026-02-10', unit, ref: 'prov-001' },
      { kind: 'ROUTINE', date: '2026-02-11', unit, ref: 'prov-002', observed: { area: 10 } },
    ];
    const first = await importVisits(visits, 'import-a');
    expect(first).toMatchObject({ created: 2, findings: 1, userErrors: [] });
    expect(await importVisits(visits, 'import-a')).toEqual(first);
    expect((await importVisits([visits[0]!], 'import-a')).userErrors[0]).toMatchObject({ rule: 'IDEMPOTENCY_KEY_REUSED' });
    // A batch with one bad inspection writes none of them, and names it.
    const bad = await importVisits([{ ...visits[0]!, ref: 'prov-003' }, { ...visits[0]!, ref: 'prov-004', unit: { ...unit, id: 'no-such-unit' } }], 'import-b');
    expect(bad.userErrors[0]).toMatchObject({ field: 'batch.1.unitId', rule: 'NOT_FOUND' });
    // A malformed date is refused by the LocalDate scalar as the caller's input error.
    const malformed = await hub.gql(`mutation($batch: [RecordInspectionInput!]!) { importInspections(batch: $batch, idempotencyKey: "import-d") { created } }`, {
      batch: [{ ...visitInput(visits[0]!), date: 'not-a-date' }],
    }, sys());
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const refs = expectData(await hub.gql<{ inspections: { totalCount: number } }>(`query($p: String) { inspections(filter: { withinPath: $p }) { totalCount } }`, { p: unit.path }, supervisor()));
    expect(refs.inspections.totalCount).toBe(2);
    expect((await importVisits(visits, 'import-c', supervisor())).userErrors[0]).toMatchObject({ rule: 'SYSTEMS_ONLY' });
  });
});

describe('figures for 2025', () => {
  // Townships nobody else touches: compliant, behind, failing, and a few more visits.
  const compliant = () => others()[0]!;
  const behind = () => others()[1]!;
  const failing = () => others()[2]!;

  function yearOfVisits(): Visit[] {
    const c = compliant();
    const b = behind();
    const f = failing();
    return [
      // Compliant: 2 regular, 4 routine (one a quarter), both self-checks with reports on time.
      { kind: 'REGULAR', date: '2025-06-20', unit: c },
      { kind: 'REGULAR', date: '2025-12-10', unit: c, observed: { facts: 6 } },
      { kind: 'ROUTINE', date: '2025-03-14', unit: c },
      { kind: 'ROUTINE', date: '2025-05-20', unit: c, observed: { area: 11 } },
      { kind: 'ROUTINE', date: '2025-08-12', unit: c },
      { kind: 'ROUTINE', date: '2025-11-05', unit: c },
      { kind: 'SELF_CHECK', date: '2025-06-25', unit: c, reportedOn: '2025-07-10' },
      { kind: 'SELF_CHECK', date: '2025-11-03', unit: c, reportedOn: '2025-11-12' },
      // Behind: one regular inspection only, and no second-half self-check.
      { kind: 'REGULAR', date: '2025-07-08', unit: b, observed: { current: false } },
      { kind: 'ROUTINE', date: '2025-03-03', unit: b },
      { kind: 'ROUTINE', date: '2025-06-03', unit: b },
      { kind: 'ROUTINE', date: '2025-09-03', unit: b, observed: { staff: false } },
      { kind: 'ROUTINE', date: '2025-12-03', unit: b },
      { kind: 'SELF_CHECK', date: '2025-06-28', unit: b, reportedOn: '2025-07-14' },
      // Failing in Q3: three visits averaging below 60.
      { kind: 'REGULAR', date: '2025-07-15', unit: f, observed: { location: 'OTHER', area: 6, current: false } },
      { kind: 'ROUTINE', date: '2025-08-19', unit: f, observed: { area: 9, sections: 3, facts: 2 } },
      { kind: 'UNANNOUNCED', date: '2025-09-09', unit: f, observed: { current: false, staff: false, facts: 4 } },
    ];
  }

  let visits: Visit[];
  beforeAll(async () => {
    visits = yearOfVisits();
    const imported = await importVisits(visits, 'figures-2025');
    expect(imported.userErrors).toEqual([]);
    // Verify some of the compliant township's rectifications (all but the last found).
    const open = expectData(
      await hub.gql<{ rectifications: { edges: { node: { id: string; state: string } }[] } }>(
        `query($p: String) { rectifications(first: 100, filter: { withinPath: $p }) { edges { node { id state } } } }`,
        { p: compliant().path },
        supervisor(),
      ),
    ).rectifications.edges.map((e) => e.node);
    expect(open).toHaveLength(2);
    await step('submitRectification', { rectificationId: open[0]!.id, evidence: ['evidence/a.jpg'], on: '2025-06-01' }, sys());
    await step('verifyRectification', { rectificationId: open[0]!.id, on: '2025-06-05' }, sys());
    // Complaints in the failing township for the scorecard: two replied (one late), two rated.
    const village = cat.villagesOf(failing())[0]!;
    await importRequests(hub, [
      { ref: 'sc-1', receivedAt: bj('2025-08-04'), receivedUnitId: cat.county.id, locationUnitId: village.id, dispatch: { unitId: failing().id, at: bj('2025-08-04', '10:00'), signAt: bj('2025-08-04', '11:00') }, replyAt: bj('2025-08-06'), callback: { at: bj('2025-08-07'), satisfaction: 5 } },
      { ref: 'sc-2', receivedAt: bj('2025-08-04'), receivedUnitId: cat.county.id, locationUnitId: village.id, dispatch: { unitId: failing().id, at: bj('2025-08-04', '10:00'), signAt: bj('2025-08-04', '11:00') }, replyAt: bj('2025-08-25'), callback: { at: bj('2025-08-26'), satisfaction: 4 } },
    ]);
  });

  const PERIOD = '{ year: 2025, quarter: 3 }';
  const graded = (v: Visit) => v.kind !== 'SELF_CHECK';
  const inQ3 = (v: Visit) => v.date >= '2025-07-01' && v.date <= '2025-09-30';
  const avg = (scores: number[]) => (scores.length === 0 ? null : Math.round((scores.reduce((s, x) => s + x, 0) / scores.length) * 10 + 1e-9) / 10);

  it('gives every township the figures computed here, with one statement for all of them', async () => {
    inspectionsSql.length = 0;
    const data = expectData(
      await hub.gql<{ county: { children: { path: string; inspectionStats: { inspections: number; scored: number; averageScore: number | null; grade: string | null; rectificationsOpened: number; rectificationsVerified: number; completionRate: { numerator: number; denominator: number } } }[] } }>(
        `{ county: orgUnit(code: "430721") { children { path inspectionStats(period: ${PERIOD}) {
          inspections scored averageScore grade rectificationsOpened rectificationsVerified completionRate { numerator denominator } } } } }`,
        {},
        supervisor(),
      ),
    );
    expect(data.county.children).toHaveLength(cat.townships.length);
    for (const t of [compliant(), behind(), failing()]) {
      const mine = visits.filter((v) => v.unit.id === t.id && inQ3(v));
      const scores = mine.filter(graded).map((v) => expectedScore(v.observed));
      const opened = mine.reduce((s, v) => s + failedItems(v.observed).length, 0);
      const average = avg(scores);
      const node = data.county.children.find((c) => c.path === t.path)!;
      expect(node.inspectionStats, t.path).toEqual({
        inspections: mine.length,
        scored: scores.length,
        averageScore: average,
        grade: average === null ? null : average >= 90 ? 'EXCELLENT' : average >= 80 ? 'GOOD' : average >= 60 ? 'PASS' : 'FAIL',
        rectificationsOpened: opened,
        rectificationsVerified: 0,
        completionRate: { numerator: 0, denominator: opened },
      });
    }
    expect(data.county.children.find((c) => c.path === failing().path)!.inspectionStats.grade).toBe('FAIL');
    expect(inspectionsSql.filter((sql) => /GROUP BY/i.test(sql))).toHaveLength(1);
  });

  it('shows which townships are behind on the yearly frequency rules and why', async () => {
    const data = expectData(
      await hub.gql<{ county: { inspectionStats: { frequency: { unitsRequired: number; unitsBehind: number; behind: { path: string; reasons: string[] }[] } } }; b: { inspectionStats: { frequency: { own: { behind: boolean; counts: { code: string; done: number; required: number; behind: boolean }[]; selfChecks: { code: string; status: string; reportStatus: string }[] } } } } }>(
        `query($b: ID!) {
          county: orgUnit(code: "430721") { inspectionStats(period: { year: 2025 }) { frequency { unitsRequired unitsBehind behind { path reasons } } } }
          b: orgUnit(id: $b) { inspectionStats(period: { year: 2025 }) { frequency { own { behind counts { code done required behind } selfChecks { code status reportStatus } } } } }
        }`,
        { b: behind().id },
        supervisor(),
      ),
    );
    const f = data.county.inspectionStats.frequency;
    expect(f.unitsRequired).toBe(cat.townships.length);
    const behindPaths = f.behind.map((u) => u.path);
    expect(behindPaths).not.toContain(compliant().path);
    expect(behindPaths).toContain(behind().path);
    expect(f.unitsBehind).toBe(f.behind.length);
    expect(f.behind.find((u) => u.path === behind().path)!.reasons).toEqual(['定期检查：已完成1次，截至目前应完成2次', '下半年自查逾期未完成（应于2025-11-30前完成）', '下半年自查总结逾期未报送（应于2025-11-15前报送）']);
    expect(data.b.inspectionStats.frequency.own).toMatchObject({
      behind: true,
      counts: [
        { code: 'REGULAR', done: 1, required: 2, behind: true },
        { code: 'ROUTINE', done: 4, required: 4, behind: false },
      ],
      selfChecks: [
        { code: 'H1', status: 'ON_TIME', reportStatus: 'ON_TIME' },
        { code: 'H2', status: 'MISSED', reportStatus: 'MISSING' },
      ],
    });
  });

  it('grades an ended quarter, issues one 监察建议书 to the failing township, and is safe to repeat', async () => {
    const ISSUE = `mutation { issueQuarterlyGrades(year: 2025, quarter: 3) { grades { unitPath count average grade noticeId } noticesIssued userErrors { rule } } }`;
    const first = expectData(await hub.gql<{ issueQuarterlyGrades: { grades: { unitPath: string; count: number; average: number; grade: string; noticeId: string | null }[]; noticesIssued: number } }>(ISSUE, {}, supervisor())).issueQuarterlyGrades;
    const failed = first.grades.find((g) => g.unitPath === failing().path)!;
    const scores = visits.filter((v) => v.unit.id === failing().id && inQ3(v) && graded(v)).map((v) => expectedScore(v.observed));
    expect(failed).toMatchObject({ count: 3, average: avg(scores), grade: 'FAIL' });
    expect(failed.noticeId).not.toBeNull();
    expect(first.grades.filter((g) => g.grade === 'FAIL').map((g) => g.unitPath)).toEqual([failing().path]);
    expect(first.noticesIssued).toBe(1);
    const again = expectData(await hub.gql<{ issueQuarterlyGrades: { noticesIssued: number } }>(ISSUE, {}, supervisor())).issueQuarterlyGrades;
    expect(again.noticesIssued).toBe(0);
    const notices = expectData(await hub.gql<{ supervisionNotices: { edges: { node: { unitPath: string; dueOn: string; issuedOn: string } }[] } }>(`{ supervisionNotices(first: 10, year: 2025, quarter: 3) { edges { node { unitPath dueOn issuedOn } } } }`, {}, supervisor()));
    expect(notices.supervisionNotices.edges.map((e) => e.node)).toEqual([{ unitPath: failing().path, issuedOn: today(), dueOn: calendar.addWorkingDays(today(), 20) }]);
    // Leaders read grades but do not issue them; a quarter not yet over cannot be graded.
    expect((await hub.gql(ISSUE)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const open = expectData(await hub.gql<{ issueQuarterlyGrades: { userErrors: { rule: string }[] } }>(`mutation { issueQuarterlyGrades(year: 2030, quarter: 1) { userErrors { rule } } }`, {}, supervisor()));
    expect(open.issueQuarterlyGrades.userErrors[0]!.rule).toBe('QUARTER_NOT_ENDED');
  });

  it('ranks only townships with enough inspections and shows the count beside the average', async () => {
    const data = expectData(
      await hub.gql<{ inspectionRanking: { ranked: { rank: number; name: string; average: number; count: number }[]; notRanked: { count: number; needed: number }[] } }>(
        `{ inspectionRanking(period: { year: 2025 }, tier: TOWNSHIP, minInspections: 5) { ranked { rank name average count } notRanked { count needed } } }`,
        {},
        supervisor(),
      ),
    );
    const scoresOf = (t: Unit) => visits.filter((v) => v.unit.id === t.id && graded(v)).map((v) => expectedScore(v.observed));
    expect(data.inspectionRanking.ranked).toEqual(
      [compliant(), behind()]
        .map((t) => ({ name: t.name, average: avg(scoresOf(t))!, count: scoresOf(t).length }))
        .sort((a, b) => b.average - a.average)
        .map((r, i) => ({ rank: i + 1, ...r })),
    );
    expect(data.inspectionRanking.notRanked.find((u) => u.count === 3)).toMatchObject({ needed: 2 });
  });

  it('computes the unit scorecard from the four domains, with one call per other domain for all townships', async () => {
    complaintsSql.length = 0;
    inspectionsSql.length = 0;
    const data = expectData(
      await hub.gql<{ county: { children: { path: string; complaintStats: { onTimeRate: Rate; satisfactionRate: Rate }; approvalStats: { onTimeRate: Rate; satisfactionRate: Rate }; disclosureStats: { onTimeRate: Rate; boardOnTimeRate: Rate }; scorecard: { score: number | null; missing: string[]; complete: boolean; measures: { measure: string; effectiveWeight: number }[] } }[] } }>(
        `{ county: orgUnit(code: "430721") { children { path
            approvalStats(period: ${PERIOD}) { onTimeRate { numerator denominator value } satisfactionRate { numerator denominator value } }
            complaintStats(period: ${PERIOD}) { onTimeRate { numerator denominator value } satisfactionRate { numerator denominator value } }
            disclosureStats(period: ${PERIOD}) { onTimeRate { numerator denominator value } boardOnTimeRate { numerator denominator value } }
            inspectionStats(period: ${PERIOD}) { averageScore }
            scorecard(period: ${PERIOD}) { score missing complete measures { measure effectiveWeight } } } } }`,
        {},
        supervisor(),
      ),
    );
    const node = data.county.children.find((c) => c.path === failing().path)!;
    // Independently: weights 15/10 per measure; measures without data drop out, the rest share 100.
    const scores = visits.filter((v) => v.unit.id === failing().id && inQ3(v) && graded(v)).map((v) => expectedScore(v.observed));
    const opened = visits.filter((v) => v.unit.id === failing().id && inQ3(v)).reduce((s, v) => s + failedItems(v.observed).length, 0);
    const parts: [number, Rate][] = [
      [15, node.approvalStats.onTimeRate],
      [10, node.approvalStats.satisfactionRate],
      [15, node.complaintStats.onTimeRate],
      [10, node.complaintStats.satisfactionRate],
      [15, node.disclosureStats.onTimeRate],
      // No board was posted in this hub: the townships' boards count as missing (0 on time), which is data.
      [10, node.disclosureStats.boardOnTimeRate],
      [15, { numerator: 0, denominator: scores.length, value: scores.reduce((s, x) => s + x, 0) / scores.length / 100 }],
      [10, { numerator: 0, denominator: opened, value: 0 }],
    ];
    const used = parts.filter(([, r]) => r.denominator > 0 && r.value !== null);
    const weight = used.reduce((s, [w]) => s + w, 0);
    const expected = Math.round((100 * used.reduce((s, [w, r]) => s + w * r.value!, 0)) / weight * 10 + 1e-9) / 10;
    expect(node.complaintStats.onTimeRate).toMatchObject({ numerator: 1, denominator: 2 });
    expect(node.scorecard.score).toBe(expected);
    expect(node.scorecard.complete).toBe(false);
    expect(node.disclosureStats.boardOnTimeRate).toMatchObject({ numerator: 0 });
    expect(node.disclosureStats.boardOnTimeRate.denominator).toBeGreaterThan(0);
    expect(node.scorecard.missing).toEqual(expect.arrayContaining(['DISCLOSURE_REQUESTS_ON_TIME', 'APPROVALS_ON_TIME']));
    expect(node.scorecard.missing).not.toContain('DISCLOSURE_BOARD_ON_TIME');
    // complaintStats and the scorecard's complaints figures: one grouped statement each, for all townships.
    expect(complaintsSql.filter((sql) => /GROUP BY/i.test(sql))).toHaveLength(2);
    // inspectionStats and the scorecard of all townships: one inspections statement.
    expect(inspectionsSql.filter((sql) => /GROUP BY/i.test(sql))).toHaveLength(1);
    // A township with no data at all has no score (not 0): in a month without a board deadline, nothing is measured.
    const quiet = expectData(await hub.gql<{ orgUnit: { scorecard: { score: number | null } } }>(`{ orgUnit(id: "${others()[5]!.id}") { scorecard(period: { year: 2025, month: 8 }) { score } } }`, {}, supervisor()));
    expect(quiet.orgUnit.scorecard.score).toBeNull();
  });
});

interface Rate {
  numerator: number;
  denominator: number;
  value: number | null;
}

describe('the scorecard’s sources', () => {
  const viewer = (scopePath: string): Viewer => ({
    sub: 'scorecard-test',
    name: '测试',
    role: 'supervisor',
    scopePath,
    orgUnitCode: null,
    departmentId: null,
    permissions: ['read', 'personal-data'],
    locale: 'zh-CN',
  });
  const sources = () =>
    createFigureSources({
      peers: { approvals: `${hub.url}/subgraphs/approvals/graphql`, complaints: 'http://127.0.0.1:9/graphql' },
      env: {},
      signingKey: secretKey(hub.secrets.signingSecret),
    });
  const period = { from: '2025-07-01', to: '2025-09-30', asOf: '2025-09-30', label: '' } as Period;

  it('asks a real subgraph once for every subject, with the caller’s own scope applied there', async () => {
    const [approvals] = sources();
    const subjects = cat.townships.slice(0, 3).map((t) => ({ kind: 'unit' as const, id: t.id, path: t.path }));
    const county = await approvals!.fetch(viewer(cat.county.path), period, subjects);
    expect([...county.keys()].sort()).toEqual(subjects.map((s) => `unit:${s.id}`).sort());
    expect(county.get(`unit:${subjects[0]!.id}`)).toHaveProperty('APPROVALS_ON_TIME.denominator');
    // Scoped to one township, the others come back without figures.
    const one = await approvals!.fetch(viewer(subjects[0]!.path), period, subjects);
    expect([...one.keys()]).toEqual([`unit:${subjects[0]!.id}`]);
  });

  it('reports a subgraph that cannot answer instead of failing the scorecard', async () => {
    const [, complaints] = sources();
    await expect(complaints!.fetch(viewer(cat.county.path), period, [{ kind: 'unit', id: home().id, path: home().path }])).rejects.toBeInstanceOf(SourceUnavailableError);
  });
});
