// The approvals subgraph through the gateway: a case's life across the tiers, scope and masking,
// idempotent imports, warnings at their boundaries, parallel cases, and per-unit statistics that
// equal counts computed here from the same data — with one grouped SQL statement for siblings.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectData, startTestHub, type TestHub } from '../support/hub';
import {
  at,
  calendar,
  day,
  importSpecs,
  loadCatalogue,
  PERSON,
  specEvents,
  workingDayAfter,
  type CaseSpec,
  type Catalogue,
} from '../support/approvals-fixtures';
import { addCalendarDays, calendarDaysBetween, nthWorkingDayBack, toLocalDate, type LocalDate } from '../../subgraphs/shared/calendar';

let hub: TestHub;
let cat: Catalogue;
const approvalsSql: string[] = [];

beforeAll(async () => {
  hub = await startTestHub({ onQuery: { approvals: (sql) => approvalsSql.push(sql) } });
  cat = await loadCatalogue(hub);
});
afterAll(async () => hub?.close());

const STATS_FIELDS = `received forwarded handled accepted completed onTime immediate overdueOpen rated satisfied badRatings calledBack rectified
  completionRate { numerator denominator value } onTimeRate { numerator denominator value } satisfactionRate { numerator denominator value }
  overdueAgeing { minDays count } averageWorkingDays`;

type CountKey = 'received' | 'forwarded' | 'handled' | 'accepted' | 'completed' | 'onTime' | 'immediate' | 'overdueOpen' | 'rated' | 'satisfied' | 'badRatings' | 'calledBack' | 'rectified';
type Stats = Record<CountKey, number> & {
  averageWorkingDays: number | null;
  completionRate: { numerator: number; denominator: number; value: number | null };
  onTimeRate: { numerator: number; denominator: number; value: number | null };
  overdueAgeing: { minDays: number; count: number }[];
};

const sys = () => ({ apiKey: hub.systemApiKey });

async function mutate(name: string, input: Record<string, unknown>, as: { token?: string; apiKey?: string }) {
  const inputType = `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
  const response = await hub.gql<Record<string, { case: { id: string; state: string } | null; userErrors: { field: string; rule: string }[] }>>(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { case { id state } userErrors { field rule message } } }`,
    { input },
    as,
  );
  return expectData(response)[name]!;
}

