// The disclosures subgraph through the gateway (政府信息公开条例, 2019 revision): the receipt day by
// channel (第三十一条), the 20-working-day clock with one extension (第三十三条), one 补正 notice and
// the clock restarting on the correction — or the request lapsing without it (第三十条),
// consultations off the clock (第三十二条、第三十四条), 督办; the annual report's tables 二/三/四 with
// carry-over across years and the 勾稽 check (also on deliberately inconsistent data after
// publication), its HTML and XLSX exports; quarterly boards at the 5th/6th boundary; proactive items;
// reviews and suits; who may see and do what; idempotent writes; and per-unit figures equal to values
// computed here from the same specs — with one grouped statement for all of a county's townships.
//
// Dates: the hub's clock is the real one (2026-11-22 when written). Fixed dates are in years chinese-days
// covers, and holidays named in comments are the State Council's (its data); deadlines counted from today
// may run into next year, which the test hubs cover with a provisional schedule (support/test-calendar.ts)
// the tests compute with too. Systems date their steps (imports of a platform's history), people's
// steps are today's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from 'xlsx';
import { issuePersonToken } from '../../gateway/auth';
import { addCalendarDays, calendarDaysBetween, nthWorkingDayBack, toLocalDate, type LocalDate } from '../../subgraphs/shared/calendar';
import { secretKey } from '../../subgraphs/shared/viewer';
import { calendar, loadCatalogue, type Catalogue, type Unit } from '../support/approvals-fixtures';
import {
  APPLICANT_TYPES,
  IMPORT,
  importDisclosures,
  OUTCOME_ROWS,
  OUTCOMES,
  groupOf,
  PERSON,
  requestInput,
  steps,
  type ApplicantType,
  type DisclosureSpec,
  type ImportResult,
  type Outcome,
  type OutcomeGroup,
} from '../support/disclosures-fixtures';
import { expectData, startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
let cat: Catalogue;
let deptOperator: { token: string };
let countyOperator: { token: string };
const disclosuresSql: string[] = [];

type As = { token?: string; apiKey?: string };
const sys = (): As => ({ apiKey: hub.systemApiKey });
const supervisor = (): As => ({ token: hub.tokens.supervisor });
const operator = (): As => ({ token: hub.tokens.operator });
const leader = (): As => ({ token: hub.tokens.leader });
const today = () => toLocalDate(new Date());

/** The demo operator's township (深柳镇): its government's requests are the operator's to record. */
const home = () => cat.townships.find((t) => t.path === '/4307/430721/430721100/')!;
/**
 * Agencies no two counting tests share. Townships other than home: 0 a government's own report, 1 boards,
 * 2 and 3 figures, 6 督办 and scope, 7 the clock, 8 and 9 idempotency, 10 the ledger, 11 imported
 * histories. Departments: 0 and 1 windows, 2 every outcome, 3 the 勾稽 check, 4 a full year, 5 figures,
 * 6 due dates, 7 carry-over, 8 table 二, 9 table 四. 2024 Q2 belongs to the figures alone.
 */
const others = () => cat.townships.filter((t) => t.path !== home().path);
const township = (i: number) => others()[i]!;
const dept = (i: number) => cat.departments[i]!;

beforeAll(async () => {
  hub = await startTestHub({ onQuery: { disclosures: (sql) => disclosuresSql.push(sql) } });
  cat = await loadCatalogue(hub);
  const key = secretKey(hub.secrets.jwtSecret);
  deptOperator = {
    token: await issuePersonToken({ sub: 'dept-disc-1', name: '县住建局政务公开专员', role: 'operator', scopePath: cat.county.path, orgUnitCode: '430721', departmentId: dept(0).id }, key),
  };
  countyOperator = { token: await issuePersonToken({ sub: 'county-disc-1', name: '县政务公开办经办人', role: 'operator', scopePath: cat.county.path, orgUnitCode: '430721' }, key) };
});
afterAll(async () => hub?.close());

// ——— requests ———

interface RequestView {
  id: string;
  requestNo: string;
  state: string;
  channel: string;
  submittedOn: string;
  receivedOn: string;
  clockStartOn: string;
  extensionWorkingDays: number;
  dueOn: string | null;
  correctionDueOn: string | null;
  answeredOn: string | null;
  outcome: string | null;
  outcomeGroup: string | null;
  answeredOnTime: boolean | null;
  escalated: boolean;
  applicantName: string;
  applicantIdNumber: string | null;
  applicantPhone: string | null;
  summary: string;
  warning: { level: string; overdueWorkingDays: number; shouldEscalate: boolean };
  timeline: { type: string; on: string; stateAfter: string; dueOnAfter: string | null; actorName: string }[];
  clockStops: { reason: string; party: string | null; startedOn: string; endedOn: string | null }[];
  remedies: { kind: string; result: string }[];
}
const REQUEST = `id requestNo state channel submittedOn receivedOn clockStartOn extensionWorkingDays dueOn correctionDueOn answeredOn outcome outcomeGroup
  answeredOnTime escalated applicantName applicantIdNumber applicantPhone summary warning { level overdueWorkingDays shouldEscalate }
  timeline { type on stateAfter dueOnAfter actorName } clockStops { reason party startedOn endedOn } remedies { kind result }`;

type UserErrors = { field: string; rule: string; message: string }[];
type Payload = { request: RequestView | null; userErrors: UserErrors };
const rules = (errors: UserErrors) => errors.map(({ field, rule }) => ({ field, rule }));

async function receive(input: Record<string, unknown>, as: As = operator(), key?: string): Promise<Payload> {
  return expectData(
    await hub.gql<{ receiveDisclosureRequest: Payload }>(
      `mutation($input: DisclosureRequestInput!, $key: String) { receiveDisclosureRequest(input: $input, idempotencyKey: $key) { request { ${REQUEST} } userErrors { field rule message } } }`,
      { input, key },
      as,
    ),
  ).receiveDisclosureRequest;
}

const STEP_ARG_TYPES: Record<string, string> = {
  requestId: 'ID!',
  idempotencyKey: 'String',
  items: 'String!',
  correctionWorkingDays: 'Int',
  on: 'LocalDate',
  note: 'String',
  party: 'DisclosureConsultedParty!',
  partyName: 'String!',
  workingDays: 'Int!',
  approvedBy: 'String!',
  reason: 'String!',
  outcome: 'DisclosureOutcome!',
  legalBasis: 'String!',
};

/** One statutory step mutation with the given arguments. */
async function step(name: string, args: Record<string, unknown>, as: As): Promise<Payload> {
  const types: Record<string, string> = { ...STEP_ARG_TYPES, ...(name === 'escalateDisclosureRequest' ? { note: 'String!' } : {}) };
  const names = Object.keys(args);
  const declared = names.map((n) => `$${n}: ${types[n]}`).join(', ');
  const passed = names.map((n) => `${n}: $${n}`).join(', ');
  return expectData(await hub.gql<Record<string, Payload>>(`mutation(${declared}) { ${name}(${passed}) { request { ${REQUEST} } userErrors { field rule message } } }`, args, as))[name]!;
}

async function view(id: string, as: As = supervisor()): Promise<RequestView | null> {
  return expectData(await hub.gql<{ disclosureRequest: RequestView | null }>(`query($id: ID) { disclosureRequest(id: $id) { ${REQUEST} } }`, { id }, as)).disclosureRequest;
}

async function importOne(spec: DisclosureSpec): Promise<RequestView> {
  const { requestIds } = await importDisclosures(hub, [spec]);
  return (await view(requestIds[0]!))!;
}

async function countWithin(unit: Unit, as: As = supervisor()): Promise<number> {
  return expectData(await hub.gql<{ disclosureRequests: { totalCount: number } }>(`query($id: ID) { disclosureRequests(filter: { withinId: $id }) { totalCount } }`, { id: unit.id }, as))
    .disclosureRequests.totalCount;
}

const newRequest = (overrides: Record<string, unknown> = {}) => ({
  orgUnitId: home().id,
  applicantType: 'NATURAL_PERSON',
  applicantName: PERSON.name,
  applicantIdNumber: PERSON.idNumber,
  applicantPhone: PERSON.phone,
  channel: 'IN_PERSON',
  submittedOn: '2026-11-20',
  summary: '申请公开本镇2025年度城乡低保资金发放明细，联系电话13907361234',
  ...overrides,
});

// ——— the annual report ———

interface ReportView {
  subjectName: string;
  year: number;
  dueOn: string;
  publishedOn: string | null;
  late: boolean;
  frozen: boolean;
  columns: string[];
  tableTwo: {
    regulations: { issued: number; repealed: number; inForce: number };
    normativeDocuments: { issued: number; repealed: number; inForce: number };
    licensingDecisions: number;
    penaltyDecisions: number;
    enforcementDecisions: number;
    feesWan: number;
  };
  tableThree: { code: string; number: string; cells: number[] }[];
  tableFour: { kind: string; cells: number[] }[];
  check: { passed: boolean; difference: number; failing: { column: string; left: number; right: number; difference: number }[] };
}
const REPORT = `subjectName year dueOn publishedOn late frozen columns
  tableTwo { regulations { issued repealed inForce } normativeDocuments { issued repealed inForce } licensingDecisions penaltyDecisions enforcementDecisions feesWan }
  tableThree { code number cells } tableFour { kind cells } check { passed difference failing { column left right difference } }`;

type Subject = { orgUnitId?: string; departmentId?: string; year: number; includeSubordinates?: boolean };

async function annualReport(subject: Subject, as: As = supervisor()): Promise<ReportView> {
  return expectData(await hub.gql<{ disclosureAnnualReport: ReportView }>(`query($s: AnnualReportSubjectInput!) { disclosureAnnualReport(subject: $s) { ${REPORT} } }`, { s: subject }, as))
    .disclosureAnnualReport;
}

async function publish(subject: Subject, publishedOn: string, as: As = sys()) {
  return expectData(
    await hub.gql<{ publishAnnualReport: { report: ReportView | null; userErrors: UserErrors } }>(
      `mutation($s: AnnualReportSubjectInput!, $on: LocalDate!) { publishAnnualReport(subject: $s, publishedOn: $on) { report { ${REPORT} } userErrors { field rule message } } }`,
      { s: subject, on: publishedOn },
      as,
    ),
  ).publishAnnualReport;
}

/** What became of a request, for the expected tables: received, and answered (or lapsed) with an outcome. */
interface Fate {
  type: ApplicantType;
  receivedOn: string;
  answeredOn: string | null;
  outcome: Outcome | null;
}

function fateOf(spec: DisclosureSpec): Fate {
  const end = (spec.steps ?? []).find((s) => s.type === 'ANSWERED' || s.type === 'CORRECTION_LAPSED');
  return {
    type: spec.type ?? 'NATURAL_PERSON',
    receivedOn: spec.receivedOn,
    answeredOn: end?.on ?? null,
    outcome: end ? (end.type === 'ANSWERED' ? (end.outcome as Outcome) : 'OTHER_NO_CORRECTION') : null,
  };
}

/** One value per applicant column, then the total. */
function columns(fates: Fate[], keep: (f: Fate) => boolean): number[] {
  const cells = APPLICANT_TYPES.map((t) => fates.filter((f) => f.type === t && keep(f)).length);
  return [...cells, cells.reduce((a, b) => a + b, 0)];
}

/**
 * Table 三 as the national format defines it, row by row: 一 received in the year; 二 received
 * before it and not answered before it; 三 answered in the year by outcome ((一)/(二) are rows of
 * their own, (三)–(六) headings over their numbered reasons), (七) all answered; 四 received by the
 * year's end and not answered by then.
 */
function expectedTableThree(fates: Fate[], year: number): { code: string; cells: number[] }[] {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const answeredIn = (f: Fate) => f.answeredOn !== null && f.answeredOn >= start && f.answeredOn <= end;
  const rows = [
    { code: 'RECEIVED', cells: columns(fates, (f) => f.receivedOn >= start && f.receivedOn <= end) },
    { code: 'CARRIED_OVER', cells: columns(fates, (f) => f.receivedOn < start && (f.answeredOn === null || f.answeredOn >= start)) },
    { code: 'RESULTS', cells: [] as number[] },
  ];
  for (const group of Object.keys(OUTCOME_ROWS) as OutcomeGroup[]) {
    const members = OUTCOME_ROWS[group] as readonly Outcome[];
    if (members.length > 1) rows.push({ code: `GROUP:${group}`, cells: [] });
    for (const outcome of members) rows.push({ code: outcome, cells: columns(fates, (f) => answeredIn(f) && f.outcome === outcome) });
  }
  rows.push({ code: 'RESULTS_TOTAL', cells: columns(fates, answeredIn) });
  rows.push({ code: 'CARRIED_FORWARD', cells: columns(fates, (f) => f.receivedOn <= end && (f.answeredOn === null || f.answeredOn > end)) });
  return rows;
}

const row = (report: ReportView, code: string) => report.tableThree.find((r) => r.code === code)!.cells;

describe('the day of receipt (第三十一条)', () => {
  it('is the day handed in, signed for, or confirmed, by channel — with the 20 working days counted from it', async () => {
    const inPerson = await receive(newRequest({ channel: 'IN_PERSON', submittedOn: '2026-11-20' }));
    expect(inPerson.userErrors).toEqual([]);
    // Fri 11-20 is day 0; no holidays until the year's end: 20 working days → Fri 12-18.
    expect(inPerson.request).toMatchObject({ channel: 'IN_PERSON', submittedOn: '2026-11-20', receivedOn: '2026-11-20', clockStartOn: '2026-11-20', dueOn: '2026-12-18', state: 'PROCESSING' });
    // Posted Fri 11-13, signed for Tue 11-17 → due Tue 12-15.
    const post = await receive(newRequest({ channel: 'POST', submittedOn: '2026-11-13', signedForOn: '2026-11-17' }));
    expect(post.request).toMatchObject({ submittedOn: '2026-11-13', receivedOn: '2026-11-17', dueOn: '2026-12-15' });
    // Sent online on Sat 11-14, confirmed Mon 11-16 → due Mon 12-14.
    const online = await receive(newRequest({ channel: 'ONLINE', submittedOn: '2026-11-14', confirmedOn: '2026-11-16' }));
    expect(online.request).toMatchObject({ submittedOn: '2026-11-14', receivedOn: '2026-11-16', dueOn: '2026-12-14' });
    // Faxed Wed 11-18, confirmed Thu 11-19 → due Thu 12-17.
    const fax = await receive(newRequest({ channel: 'FAX', submittedOn: '2026-11-18', confirmedOn: '2026-11-19' }));
    expect(fax.request).toMatchObject({ submittedOn: '2026-11-18', receivedOn: '2026-11-19', dueOn: '2026-12-17' });
  });

  it('refuses a missing or foreign date for the channel, naming the field and the rule, and writes nothing', async () => {
    const before = await countWithin(home(), operator());
    const cases: [Record<string, unknown>, { field: string; rule: string }[]][] = [
      [{ channel: 'POST', submittedOn: '2026-11-13' }, [{ field: 'input.signedForOn', rule: 'REQUIRED_FOR_CHANNEL' }]],
      [{ channel: 'POST', submittedOn: '2026-11-13', signedForOn: '2026-11-12' }, [{ field: 'input.signedForOn', rule: 'BEFORE_SUBMISSION' }]],
      [{ channel: 'POST', submittedOn: '2026-11-13', signedForOn: '2026-11-16', confirmedOn: '2026-11-16' }, [{ field: 'input.confirmedOn', rule: 'NOT_FOR_CHANNEL' }]],
      [{ channel: 'IN_PERSON', submittedOn: '2026-11-13', signedForOn: '2026-11-16' }, [{ field: 'input.signedForOn', rule: 'NOT_FOR_CHANNEL' }]],
      [{ channel: 'IN_PERSON', submittedOn: '2026-11-13', confirmedOn: '2026-11-16' }, [{ field: 'input.confirmedOn', rule: 'NOT_FOR_CHANNEL' }]],
      [{ channel: 'ONLINE', submittedOn: '2026-11-13' }, [{ field: 'input.confirmedOn', rule: 'REQUIRED_FOR_CHANNEL' }]],
      [{ channel: 'FAX', submittedOn: '2026-11-13', signedForOn: '2026-11-16', confirmedOn: '2026-11-16' }, [{ field: 'input.signedForOn', rule: 'NOT_FOR_CHANNEL' }]],
      [{ channel: 'FAX', submittedOn: '2026-11-13', confirmedOn: '2026-11-12' }, [{ field: 'input.confirmedOn', rule: 'BEFORE_SUBMISSION' }]],
      [{ channel: 'ONLINE', submittedOn: today(), confirmedOn: addCalendarDays(today(), 2) }, [{ field: 'input.confirmedOn', rule: 'DATE_IN_FUTURE' }]],
    ];
    for (const [input, expected] of cases) {
      const refused = await receive(newRequest(input));
      expect(refused.request, JSON.stringify(input)).toBeNull();
      expect(rules(refused.userErrors), JSON.stringify(input)).toEqual(expected);
    }
    const missing = await receive(newRequest({ channel: 'POST', submittedOn: '2026-11-13' }));
    expect(missing.userErrors[0]!.message).toContain('第三十一条');
    expect(await countWithin(home(), operator())).toBe(before);
  });
});

describe('the reply clock (第三十三条)', () => {
  it('moves the deadline by exactly the extension’s working days, once', async () => {
    // Recorded and extended by a system, dated inside the deadline (a person's steps are dated today,
    // past 12-18 from 12-19 on).
    const received = (await receive(newRequest({ submittedOn: '2026-11-20', recordedOn: '2026-11-20' }), sys())).request!;
    expect(received.dueOn).toBe('2026-12-18');
    const extended = await step('extendDisclosureRequest', { requestId: received.id, workingDays: 5, approvedBy: '镇党委副书记', reason: '涉及多个村，需汇总核实', on: '2026-12-01' }, sys());
    expect(extended.userErrors).toEqual([]);
    // 5 working days after Fri 12-18: Mon 12-21 … Fri 12-25.
    expect(extended.request).toMatchObject({ extensionWorkingDays: 5, dueOn: '2026-12-25', state: 'PROCESSING' });
    expect(extended.request!.dueOn).toBe(calendar.addWorkingDays(received.dueOn as LocalDate, 5));
    expect(extended.request!.timeline.map((e) => [e.type, e.dueOnAfter])).toEqual([
      ['RECEIVED', '2026-12-18'],
      ['EXTENDED', '2026-12-25'],
    ]);
    const again = await step('extendDisclosureRequest', { requestId: received.id, workingDays: 3, approvedBy: '镇长', reason: '仍需时间', on: '2026-12-02' }, sys());
    expect(again.request).toBeNull();
    expect(rules(again.userErrors)).toEqual([{ field: 'input.type', rule: 'EXTENSION_ONCE' }]);
    expect((await view(received.id))!.dueOn).toBe('2026-12-25');
  });

  it('extends over a holiday on the deadline day itself, but not the day after, and never by more than 20 working days', async () => {
    const agency = { orgUnitId: township(7).id };
    // Received Mon 2026-03-02 (no holidays in March): due Mon 03-30. Extended on the deadline day by
    // 15: Tue 03-31, Wed–Fri 04-01…03, then 清明 Sat 04-04 – Mon 04-06, Tue 04-07 … Fri 04-10, Mon 04-13 …
    // Fri 04-17, Mon 04-20, Tue 04-21.
    const onDeadline = await importOne({ ref: 'ext-on-deadline', agency, receivedOn: '2026-03-02', steps: [steps.extend('2026-03-30', 15)] });
    expect(onDeadline).toMatchObject({ extensionWorkingDays: 15, dueOn: '2026-04-21' });
    expect(onDeadline.timeline.map((e) => e.dueOnAfter)).toEqual(['2026-03-30', '2026-04-21']);
    const second = await step('extendDisclosureRequest', { requestId: onDeadline.id, workingDays: 2, approvedBy: '李主任', reason: '再次延期', on: '2026-04-01' }, sys());
    expect(rules(second.userErrors)).toEqual([{ field: 'input.type', rule: 'EXTENSION_ONCE' }]);

    const late = await importOne({ ref: 'ext-late', agency, receivedOn: '2026-03-02' });
    expect(late.dueOn).toBe('2026-03-30');
    const afterDeadline = await step('extendDisclosureRequest', { requestId: late.id, workingDays: 10, approvedBy: '李主任', reason: '逾期后补办延期', on: '2026-03-31' }, sys());
    expect(afterDeadline.request).toBeNull();
    expect(rules(afterDeadline.userErrors)).toEqual([{ field: 'input.type', rule: 'ALREADY_OVERDUE' }]);
    const tooLong = await step('extendDisclosureRequest', { requestId: late.id, workingDays: 21, approvedBy: '李主任', reason: '工作量大', on: '2026-03-20' }, sys());
    expect(rules(tooLong.userErrors)).toEqual([{ field: 'input.data.workingDays', rule: 'OUT_OF_RANGE' }]);
    expect((await view(late.id))!).toMatchObject({ extensionWorkingDays: 0, dueOn: '2026-03-30' });

    // The same rule in an imported history names the step at fault and writes nothing.
    const refused = expectData(
      await hub.gql<{ importDisclosureRequests: ImportResult }>(IMPORT, { batch: [requestInput({ ref: 'ext-late-import', agency, receivedOn: '2026-03-02', steps: [steps.extend('2026-03-31', 5)] })] }, sys()),
    ).importDisclosureRequests;
    expect(refused).toMatchObject({ created: 0, requestIds: [] });
    expect(rules(refused.userErrors)).toEqual([{ field: 'batch.0.steps.0.type', rule: 'ALREADY_OVERDUE' }]);
  });
});

describe('补正 (第三十条)', () => {
  const agency = () => ({ orgUnitId: township(7).id });

  it('restarts the full 20 working days on the day the correction arrives', async () => {
    // Received Mon 2026-06-01 (due Tue 06-30: 端午 Fri 06-19 is a holiday); the notice on Fri 06-05
    // (4 working days used), the correction on Fri 06-12. Counted afresh from 06-12: Mon 06-15 … Thu
    // 06-18 (4), Mon 06-22 … Fri 06-26 (9), 06-29, 06-30, 07-01 … 07-03 (14), 07-06 … 07-10 (19), Mon 07-13.
    const r = await importOne({ ref: 'corr-restart', agency: agency(), receivedOn: '2026-06-01', steps: [steps.correction('2026-06-05', 10), steps.corrected('2026-06-12')] });
    expect(r).toMatchObject({ state: 'PROCESSING', receivedOn: '2026-06-01', clockStartOn: '2026-06-12', dueOn: '2026-07-13', correctionDueOn: null });
    // Not the 16 days that were left when the clock stopped (that would end on Tue 07-07).
    expect(r.dueOn).not.toBe(calendar.addWorkingDays('2026-06-12' as LocalDate, 20 - calendar.workingDaysBetween('2026-06-01' as LocalDate, '2026-06-05' as LocalDate)));
    expect(r.timeline.map((e) => [e.type, e.stateAfter, e.dueOnAfter])).toEqual([
      ['RECEIVED', 'PROCESSING', '2026-06-30'],
      ['CORRECTION_REQUESTED', 'AWAITING_CORRECTION', null],
      ['CORRECTION_RECEIVED', 'PROCESSING', '2026-07-13'],
    ]);
    expect(r.clockStops).toEqual([{ reason: 'CORRECTION', party: null, startedOn: '2026-06-05', endedOn: '2026-06-12' }]);
  });

  it('takes one notice within 7 working days of receipt: the 7th is fine, the 8th is refused', async () => {
    const r = await importOne({ ref: 'corr-window', agency: agency(), receivedOn: '2026-06-01' });
    // Working days after Mon 06-01: 06-02 … 06-05 (1–4), Mon 06-08, Tue 06-09, Wed 06-10 (7), Thu 06-11 (8).
    const eighth = await step('requestDisclosureCorrection', { requestId: r.id, items: '请写明所需文件的名称', on: '2026-06-11' }, sys());
    expect(rules(eighth.userErrors)).toEqual([{ field: 'input.on', rule: 'CORRECTION_NOTICE_LATE' }]);
    const seventh = await step('requestDisclosureCorrection', { requestId: r.id, items: '请写明所需文件的名称', on: '2026-06-10' }, sys());
    expect(seventh.userErrors).toEqual([]);
    // Default period 15 working days from Wed 06-10: 06-11, 06-12, 06-15 … 06-18 (6), 端午 06-19, 06-22 … 06-26
    // (11), 06-29, 06-30, 07-01, Thu 07-02 (15).
    expect(seventh.request).toMatchObject({ state: 'AWAITING_CORRECTION', dueOn: null, correctionDueOn: '2026-07-02', warning: { level: 'NONE' } });
    const second = await step('requestDisclosureCorrection', { requestId: r.id, items: '再次补正', on: '2026-06-11' }, sys());
    expect(rules(second.userErrors)).toEqual([{ field: 'input.type', rule: 'INVALID_TRANSITION' }]);
    const tooLate = await step('receiveDisclosureCorrection', { requestId: r.id, note: '补正材料', on: '2026-07-03' }, sys());
    expect(rules(tooLate.userErrors)).toEqual([{ field: 'input.on', rule: 'CORRECTION_LATE' }]);
  });

  it('closes a request whose correction period ended as 逾期不补正 dated the day after, and leaves one still in time open', async () => {
    // Notice Thu 2026-09-03, 15 working days: 09-04, 09-07 … 09-11 (6), 09-14 … 09-18 (11), Sun 09-20 (调休
    // make-up working day, 12), 09-21, 09-22, Wed 09-23 (15). Lapses on Thu 09-24.
    const lapsing = await importOne({ ref: 'corr-lapse', agency: agency(), receivedOn: '2026-09-01', steps: [steps.correction('2026-09-03')] });
    expect(lapsing).toMatchObject({ state: 'AWAITING_CORRECTION', correctionDueOn: '2026-09-23' });
    // A notice given today by a person: the period ends 15 working days from today.
    const fresh = (await receive(newRequest({ submittedOn: today() }))).request!;
    const waiting = await step('requestDisclosureCorrection', { requestId: fresh.id, items: '请明确所需信息的时间范围' }, operator());
    expect(waiting.request).toMatchObject({ state: 'AWAITING_CORRECTION', correctionDueOn: calendar.addWorkingDays(today(), 15), dueOn: null });

    const CLOSE = `mutation { closeLapsedDisclosureRequests }`;
    expect((await hub.gql(CLOSE, {}, leader())).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await hub.gql(CLOSE, {}, operator())).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const closed = expectData(await hub.gql<{ closeLapsedDisclosureRequests: number }>(CLOSE, {}, supervisor())).closeLapsedDisclosureRequests;
    expect(closed).toBeGreaterThanOrEqual(1);
    const lapsed = (await view(lapsing.id))!;
    expect(lapsed).toMatchObject({ state: 'ANSWERED', outcome: 'OTHER_NO_CORRECTION', outcomeGroup: 'OTHER', answeredOn: '2026-09-24', answeredOnTime: true, correctionDueOn: null });
    expect(lapsed.timeline.at(-1)).toMatchObject({ type: 'CORRECTION_LAPSED', on: '2026-09-24', stateAfter: 'ANSWERED' });
    expect(lapsed.clockStops).toEqual([{ reason: 'CORRECTION', party: null, startedOn: '2026-09-03', endedOn: '2026-09-24' }]);
    expect((await view(fresh.id))!).toMatchObject({ state: 'AWAITING_CORRECTION', answeredOn: null, outcome: null });
    // Nothing else to close: the sweep is safe to repeat (by a system too).
    expect(expectData(await hub.gql<{ closeLapsedDisclosureRequests: number }>(CLOSE, {}, sys())).closeLapsedDisclosureRequests).toBe(0);
    // 逾期不补正 is recorded by the lifecycle, never as an answer.
    const answered = await step('answerDisclosureRequest', { requestId: (await importOne({ ref: 'corr-answer', agency: agency(), receivedOn: '2026-09-01' })).id, outcome: 'OTHER_NO_CORRECTION', legalBasis: '第三十条', on: '2026-09-10' }, sys());
    expect(rules(answered.userErrors)).toEqual([{ field: 'input.data.outcome', rule: 'LIFECYCLE_OUTCOME' }]);
  });
});

describe('consultation (第三十二条、第三十四条)', () => {
  it('stops the clock: no deadline while consulting, then pushed by the consultation’s working days', async () => {
    // Received Wed 2026-07-01: due Wed 07-29 (no holidays in July). Consulting from Wed 07-08 to Wed 07-15
    // takes Thu 07-09, Fri 07-10, Mon 07-13 … Wed 07-15 (5 working days) off the clock → due Wed 08-05.
    const r = await importOne({ ref: 'consult', agency: { orgUnitId: township(7).id }, receivedOn: '2026-07-01', steps: [steps.consult('2026-07-08')] });
    expect(r).toMatchObject({ state: 'CONSULTING', dueOn: null, warning: { level: 'NONE', shouldEscalate: false } });
    expect(r.timeline.map((e) => e.dueOnAfter)).toEqual(['2026-07-29', null]);
    expect(r.clockStops).toEqual([{ reason: 'CONSULTATION', party: 'THIRD_PARTY', startedOn: '2026-07-08', endedOn: null }]);
    const ended = await step('endDisclosureConsultation', { requestId: r.id, note: '第三方同意公开', on: '2026-07-15' }, sys());
    expect(ended.userErrors).toEqual([]);
    expect(ended.request).toMatchObject({ state: 'PROCESSING', dueOn: '2026-08-05', clockStartOn: '2026-07-01' });
    expect(ended.request!.dueOn).toBe(calendar.addWorkingDays('2026-07-29' as LocalDate, calendar.workingDaysBetween('2026-07-08' as LocalDate, '2026-07-15' as LocalDate)));
    expect(ended.request!.clockStops).toEqual([{ reason: 'CONSULTATION', party: 'THIRD_PARTY', startedOn: '2026-07-08', endedOn: '2026-07-15' }]);
    const answered = await step('answerDisclosureRequest', { requestId: r.id, outcome: 'DISCLOSED', legalBasis: '《条例》第三十六条第（二）项', on: '2026-08-05' }, sys());
    expect(answered.request).toMatchObject({ state: 'ANSWERED', answeredOn: '2026-08-05', answeredOnTime: true, outcome: 'DISCLOSED' });
  });
});

describe('督办 and who may do what', () => {
  it('lets only supervision escalate, only an overdue request, once per deadline', async () => {
    // Received Tue 2026-09-01: 09-02 … 09-04 (3), 09-07 … 09-11 (8), 09-14 … 09-18 (13), Sun 09-20 (调休, 14),
    // 09-21 … 09-24 (18), 中秋 09-25 … 09-27, Mon 09-28 (19), Tue 09-29 (20).
    const overdue = await importOne({ ref: 'esc-overdue', agency: { orgUnitId: township(6).id }, receivedOn: '2026-09-01' });
    expect(overdue).toMatchObject({ dueOn: '2026-09-29', warning: { level: 'RED', shouldEscalate: true, overdueWorkingDays: calendar.workingDaysBetween('2026-09-29' as LocalDate, today()) } });
    const note = { requestId: overdue.id, note: '请于三日内答复申请人' };
    expect(rules((await step('escalateDisclosureRequest', note, countyOperator)).userErrors)).toEqual([{ field: 'input.type', rule: 'SUPERVISION_ONLY' }]);
    expect(rules((await step('escalateDisclosureRequest', note, leader())).userErrors)).toEqual([{ field: 'input.type', rule: 'SUPERVISION_ONLY' }]);
    expect(rules((await step('escalateDisclosureRequest', { ...note, on: today() }, supervisor())).userErrors)).toEqual([{ field: 'input.on', rule: 'SYSTEMS_ONLY' }]);
    const escalated = await step('escalateDisclosureRequest', note, supervisor());
    expect(escalated.userErrors).toEqual([]);
    expect(escalated.request).toMatchObject({ escalated: true, state: 'PROCESSING', warning: { level: 'RED', shouldEscalate: false } });
    expect(escalated.request!.timeline.at(-1)).toMatchObject({ type: 'ESCALATED', on: today() });
    expect(rules((await step('escalateDisclosureRequest', { ...note, note: '再次督办' }, supervisor())).userErrors)).toEqual([{ field: 'input.type', rule: 'ALREADY_ESCALATED' }]);
    const listed = expectData(
      await hub.gql<{ disclosureRequests: { edges: { node: { id: string } }[] } }>(`query($id: ID) { disclosureRequests(first: 100, filter: { withinId: $id, overdueOnly: true, escalated: true }) { edges { node { id } } } }`, { id: township(6).id }, supervisor()),
    );
    expect(listed.disclosureRequests.edges.map((e) => e.node.id)).toEqual([overdue.id]);
    const inTime = (await receive(newRequest({ submittedOn: today() }))).request!;
    expect(rules((await step('escalateDisclosureRequest', { requestId: inTime.id, note: '督办' }, supervisor())).userErrors)).toEqual([{ field: 'input.type', rule: 'NOT_OVERDUE' }]);
  });

  it('masks the applicant’s name, ID and phone for a leader and shows them to the operator and supervision', async () => {
    const r = (await receive(newRequest())).request!;
    expect(r).toMatchObject({ applicantName: PERSON.name, applicantIdNumber: PERSON.idNumber, applicantPhone: PERSON.phone });
    expect(r.summary).toContain('13907361234');
    const asLeader = (await view(r.id, leader()))!;
    expect(asLeader).toMatchObject({ applicantName: '王**', applicantIdNumber: '110105********002X', applicantPhone: '139****1234' });
    expect(asLeader.summary).toContain('139****1234');
    expect(asLeader.summary).not.toContain('13907361234');
    expect(asLeader.timeline[0]!.actorName).not.toBe('深柳镇便民服务中心窗口（演示）');
    expect((await view(r.id, supervisor()))!).toMatchObject({ applicantName: PERSON.name, applicantIdNumber: PERSON.idNumber, applicantPhone: PERSON.phone });
    expect((await view(r.id, operator()))!.applicantIdNumber).toBe(PERSON.idNumber);
    // The system key holds no personal-data permission.
    expect((await view(r.id, sys()))!.applicantPhone).toBe('139****1234');
    // The agency addressed, resolved across subgraphs.
    const agency = expectData(
      await hub.gql<{ disclosureRequest: { agencyKind: string; government: { id: string; name: string } | null; department: unknown } }>(
        `query($id: ID) { disclosureRequest(id: $id) { agencyKind government { id name } department { id } } }`,
        { id: r.id },
        leader(),
      ),
    ).disclosureRequest;
    expect(agency).toEqual({ agencyKind: 'ORG_UNIT', government: { id: home().id, name: home().name }, department: null });
  });

  it('shows a department’s operator only its department’s requests and lets it record only for it', async () => {
    const [mine, theirs] = (
      await importDisclosures(hub, [
        { ref: 'dept-mine', agency: { departmentId: dept(0).id }, receivedOn: '2026-10-12' },
        { ref: 'dept-theirs', agency: { departmentId: dept(1).id }, receivedOn: '2026-10-12' },
      ])
    ).requestIds;
    const list = expectData(await hub.gql<{ disclosureRequests: { totalCount: number; edges: { node: { id: string } }[] } }>(`{ disclosureRequests(first: 100) { totalCount edges { node { id } } } }`, {}, deptOperator));
    expect(list.disclosureRequests.edges.map((e) => e.node.id)).toEqual([mine]);
    expect(list.disclosureRequests.totalCount).toBe(1);
    expect(await view(theirs!, deptOperator)).toBeNull();
    expect((await view(mine!, deptOperator))!.id).toBe(mine);
    const answerTheirs = await step('answerDisclosureRequest', { requestId: theirs, outcome: 'DISCLOSED', legalBasis: '第三十六条' }, deptOperator);
    expect(rules(answerTheirs.userErrors)).toEqual([{ field: 'input.requestId', rule: 'NOT_FOUND' }]);
    expect(rules((await receive(newRequest({ orgUnitId: undefined, departmentId: dept(1).id }), deptOperator)).userErrors)).toEqual([{ field: 'input.departmentId', rule: 'OUT_OF_SCOPE' }]);
    expect(rules((await receive(newRequest(), deptOperator)).userErrors)).toEqual([{ field: 'input.orgUnitId', rule: 'OUT_OF_SCOPE' }]);
    const own = await receive(newRequest({ orgUnitId: undefined, departmentId: dept(0).id }), deptOperator);
    expect(own.userErrors).toEqual([]);
    expect(own.request!.id).toBeTruthy();
    // Its own department's annual report, not another's.
    expect((await annualReport({ departmentId: dept(0).id, year: 2026 }, deptOperator)).subjectName).toBe(dept(0).name);
    const another = await hub.gql(`query($s: AnnualReportSubjectInput!) { disclosureAnnualReport(subject: $s) { subjectName } }`, { s: { departmentId: dept(1).id, year: 2026 } }, deptOperator);
    expect(another.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rule: 'OUT_OF_SCOPE' });
  });

  it('keeps a township’s operator to its own township, dates people’s steps today, and leaves imports to systems', async () => {
    const elsewhere = await receive(newRequest({ orgUnitId: township(6).id }));
    expect(elsewhere.request).toBeNull();
    expect(rules(elsewhere.userErrors)).toEqual([{ field: 'input.orgUnitId', rule: 'OUT_OF_SCOPE' }]);
    expect(rules((await receive(newRequest({ recordedOn: '2026-11-20' }))).userErrors)).toEqual([{ field: 'input.recordedOn', rule: 'SYSTEMS_ONLY' }]);
    expect(rules((await receive(newRequest({ steps: [steps.answer('2026-11-21', 'DISCLOSED')] }))).userErrors)).toEqual([{ field: 'input.steps', rule: 'IMPORT_ONLY' }]);
    // Received today, so answered today is in time whatever the day the suite runs.
    const r = (await receive(newRequest({ submittedOn: today() }))).request!;
    const backdated = await step('answerDisclosureRequest', { requestId: r.id, outcome: 'DISCLOSED', legalBasis: '第三十六条', on: '2026-11-21' }, operator());
    expect(rules(backdated.userErrors)).toEqual([{ field: 'input.on', rule: 'SYSTEMS_ONLY' }]);
    const answered = await step('answerDisclosureRequest', { requestId: r.id, outcome: 'DISCLOSED', legalBasis: '第三十六条' }, operator());
    expect(answered.request).toMatchObject({ state: 'ANSWERED', answeredOn: today(), answeredOnTime: true });
    const imported = expectData(
      await hub.gql<{ importDisclosureRequests: ImportResult }>(IMPORT, { batch: [requestInput({ ref: 'op-import', agency: { orgUnitId: home().id }, receivedOn: '2026-11-02' })] }, operator()),
    ).importDisclosureRequests;
    expect(imported).toMatchObject({ created: 0, requestIds: [] });
    expect(rules(imported.userErrors)).toEqual([{ field: 'batch', rule: 'SYSTEMS_ONLY' }]);
    // Supervision and leaders read; they do not record requests.
    for (const as of [supervisor(), leader()]) {
      const response = await hub.gql<{ receiveDisclosureRequest: Payload }>(
        `mutation($input: DisclosureRequestInput!) { receiveDisclosureRequest(input: $input) { request { id } userErrors { field rule } } }`,
        { input: newRequest() },
        as,
      );
      expect(response.data?.receiveDisclosureRequest.request ?? null).toBeNull();
    }
  });
});