describe('a case received at a village agency point (四级联动)', () => {
  it('is forwarded to the township and the county department, accepted, reviewed, paused, decided, delivered, rated and followed up', async () => {
    const township = cat.townships.find((t) => t.path === '/4307/430721/430721100/')!;
    const village = cat.villagesOf(township)[0]!;
    const operator = { token: hub.tokens.operator };
    const received = await mutate(
      'receiveCase',
      { serviceItemId: cat.promised.id, unitId: village.id, channel: 'AGENCY_POINT', applicant: { kind: 'PERSON', name: '李四', phone: '13800001111', idNumber: '11010519491231002X' } },
      operator,
    );
    expect(received.userErrors).toEqual([]);
    const id = received.case!.id;
    expect((await mutate('forwardCase', { caseId: id, toUnitId: township.id }, operator)).userErrors).toEqual([]);
    expect((await mutate('forwardCase', { caseId: id, toUnitId: cat.county.id, departmentId: cat.promised.department.id }, operator)).userErrors).toEqual([]);
    // The township operator's part ends at the county: accepting is the county department's.
    expect((await mutate('acceptCase', { caseId: id }, operator)).userErrors[0]?.rule).toBe('OUT_OF_SCOPE');
    expect((await mutate('acceptCase', { caseId: id }, sys())).case?.state).toBe('ACCEPTED');
    expect((await mutate('startReviewStage', { caseId: id, name: '审查', limitDays: 2 }, sys())).case?.state).toBe('UNDER_REVIEW');
    expect((await mutate('stopClock', { caseId: id, reason: 'CORRECTION', note: '补正身份证明' }, sys())).userErrors).toEqual([]);
    // Deciding while the clock is stopped is refused.
    expect((await mutate('approveCase', { caseId: id }, sys())).userErrors[0]?.rule).toBe('CLOCK_STOPPED');
    expect((await mutate('resumeClock', { caseId: id }, sys())).userErrors).toEqual([]);
    expect((await mutate('approveCase', { caseId: id, note: '符合条件' }, sys())).case?.state).toBe('APPROVED');
    expect((await mutate('deliverCase', { caseId: id, method: 'WINDOW' }, sys())).case?.state).toBe('DELIVERED');
    expect((await mutate('rateCase', { caseId: id, level: 2, channel: 'ONLINE', comment: '等候时间长' }, sys())).userErrors).toEqual([]);
    expect((await mutate('rateCase', { caseId: id, level: 5, channel: 'ONLINE' }, sys())).userErrors[0]?.rule).toBe('ALREADY_RATED');
    expect((await mutate('planRectification', { caseId: id, mode: 'IMMEDIATE', measures: '增设窗口' }, sys())).userErrors[0]?.rule).toBe(
      'CALLBACK_BEFORE_RECTIFICATION',
    );
    expect((await mutate('recordCallback', { caseId: id, note: '已致电说明', reached: true }, sys())).userErrors).toEqual([]);
    const tomorrow = workingDayAfter(toLocalDate(new Date()), 3);
    expect((await mutate('planRectification', { caseId: id, mode: 'LEDGER', measures: '高峰期增设窗口', dueOn: tomorrow }, sys())).userErrors).toEqual([]);
    expect((await mutate('completeRectification', { caseId: id, note: '已增设两个窗口' }, sys())).userErrors).toEqual([]);

    const detail = expectData(
      await hub.gql<{ case: Record<string, unknown> & { timeline: { type: string }[]; handoffs: unknown[]; clockStops: { reasonLabel: string; endedAt: string | null }[] } }>(
        `query($id: ID!) { case(id: $id) { state parallel workingDaysUsed onTime dueOn
          timeline { seq type label summary actorName } handoffs { toUnit { name } toDepartment { name } }
          clockStops { reasonLabel startedBy endedAt } stages { name limitDays dueOn }
          rating { level label } followup { state mode outcome } receivingUnit { name } currentUnit { name } handlingDepartment { id } } }`,
        { id },
        { token: hub.tokens.supervisor },
      ),
    ).case;
    expect(detail.timeline.map((e) => e.type)).toEqual([
      'RECEIVED', 'FORWARDED', 'FORWARDED', 'ACCEPTED', 'STAGE_STARTED', 'CLOCK_STOPPED', 'CLOCK_RESUMED',
      'APPROVED', 'DELIVERED', 'RATED', 'CALLED_BACK', 'RECTIFICATION_PLANNED', 'RECTIFIED',
    ]);
    expect(detail.handoffs).toHaveLength(2);
    expect(detail.clockStops[0]).toMatchObject({ reasonLabel: '补正' });
    expect(detail.clockStops[0]!.endedAt).not.toBeNull();
    expect(detail).toMatchObject({
      state: 'DELIVERED',
      onTime: true,
      receivingUnit: { name: village.name },
      currentUnit: { name: cat.county.name },
      handlingDepartment: { id: cat.promised.department.id },
      rating: { level: 2, label: '不满意' },
      followup: { state: 'RECTIFIED', mode: 'LEDGER', outcome: '已增设两个窗口' },
    });
  });

  it('refuses an illegal transition with a typed error and writes nothing', async () => {
    const ref = `illegal-${Date.now()}`;
    const imported = await importSpecs(hub, [{ ref, item: cat.promised, unit: cat.county, county: cat.county, receivedOn: day('2025-03-03'), decideAfter: 2 }], `k-${ref}`);
    const id = imported.caseIds[0]!;
    const before = expectData(await hub.gql<{ case: { timeline: unknown[] } }>(`query($id: ID!) { case(id: $id) { timeline { seq } } }`, { id }, sys())).case.timeline.length;
    for (const [name, input] of [
      ['acceptCase', { caseId: id }],
      ['forwardCase', { caseId: id, toUnitId: cat.county.id }],
      ['stopClock', { caseId: id, reason: 'HEARING' }],
      ['withdrawCase', { caseId: id, reason: '申请人撤回' }],
    ] as const) {
      const result = await mutate(name, input, sys());
      expect(result.case).toBeNull();
      expect(result.userErrors[0]).toMatchObject({ field: 'input.state', rule: 'ILLEGAL_TRANSITION' });
    }
    const after = expectData(await hub.gql<{ case: { timeline: unknown[] } }>(`query($id: ID!) { case(id: $id) { timeline { seq } } }`, { id }, sys())).case.timeline.length;
    expect(after).toBe(before);
  });
});