describe('idempotent writes', () => {
  it('returns the first result for a retried receipt and refuses the key for different input', async () => {
    const unit = township(8);
    const input = newRequest({ orgUnitId: unit.id, summary: '申请公开2026年度村道硬化工程招标文件' });
    const before = await countWithin(unit);
    const first = await receive(input, sys(), 'receipt-retry-1');
    const retry = await receive(input, sys(), 'receipt-retry-1');
    expect(first.userErrors).toEqual([]);
    expect(retry.request!.id).toBe(first.request!.id);
    expect(await countWithin(unit)).toBe(before + 1);
    const reused = await receive({ ...input, summary: '另一项申请' }, sys(), 'receipt-retry-1');
    expect(reused.request).toBeNull();
    expect(rules(reused.userErrors)).toEqual([{ field: 'idempotencyKey', rule: 'IDEMPOTENCY_KEY_REUSED' }]);
    expect(await countWithin(unit)).toBe(before + 1);
    // A retried step is taken once.
    const answer = { requestId: first.request!.id, outcome: 'DISCLOSED', legalBasis: '第三十六条', idempotencyKey: 'answer-retry-1' };
    expect((await step('answerDisclosureRequest', answer, sys())).request!.state).toBe('ANSWERED');
    const answeredAgain = await step('answerDisclosureRequest', answer, sys());
    expect(answeredAgain.userErrors).toEqual([]);
    expect(answeredAgain.request!.timeline.filter((e) => e.type === 'ANSWERED')).toHaveLength(1);
  });

  it('returns the first result for a retried import and refuses the key for a different batch', async () => {
    const unit = township(9);
    const specs: DisclosureSpec[] = [
      { ref: 'imp-retry-1', agency: { orgUnitId: unit.id }, receivedOn: '2026-10-12', steps: [steps.answer('2026-10-20', 'DISCLOSED')] },
      { ref: 'imp-retry-2', agency: { orgUnitId: unit.id }, type: 'COMMERCIAL', receivedOn: '2026-10-13' },
    ];
    const first = await importDisclosures(hub, specs, 'import-retry-1');
    const retry = await importDisclosures(hub, specs, 'import-retry-1');
    expect(first.created).toBe(2);
    expect(retry).toEqual(first);
    expect(await countWithin(unit)).toBe(2);
    const different = expectData(await hub.gql<{ importDisclosureRequests: ImportResult }>(IMPORT, { batch: specs.slice(0, 1).map(requestInput), key: 'import-retry-1' }, sys())).importDisclosureRequests;
    expect(rules(different.userErrors)).toEqual([{ field: 'idempotencyKey', rule: 'IDEMPOTENCY_KEY_REUSED' }]);
    expect(await countWithin(unit)).toBe(2);
  });
});

describe('imported histories', () => {
  // A reference already taken is the caller's mistake, said on the field — not a lost race a system would retry for ever.
  it('refuses a reference already taken, naming the request and field at fault', async () => {
    const unit = township(11);
    const spec: DisclosureSpec = { ref: 'ref-taken-1', agency: { orgUnitId: unit.id }, receivedOn: '2026-10-12' };
    await importDisclosures(hub, [spec]);
    const again = expectData(await hub.gql<{ importDisclosureRequests: ImportResult }>(IMPORT, { batch: [requestInput(spec)] }, sys())).importDisclosureRequests;
    expect(again.created).toBe(0);
    const twice = expectData(
      await hub.gql<{ importDisclosureRequests: ImportResult }>(IMPORT, { batch: [requestInput({ ...spec, ref: 'ref-taken-2' }), requestInput({ ...spec, ref: 'ref-taken-2' })] }, sys()),
    ).importDisclosureRequests;
    expect(twice.created).toBe(0);
    expect(await countWithin(unit)).toBe(1);
    expect(again.userErrors.map((e) => e.field)).toEqual(['batch.0.externalRef']);
    expect(twice.userErrors.map((e) => e.field)).toEqual(['batch.1.externalRef']);
  });

  // RECEIVED is the request itself: as a step of an imported history it is refused by name.
  it('refuses a RECEIVED step in a history as not a step, naming it', async () => {
    const refused = expectData(
      await hub.gql<{ importDisclosureRequests: ImportResult }>(
        IMPORT,
        { batch: [requestInput({ ref: 'received-step', agency: { orgUnitId: township(11).id }, receivedOn: '2026-10-12', steps: [{ type: 'RECEIVED', on: '2026-10-13' }] })] },
        sys(),
      ),
    ).importDisclosureRequests;
    expect(refused.created).toBe(0);
    expect(rules(refused.userErrors)).toEqual([{ field: 'batch.0.steps.0.type', rule: 'NOT_A_STEP' }]);
  });
});