describe('scope and personal data', () => {
  let otherCaseId: string;
  beforeAll(async () => {
    const other = cat.townships.find((t) => t.path !== '/4307/430721/430721100/')!;
    const ref = `scope-${Date.now()}`;
    const imported = await importSpecs(hub, [{ ref, item: cat.promised, unit: other, county: cat.county, receivedOn: day('2025-04-01'), decideAfter: null }], `k-${ref}`);
    otherCaseId = imported.caseIds[0]!;
  });

  it('hides and protects a case received in another township from a township operator', async () => {
    const operator = { token: hub.tokens.operator };
    expect(expectData(await hub.gql<{ case: unknown }>(`query($id: ID!) { case(id: $id) { id } }`, { id: otherCaseId }, operator)).case).toBeNull();
    const list = expectData(await hub.gql<{ cases: { edges: { node: { orgPath: string } }[] } }>(`{ cases(first: 100) { edges { node { orgPath } } } }`, {}, operator));
    expect(list.cases.edges.every((e) => e.node.orgPath.startsWith('/4307/430721/430721100/'))).toBe(true);
    const refused = await mutate('returnCase', { caseId: otherCaseId, reason: '材料不全' }, operator);
    expect(refused.userErrors[0]).toMatchObject({ field: 'input.caseId', rule: 'NOT_FOUND' });
    const state = expectData(await hub.gql<{ case: { state: string } }>(`query($id: ID!) { case(id: $id) { state } }`, { id: otherCaseId }, sys())).case.state;
    expect(state).toBe('ACCEPTED');
  });

  it('masks the applicant for a leader and shows it to a supervisor; leaders cannot search by name', async () => {
    const query = `query($id: ID!) { case(id: $id) { applicantName applicantPhone applicantIdNumber } }`;
    const leader = expectData(await hub.gql<{ case: Record<string, string> }>(query, { id: otherCaseId }, { token: hub.tokens.leader })).case;
    const supervisor = expectData(await hub.gql<{ case: Record<string, string> }>(query, { id: otherCaseId }, { token: hub.tokens.supervisor })).case;
    expect(supervisor).toEqual({ applicantName: PERSON.name, applicantPhone: PERSON.phone, applicantIdNumber: PERSON.idNumber });
    expect(leader.applicantName).toBe('王**');
    expect(leader.applicantPhone).toBe('139****1234');
    expect(leader.applicantIdNumber).not.toContain('19491231');
    const search = await hub.gql(`{ cases(first: 1, filter: { applicantName: "王" }) { totalCount } }`, {}, { token: hub.tokens.leader });
    expect(search.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'PERSONAL_DATA_NOT_PERMITTED' });
  });

  it('lets only a supervision office escalate', async () => {
    expect((await mutate('escalateCase', { caseId: otherCaseId, note: '请加快办理' }, { token: hub.tokens.leader })).userErrors[0]?.rule).toBe('SUPERVISOR_ONLY');
    const done = await mutate('escalateCase', { caseId: otherCaseId, note: '请加快办理' }, { token: hub.tokens.supervisor });
    expect(done.userErrors).toEqual([]);
    const escalated = expectData(await hub.gql<{ cases: { edges: { node: { id: string } }[] } }>(`{ cases(first: 10, filter: { escalated: true }) { edges { node { id } } } }`, {}, { token: hub.tokens.supervisor }));
    expect(escalated.cases.edges.map((e) => e.node.id)).toContain(otherCaseId);
  });
});

describe('importCaseEvents', () => {
  const count = async () => expectData(await hub.gql<{ cases: { totalCount: number } }>(`{ cases(first: 1) { totalCount } }`, {}, sys())).cases.totalCount;

  it('creates nothing new when a batch is retried with the same key', async () => {
    const specs: CaseSpec[] = [1, 2, 3].map((n) => ({ ref: `retry-${n}`, item: cat.immediate, unit: cat.county, county: cat.county, receivedOn: day('2025-05-06'), decideAfter: 0 }));
    const first = await importSpecs(hub, specs, 'retry-batch');
    const total = await count();
    const second = await importSpecs(hub, specs, 'retry-batch');
    expect(second).toEqual(first);
    expect(first.casesCreated).toBe(3);
    expect(await count()).toBe(total);
  });

  it('is for other systems only: a window cannot backdate its own steps', async () => {
    const batch = specEvents({ ref: 'seat-import', item: cat.immediate, unit: cat.county, county: cat.county, receivedOn: day('2025-05-06'), decideAfter: 0 });
    const result = expectData(
      await hub.gql<{ importCaseEvents: { casesCreated: number; userErrors: { field: string; rule: string }[] } }>(
        `mutation($batch: [CaseEventImportInput!]!) { importCaseEvents(batch: $batch, idempotencyKey: "seat-import") { casesCreated userErrors { field rule } } }`,
        { batch },
        { token: hub.tokens.operator },
      ),
    );
    expect(result.importCaseEvents).toEqual({ casesCreated: 0, userErrors: [{ field: 'batch', rule: 'SYSTEMS_ONLY' }] });
  });

  it('rejects a whole batch for one bad event, naming its index and rule', async () => {
    const before = await count();
    const good = specEvents({ ref: 'bad-batch-1', item: cat.promised, unit: cat.county, county: cat.county, receivedOn: day('2025-05-07'), decideAfter: 1 });
    const bad = { caseRef: 'bad-batch-1', type: 'RATED', at: at(day('2025-05-09')), level: 9, ratingChannel: 'ONLINE' };
    const result = expectData(
      await hub.gql<{ importCaseEvents: { casesCreated: number; userErrors: { field: string; rule: string }[] } }>(
        `mutation($batch: [CaseEventImportInput!]!) { importCaseEvents(batch: $batch, idempotencyKey: "bad-batch") { casesCreated userErrors { field rule } } }`,
        { batch: [...good, bad] },
        sys(),
      ),
    );
    expect(result.importCaseEvents.casesCreated).toBe(0);
    expect(result.importCaseEvents.userErrors).toEqual([{ field: `batch.${good.length}.level`, rule: 'RATING_LEVEL_RANGE' }]);
    expect(await count()).toBe(before);
  });
});