describe('the ledger (依申请公开台账)', () => {
  // An answered request keeps its deadline: the ledger orders by the running deadline, not by dueOn.
  it('lists the most overdue first, then the rest by deadline, with stopped clocks and answered requests last', async () => {
    const agency = { orgUnitId: township(10).id };
    const [answered, overdue, moreOverdue, running, consulting, awaiting] = (
      await importDisclosures(hub, [
        { ref: 'ledger-answered', agency, receivedOn: '2026-03-02', steps: [steps.answer('2026-03-20', 'DISCLOSED')] },
        // Due Tue 09-29 (see 督办 above).
        { ref: 'ledger-overdue', agency, receivedOn: '2026-09-01' },
        // Received Mon 08-03, due Mon 08-31.
        { ref: 'ledger-more-overdue', agency, receivedOn: '2026-08-03' },
        // Due Fri 12-18.
        { ref: 'ledger-running', agency, receivedOn: '2026-11-20' },
        { ref: 'ledger-consulting', agency, receivedOn: '2026-10-12', steps: [steps.consult('2026-10-14')] },
        { ref: 'ledger-awaiting', agency, receivedOn: '2026-11-16', steps: [steps.correction('2026-11-18')] },
      ])
    ).requestIds;
    const listed = expectData(
      await hub.gql<{ disclosureRequests: { edges: { node: { id: string; dueOn: string | null; state: string } }[] } }>(
        `query($id: ID) { disclosureRequests(first: 100, filter: { withinId: $id }) { edges { node { id dueOn state } } } }`,
        { id: agency.orgUnitId },
        supervisor(),
      ),
    ).disclosureRequests.edges.map((e) => e.node);
    expect(listed.map((r) => r.dueOn).slice(0, 3)).toEqual(['2026-08-31', '2026-09-29', '2026-12-18']);
    expect(listed.map((r) => r.id).slice(0, 3)).toEqual([moreOverdue, overdue, running]);
    expect(new Set(listed.map((r) => r.id).slice(3))).toEqual(new Set([consulting, awaiting, answered]));
  });
});