describe('warnings (电子监察)', () => {
  it('turns yellow with one working day left and red the first working day after the due date', async () => {
    // Accepted Tue 2025-06-10 with a 5-day item: due Tue 06-17 (06-14/15 are a weekend).
    const item = { ...cat.promised };
    const ref = `warn-${Date.now()}`;
    await importSpecs(hub, [{ ref, item, unit: cat.county, county: cat.county, receivedOn: day('2025-06-10'), decideAfter: null }], `k-${ref}`);
    const list = expectData(await hub.gql<{ cases: { edges: { node: { id: string; dueOn: string; receivedAt: string } }[] } }>(`{ cases(first: 5, filter: { receivedFrom: "2025-06-10", receivedTo: "2025-06-10" }) { edges { node { id dueOn receivedAt } } } }`, {}, sys()));
    const target = list.cases.edges[0]!.node;
    const due = workingDayAfter(day('2025-06-10'), cat.promised.promisedDays);
    expect(target.dueOn).toBe(due);
    const levelAt = async (asOf: string) => {
      expectData(await hub.gql(`mutation($asOf: DateTime) { evaluateWarnings(asOf: $asOf) { evaluated } }`, { asOf }, { token: hub.tokens.supervisor }));
      return expectData(await hub.gql<{ case: { warningLevel: string } }>(`query($id: ID!) { case(id: $id) { warningLevel } }`, { id: target.id }, sys())).case.warningLevel;
    };
    const back = (n: number) => {
      let d = due;
      for (let seen = 0; seen < n; ) {
        d = addCalendarDays(d, -1);
        if (calendar.isWorkingDay(d)) seen += 1;
      }
      return d;
    };
    expect(await levelAt(at(back(2), '18:00'))).toBe('NONE');
    expect(await levelAt(at(back(1), '18:00'))).toBe('YELLOW');
    expect(await levelAt(at(due, '18:00'))).toBe('YELLOW');
    expect(await levelAt(at(workingDayAfter(due, 1), '08:00'))).toBe('RED');
    const warnings = expectData(
      await hub.gql<{ warnings: { edges: { node: { level: string; kind: string; case: { id: string } } }[] } }>(
        `{ warnings(first: 100, filter: { level: YELLOW }) { edges { node { level kind case { id } } } } }`,
        {},
        { token: hub.tokens.supervisor },
      ),
    );
    expect(warnings.warnings.edges.filter((e) => e.node.case.id === target.id).map((e) => e.node.kind)).toEqual(['DUE_SOON']);
  });
});

describe('parallel approval (并联审批)', () => {
  it('completes when all sub-tasks do, and measures each department on its own sub-task', async () => {
    const [d1, d2] = cat.departments.filter((d) => d.id !== cat.promised.department.id);
    const ref = `parallel-${Date.now()}`;
    const received = day('2025-08-04');
    const [receivedEvent] = specEvents({ ref, item: cat.promised, unit: cat.county, county: cat.county, receivedOn: received, decideAfter: null });
    const batch = [
      receivedEvent,
      { caseRef: ref, type: 'ACCEPTED', at: at(received, '10:00'), subTasks: [{ departmentId: d1!.id, limitDays: 3 }, { departmentId: d2!.id, limitDays: 4 }], limitDays: 5 },
      { caseRef: ref, type: 'SUBTASK_DECIDED', at: at(workingDayAfter(received, 2)), departmentId: d1!.id, approved: true },
      { caseRef: ref, type: 'SUBTASK_DECIDED', at: at(workingDayAfter(received, 6)), departmentId: d2!.id, approved: false, note: '不符合条件' },
    ];
    const result = expectData(
      await hub.gql<{ importCaseEvents: { eventsAppended: number; caseIds: string[]; userErrors: unknown[] } }>(
        `mutation($batch: [CaseEventImportInput!]!) { importCaseEvents(batch: $batch, idempotencyKey: "parallel") { eventsAppended caseIds userErrors { field rule message } } }`,
        { batch },
        sys(),
      ),
    );
    expect(result.importCaseEvents.userErrors).toEqual([]);
    expect(result.importCaseEvents.eventsAppended).toBe(5); // four given + the automatic decision
    const c = expectData(
      await hub.gql<{ case: { state: string; parallel: boolean; subTasks: { state: string; onTime: boolean; department: { id: string } }[] } }>(
        `query($id: ID!) { case(id: $id) { state parallel subTasks { state onTime department { id } } } }`,
        { id: result.importCaseEvents.caseIds[0] },
        sys(),
      ),
    ).case;
    expect(c.state).toBe('REFUSED');
    expect(c.subTasks).toEqual([
      { state: 'APPROVED', onTime: true, department: { id: d1!.id } },
      { state: 'REFUSED', onTime: false, department: { id: d2!.id } },
    ]);
    const stats = expectData(
      await hub.gql<{ a: { approvalStats: Stats }; b: { approvalStats: Stats } }>(
        `query($a: ID!, $b: ID!) { a: department(id: $a) { approvalStats(period: { year: 2025, month: 8 }) { ${STATS_FIELDS} } }
          b: department(id: $b) { approvalStats(period: { year: 2025, month: 8 }) { ${STATS_FIELDS} } } }`,
        { a: d1!.id, b: d2!.id },
        { token: hub.tokens.leader },
      ),
    );
    expect(stats.a.approvalStats).toMatchObject({ accepted: 1, completed: 1, onTime: 1 });
    expect(stats.b.approvalStats).toMatchObject({ accepted: 1, completed: 1, onTime: 0 });
  });
});