describe('the annual report (第四十九条, 国办公开办函〔2021〕30号)', () => {
  it('puts every outcome in its own row of table 三, in the column of its applicant', async () => {
    const agency = { departmentId: dept(2).id };
    // One request per outcome, applicant types in turn; received Tue 2025-05-06 (after 劳动节) and answered
    // in May — except the two outcomes the lifecycle decides: a correction that left the request unclear,
    // and one that never came (5 working days from Wed 05-07: 05-08, 05-09, 05-12 … 05-14; lapsed Thu 05-15).
    const specs: DisclosureSpec[] = OUTCOMES.map((outcome, i) => {
      const base = { ref: `every-${outcome}`, agency, type: APPLICANT_TYPES[i % APPLICANT_TYPES.length]!, receivedOn: '2025-05-06' };
      if (outcome === 'OTHER_NO_CORRECTION') return { ...base, steps: [steps.correction('2025-05-07', 5), steps.lapsed('2025-05-15')] };
      if (outcome === 'UNABLE_STILL_UNCLEAR') return { ...base, steps: [steps.correction('2025-05-07', 5), steps.corrected('2025-05-12'), steps.answer('2025-05-26', outcome)] };
      return { ...base, steps: [steps.answer('2025-05-20', outcome)] };
    });
    const { requestIds } = await importDisclosures(hub, specs);
    expect((await view(requestIds[OUTCOMES.indexOf('OTHER_NO_CORRECTION')]!))!).toMatchObject({ outcome: 'OTHER_NO_CORRECTION', answeredOn: '2025-05-15' });
    const report = await annualReport({ ...agency, year: 2025 });
    expect(report.columns).toEqual([...APPLICANT_TYPES, 'TOTAL']);
    OUTCOMES.forEach((outcome, i) => {
      const expected = [0, 0, 0, 0, 0, 0, 1];
      expected[report.columns.indexOf(APPLICANT_TYPES[i % APPLICANT_TYPES.length]!)] = 1;
      expect(row(report, outcome), outcome).toEqual(expected);
    });
    for (const group of ['NOT_DISCLOSED', 'UNABLE_TO_PROVIDE', 'NOT_PROCESSED', 'OTHER']) expect(row(report, `GROUP:${group}`)).toEqual([]);
    // 21 outcomes over six columns: four each for the first three, three for the others.
    expect(row(report, 'RECEIVED')).toEqual([4, 4, 4, 3, 3, 3, 21]);
    expect(row(report, 'RESULTS_TOTAL')).toEqual([4, 4, 4, 3, 3, 3, 21]);
    expect(row(report, 'CARRIED_OVER')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(report, 'CARRIED_FORWARD')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(report.check).toEqual({ passed: true, difference: 0, failing: [] });
  });

  it('carries a request received in December and answered in January from one year’s 四 to the next year’s 二', async () => {
    const agency = { departmentId: dept(7).id };
    const specs: DisclosureSpec[] = [
      { ref: 'co-a', agency, receivedOn: '2024-12-20', steps: [steps.answer('2025-01-10', 'DISCLOSED')] },
      // Received Mon 2024-12-30; 元旦 Wed 2025-01-01 is a holiday.
      { ref: 'co-b', agency, type: 'COMMERCIAL', receivedOn: '2024-12-30', steps: [steps.answer('2025-01-06', 'PARTIALLY_DISCLOSED')] },
      { ref: 'co-c', agency, receivedOn: '2024-12-10', steps: [steps.answer('2024-12-20', 'DISCLOSED')] },
      { ref: 'co-d', agency, receivedOn: '2025-03-03', steps: [steps.answer('2025-03-10', 'UNABLE_NOT_HELD')] },
      { ref: 'co-e', agency, type: 'RESEARCH', receivedOn: '2025-12-15', steps: [steps.answer('2026-01-08', 'DISCLOSED')] },
    ];
    await importDisclosures(hub, specs);
    const before = await annualReport({ ...agency, year: 2024 });
    const after = await annualReport({ ...agency, year: 2025 });
    expect(row(before, 'RECEIVED')).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(row(before, 'RESULTS_TOTAL')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(before, 'CARRIED_FORWARD')).toEqual([1, 1, 0, 0, 0, 0, 2]);
    expect(row(after, 'CARRIED_OVER')).toEqual([1, 1, 0, 0, 0, 0, 2]);
    expect(row(after, 'RECEIVED')).toEqual([1, 0, 1, 0, 0, 0, 2]);
    expect(row(after, 'RESULTS_TOTAL')).toEqual([2, 1, 0, 0, 0, 0, 3]);
    expect(row(after, 'CARRIED_FORWARD')).toEqual([0, 0, 1, 0, 0, 0, 1]);
    const fates = specs.map(fateOf);
    for (const report of [before, after]) {
      expect(report.tableThree.map(({ code, cells }) => ({ code, cells }))).toEqual(expectedTableThree(fates, report.year));
      expect(report.check).toEqual({ passed: true, difference: 0, failing: [] });
    }
  });

  it('fails the 勾稽 check by −1 when last year’s request turns up after last year’s report was published, which stays frozen', async () => {
    const agency = { departmentId: dept(3).id };
    await importDisclosures(hub, [{ ref: 'pub-1', agency, receivedOn: '2024-11-04', steps: [steps.answer('2024-11-20', 'DISCLOSED')] }]);
    const published = await publish({ ...agency, year: 2024 }, '2025-02-10');
    expect(published.userErrors).toEqual([]);
    // A department's report is due by 1月31日: published on 02-10, it is late.
    expect(published.report).toMatchObject({ year: 2024, frozen: true, publishedOn: '2025-02-10', dueOn: '2025-01-31', late: true });
    expect(published.report!.check.passed).toBe(true);
    const frozenRows = published.report!.tableThree;
    // A letter received in December 2024, registered only now, answered in January 2025.
    await importDisclosures(hub, [{ ref: 'pub-found', agency, type: 'LEGAL_SERVICE', receivedOn: '2024-12-18', steps: [steps.answer('2025-01-09', 'DISCLOSED')] }]);
    const lastYear = await annualReport({ ...agency, year: 2024 });
    expect(lastYear.tableThree).toEqual(frozenRows);
    expect(row(lastYear, 'RECEIVED')).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(row(lastYear, 'CARRIED_FORWARD')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    const thisYear = await annualReport({ ...agency, year: 2025 });
    // 二 comes from the published 四 (nothing), 三 counts the January answer: one more out than came in.
    expect(row(thisYear, 'CARRIED_OVER')).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(row(thisYear, 'RESULTS_TOTAL')).toEqual([0, 0, 0, 0, 1, 0, 1]);
    expect(thisYear.check).toEqual({
      passed: false,
      difference: -1,
      failing: [
        { column: 'LEGAL_SERVICE', left: 0, right: 1, difference: -1 },
        { column: 'TOTAL', left: 0, right: 1, difference: -1 },
      ],
    });
    const html = expectData(await hub.gql<{ disclosureAnnualReport: { html: string } }>(`query($s: AnnualReportSubjectInput!) { disclosureAnnualReport(subject: $s) { html } }`, { s: { ...agency, year: 2025 } }, supervisor()))
      .disclosureAnnualReport.html;
    expect(html).toContain('勾稽关系校验：未通过');
    expect(html).toMatch(/<tr data-column="LEGAL_SERVICE"><th scope="row">法律服务机构<\/th><td>0<\/td><td>1<\/td><td>[−-]1<\/td><\/tr>/);
    // Published once; the narrative is closed with it.
    expect(rules((await publish({ ...agency, year: 2024 }, '2025-03-01')).userErrors)).toEqual([{ field: 'input.year', rule: 'PUBLISHED' }]);
    const narrative = expectData(
      await hub.gql<{ saveAnnualReportNarrative: { userErrors: UserErrors } }>(
        `mutation($s: AnnualReportSubjectInput!) { saveAnnualReportNarrative(subject: $s, overview: "补充说明") { userErrors { field rule message } } }`,
        { s: { ...agency, year: 2024 } },
        sys(),
      ),
    ).saveAnnualReportNarrative;
    expect(rules(narrative.userErrors)).toEqual([{ field: 'input.year', rule: 'PUBLISHED' }]);
  });

  it('is due by 1月31日 for a department and 3月31日 for the county government, and late when published after that', async () => {
    const county = await publish({ orgUnitId: cat.county.id, year: 2023, includeSubordinates: true }, '2024-03-31');
    expect(county.userErrors).toEqual([]);
    expect(county.report).toMatchObject({ dueOn: '2024-03-31', publishedOn: '2024-03-31', late: false, frozen: true });
    const countyLate = await publish({ orgUnitId: cat.county.id, year: 2022, includeSubordinates: true }, '2023-04-03');
    expect(countyLate.report).toMatchObject({ dueOn: '2023-03-31', publishedOn: '2023-04-03', late: true });
    const department = await publish({ departmentId: dept(6).id, year: 2023 }, '2024-01-31');
    expect(department.report).toMatchObject({ dueOn: '2024-01-31', late: false });
    // Unpublished with its due date passed: late; not yet due: not late.
    expect(await annualReport({ departmentId: dept(6).id, year: 2025 })).toMatchObject({ dueOn: '2026-01-31', publishedOn: null, frozen: false, late: true });
    const thisYear = Number(today().slice(0, 4));
    expect(await annualReport({ departmentId: dept(6).id, year: thisYear })).toMatchObject({ dueOn: `${thisYear + 1}-01-31`, late: false });
    expect(rules((await publish({ departmentId: dept(6).id, year: thisYear }, today())).userErrors)).toEqual([{ field: 'input.publishedOn', rule: 'YEAR_NOT_ENDED' }]);
    expect(rules((await publish({ departmentId: dept(6).id, year: 2025 }, addCalendarDays(today(), 1))).userErrors)).toEqual([{ field: 'input.publishedOn', rule: 'DATE_IN_FUTURE' }]);
    expect(rules((await publish({ orgUnitId: cat.county.id, year: 2025, includeSubordinates: true }, '2026-03-01', operator())).userErrors)).toEqual([{ field: 'subject.orgUnitId', rule: 'OUT_OF_SCOPE' }]);
  });

  // A government's own report counts its own records only (not its departments'), requests, items and remedies alike.
  it('computes and publishes a government’s own report (a township’s, and the county’s without subordinates)', async () => {
    const agency = { orgUnitId: township(0).id };
    const specs: DisclosureSpec[] = [
      { ref: 'gov-a', agency, receivedOn: '2025-03-03', steps: [steps.answer('2025-03-17', 'DISCLOSED')] },
      { ref: 'gov-b', agency, type: 'RESEARCH', receivedOn: '2025-12-15', steps: [steps.answer('2026-01-08', 'UNABLE_NOT_HELD')] },
    ];
    await importDisclosures(hub, specs);
    const response = await hub.gql<{ disclosureAnnualReport: ReportView }>(`query($s: AnnualReportSubjectInput!) { disclosureAnnualReport(subject: $s) { ${REPORT} } }`, { s: { ...agency, year: 2025 } }, supervisor());
    expect(response.errors ?? []).toEqual([]);
    const report = response.data!.disclosureAnnualReport;
    expect(report.tableThree.map(({ code, cells }) => ({ code, cells }))).toEqual(expectedTableThree(specs.map(fateOf), 2025));
    expect(row(report, 'RECEIVED')).toEqual([1, 0, 1, 0, 0, 0, 2]);
    // A township government reports by the department date; the county government by 3月31日.
    expect(report.dueOn).toBe('2026-01-31');
    const county = await publish({ orgUnitId: cat.county.id, year: 2023 }, '2024-03-31');
    expect(county.userErrors).toEqual([]);
    expect(county.report).toMatchObject({ dueOn: '2024-03-31', publishedOn: '2024-03-31', late: false, frozen: true });
  });
});

describe('a year of one agency’s requests in table 三', () => {
  const agency = () => ({ departmentId: dept(4).id });
  type Line = { type: ApplicantType; n: number; receivedOn: string; steps: DisclosureSpec['steps'] };
  const answered = (type: ApplicantType, outcome: Outcome, n: number, receivedOn: string, answeredOn: string): Line => ({ type, n, receivedOn, steps: [steps.answer(answeredOn, outcome)] });
  // By hand: what the department received and how each request ended.
  const LINES: Line[] = [
    // Received and answered in 2025.
    answered('NATURAL_PERSON', 'DISCLOSED', 5, '2025-03-03', '2025-03-17'),
    answered('NATURAL_PERSON', 'PARTIALLY_DISCLOSED', 2, '2025-04-07', '2025-04-25'),
    answered('NATURAL_PERSON', 'NOT_DISCLOSED_THIRD_PARTY', 1, '2025-05-12', '2025-06-03'),
    answered('NATURAL_PERSON', 'UNABLE_NOT_HELD', 3, '2025-06-09', '2025-06-20'),
    answered('NATURAL_PERSON', 'NOT_PROCESSED_REPEATED', 2, '2025-07-01', '2025-07-15'),
    // Notice Wed 08-06, 5 working days (08-07, 08-08, 08-11 … 08-13): withdrawn Thu 08-14.
    { type: 'NATURAL_PERSON', n: 1, receivedOn: '2025-08-04', steps: [steps.correction('2025-08-06', 5), steps.lapsed('2025-08-14')] },
    answered('COMMERCIAL', 'DISCLOSED', 2, '2025-03-10', '2025-03-28'),
    answered('COMMERCIAL', 'NOT_DISCLOSED_PROCESS_INFO', 1, '2025-09-01', '2025-09-19'),
    answered('COMMERCIAL', 'UNABLE_NEEDS_CREATION', 1, '2025-10-13', '2025-10-31'),
    answered('RESEARCH', 'DISCLOSED', 1, '2025-11-03', '2025-11-14'),
    answered('PUBLIC_WELFARE', 'PARTIALLY_DISCLOSED', 1, '2025-02-10', '2025-02-28'),
    answered('PUBLIC_WELFARE', 'NOT_PROCESSED_PETITION', 1, '2025-06-16', '2025-06-18'),
    answered('LEGAL_SERVICE', 'NOT_DISCLOSED_ENFORCEMENT_FILE', 1, '2025-07-21', '2025-08-08'),
    { type: 'LEGAL_SERVICE', n: 1, receivedOn: '2025-09-08', steps: [steps.correction('2025-09-10', 10), steps.corrected('2025-09-15'), steps.answer('2025-09-26', 'UNABLE_STILL_UNCLEAR')] },
    answered('OTHER_ORGANIZATION', 'OTHER', 1, '2025-04-14', '2025-04-30'),
    answered('OTHER_ORGANIZATION', 'OTHER_FEE_UNPAID', 1, '2025-10-20', '2025-11-07'),
    // 上年结转: received in December 2024, answered in 2025 — or only in 2026.
    answered('NATURAL_PERSON', 'DISCLOSED', 2, '2024-12-23', '2025-01-10'),
    answered('COMMERCIAL', 'NOT_PROCESSED_PUBLICATION', 1, '2024-12-16', '2025-01-06'),
    answered('LEGAL_SERVICE', 'DISCLOSED', 1, '2024-12-02', '2026-01-05'),
    // 结转下年度: received in December 2025, answered in 2026 or still open.
    answered('NATURAL_PERSON', 'DISCLOSED', 2, '2025-12-15', '2026-01-08'),
    answered('RESEARCH', 'NOT_DISCLOSED_STATE_SECRET', 1, '2025-12-29', '2026-01-20'),
    { type: 'OTHER_ORGANIZATION', n: 1, receivedOn: '2025-12-22', steps: [] },
    // Neither in nor across 2025.
    answered('NATURAL_PERSON', 'DISCLOSED', 2, '2024-11-04', '2024-11-22'),
    answered('COMMERCIAL', 'DISCLOSED', 1, '2026-02-02', '2026-02-27'),
  ];
  const specs = () => LINES.flatMap((l, i) => Array.from({ length: l.n }, (_, k): DisclosureSpec => ({ ref: `year-${i}-${k}`, agency: agency(), type: l.type, receivedOn: l.receivedOn, steps: l.steps })));
  let report: ReportView;

  beforeAll(async () => {
    await importDisclosures(hub, specs(), 'full-year-2025');
    report = await annualReport({ ...agency(), year: 2025 });
  });

  it('has every cell of every row equal to the counts of the hand-written year', async () => {
    // The printed rows, by hand.
    expect(report.tableThree.map((r) => [r.code, r.number])).toEqual([
      ['RECEIVED', '一'],
      ['CARRIED_OVER', '二'],
      ['RESULTS', '三'],
      ['DISCLOSED', '（一）'],
      ['PARTIALLY_DISCLOSED', '（二）'],
      ['GROUP:NOT_DISCLOSED', '（三）'],
      ...OUTCOME_ROWS.NOT_DISCLOSED.map((o, i) => [o, String(i + 1)]),
      ['GROUP:UNABLE_TO_PROVIDE', '（四）'],
      ...OUTCOME_ROWS.UNABLE_TO_PROVIDE.map((o, i) => [o, String(i + 1)]),
      ['GROUP:NOT_PROCESSED', '（五）'],
      ...OUTCOME_ROWS.NOT_PROCESSED.map((o, i) => [o, String(i + 1)]),
      ['GROUP:OTHER', '（六）'],
      ...OUTCOME_ROWS.OTHER.map((o, i) => [o, String(i + 1)]),
      ['RESULTS_TOTAL', '（七）'],
      ['CARRIED_FORWARD', '四'],
    ]);
    // Totals read off the table above: 25 + 4 received, 4 carried over, 25 + 3 answered, 5 carried forward.
    expect(row(report, 'RECEIVED')).toEqual([16, 4, 2, 2, 2, 3, 29]);
    expect(row(report, 'CARRIED_OVER')).toEqual([2, 1, 0, 0, 1, 0, 4]);
    expect(row(report, 'DISCLOSED')).toEqual([7, 2, 1, 0, 0, 0, 10]);
    expect(row(report, 'RESULTS_TOTAL')).toEqual([16, 5, 1, 2, 2, 2, 28]);
    expect(row(report, 'CARRIED_FORWARD')).toEqual([2, 0, 1, 0, 1, 1, 5]);
    // Every cell, all seven columns of every row.
    expect(report.tableThree.map(({ code, cells }) => ({ code, cells }))).toEqual(expectedTableThree(specs().map(fateOf), 2025));
    expect(report.check).toEqual({ passed: true, difference: 0, failing: [] });
  });

  it('exports the same table and check as printable HTML and as an XLSX workbook', async () => {
    const saved = expectData(
      await hub.gql<{ saveAnnualReportNarrative: { userErrors: UserErrors } }>(
        `mutation($s: AnnualReportSubjectInput!) { saveAnnualReportNarrative(subject: $s, overview: "全年共收到政府信息公开申请29件。", problems: "答复说理仍需加强。") { userErrors { field rule message } } }`,
        { s: { ...agency(), year: 2025 } },
        sys(),
      ),
    ).saveAnnualReportNarrative;
    expect(saved.userErrors).toEqual([]);
    const data = expectData(
      await hub.gql<{ disclosureAnnualReport: { html: string; xlsx: { filename: string; contentType: string; base64: string } } }>(
        `query($s: AnnualReportSubjectInput!) { disclosureAnnualReport(subject: $s) { html xlsx { filename contentType base64 } } }`,
        { s: { ...agency(), year: 2025 } },
        supervisor(),
      ),
    ).disclosureAnnualReport;
    expect(data.html).toContain('<table id="table-three">');
    expect(data.html).toContain('勾稽关系校验：通过');
    expect(data.html).toContain('全年共收到政府信息公开申请29件。');
    expect(data.html).toContain('答复说理仍需加强。');
    for (const r of report.tableThree.filter((x) => x.cells.length > 0)) {
      const line = data.html.match(new RegExp(`<tr data-code="${r.code}">(.*?)</tr>`))?.[1];
      expect(line, r.code).toBeDefined();
      const figures = [...line!.matchAll(/<td data-column="([A-Z_]+)"[^>]*>([^<]*)<\/td>/g)].map((m) => Number(m[2]!.replace(/,/g, '')));
      expect(figures, r.code).toEqual(r.cells);
    }

    expect(data.xlsx.filename).toMatch(/2025年政府信息公开工作年度报告\.xlsx$/);
    expect(data.xlsx.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = XLSX.read(Buffer.from(data.xlsx.base64, 'base64'), { type: 'buffer' });
    expect(workbook.SheetNames).toEqual(['二 主动公开', '三 依申请公开', '四 复议诉讼', '说明']);
    const lines = XLSX.utils.sheet_to_json<(string | number | null)[]>(workbook.Sheets['三 依申请公开']!, { header: 1, defval: null, blankrows: true });
    // Title on line 1, the two-level header on lines 2–4, then one line per row: number, label, seven figures.
    report.tableThree.forEach((r, i) => {
      const line = lines[4 + i]!;
      expect(String(line[0]).startsWith(r.number), `${r.code}: ${String(line[0])}`).toBe(true);
      expect(line.slice(2, 9), r.code).toEqual(r.cells.length > 0 ? r.cells : [null, null, null, null, null, null, null]);
    });
    expect(lines[4 + report.tableThree.length + 1]![0]).toBe('勾稽关系校验：通过');
  });
});

// ——— boards ———

interface PostingView {
  id: string;
  unitPath: string;
  tier: string;
  year: number;
  quarter: number;
  postedOn: string;
  dueOn: string;
  onTime: boolean;
}
async function postBoard(unitId: string, year: number, quarter: number, postedOn: string, as: As = sys()) {
  return expectData(
    await hub.gql<{ recordDisclosureBoardPosting: { posting: PostingView | null; userErrors: UserErrors } }>(
      `mutation($input: DisclosureBoardPostingInput!) { recordDisclosureBoardPosting(input: $input) { posting { id unitPath tier year quarter postedOn dueOn onTime } userErrors { field rule message } } }`,
      { input: { unitId, year, quarter, postedOn, contents: [{ heading: '财务收支', body: '本季度收入12.6万元，支出8.3万元，联系人电话13907361234' }], photos: ['boards/photo-1.jpg'] } },
      as,
    ),
  ).recordDisclosureBoardPosting;
}

/** The units keeping a board in a township's subtree, from the catalogue: the township and its villages. */
async function boardUnits(unit: Unit): Promise<{ township: Unit & { tier: string }; villages: (Unit & { tier: string })[] }> {
  const data = expectData(
    await hub.gql<{ orgUnit: Unit & { tier: string; children: (Unit & { tier: string })[] } }>(`query($id: ID) { orgUnit(id: $id) { id name path tier children { id name path tier } } }`, { id: unit.id }, supervisor()),
  );
  const { children, ...township } = data.orgUnit;
  expect(township.tier).toBe('TOWNSHIP');
  return { township, villages: children.filter((c) => c.tier === 'VILLAGE') };
}

describe('quarterly boards (村务/乡镇政务公开)', () => {
  it('are on time when posted by the 5th of the next quarter’s first month, late on the 6th, and counted with the units that posted nothing', async () => {
    const { township: t, villages } = await boardUnits(township(1));
    expect(villages.length).toBeGreaterThan(4);
    // Q3 2025 is due Sun 2025-10-05 — a calendar day (here inside 国庆), not a working day.
    const fifth = await postBoard(t.id, 2025, 3, '2025-10-05');
    expect(fifth.userErrors).toEqual([]);
    expect(fifth.posting).toMatchObject({ unitPath: t.path, tier: 'TOWNSHIP', year: 2025, quarter: 3, postedOn: '2025-10-05', dueOn: '2025-10-05', onTime: true });
    expect((await postBoard(villages[0]!.id, 2025, 3, '2025-10-06')).posting).toMatchObject({ tier: 'VILLAGE', dueOn: '2025-10-05', onTime: false });
    expect((await postBoard(villages[1]!.id, 2025, 3, '2025-09-30')).posting).toMatchObject({ onTime: true });
    // Posted after the period's end: still missing on its last day.
    expect((await postBoard(villages[2]!.id, 2025, 3, '2026-01-12')).posting).toMatchObject({ onTime: false });

    expect(rules((await postBoard(villages[3]!.id, 2025, 3, '2025-08-31')).userErrors)).toEqual([{ field: 'input.postedOn', rule: 'BEFORE_QUARTER_END' }]);
    expect(rules((await postBoard(t.id, 2025, 3, '2025-10-08')).userErrors)).toEqual([{ field: 'input.quarter', rule: 'ALREADY_POSTED' }]);
    expect(rules((await postBoard(cat.county.id, 2025, 3, '2025-10-05')).userErrors)).toEqual([{ field: 'input.unitId', rule: 'NO_BOARD' }]);
    expect(rules((await postBoard(villages[3]!.id, 2025, 3, '2025-10-05', operator())).userErrors)).toEqual([{ field: 'input.unitId', rule: 'OUT_OF_SCOPE' }]);
    expect(rules((await postBoard(villages[3]!.id, 2025, 3, '2025-10-05', deptOperator)).userErrors)).toEqual([{ field: 'input.unitId', rule: 'OUT_OF_SCOPE' }]);
    // The township's own staff post for it (dated the day it went up).
    expect((await postBoard(home().id, 2026, 3, today(), operator())).posting).toMatchObject({ unitPath: home().path, dueOn: '2026-10-05', onTime: false });

    const stats = expectData(
      await hub.gql<{ orgUnit: { disclosureStats: { boards: { due: number; onTime: number; late: number; missing: number; onTimeRate: { numerator: number; denominator: number }; byTier: { tier: string; due: number; onTime: number; late: number; missing: number }[] } } } }>(
        `query($id: ID) { orgUnit(id: $id) { disclosureStats(period: { year: 2025, quarter: 4 }) { boards { due onTime late missing onTimeRate { numerator denominator } byTier { tier due onTime late missing } } } } }`,
        { id: t.id },
        supervisor(),
      ),
    ).orgUnit.disclosureStats.boards;
    // Q3's posting falls due in Q4: the township and each of its villages owe one.
    const due = 1 + villages.length;
    expect(stats).toEqual({
      due,
      onTime: 2,
      late: 1,
      missing: due - 3,
      onTimeRate: { numerator: 2, denominator: due },
      byTier: [
        { tier: 'TOWNSHIP', due: 1, onTime: 1, late: 0, missing: 0 },
        // villages[2] went up only in January: missing on 12-31.
        { tier: 'VILLAGE', due: villages.length, onTime: 1, late: 1, missing: villages.length - 2 },
      ],
    });
    const late = expectData(
      await hub.gql<{ disclosureBoardPostings: { edges: { node: { unitPath: string; contents: { body: string }[] } }[] } }>(
        `query($p: String) { disclosureBoardPostings(first: 100, withinPath: $p, year: 2025, quarter: 3, lateOnly: true) { edges { node { unitPath contents { body } } } } }`,
        { p: t.path },
        leader(),
      ),
    ).disclosureBoardPostings.edges.map((e) => e.node);
    expect(late.map((p) => p.unitPath).sort()).toEqual([villages[0]!.path, villages[2]!.path].sort());
    // A phone number written on the board is masked for a leader.
    expect(late[0]!.contents[0]!.body).toBe('本季度收入12.6万元，支出8.3万元，联系人电话139****1234');
  });
});

// ——— proactive items ———

interface ItemView {
  id: string;
  title: string;
  category: string;
  createdOn: string;
  publishedOn: string;
  publishDueOn: string;
  publishedOnTime: boolean;
  fullTextElectronic: boolean;
  issuedOn: string | null;
  repealedOn: string | null;
  decisionCount: number;
  feeAmountWan: number;
}
const ITEM = 'id title category createdOn publishedOn publishDueOn publishedOnTime fullTextElectronic issuedOn repealedOn decisionCount feeAmountWan';

async function recordItems(items: Record<string, unknown>[], as: As = sys()) {
  return expectData(
    await hub.gql<{ recordProactiveItems: { items: ItemView[]; userErrors: UserErrors } }>(
      `mutation($items: [ProactiveItemInput!]!) { recordProactiveItems(items: $items) { items { ${ITEM} } userErrors { field rule message } } }`,
      { items },
      as,
    ),
  ).recordProactiveItems;
}

const item = (agency: { orgUnitId?: string; departmentId?: string }, createdOn: string, publishedOn: string, overrides: Record<string, unknown> = {}) => ({
  ...agency,
  title: '关于印发2025年度重点工作任务的通知',
  category: 'PLANNING',
  channels: ['WEBSITE', 'BOARD'],
  createdOn,
  publishedOn,
  fullTextElectronic: true,
  ...overrides,
});

async function repeal(itemId: string, repealedOn: string) {
  return expectData(
    await hub.gql<{ repealDisclosureDocument: { item: ItemView | null; userErrors: UserErrors } }>(
      `mutation($id: ID!, $on: LocalDate!) { repealDisclosureDocument(itemId: $id, repealedOn: $on) { item { ${ITEM} } userErrors { field rule message } } }`,
      { id: itemId, on: repealedOn },
      sys(),
    ),
  ).repealDisclosureDocument;
}

async function itemCount(unit: Unit): Promise<number> {
  return expectData(await hub.gql<{ proactiveItems: { totalCount: number } }>(`query($id: ID) { proactiveItems(filter: { withinId: $id }) { totalCount } }`, { id: unit.id }, supervisor())).proactiveItems
    .totalCount;
}

describe('proactive disclosure (第二十条、第二十六条)', () => {
  it('is on time within 20 working days of creation, counted over 中秋 and 国庆 and their make-up days', async () => {
    const agency = { orgUnitId: home().id };
    // Created Fri 2026-09-18: Sun 09-20 (调休, 1), 09-21 … 09-24 (5), 中秋 09-25 … 09-27, 09-28 … 09-30 (8),
    // 国庆 10-01 … 10-07, Thu 10-08, Fri 10-09 (10), Sat 10-10 (调休, 11), 10-12 … 10-16 (16), 10-19 … Thu 10-22 (20).
    const recorded = await recordItems([item(agency, '2026-09-18', '2026-10-22'), item(agency, '2026-09-18', '2026-10-23', { title: '关于调整公共服务事项的公告', category: 'PUBLIC_SERVICE', fullTextElectronic: false })], operator());
    expect(recorded.userErrors).toEqual([]);
    expect(recorded.items.map((i) => [i.publishDueOn, i.publishedOnTime])).toEqual([
      ['2026-10-22', true],
      ['2026-10-22', false],
    ]);
    const late = expectData(
      await hub.gql<{ proactiveItems: { edges: { node: { id: string } }[] } }>(`query($id: ID) { proactiveItems(first: 100, filter: { withinId: $id, lateOnly: true }) { edges { node { id } } } }`, { id: home().id }, supervisor()),
    ).proactiveItems.edges.map((e) => e.node.id);
    expect(late).toEqual([recorded.items[1]!.id]);
  });

  it('refuses an item breaking a rule, naming the item and field, and writes none of the batch', async () => {
    const agency = { orgUnitId: home().id };
    const before = await itemCount(home());
    const refused = await recordItems(
      [
        item(agency, '2026-10-12', '2026-10-14'),
        item(agency, '2026-10-12', '2026-10-14', { category: 'LICENSING_DECISION', channels: [] }),
        item(agency, '2026-10-12', '2026-10-09', { issuedOn: '2026-10-12' }),
        item(agency, '2026-10-12', '2026-10-14', { category: 'FEES', feeAmountWan: 1.23456 }),
        item(agency, '2026-10-12', addCalendarDays(today(), 1), { category: 'PENALTY_DECISION', decisionCount: 3, feeAmountWan: 2 }),
        item({ orgUnitId: township(6).id }, '2026-10-12', '2026-10-14'),
      ],
      operator(),
    );
    expect(refused.items).toEqual([]);
    expect(rules(refused.userErrors)).toEqual([
      { field: 'items.1.channels', rule: 'REQUIRED' },
      { field: 'items.1.decisionCount', rule: 'REQUIRED_POSITIVE' },
      { field: 'items.2.publishedOn', rule: 'BEFORE_CREATION' },
      { field: 'items.2.issuedOn', rule: 'DOCUMENTS_ONLY' },
      { field: 'items.3.feeAmountWan', rule: 'FEE_AMOUNT' },
      { field: 'items.4.publishedOn', rule: 'DATE_IN_FUTURE' },
      { field: 'items.4.feeAmountWan', rule: 'FEES_ONLY' },
      { field: 'items.5.orgUnitId', rule: 'OUT_OF_SCOPE' },
    ]);
    expect(await itemCount(home())).toBe(before);
  });

  it('feeds table 二 with documents issued, repealed and in force, decisions and fees of the year', async () => {
    const agency = { departmentId: dept(8).id };
    const doc = (category: string, issued: string, published: string, title: string) => item(agency, issued, published, { category, title, documentNumber: '安政发〔2025〕1号' });
    const recorded = await recordItems([
      doc('REGULATION', '2023-05-10', '2023-05-20', '规章甲'),
      doc('NORMATIVE_DOCUMENT', '2025-03-03', '2025-03-10', '文件乙（2025年废止）'),
      doc('NORMATIVE_DOCUMENT', '2025-04-01', '2025-04-08', '文件丙'),
      doc('NORMATIVE_DOCUMENT', '2023-01-09', '2023-01-16', '文件丁（2026年废止）'),
      doc('NORMATIVE_DOCUMENT', '2024-08-05', '2024-08-12', '文件戊（2024年废止）'),
      item(agency, '2025-06-30', '2025-07-04', { category: 'LICENSING_DECISION', decisionCount: 12, title: '6月行政许可决定' }),
      item(agency, '2025-11-03', '2025-11-05', { category: 'LICENSING_DECISION', decisionCount: 8, title: '10月行政许可决定' }),
      item(agency, '2024-12-02', '2024-12-04', { category: 'LICENSING_DECISION', decisionCount: 5, title: '2024年11月行政许可决定' }),
      item(agency, '2025-05-12', '2025-05-14', { category: 'PENALTY_DECISION', decisionCount: 3, title: '行政处罚决定' }),
      item(agency, '2025-09-01', '2025-09-03', { category: 'ENFORCEMENT_DECISION', decisionCount: 1, title: '行政强制决定' }),
      item(agency, '2025-07-01', '2025-07-02', { category: 'FEES', feeAmountWan: 12.3456, title: '上半年行政事业性收费' }),
      item(agency, '2025-12-31', '2026-01-05', { category: 'FEES', feeAmountWan: 0.5, title: '下半年行政事业性收费' }),
      item(agency, '2025-02-03', '2025-02-05', { title: '年度工作计划' }),
    ]);
    expect(recorded.userErrors).toEqual([]);
    const ids = recorded.items.map((i) => i.id);
    expect(recorded.items[0]).toMatchObject({ issuedOn: '2023-05-10', repealedOn: null });
    expect((await repeal(ids[1]!, '2025-09-01')).item).toMatchObject({ repealedOn: '2025-09-01' });
    expect((await repeal(ids[3]!, '2026-02-02')).userErrors).toEqual([]);
    expect((await repeal(ids[4]!, '2024-12-20')).userErrors).toEqual([]);
    expect(rules((await repeal(ids[1]!, '2025-10-01')).userErrors)).toEqual([{ field: 'input.itemId', rule: 'ALREADY_REPEALED' }]);
    expect(rules((await repeal(ids[2]!, '2025-03-31')).userErrors)).toEqual([{ field: 'input.repealedOn', rule: 'BEFORE_ISSUE' }]);
    expect(rules((await repeal(ids[12]!, '2025-10-01')).userErrors)).toEqual([{ field: 'input.itemId', rule: 'DOCUMENTS_ONLY' }]);
    expect(rules((await repeal(ids[2]!, addCalendarDays(today(), 1))).userErrors)).toEqual([{ field: 'input.repealedOn', rule: 'DATE_IN_FUTURE' }]);

    expect((await annualReport({ ...agency, year: 2025 })).tableTwo).toEqual({
      regulations: { issued: 0, repealed: 0, inForce: 1 },
      // 乙 and 丙 issued; 乙 repealed; 丙 and 丁 (repealed only in 2026) in force on 12-31.
      normativeDocuments: { issued: 2, repealed: 1, inForce: 2 },
      licensingDecisions: 20,
      penaltyDecisions: 3,
      enforcementDecisions: 1,
      feesWan: 12.8456,
    });
    expect((await annualReport({ ...agency, year: 2024 })).tableTwo).toMatchObject({
      regulations: { issued: 0, repealed: 0, inForce: 1 },
      // 戊 issued and repealed in 2024; 丁 in force.
      normativeDocuments: { issued: 1, repealed: 1, inForce: 1 },
      licensingDecisions: 5,
    });
  });
});

// ——— reviews and suits ———

interface RemedyView {
  id: string;
  kind: string;
  result: string;
  filedOn: string;
  decidedOn: string | null;
}
async function fileRemedy(requestId: string, kind: string, filedOn: string) {
  return expectData(
    await hub.gql<{ recordDisclosureRemedy: { remedy: RemedyView | null; userErrors: UserErrors } }>(
      `mutation($id: ID!, $kind: DisclosureRemedyKind!, $on: LocalDate!) { recordDisclosureRemedy(requestId: $id, kind: $kind, body: "县人民政府", caseNumber: "安政复〔2025〕1号", filedOn: $on) { remedy { id kind result filedOn decidedOn } userErrors { field rule message } } }`,
      { id: requestId, kind, on: filedOn },
      sys(),
    ),
  ).recordDisclosureRemedy;
}
async function decideRemedy(remedyId: string, result: string, decidedOn: string) {
  return expectData(
    await hub.gql<{ decideDisclosureRemedy: { remedy: RemedyView | null; userErrors: UserErrors } }>(
      `mutation($id: ID!, $result: DisclosureRemedyResult!, $on: LocalDate!) { decideDisclosureRemedy(remedyId: $id, result: $result, decidedOn: $on) { remedy { id kind result filedOn decidedOn } userErrors { field rule message } } }`,
      { id: remedyId, result, on: decidedOn },
      sys(),
    ),
  ).decideDisclosureRemedy;
}

describe('reviews and suits (table 四)', () => {
  it('are filed on answered requests, a suit after review only after a decided review, and a result after 12-31 is still 尚未审结 that year', async () => {
    const agency = { departmentId: dept(9).id };
    const [first, second, open] = (
      await importDisclosures(hub, [
        { ref: 'rem-1', agency, receivedOn: '2025-03-03', steps: [steps.answer('2025-03-20', 'NOT_DISCLOSED_THIRD_PARTY')] },
        { ref: 'rem-2', agency, receivedOn: '2025-05-06', steps: [steps.answer('2025-05-20', 'UNABLE_NOT_HELD')] },
        { ref: 'rem-3', agency, receivedOn: '2025-10-09' },
      ])
    ).requestIds as [string, string, string];
    expect(rules((await fileRemedy(open, 'REVIEW', '2025-11-03')).userErrors)).toEqual([{ field: 'input.requestId', rule: 'NOT_ANSWERED' }]);
    expect(rules((await fileRemedy(first, 'REVIEW', '2025-03-10')).userErrors)).toEqual([{ field: 'input.filedOn', rule: 'BEFORE_ANSWER' }]);
    expect(rules((await fileRemedy(first, 'SUIT_AFTER_REVIEW', '2025-04-01')).userErrors)).toEqual([{ field: 'input.kind', rule: 'NO_DECIDED_REVIEW' }]);
    const review = (await fileRemedy(first, 'REVIEW', '2025-04-01')).remedy!;
    expect(review).toMatchObject({ kind: 'REVIEW', result: 'PENDING', decidedOn: null });
    expect(rules((await fileRemedy(first, 'SUIT_AFTER_REVIEW', '2025-05-01')).userErrors)).toEqual([{ field: 'input.kind', rule: 'NO_DECIDED_REVIEW' }]);
    expect(rules((await decideRemedy(review.id, 'CORRECTED', '2025-03-31')).userErrors)).toEqual([{ field: 'input.decidedOn', rule: 'BEFORE_FILING' }]);
    expect((await decideRemedy(review.id, 'CORRECTED', '2025-06-30')).remedy).toMatchObject({ result: 'CORRECTED', decidedOn: '2025-06-30' });
    expect(rules((await decideRemedy(review.id, 'UPHELD', '2025-07-01')).userErrors)).toEqual([{ field: 'input.remedyId', rule: 'ALREADY_DECIDED' }]);
    expect(rules((await decideRemedy(review.id, 'PENDING', '2025-07-01')).userErrors)).toEqual([{ field: 'result', rule: 'NOT_A_RESULT' }]);
    expect((await fileRemedy(first, 'SUIT_AFTER_REVIEW', '2025-07-15')).userErrors).toEqual([]);
    const direct = (await fileRemedy(second, 'SUIT_DIRECT', '2025-06-10')).remedy!;
    await decideRemedy(direct.id, 'OTHER', '2025-10-20');
    const lateReview = (await fileRemedy(second, 'REVIEW', '2025-11-10')).remedy!;
    await decideRemedy(lateReview.id, 'UPHELD', '2026-01-15');
    await fileRemedy(second, 'REVIEW', '2026-02-02');

    const y2025 = await annualReport({ ...agency, year: 2025 });
    // 维持, 纠正, 其他结果, 尚未审结, 总计 — of the cases filed in 2025, as they stood on 12-31.
    expect(y2025.tableFour).toEqual([
      { kind: 'REVIEW', cells: [0, 1, 0, 1, 2] },
      { kind: 'SUIT_DIRECT', cells: [0, 0, 1, 0, 1] },
      { kind: 'SUIT_AFTER_REVIEW', cells: [0, 0, 0, 1, 1] },
    ]);
    expect((await view(first))!.remedies.map((m) => [m.kind, m.result])).toEqual([
      ['REVIEW', 'CORRECTED'],
      ['SUIT_AFTER_REVIEW', 'PENDING'],
    ]);
  });
});

// ——— figures ———

describe('disclosureStats', () => {
  // 2024 Q2 belongs to this test alone: nothing else in this file is received, answered, published,
  // filed or due in it, or open across it. Snapshot day: 2024-06-30.
  const PERIOD = '{ year: 2024, quarter: 2 }';
  const FROM = '2024-04-01';
  const AS_OF = '2024-06-30';
  const ta = () => township(2);
  const tb = () => township(3);
  const dx = () => dept(5);
  const plain = (receivedOn: string) => calendar.addWorkingDays(receivedOn as LocalDate, 20);

  /** A request with the deadline in force at the end of its history (null after a lapse). */
  type Req = { subject: 'TA' | 'TB' | 'DX'; spec: DisclosureSpec; due: string | null };
  const req = (subject: Req['subject'], ref: string, type: ApplicantType, receivedOn: string, answeredOn: string, outcome: Outcome): Req => ({
    subject,
    spec: { ref, agency: agencyOf(subject), type, receivedOn, steps: [steps.answer(answeredOn, outcome)] },
    due: plain(receivedOn),
  });
  const agencyOf = (subject: Req['subject']) => (subject === 'DX' ? { departmentId: dx().id } : { orgUnitId: (subject === 'TA' ? ta() : tb()).id });
  const REQUESTS = (): Req[] => [
    req('TA', 'st-a1', 'NATURAL_PERSON', '2024-04-08', '2024-04-22', 'DISCLOSED'),
    // Received before the period, answered in it.
    req('TA', 'st-a2', 'COMMERCIAL', '2024-03-18', '2024-04-10', 'PARTIALLY_DISCLOSED'),
    // Due Fri 05-31 (劳动节 05-01 … 05-05, Sat 05-11 调休): open and overdue on 06-30, answered after the period.
    req('TA', 'st-a3', 'NATURAL_PERSON', '2024-05-06', '2024-07-15', 'NOT_DISCLOSED_THIRD_PARTY'),
    // Open on 06-30, not yet due.
    req('TA', 'st-a4', 'RESEARCH', '2024-06-24', '2024-07-05', 'UNABLE_NOT_HELD'),
    // Due Tue 05-14, answered late on 05-31.
    req('TA', 'st-a5', 'NATURAL_PERSON', '2024-04-15', '2024-05-31', 'NOT_PROCESSED_REPEATED'),
    // Notice Wed 05-15, 10 working days to Wed 05-29: withdrawn Thu 05-30 (on time: the agency did nothing late).
    { subject: 'TA', spec: { ref: 'st-a6', agency: agencyOf('TA'), receivedOn: '2024-05-13', steps: [steps.correction('2024-05-15', 10), steps.lapsed('2024-05-30')] }, due: null },
    // Received before the period (due Tue 04-23: 清明 04-04 … 04-06, Sun 04-07 调休) and still open on 06-30.
    req('TA', 'st-a9', 'NATURAL_PERSON', '2024-03-25', '2024-07-03', 'DISCLOSED'),
    // Entirely before the period.
    req('TA', 'st-a7', 'NATURAL_PERSON', '2024-02-01', '2024-03-01', 'DISCLOSED'),
    // Consulting on 06-30 (no deadline then). Received Mon 06-03: 06-04 … 06-07 (4), 端午 Mon 06-10, 06-11,
    // 06-12 (6); consulting to 07-10; 07-11, 07-12 (8), 07-15 … 07-19 (13), 07-22 … 07-26 (18), 07-29, Tue 07-30 (20).
    {
      subject: 'TA',
      spec: { ref: 'st-a8', agency: agencyOf('TA'), type: 'LEGAL_SERVICE', receivedOn: '2024-06-03', steps: [steps.consult('2024-06-12'), steps.consulted('2024-07-10'), steps.answer('2024-07-19', 'DISCLOSED')] },
      due: '2024-07-30',
    },
    req('TB', 'st-b1', 'NATURAL_PERSON', '2024-04-01', '2024-04-02', 'DISCLOSED'),
    // Due Tue 06-18 (端午 06-10): open and overdue on 06-30.
    req('TB', 'st-b2', 'PUBLIC_WELFARE', '2024-05-20', '2024-08-01', 'DISCLOSED'),
    // Answered on its deadline day, Fri 05-31: on time.
    req('TB', 'st-b3', 'COMMERCIAL', '2024-05-06', '2024-05-31', 'NOT_PROCESSED_CONFIRMATION'),
    req('DX', 'st-d1', 'LEGAL_SERVICE', '2024-04-10', '2024-05-06', 'OTHER'),
    req('DX', 'st-d2', 'NATURAL_PERSON', '2024-01-15', '2024-02-20', 'DISCLOSED'),
    req('DX', 'st-d3', 'OTHER_ORGANIZATION', '2024-06-11', '2024-06-28', 'NOT_DISCLOSED_PROCESS_INFO'),
  ];
  type Rem = { subject: Req['subject']; on: string; kind: string; filedOn: string; decided?: [string, string] };
  const REMEDIES: Rem[] = [
    { subject: 'TA', on: 'st-a1', kind: 'REVIEW', filedOn: '2024-05-06', decided: ['UPHELD', '2024-06-14'] },
    // Decided after the snapshot day: pending on it.
    { subject: 'TA', on: 'st-a2', kind: 'SUIT_DIRECT', filedOn: '2024-06-03', decided: ['CORRECTED', '2024-07-10'] },
    { subject: 'TA', on: 'st-a7', kind: 'REVIEW', filedOn: '2024-03-10', decided: ['UPHELD', '2024-04-15'] },
    { subject: 'DX', on: 'st-d1', kind: 'REVIEW', filedOn: '2024-05-20', decided: ['OTHER', '2024-06-20'] },
    { subject: 'DX', on: 'st-d1', kind: 'SUIT_AFTER_REVIEW', filedOn: '2024-06-24' },
  ];
  type It = { subject: Req['subject']; createdOn: string; publishedOn: string; fullText: boolean };
  const ITEMS: It[] = [
    // Created Mon 04-01: 清明 04-04 … 04-06, Sun 04-07 调休, Sun 04-28 调休 — due Mon 04-29.
    { subject: 'TA', createdOn: '2024-04-01', publishedOn: '2024-04-10', fullText: true },
    // Due Fri 03-29: late.
    { subject: 'TA', createdOn: '2024-03-01', publishedOn: '2024-04-15', fullText: false },
    { subject: 'TA', createdOn: '2024-06-20', publishedOn: '2024-07-02', fullText: true },
    // Created Mon 05-27: 05-28 … 05-31 (4), 06-03 … 06-07 (9), 端午 06-10, 06-11 … 06-14 (13), 06-17 … 06-21
    // (18), 06-24 (19), Tue 06-25 (20): published on the last day.
    { subject: 'TA', createdOn: '2024-05-27', publishedOn: '2024-06-25', fullText: true },
    // Created Mon 05-06 (Sat 05-11 调休): due Fri 05-31, published 06-04.
    { subject: 'DX', createdOn: '2024-05-06', publishedOn: '2024-06-04', fullText: true },
  ];

  let ids: Map<string, string>;
  let units: Map<string, { township: Unit; villages: Unit[] }>;

  beforeAll(async () => {
    const requests = REQUESTS();
    const imported = await importDisclosures(hub, requests.map((r) => r.spec), 'stats-2024q2');
    ids = new Map(requests.map((r, i) => [r.spec.ref, imported.requestIds[i]!]));
    for (const m of REMEDIES) {
      const filed = await fileRemedy(ids.get(m.on)!, m.kind, m.filedOn);
      expect(filed.userErrors).toEqual([]);
      if (m.decided) expect((await decideRemedy(filed.remedy!.id, m.decided[0], m.decided[1])).userErrors).toEqual([]);
    }
    const recorded = await recordItems(ITEMS.map((i) => item(agencyOf(i.subject), i.createdOn, i.publishedOn, { fullTextElectronic: i.fullText })));
    expect(recorded.userErrors).toEqual([]);
    // Q1 2024's boards, due Fri 04-05 (清明).
    units = new Map(await Promise.all(cat.townships.map(async (t) => [t.id, await boardUnits(t)] as const)));
    const a = units.get(ta().id)!;
    for (const [unit, on] of [
      [a.township, '2024-04-03'],
      [a.villages[0]!, '2024-04-05'],
      [a.villages[1]!, '2024-04-06'],
      [a.villages[2]!, '2024-07-03'],
      [units.get(tb().id)!.township, '2024-04-08'],
    ] as const) {
      expect((await postBoard(unit.id, 2024, 1, on)).userErrors).toEqual([]);
    }
  });

  const inPeriod = (day: string | null) => day !== null && day >= FROM && day <= AS_OF;
  const GROUPS = Object.keys(OUTCOME_ROWS) as OutcomeGroup[];

  /** The figures of the requests, remedies and items of these subjects, by the definitions in the schema. */
  function expected(subjects: Req['subject'][]) {
    const fates = REQUESTS()
      .filter((r) => subjects.includes(r.subject))
      .map((r) => ({ ...fateOf(r.spec), due: r.due }));
    const answered = fates.filter((f) => inPeriod(f.answeredOn));
    const onTime = answered.filter((f) => f.outcome === 'OTHER_NO_CORRECTION' || f.answeredOn! <= f.due!);
    const open = fates.filter((f) => f.receivedOn <= AS_OF && (f.answeredOn === null || f.answeredOn > AS_OF));
    const remedies = REMEDIES.filter((m) => subjects.includes(m.subject) && inPeriod(m.filedOn));
    const items = ITEMS.filter((i) => subjects.includes(i.subject) && inPeriod(i.publishedOn));
    const itemsOnTime = items.filter((i) => i.publishedOn <= calendar.addWorkingDays(i.createdOn as LocalDate, 20));
    return {
      requestsReceived: fates.filter((f) => inPeriod(f.receivedOn)).length,
      requestsAnswered: answered.length,
      requestsAnsweredOnTime: onTime.length,
      onTimeRate: { numerator: onTime.length, denominator: answered.length },
      openRequests: open.length,
      overdueOpen: open.filter((f) => f.due !== null && f.due < AS_OF).length,
      outcomes: GROUPS.map((group) => ({ group, count: answered.filter((f) => groupOf(f.outcome!) === group).length })),
      remedies: ['REVIEW', 'SUIT_DIRECT', 'SUIT_AFTER_REVIEW'].map((kind) => {
        const mine = remedies.filter((m) => m.kind === kind);
        const resultOf = (m: Rem) => (m.decided && m.decided[1] <= AS_OF ? m.decided[0] : 'PENDING');
        return { kind, total: mine.length, results: ['UPHELD', 'CORRECTED', 'OTHER', 'PENDING'].map((result) => ({ result, count: mine.filter((m) => resultOf(m) === result).length })) };
      }),
      proactivePublished: items.length,
      proactiveOnTime: itemsOnTime.length,
      proactiveTimeliness: { numerator: itemsOnTime.length, denominator: items.length },
      fullTextRate: { numerator: items.filter((i) => i.fullText).length, denominator: items.length },
    };
  }

  /** Boards of the townships' subtrees: every township and village owes Q1 2024's posting (due 04-05). */
  function expectedBoards(townships: Unit[]) {
    const slots = townships.flatMap((t) => [units.get(t.id)!.township, ...units.get(t.id)!.villages]);
    const a = units.get(ta().id)!;
    const postedOnTime = [a.township.id, a.villages[0]!.id];
    const postedLate = [a.villages[1]!.id, units.get(tb().id)!.township.id];
    const onTime = slots.filter((u) => postedOnTime.includes(u.id)).length;
    const late = slots.filter((u) => postedLate.includes(u.id)).length;
    // a.villages[2] posted only on 07-03: still missing on 06-30.
    return { due: slots.length, onTime, late, missing: slots.length - onTime - late };
  }

  const STATS = `period { from to asOf } requestsReceived requestsAnswered requestsAnsweredOnTime onTimeRate { numerator denominator } openRequests overdueOpen
    outcomes { group count } remedies { kind total results { result count } } proactivePublished proactiveOnTime
    proactiveTimeliness { numerator denominator } fullTextRate { numerator denominator } boards { due onTime late missing }`;
  type Stats = ReturnType<typeof expected> & { period: { from: string; to: string; asOf: string }; boards: ReturnType<typeof expectedBoards> | null };

  it('gives a township, the county and a department the figures computed here', async () => {
    const data = expectData(
      await hub.gql<{ ta: { disclosureStats: Stats }; county: { disclosureStats: Stats }; dx: { disclosureStats: Stats } }>(
        `query($ta: ID, $dx: ID) {
          ta: orgUnit(id: $ta) { disclosureStats(period: ${PERIOD}) { ${STATS} } }
          county: orgUnit(code: "430721") { disclosureStats(period: ${PERIOD}) { ${STATS} } }
          dx: department(id: $dx) { disclosureStats(period: ${PERIOD}) { ${STATS} } }
        }`,
        { ta: ta().id, dx: dx().id },
        supervisor(),
      ),
    );
    const period = { from: FROM, to: AS_OF, asOf: AS_OF };
    expect(data.ta.disclosureStats).toEqual({ period, ...expected(['TA']), boards: expectedBoards([ta()]) });
    expect(data.county.disclosureStats).toEqual({ period, ...expected(['TA', 'TB', 'DX']), boards: expectedBoards(cat.townships) });
    expect(data.dx.disclosureStats).toEqual({ period, ...expected(['DX']), boards: null });
    // Read off the specs by hand: 6 received (a1, a3, a4, a5, a6, a8), 4 answered (a1, a2, a5 late, a6),
    // 4 open (a3 and a9 overdue, a4, a8 consulting).
    expect(data.ta.disclosureStats).toMatchObject({ requestsReceived: 6, requestsAnswered: 4, requestsAnsweredOnTime: 3, openRequests: 4, overdueOpen: 2, proactivePublished: 3, proactiveOnTime: 2 });
    expect(data.county.disclosureStats).toMatchObject({ requestsReceived: 11, requestsAnswered: 8, requestsAnsweredOnTime: 7, openRequests: 5, overdueOpen: 3 });
    // 20 townships and 300 villages each owe one posting; four went up by 06-30.
    expect(data.county.disclosureStats.boards).toEqual({ due: 320, onTime: 2, late: 2, missing: 316 });
  });

  it('answers for all of a county’s townships with one grouped statement, and for no unit outside the caller’s scope', async () => {
    disclosuresSql.length = 0;
    const data = expectData(
      await hub.gql<{ county: { children: { id: string; disclosureStats: Stats }[] } }>(`{ county: orgUnit(code: "430721") { children { id disclosureStats(period: ${PERIOD}) { ${STATS} } } } }`, {}, supervisor()),
    );
    expect(data.county.children).toHaveLength(cat.townships.length);
    const period = { from: FROM, to: AS_OF, asOf: AS_OF };
    for (const child of data.county.children) {
      const subjects: Req['subject'][] = child.id === ta().id ? ['TA'] : child.id === tb().id ? ['TB'] : [];
      const unit = cat.townships.find((t) => t.id === child.id)!;
      expect(child.disclosureStats, unit.name).toEqual({ period, ...expected(subjects), boards: expectedBoards([unit]) });
    }
    expect(disclosuresSql.filter((sql) => /GROUP BY/i.test(sql))).toHaveLength(1);
    // The township's operator sees its own township's figures, not another's.
    const scoped = expectData(
      await hub.gql<{ home: { disclosureStats: Stats | null }; other: { disclosureStats: Stats | null } }>(
        `query($home: ID, $other: ID) { home: orgUnit(id: $home) { disclosureStats(period: ${PERIOD}) { requestsReceived } } other: orgUnit(id: $other) { disclosureStats(period: ${PERIOD}) { requestsReceived } } }`,
        { home: home().id, other: ta().id },
        operator(),
      ),
    );
    expect(scoped.home.disclosureStats).toEqual({ requestsReceived: 0 });
    expect(scoped.other?.disclosureStats ?? null).toBeNull();
  });
});

describe('超期件 workbench: the disclosure requests list behind the overdueOpen tile', () => {
  const back = (n: number) => nthWorkingDayBack(calendar, today(), n);
  // Agencies no other test counts on: township 12 and department 10.
  const unit = () => township(12);
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const stamp = Date.now();
    const specs: (DisclosureSpec & { key: string })[] = [
      // 20 working days: due on the third working day back.
      { key: 'recent', ref: `wb-recent-${stamp}`, agency: { orgUnitId: unit().id }, receivedOn: back(23) },
      { key: 'lastYear', ref: `wb-last-year-${stamp}`, agency: { orgUnitId: unit().id }, receivedOn: `${Number(today().slice(0, 4)) - 1}-11-03` },
      { key: 'stopped', ref: `wb-stopped-${stamp}`, agency: { orgUnitId: unit().id }, receivedOn: back(6), steps: [steps.correction(back(5))] },
      { key: 'answered', ref: `wb-answered-${stamp}`, agency: { orgUnitId: unit().id }, receivedOn: back(30), steps: [steps.answer(back(2), 'DISCLOSED')] },
      { key: 'department', ref: `wb-department-${stamp}`, agency: { departmentId: dept(10).id }, receivedOn: back(25) },
    ];
    const result = await importDisclosures(hub, specs);
    const found = expectData(
      await hub.gql<Record<string, { id: string; externalRef: string }>>(`{ ${result.requestIds.map((id, i) => `r${i}: disclosureRequest(id: "${id}") { id externalRef }`).join(' ')} }`, {}, sys()),
    );
    for (const r of Object.values(found)) ids[specs.find((s) => s.ref === r.externalRef)!.key] = r.id;
  });

  type Row = { id: string; dueOn: string; overdueDays: number | null };
  async function list(filter: Record<string, unknown>) {
    return expectData(
      await hub.gql<{ disclosureRequests: { totalCount: number; edges: { node: Row }[] } }>(
        `query($filter: DisclosureRequestFilter) { disclosureRequests(first: 100, filter: $filter, sort: MOST_OVERDUE_FIRST) { totalCount edges { node { id dueOn overdueDays } } } }`,
        { filter },
        supervisor(),
      ),
    ).disclosureRequests;
  }

  it('counts exactly the overdueOpen requests of the county, a township and a department', async () => {
    const tiles = expectData(
      await hub.gql<Record<'county' | 'unit' | 'department', { disclosureStats: { overdueOpen: number } }>>(
        `query($county: ID!, $unit: ID!, $department: ID!, $year: Int!) {
          county: orgUnit(id: $county) { disclosureStats(period: { year: $year }) { overdueOpen } }
          unit: orgUnit(id: $unit) { disclosureStats(period: { year: $year }) { overdueOpen } }
          department: department(id: $department) { disclosureStats(period: { year: $year }) { overdueOpen } } }`,
        { county: cat.county.id, unit: unit().id, department: dept(10).id, year: Number(today().slice(0, 4)) },
        supervisor(),
      ),
    );
    expect((await list({ withinId: cat.county.id, overdueOnly: true })).totalCount).toBe(tiles.county.disclosureStats.overdueOpen);
    expect((await list({ departmentId: dept(10).id, overdueOnly: true })).totalCount).toBe(tiles.department.disclosureStats.overdueOpen);
    const own = await list({ withinId: unit().id, overdueOnly: true });
    expect(own.totalCount).toBe(tiles.unit.disclosureStats.overdueOpen);
    // Received last year and still open is on it; a stopped clock and an answer are not.
    expect(own.edges.map((e) => e.node.id).sort()).toEqual([ids.recent, ids.lastYear].sort());
  });

  it('orders overdue requests by deadline, earliest first, ties by id, with calendar days overdue', async () => {
    const rows = (await list({ withinId: cat.county.id, overdueOnly: true })).edges.map((e) => e.node);
    const key = (r: Row) => `${r.dueOn}|${r.id}`;
    expect(rows.map(key)).toEqual(rows.map(key).sort());
    for (const r of rows) expect(r.overdueDays).toBe(calendarDaysBetween(r.dueOn as LocalDate, today()));
    expect(rows.find((r) => r.id === ids.recent)!.dueOn).toBe(back(3));
  });

  it('finds requests at least N calendar days overdue: exactly N is in, N + 1 is not', async () => {
    const n = calendarDaysBetween(back(3), today());
    const inIds = (await list({ withinId: unit().id, minOverdueDays: n })).edges.map((e) => e.node.id);
    const outIds = (await list({ withinId: unit().id, minOverdueDays: n + 1 })).edges.map((e) => e.node.id);
    expect(inIds).toContain(ids.recent);
    expect(outIds).not.toContain(ids.recent);
    expect(outIds).toContain(ids.lastYear);
    const response = await hub.gql(`{ disclosureRequests(filter: { minOverdueDays: 0 }) { totalCount } }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.minOverdueDays' });
  });
});