describe('approvalStats', () => {
  // Two townships with cases at the township centre and at villages; county-window cases too.
  let specs: CaseSpec[];
  let townshipA: Catalogue['townships'][number];
  let townshipB: Catalogue['townships'][number];

  beforeAll(async () => {
    [townshipA, townshipB] = [cat.townships[3]!, cat.townships[4]!];
    const [a1, a2] = cat.villagesOf(townshipA);
    const [b1] = cat.villagesOf(townshipB);
    const P = cat.promised.promisedDays;
    const mk = (n: number, unit: typeof a1, township: typeof townshipA | undefined, extra: Partial<CaseSpec>): CaseSpec => ({
      ref: `stats-${unit!.id}-${n}`,
      item: cat.promised,
      unit: unit!,
      township,
      county: cat.county,
      receivedOn: day('2024-03-04'),
      decideAfter: 1,
      ...extra,
    });
    specs = [
      mk(1, a1, townshipA, { receivedOn: day('2024-02-05'), decideAfter: 2, rating: 5 }),
      mk(2, a1, townshipA, { receivedOn: day('2024-03-11'), decideAfter: P + 3, rating: 1, callback: true, rectify: true }),
      mk(3, a1, townshipA, { receivedOn: day('2024-04-08'), decideAfter: null }), // open, long overdue at year end
      mk(4, a2, townshipA, { receivedOn: day('2024-05-06'), decideAfter: P, rating: 4 }),
      mk(5, a2, townshipA, { receivedOn: day('2024-06-03'), decideAfter: 1, refuse: true, rating: 2, callback: true }),
      mk(6, townshipA, undefined, { receivedOn: day('2024-07-01'), decideAfter: 0, item: cat.immediate, rating: 3 }),
      mk(7, townshipA, undefined, { receivedOn: day('2024-12-30'), decideAfter: null }), // open, not yet due
      mk(8, townshipA, undefined, { receivedOn: day('2023-12-04'), decideAfter: 3 }), // previous year
      mk(9, b1, townshipB, { receivedOn: day('2024-09-02'), decideAfter: P + 1, rating: 5 }),
      mk(10, townshipB, undefined, { receivedOn: day('2024-10-08'), decideAfter: null }),
    ].map((s) => (s.item.kind === 'IMMEDIATE' ? { ...s, item: cat.immediate } : s));
    await importSpecs(hub, specs, 'stats-fixture');
  });

  /** The expected 2024 figures of the cases `which` selects, computed from the specs. */
  function expectedOf(which: (s: CaseSpec) => boolean) {
    const asOf = day('2024-12-31');
    const mine = specs.filter((s) => which(s) && s.receivedOn >= '2024-01-01' && s.receivedOn <= '2024-12-31');
    const decided = mine.filter((s) => s.decideAfter !== null);
    const limit = (s: CaseSpec) => (s.item.kind === 'IMMEDIATE' ? 0 : s.item.promisedDays);
    const open = mine.filter((s) => s.decideAfter === null);
    const overdue = open.filter((s) => calendar.workingDaysBetween(workingDayAfter(s.receivedOn, limit(s)), asOf) >= 1);
    const rated = decided.filter((s) => s.rating);
    const bad = rated.filter((s) => s.rating! <= 2);
    return {
      received: mine.length,
      accepted: mine.length,
      completed: decided.length,
      onTime: decided.filter((s) => s.decideAfter! <= limit(s)).length,
      immediate: decided.filter((s) => s.item.kind === 'IMMEDIATE' && s.decideAfter === 0).length,
      overdueOpen: overdue.length,
      rated: rated.length,
      satisfied: rated.filter((s) => s.rating! >= 4).length,
      badRatings: bad.length,
      calledBack: bad.filter((s) => s.callback).length,
      rectified: bad.filter((s) => s.rectify).length,
      // Every fixture case is handled by a county department.
      forwarded: mine.length,
      handled: 0,
    };
  }
  const expected = (path: string) => expectedOf((s) => s.unit.path.startsWith(path));

  it('gives each township of the county its figures with one grouped SQL statement', async () => {
    approvalsSql.length = 0;
    const data = expectData(
      await hub.gql<{ orgUnits: { edges: { node: { path: string; approvalStats: Stats } }[] } }>(
        `query($county: ID!) { orgUnits(first: 100, filter: { parentId: $county }) { edges { node { path approvalStats(period: { year: 2024 }) { ${STATS_FIELDS} } } } } }`,
        { county: cat.county.id },
        { token: hub.tokens.leader },
      ),
    );
    const statsStatements = approvalsSql.filter((sql) => /GROUP BY/i.test(sql));
    expect(data.orgUnits.edges).toHaveLength(cat.townships.length);
    expect(statsStatements).toHaveLength(1);
    for (const township of [townshipA, townshipB]) {
      const node = data.orgUnits.edges.find((e) => e.node.path === township.path)!.node;
      expect(node.approvalStats).toMatchObject(expected(township.path));
      const e = expected(township.path);
      expect(node.approvalStats.completionRate).toEqual({ numerator: e.completed, denominator: e.accepted, value: e.completed / e.accepted });
    }
  });

  it('adds up: a township equals its own centre plus its villages', async () => {
    const data = expectData(
      await hub.gql<{ township: { approvalStats: Stats; children: { path: string; approvalStats: Stats }[] } }>(
        `query($id: ID!) { township: orgUnit(id: $id) { approvalStats(period: { year: 2024 }) { ${STATS_FIELDS} }
          children { path approvalStats(period: { year: 2024 }) { ${STATS_FIELDS} } } } }`,
        { id: townshipA.id },
        { token: hub.tokens.leader },
      ),
    );
    const own = expected(townshipA.path);
    const villages = data.township.children.map((c) => c.approvalStats);
    const centre = expectedOf((s) => s.unit.id === townshipA.id);
    expect(centre.accepted).toBeGreaterThan(0);
    for (const key of ['received', 'accepted', 'completed', 'onTime', 'immediate', 'overdueOpen', 'rated', 'satisfied', 'badRatings', 'calledBack', 'rectified'] as const) {
      const sumOfVillages = villages.reduce((sum, v) => sum + v[key], 0);
      expect(data.township.approvalStats[key], key).toBe(sumOfVillages + centre[key]);
      expect(data.township.approvalStats[key], key).toBe(own[key]);
    }
    // The long-open case is in the 6+ working-day ageing buckets at year end.
    const ageing = data.township.approvalStats.overdueAgeing;
    expect(ageing.reduce((sum, b) => sum + b.count, 0)).toBe(own.overdueOpen);
    expect(ageing.find((b) => b.minDays === 21)!.count).toBe(1);
  });

  it('lists overdue cases most overdue first, and finds them by working days past due', async () => {
    const data = expectData(
      await hub.gql<{ cases: { totalCount: number; edges: { node: { dueOn: string; state: string } }[] } }>(
        `query($path: String) { cases(first: 50, sort: MOST_OVERDUE_FIRST, filter: { withinPath: $path, overdueOnly: true }) { totalCount edges { node { dueOn state } } } }`,
        { path: townshipA.path },
        { token: hub.tokens.supervisor },
      ),
    );
    const dues = data.cases.edges.map((e) => e.node.dueOn);
    expect(dues).toEqual([...dues].sort());
    expect(data.cases.totalCount).toBe(2); // both open township-A cases are past due today
    // The December case is exactly N working days overdue today, the April one more: "> N" finds one.
    // The server's today is the Shanghai date (the UTC date is a day behind until 08:00 there).
    const today = toLocalDate(new Date());
    const n = calendar.workingDaysBetween(workingDayAfter(day('2024-12-30'), cat.promised.promisedDays), today);
    const far = expectData(
      await hub.gql<{ cases: { totalCount: number } }>(
        `query($path: String, $n: Int) { cases(first: 1, filter: { withinPath: $path, overdueByMoreThan: $n }) { totalCount } }`,
        { path: townshipA.path, n },
        { token: hub.tokens.supervisor },
      ),
    );
    expect(far.cases.totalCount).toBe(1);
  });

  it('refuses a malformed period with the field and rule', async () => {
    const response = await hub.gql(`query($id: ID!) { orgUnit(id: $id) { approvalStats(period: { year: 2024, quarter: 5 }) { accepted } } }`, { id: townshipA.id });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period.quarter', rule: 'QUARTER_RANGE' });
  });
});

describe('超期件 workbench: the approvals list behind the overdueOpen tile', () => {
  const today = toLocalDate(new Date());
  const back = (n: number) => nthWorkingDayBack(calendar, today, n);
  // A township no other test writes to, so its list can be compared case by case.
  const township = () => cat.townships.find((t, i) => i > 4 && t.path !== '/4307/430721/430721100/' && cat.villagesOf(t).length > 0)!;
  const ids: Record<string, string> = {};
  let parallelDepartments: { id: string }[];

  beforeAll(async () => {
    const t = township();
    const village = cat.villagesOf(t)[0]!;
    const spec = (ref: string, receivedOn: LocalDate, unit = village): CaseSpec => ({ ref, item: cat.promised, unit, township: t, county: cat.county, receivedOn, decideAfter: null });
    const stamp = Date.now();
    const refs = {
      lastYear: `wb-last-year-${stamp}`,
      recent: `wb-recent-${stamp}`,
      stoppedLate: `wb-stopped-late-${stamp}`,
      stoppedEarly: `wb-stopped-early-${stamp}`,
      escalated: `wb-escalated-${stamp}`,
      notYetDue: `wb-not-due-${stamp}`,
      parallel: `wb-parallel-${stamp}`,
    };
    const limit = cat.promised.promisedDays;
    const events = [
      ...specEvents(spec(refs.lastYear, day(`${Number(today.slice(0, 4)) - 1}-11-03`))),
      // Due exactly two working days ago.
      ...specEvents(spec(refs.recent, back(limit + 3))),
      ...specEvents(spec(refs.stoppedLate, back(limit + 10))),
      { caseRef: refs.stoppedLate, type: 'CLOCK_STOPPED', at: at(back(5), '10:00'), stopReason: 'HEARING' },
      ...specEvents(spec(refs.stoppedEarly, back(limit + 10))),
      { caseRef: refs.stoppedEarly, type: 'CLOCK_STOPPED', at: at(back(limit + 9), '10:00'), stopReason: 'HEARING' },
      ...specEvents(spec(refs.escalated, back(limit + 6))),
      // Yesterday evening: an imported event cannot be in the future (00:30 today is, until half past midnight).
      { caseRef: refs.escalated, type: 'ESCALATED', at: at(addCalendarDays(today, -1), '18:00'), note: '请限期办结', dueOn: addCalendarDays(today, 3) },
      ...specEvents(spec(refs.notYetDue, back(2))),
    ];
    // A parallel case at the county: the first department decided its part on time, the second is late.
    parallelDepartments = cat.departments.filter((d) => d.id !== cat.promised.department.id).slice(2, 4);
    const [first, second] = parallelDepartments;
    const received = back(20);
    const [receivedEvent] = specEvents({ ref: refs.parallel, item: cat.promised, unit: cat.county, county: cat.county, receivedOn: received, decideAfter: null });
    events.push(
      receivedEvent!,
      { caseRef: refs.parallel, type: 'ACCEPTED', at: at(received, '10:00'), subTasks: [{ departmentId: first!.id, limitDays: 3 }, { departmentId: second!.id, limitDays: 4 }], limitDays: 5 },
      { caseRef: refs.parallel, type: 'SUBTASK_DECIDED', at: at(workingDayAfter(received, 2)), departmentId: first!.id, approved: true },
    );
    const batch = events.sort((a, b) => String(a.at).localeCompare(String(b.at)));
    const result = expectData(
      await hub.gql<{ importCaseEvents: { caseIds: string[]; userErrors: unknown[] } }>(
        `mutation($batch: [CaseEventImportInput!]!, $key: String!) { importCaseEvents(batch: $batch, idempotencyKey: $key) { caseIds userErrors { field rule message } } }`,
        { batch, key: `workbench-${stamp}` },
        sys(),
      ),
    ).importCaseEvents;
    expect(result.userErrors).toEqual([]);
    const found = expectData(
      await hub.gql<Record<string, { id: string; externalRef: string }>>(`{ ${result.caseIds.map((id, i) => `c${i}: case(id: "${id}") { id externalRef }`).join(' ')} }`, {}, sys()),
    );
    for (const c of Object.values(found)) for (const [key, ref] of Object.entries(refs)) if (c.externalRef === ref) ids[key] = c.id;
    expect(Object.keys(ids).sort()).toEqual(Object.keys(refs).sort());
  });

  type Row = { id: string; dueOn: string; overdueDays: number | null };
  async function list(filter: Record<string, unknown>, sort = 'MOST_OVERDUE_FIRST') {
    return expectData(
      await hub.gql<{ cases: { totalCount: number; edges: { node: Row }[] } }>(
        `query($filter: CaseFilter, $sort: CaseSort) { cases(first: 100, filter: $filter, sort: $sort) { totalCount edges { node { id dueOn overdueDays } } } }`,
        { filter, sort },
        { token: hub.tokens.supervisor },
      ),
    ).cases;
  }

  it('counts exactly the overdueOpen cases of the county, a township and a department: stopped clocks, last year’s and escalated cases, parallel sub-tasks', async () => {
    const year = Number(today.slice(0, 4));
    const tiles = expectData(
      await hub.gql<Record<'county' | 'township' | 'first' | 'second', { approvalStats: { overdueOpen: number } }>>(
        `query($county: ID!, $township: ID!, $first: ID!, $second: ID!, $year: Int!) {
          county: orgUnit(id: $county) { approvalStats(period: { year: $year }) { overdueOpen } }
          township: orgUnit(id: $township) { approvalStats(period: { year: $year }) { overdueOpen } }
          first: department(id: $first) { approvalStats(period: { year: $year }) { overdueOpen } }
          second: department(id: $second) { approvalStats(period: { year: $year }) { overdueOpen } } }`,
        { county: cat.county.id, township: township().id, first: parallelDepartments[0]!.id, second: parallelDepartments[1]!.id, year },
        { token: hub.tokens.supervisor },
      ),
    );
    const county = await list({ withinId: cat.county.id, overdueOnly: true });
    const own = await list({ withinId: township().id, overdueOnly: true });
    const first = await list({ departmentId: parallelDepartments[0]!.id, overdueOnly: true });
    const second = await list({ departmentId: parallelDepartments[1]!.id, overdueOnly: true });
    expect(county.totalCount).toBe(tiles.county.approvalStats.overdueOpen);
    expect(own.totalCount).toBe(tiles.township.approvalStats.overdueOpen);
    expect(first.totalCount).toBe(tiles.first.approvalStats.overdueOpen);
    expect(second.totalCount).toBe(tiles.second.approvalStats.overdueOpen);
    // The township's own rows, case by case: received last year, late before its clock stopped and
    // escalated stay on it; stopped in time and not yet due are off it.
    expect(own.edges.map((e) => e.node.id).sort()).toEqual([ids.lastYear, ids.recent, ids.stoppedLate, ids.escalated].sort());
    // A department is judged on its own sub-task: the one that decided in time has no overdue case.
    expect(first.edges.map((e) => e.node.id)).not.toContain(ids.parallel);
    expect(second.edges.map((e) => e.node.id)).toContain(ids.parallel);
  });

  it('orders overdue cases by due day, earliest first, ties by id, and gives their calendar days overdue', async () => {
    const rows = (await list({ withinId: cat.county.id, overdueOnly: true })).edges.map((e) => e.node);
    const key = (r: Row) => `${r.dueOn}|${r.id}`;
    expect(rows.map(key)).toEqual(rows.map(key).sort());
    for (const r of rows) expect(r.overdueDays).toBe(calendarDaysBetween(day(r.dueOn), today));
    const recent = rows.find((r) => r.id === ids.recent)!;
    expect(recent.dueOn).toBe(back(3));
    const notYetDue = (await list({ withinId: township().id })).edges.find((e) => e.node.id === ids.notYetDue)!.node;
    expect(notYetDue.overdueDays).toBeNull();
  });

  it('finds cases at least N calendar days overdue: exactly N is in, N + 1 is not', async () => {
    const n = calendarDaysBetween(back(3), today);
    const inIds = (await list({ withinId: township().id, minOverdueDays: n })).edges.map((e) => e.node.id);
    const outIds = (await list({ withinId: township().id, minOverdueDays: n + 1 })).edges.map((e) => e.node.id);
    expect(inIds).toContain(ids.recent);
    expect(outIds).not.toContain(ids.recent);
    expect(outIds).toContain(ids.lastYear);
    // The stopped-in-time case is long past its (frozen) due day but not overdue.
    expect(inIds).not.toContain(ids.stoppedEarly);
    const response = await hub.gql(`{ cases(filter: { minOverdueDays: 0 }) { totalCount } }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.minOverdueDays' });
  });
});
