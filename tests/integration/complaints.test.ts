// The complaints subgraph through the gateway: a request's life from the hotline to the
// department and back, returns and their window, deadlines in hours and working days, duplicate
// linking, escalation, reporter anonymity and scope, idempotent imports, hotline line figures, and
// per-unit figures that equal counts computed here from the same specs — with one grouped SQL
// statement for all of a county's townships.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issuePersonToken } from '../../gateway/auth';
import { secretKey } from '../../subgraphs/shared/viewer';
import { calendar, loadCatalogue, type Catalogue, type Unit } from '../support/approvals-fixtures';
import { calendarDaysBetween, nthWorkingDayBack, toLocalDate, type LocalDate } from '../../subgraphs/shared/calendar';
import { bj, IMPORT, importRequests, requestEvents, type ImportResult, type RequestSpec } from '../support/complaints-fixtures';
import { expectData, startTestHub, type TestHub } from '../support/hub';

let hub: TestHub;
let cat: Catalogue;
let hotline: { token: string };
let deptOperator: { token: string };
let otherDeptOperator: { token: string };
let townshipOperator: { token: string };
const complaintsSql: string[] = [];

const sys = () => ({ apiKey: hub.systemApiKey });
const township = () => cat.townships.find((t) => t.path === '/4307/430721/430721100/')!;
const otherTownship = () => cat.townships.find((t) => t.path !== township().path)!;
const villageOf = (t: Unit, i = 0) => cat.villagesOf(t)[i]!;

beforeAll(async () => {
  hub = await startTestHub({ onQuery: { complaints: (sql) => complaintsSql.push(sql) } });
  cat = await loadCatalogue(hub);
  const key = secretKey(hub.secrets.jwtSecret);
  const county = '/4307/430721/';
  hotline = { token: await issuePersonToken({ sub: 'hotline-1', name: '12345热线坐席', role: 'operator', scopePath: county, orgUnitCode: '430721' }, key) };
  deptOperator = {
    token: await issuePersonToken({ sub: 'dept-1', name: '县住建局经办人', role: 'operator', scopePath: county, orgUnitCode: '430721', departmentId: cat.departments[0]!.id }, key),
  };
  otherDeptOperator = {
    token: await issuePersonToken({ sub: 'dept-2', name: '县交通局经办人', role: 'operator', scopePath: county, orgUnitCode: '430721', departmentId: cat.departments[1]!.id }, key),
  };
  townshipOperator = { token: hub.tokens.operator };
});
afterAll(async () => hub?.close());

type Payload = { complaint: ComplaintView | null; userErrors: { field: string; rule: string; message: string }[] };
interface ComplaintView {
  id: string;
  requestNo: string;
  state: string;
  replyDueAt: string | null;
  reopenCount: number;
  returnCount: number;
  escalated: boolean;
  duplicateCount: number;
  duplicateOf: { id: string } | null;
  contact: { name: string | null; phone: string | null; anonymised: boolean } | null;
  timeline: { type: string }[];
  dispatches: { signedOnTime: boolean | null; returnedAt: string | null; assignee: { kind: string; name: string } }[];
}
const VIEW = `id requestNo state replyDueAt reopenCount returnCount escalated duplicateCount duplicateOf { id }
  contact { name phone anonymised } timeline { type } dispatches { signedOnTime returnedAt assignee { kind name } }`;

async function mutate(name: string, input: Record<string, unknown>, as: { token?: string; apiKey?: string }): Promise<Payload> {
  const inputType = `${name.charAt(0).toUpperCase()}${name.slice(1)}Input`;
  const response = await hub.gql<Record<string, Payload>>(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { complaint { ${VIEW} } userErrors { field rule message } } }`,
    { input },
    as,
  );
  return expectData(response)[name]!;
}

async function view(id: string, as: { token?: string; apiKey?: string } = sys()): Promise<ComplaintView | null> {
  return expectData(await hub.gql<{ complaint: ComplaintView | null }>(`query($id: ID!) { complaint(id: $id) { ${VIEW} } }`, { id }, as)).complaint;
}

const receive = (overrides: Record<string, unknown> = {}) => ({
  kind: 'COMPLAINT',
  channel: 'HOTLINE_12345',
  category: 'URBAN_CONSTRUCTION',
  priority: 'ORDINARY',
  title: '小区路灯不亮',
  content: '某小区门口路灯已坏一周，夜间出行不便。',
  contact: { name: '张三丰', phone: '13812345678' },
  receivedUnitId: cat.county.id,
  locationUnitId: villageOf(township()).id,
  ...overrides,
});

describe('a request from the hotline to a department and back', () => {
  it('is received, dispatched, signed, replied, reopened after a dissatisfied callback, replied again and closed after a satisfied one', async () => {
    const received = await mutate('receiveComplaint', receive(), hotline);
    expect(received.userErrors).toEqual([]);
    const id = received.complaint!.id;
    expect(received.complaint!.state).toBe('RECEIVED');
    const dept = cat.departments[0]!;
    expect((await mutate('dispatchComplaint', { complaintId: id, departmentId: dept.id, note: '请核实处理' }, hotline)).complaint!.state).toBe('DISPATCHED');
    // Only the assignee signs: the hotline and another department are refused.
    expect((await mutate('signComplaint', { complaintId: id }, hotline)).userErrors[0]).toMatchObject({ rule: 'ASSIGNEE_ONLY' });
    expect((await mutate('signComplaint', { complaintId: id }, otherDeptOperator)).userErrors[0]).toMatchObject({ rule: 'NOT_FOUND' });
    const signed = await mutate('signComplaint', { complaintId: id }, deptOperator);
    expect(signed.complaint).toMatchObject({ state: 'SIGNED', dispatches: [{ signedOnTime: true, assignee: { kind: 'DEPARTMENT', name: dept.name } }] });
    expect((await mutate('replyComplaint', { complaintId: id, content: '已安排维修，路灯已恢复。' }, deptOperator)).complaint!.state).toBe('REPLIED');
    const firstDue = (await view(id))!.replyDueAt;
    // 不满意: reopened with a new deadline, back with the department.
    const reopened = await mutate('recordComplaintCallback', { complaintId: id, reached: true, satisfaction: 2, note: '路灯仍时亮时灭' }, hotline);
    expect(reopened.complaint).toMatchObject({ state: 'REOPENED', reopenCount: 1 });
    // Reopened today with the ordinary limit: due no earlier than the first deadline.
    expect(new Date(reopened.complaint!.replyDueAt!).getTime()).toBeGreaterThanOrEqual(new Date(firstDue!).getTime());
    expect((await mutate('replyComplaint', { complaintId: id, content: '已更换线路。' }, deptOperator)).complaint!.state).toBe('REPLIED');
    const closed = await mutate('recordComplaintCallback', { complaintId: id, reached: true, satisfaction: 4 }, hotline);
    expect(closed.complaint!.state).toBe('CLOSED');
    expect(closed.complaint!.timeline.map((e) => e.type)).toEqual([
      'RECEIVED', 'DISPATCHED', 'SIGNED', 'REPLIED', 'CALLED_BACK', 'REOPENED', 'REPLIED', 'CALLED_BACK', 'CLOSED',
    ]);
  });

  it('refuses an illegal step with a typed error and writes nothing', async () => {
    const id = (await mutate('receiveComplaint', receive({ contact: { name: '李四', phone: '13911112222' } }), hotline)).complaint!.id;
    const refused = await mutate('signComplaint', { complaintId: id }, deptOperator);
    expect(refused.complaint).toBeNull();
    expect(refused.userErrors).toEqual([expect.objectContaining({ field: 'input.complaintId', rule: 'NOT_FOUND' })]);
    const byHotline = await mutate('recordComplaintCallback', { complaintId: id, reached: true, satisfaction: 5 }, hotline);
    expect(byHotline.userErrors).toEqual([expect.objectContaining({ field: 'input.state', rule: 'ILLEGAL_TRANSITION' })]);
    expect(byHotline.userErrors[0]!.message).toContain('已受理');
    expect((await view(id))!.timeline).toHaveLength(1);
  });

  it('answers a consultation directly at the hotline and closes it when the citizen cannot be reached', async () => {
    const id = (await mutate('receiveComplaint', receive({ kind: 'CONSULTATION', category: 'SOCIAL_SECURITY', contact: { name: '赵六', phone: '13700001111' } }), hotline)).complaint!.id;
    expect((await mutate('replyComplaint', { complaintId: id, content: '医保缴费可在线办理。' }, hotline)).complaint!.state).toBe('REPLIED');
    expect((await mutate('recordComplaintCallback', { complaintId: id, reached: false }, hotline)).complaint!.state).toBe('REPLIED');
    expect((await mutate('closeComplaint', { complaintId: id, reason: '三次回访未接通' }, hotline)).complaint!.state).toBe('CLOSED');
  });
});

describe('退单', () => {
  it('is allowed within one working day, once per assignee, and counted', async () => {
    const id = (await mutate('receiveComplaint', receive({ contact: { name: '钱七', phone: '13600002222' } }), hotline)).complaint!.id;
    const [d1, d2] = [cat.departments[0]!, cat.departments[1]!];
    await mutate('dispatchComplaint', { complaintId: id, departmentId: d1.id }, hotline);
    expect((await mutate('returnComplaint', { complaintId: id, reason: '不属于本部门职责' }, deptOperator)).complaint).toMatchObject({ state: 'RETURNED', returnCount: 1 });
    // Another department has its own one return.
    await mutate('dispatchComplaint', { complaintId: id, departmentId: d2.id }, hotline);
    expect((await mutate('returnComplaint', { complaintId: id, reason: '属住建局职责' }, otherDeptOperator)).complaint).toMatchObject({ state: 'RETURNED', returnCount: 2 });
    await mutate('dispatchComplaint', { complaintId: id, departmentId: d1.id, note: '经核实属贵单位职责' }, hotline);
    expect((await mutate('returnComplaint', { complaintId: id, reason: '再次退回' }, deptOperator)).userErrors).toEqual([
      expect.objectContaining({ rule: 'RETURN_ONCE' }),
    ]);
    // Only the assignee's own staff sign off: not the township centre where the matter is.
    expect((await mutate('signComplaint', { complaintId: id }, townshipOperator)).userErrors).toEqual([expect.objectContaining({ rule: 'ASSIGNEE_ONLY' })]);
    expect((await mutate('signComplaint', { complaintId: id }, deptOperator)).complaint!.state).toBe('SIGNED');
  });

  it('does not show a request to a township that returned it from elsewhere, not even in the payload', async () => {
    const id = (await mutate('receiveComplaint', receive({ locationUnitId: villageOf(otherTownship()).id, contact: { name: '陈十一', phone: '13600003333' } }), hotline)).complaint!.id;
    await mutate('dispatchComplaint', { complaintId: id, unitId: township().id }, hotline);
    const returned = await mutate('returnComplaint', { complaintId: id, reason: '不在本镇辖区' }, townshipOperator);
    expect(returned).toEqual({ complaint: null, userErrors: [] });
    expect((await view(id))!.state).toBe('RETURNED');
  });

  it('is refused after the window (imported history: dispatched on a Friday, returned the Tuesday after)', async () => {
    const spec: RequestSpec = {
      ref: 'ret-late',
      receivedAt: bj('2025-03-07', '09:00'),
      receivedUnitId: cat.county.id,
      locationUnitId: villageOf(township()).id,
      dispatch: { departmentId: cat.departments[0]!.id, at: bj('2025-03-07', '10:00') },
    };
    await importRequests(hub, [spec]);
    const late = expectData(
      await hub.gql<{ importComplaints: ImportResult }>(IMPORT, { batch: [{ ref: 'ret-late', type: 'RETURNED', at: bj('2025-03-11', '09:00'), reason: '不属于本单位' }] }, sys()),
    ).importComplaints;
    expect(late.userErrors).toEqual([expect.objectContaining({ field: 'batch.0.at', rule: 'RETURN_WINDOW_PASSED' })]);
    // Monday (the next working day) is still inside the window.
    const inTime = expectData(
      await hub.gql<{ importComplaints: ImportResult }>(IMPORT, { batch: [{ ref: 'ret-late', type: 'RETURNED', at: bj('2025-03-10', '17:00'), reason: '不属于本单位' }] }, sys()),
    ).importComplaints;
    expect(inTime.userErrors).toEqual([]);
  });
});

describe('reopening', () => {
  it('gives a dissatisfied request a new deadline counted from the callback', async () => {
    const [id] = (
      await importRequests(hub, [
        { ref: 'reopen-1', receivedAt: bj('2025-03-03'), receivedUnitId: cat.county.id, locationUnitId: villageOf(township()).id, replyAt: bj('2025-03-04'), callback: { at: bj('2025-03-05', '10:00'), satisfaction: 1 } },
      ])
    ).complaintIds;
    // Wed 03-05 + 5 working days: Thu 6, Fri 7, Mon 10, Tue 11, Wed 12.
    expect(await view(id!)).toMatchObject({ state: 'REOPENED', reopenCount: 1, replyDueAt: new Date('2025-03-12T23:59:59.999+08:00').toISOString() });
  });
});

describe('deadlines', () => {
  it('gives urgent requests hours and ordinary ones working days across 国庆 and 调休', async () => {
    const location = villageOf(township()).id;
    const result = await importRequests(hub, [
      { ref: 'dl-urgent', priority: 'URGENT', receivedAt: bj('2025-09-27', '22:30'), receivedUnitId: cat.county.id, locationUnitId: location },
      { ref: 'dl-utilities', priority: 'UTILITIES', category: 'UTILITIES', receivedAt: bj('2025-09-27', '22:30'), receivedUnitId: cat.county.id, locationUnitId: location },
      // Friday 26 Sep 2025: Sunday 28 Sep is a make-up working day, 1–8 Oct are holidays.
      { ref: 'dl-ordinary', receivedAt: bj('2025-09-26', '16:00'), receivedUnitId: cat.county.id, locationUnitId: location },
      { ref: 'dl-complex', priority: 'COMPLEX', receivedAt: bj('2025-09-26', '16:00'), receivedUnitId: cat.county.id, locationUnitId: location },
    ]);
    const dues = await Promise.all(result.complaintIds.map(async (id) => (await view(id))!.replyDueAt));
    // The batch is written in time order: ordinary, complex, urgent, utilities.
    expect(dues).toEqual([
      new Date('2025-10-10T23:59:59.999+08:00').toISOString(),
      // 15 working days: 28, 29, 30 Sep, 9, 10, 11 (Sat, 调休), 13–17, 20–23 Oct.
      new Date('2025-10-23T23:59:59.999+08:00').toISOString(),
      new Date('2025-09-28T00:30:00+08:00').toISOString(),
      new Date('2025-09-28T22:30:00+08:00').toISOString(),
    ]);
  });
});

describe('重复来电', () => {
  it('links a repeat from the same contact on the same matter within 30 days to the first request', async () => {
    const location = villageOf(township(), 1).id;
    const common = { receivedUnitId: cat.county.id, locationUnitId: location, phone: '13566667777', category: 'ENVIRONMENT' };
    const result = await importRequests(hub, [
      { ref: 'dup-1', receivedAt: bj('2025-04-01'), ...common },
      { ref: 'dup-2', receivedAt: bj('2025-04-15'), ...common, phone: '+86 135-6666-7777' },
      { ref: 'dup-3', receivedAt: bj('2025-05-10'), ...common },
      { ref: 'dup-other-matter', receivedAt: bj('2025-04-16'), ...common, category: 'TRANSPORT' },
      { ref: 'dup-too-late', receivedAt: bj('2025-06-20'), ...common },
    ]);
    expect(result.duplicatesLinked).toBe(2);
    // Written in time order: dup-1, dup-2, dup-other-matter, dup-3, dup-too-late.
    const [first, second, other, third, late] = await Promise.all(result.complaintIds.map((id) => view(id)));
    expect(second!.duplicateOf).toEqual({ id: first!.id });
    // The third is within 30 days of the second and counts against the original.
    expect(third!.duplicateOf).toEqual({ id: first!.id });
    expect(first!.duplicateCount).toBe(2);
    expect(first!.timeline.filter((e) => e.type === 'DUPLICATE_LINKED')).toHaveLength(2);
    expect(other!.duplicateOf).toBeNull();
    expect(late!.duplicateOf).toBeNull();
  });
});

describe('督办', () => {
  it('lets a supervisor press an overdue request with a new deadline, and refuses everyone and everything else', async () => {
    const [overdueId, freshId] = (
      await importRequests(hub, [
        { ref: 'esc-old', receivedAt: bj('2025-02-03'), receivedUnitId: cat.county.id, locationUnitId: villageOf(township()).id, dispatch: { departmentId: cat.departments[0]!.id, at: bj('2025-02-03', '10:00'), signAt: bj('2025-02-03', '11:00') } },
      ])
    ).complaintIds.concat((await mutate('receiveComplaint', receive({ contact: { name: '孙八', phone: '13500003333' } }), hotline)).complaint!.id);
    const due = new Date(Date.now() + 3 * 86_400_000).toISOString();
    expect((await mutate('escalateComplaint', { complaintId: overdueId, note: '请三日内办结', replyDueAt: due }, hotline)).userErrors[0]).toMatchObject({ rule: 'SUPERVISOR_ONLY' });
    expect((await mutate('escalateComplaint', { complaintId: freshId, note: '请加快', replyDueAt: due }, { token: hub.tokens.supervisor })).userErrors[0]).toMatchObject({ rule: 'NOT_OVERDUE' });
    const escalated = await mutate('escalateComplaint', { complaintId: overdueId, note: '请三日内办结', replyDueAt: due }, { token: hub.tokens.supervisor });
    expect(escalated.userErrors).toEqual([]);
    expect(escalated.complaint).toMatchObject({ escalated: true, replyDueAt: due });
    const list = expectData(
      await hub.gql<{ complaints: { totalCount: number; edges: { node: { id: string } }[] } }>(
        `{ complaints(first: 50, filter: { escalated: true }) { totalCount edges { node { id } } } }`,
        {},
        { token: hub.tokens.supervisor },
      ),
    ).complaints;
    expect(list.edges.map((e) => e.node.id)).toContain(overdueId);
  });
});

describe('举报 and personal data', () => {
  it('keeps a reporter anonymous to the assignee and to leaders, while the hotline and supervisors may see who reported', async () => {
    const id = (await mutate('receiveComplaint', receive({ kind: 'REPORT', category: 'MARKET_REGULATION', contact: { name: '周举报', phone: '13344445555' } }), hotline)).complaint!.id;
    await mutate('dispatchComplaint', { complaintId: id, departmentId: cat.departments[0]!.id }, hotline);
    expect((await view(id, hotline))!.contact).toEqual({ name: '周举报', phone: '13344445555', anonymised: false });
    expect((await view(id, { token: hub.tokens.supervisor }))!.contact).toEqual({ name: '周举报', phone: '13344445555', anonymised: false });
    expect((await view(id, deptOperator))!.contact).toEqual({ name: null, phone: null, anonymised: true });
    expect((await view(id, { token: hub.tokens.leader }))!.contact).toEqual({ name: null, phone: null, anonymised: true });
    const raw = await hub.gql(`query($id: ID!) { complaint(id: $id) { timeline { summary actorName } } }`, { id }, deptOperator);
    expect(JSON.stringify(raw)).not.toMatch(/周举报|13344445555/);
  });

  it('never links a 举报 to the same phone’s other requests, and hides a report’s links from its assignee', async () => {
    const location = villageOf(township(), 2).id;
    const phone = '13799990000';
    const complaint = (await mutate('receiveComplaint', receive({ locationUnitId: location, category: 'MARKET_REGULATION', contact: { name: '林举', phone } }), hotline)).complaint!;
    const report = await mutate('receiveComplaint', receive({ kind: 'REPORT', locationUnitId: location, category: 'MARKET_REGULATION', contact: { name: '林举', phone } }), hotline);
    expect(report.complaint!.duplicateOf).toBeNull();
    expect((await view(complaint.id))!.duplicateCount).toBe(0);
    const explicit = await mutate('receiveComplaint', receive({ kind: 'REPORT', locationUnitId: location, category: 'MARKET_REGULATION', contact: { name: '林举', phone }, duplicateOfId: complaint.id }), hotline);
    expect(explicit.userErrors).toEqual([expect.objectContaining({ field: 'input.duplicateOfId', rule: 'REPORT_LINK' })]);
    // A second report from the same reporter is a repeat of the first, for those who may know the reporter.
    const again = await mutate('receiveComplaint', receive({ kind: 'REPORT', locationUnitId: location, category: 'MARKET_REGULATION', contact: { name: '林举', phone } }), hotline);
    expect(again.complaint!.duplicateOf).toEqual({ id: report.complaint!.id });
    await mutate('dispatchComplaint', { complaintId: again.complaint!.id, departmentId: cat.departments[0]!.id }, hotline);
    await mutate('dispatchComplaint', { complaintId: report.complaint!.id, departmentId: cat.departments[0]!.id }, hotline);
    expect((await view(again.complaint!.id, deptOperator))!.duplicateOf).toBeNull();
    const seen = JSON.stringify(await hub.gql(`query($id: ID!) { complaint(id: $id) { timeline { summary } } }`, { id: report.complaint!.id }, deptOperator));
    expect(seen).toContain('重复来电');
    expect(seen).not.toContain(again.complaint!.requestNo);
    // A department cannot take requests (nor probe phone numbers that way).
    expect((await mutate('receiveComplaint', receive({ kind: 'REPORT', contact: { name: '试探', phone } }), deptOperator)).userErrors).toEqual([
      expect.objectContaining({ rule: 'HOTLINE_ONLY' }),
    ]);
  });

  it('masks phone and ID numbers inside free text for roles without personal data', async () => {
    const id = (await mutate('receiveComplaint', receive({ content: '本人电话13812349999，身份证430721199001011234', contact: { name: '黄十二', phone: '13812349999' } }), hotline)).complaint!.id;
    const read = async (as: { token: string }) => expectData(await hub.gql<{ complaint: { content: string } }>(`query($id: ID!) { complaint(id: $id) { content } }`, { id }, as)).complaint.content;
    expect(await read({ token: hub.tokens.leader })).toBe('本人电话138****9999，身份证430721********1234');
    expect(await read(hotline)).toBe('本人电话13812349999，身份证430721199001011234');
  });

  it('masks an ordinary citizen for leaders and shows them to operators', async () => {
    const id = (await mutate('receiveComplaint', receive({ contact: { name: '欧阳娜娜', phone: '13812340000' } }), hotline)).complaint!.id;
    expect((await view(id, { token: hub.tokens.leader }))!.contact).toEqual({ name: '欧***', phone: '138****0000', anonymised: false });
    expect((await view(id, hotline))!.contact).toMatchObject({ name: '欧阳娜娜' });
  });

  it('limits a department operator to requests dispatched to it and a township to its own area', async () => {
    const here = (await mutate('receiveComplaint', receive({ locationUnitId: villageOf(township()).id, contact: { name: '吴九', phone: '13000001234' } }), hotline)).complaint!.id;
    const there = (await mutate('receiveComplaint', receive({ locationUnitId: villageOf(otherTownship()).id, contact: { name: '郑十', phone: '13000004321' } }), hotline)).complaint!.id;
    expect(await view(here, townshipOperator)).not.toBeNull();
    expect(await view(there, townshipOperator)).toBeNull();
    expect(await view(there, otherDeptOperator)).toBeNull();
    await mutate('dispatchComplaint', { complaintId: there, departmentId: cat.departments[1]!.id }, hotline);
    expect(await view(there, otherDeptOperator)).not.toBeNull();
  });
});

describe('concurrent writes', () => {
  it('lets exactly one of four simultaneous dispatches through and writes a valid history', async () => {
    const id = (await mutate('receiveComplaint', receive({ contact: { name: '并发', phone: '13700007777' } }), hotline)).complaint!.id;
    const results = await Promise.all(cat.departments.slice(0, 4).map((d) => mutate('dispatchComplaint', { complaintId: id, departmentId: d.id }, hotline)));
    expect(results.filter((r) => r.userErrors.length === 0)).toHaveLength(1);
    for (const r of results.filter((x) => x.userErrors.length > 0)) expect(r.userErrors[0]!.rule).toBe('ILLEGAL_TRANSITION');
    expect((await view(id))!.timeline.map((e) => e.type)).toEqual(['RECEIVED', 'DISPATCHED']);
  });
});

describe('importComplaints', () => {
  it('is for other systems only', async () => {
    const batch = requestEvents({ ref: 'by-seat', receivedAt: bj('2025-05-06'), receivedUnitId: cat.county.id, locationUnitId: villageOf(township()).id });
    const refused = expectData(await hub.gql<{ importComplaints: ImportResult }>(IMPORT, { batch }, hotline)).importComplaints;
    expect(refused.userErrors).toEqual([expect.objectContaining({ field: 'batch', rule: 'SYSTEMS_ONLY' })]);
  });

  it('refuses a key reused for different input', async () => {
    const spec = (ref: string): RequestSpec => ({ ref, receivedAt: bj('2025-05-08'), receivedUnitId: cat.county.id, locationUnitId: villageOf(township()).id });
    await importRequests(hub, [spec('key-a')], 'shared-key');
    const reused = expectData(await hub.gql<{ importComplaints: ImportResult }>(IMPORT, { batch: requestEvents(spec('key-b')), key: 'shared-key' }, sys())).importComplaints;
    expect(reused.userErrors).toEqual([expect.objectContaining({ rule: 'IDEMPOTENCY_KEY_REUSED' })]);
  });

  it('writes a batch once per idempotency key and writes nothing when one step is refused', async () => {
    const specs: RequestSpec[] = [
      { ref: 'idem-1', receivedAt: bj('2025-05-06'), receivedUnitId: cat.county.id, locationUnitId: villageOf(township()).id, replyAt: bj('2025-05-07') },
    ];
    const first = await importRequests(hub, specs, 'idem-key-1');
    const again = await importRequests(hub, specs, 'idem-key-1');
    expect(again).toEqual(first);
    const bad = [...requestEvents({ ref: 'idem-2', receivedAt: bj('2025-05-06'), receivedUnitId: cat.county.id, locationUnitId: villageOf(township()).id }), { ref: 'idem-2', type: 'SIGNED', at: bj('2025-05-06', '12:00') }];
    const refused = expectData(await hub.gql<{ importComplaints: ImportResult }>(IMPORT, { batch: bad }, sys())).importComplaints;
    expect(refused).toMatchObject({ created: 0, userErrors: [expect.objectContaining({ field: 'batch.1.state', rule: 'ILLEGAL_TRANSITION' })] });
    const found = expectData(await hub.gql<{ complaints: { totalCount: number } }>(`{ complaints(first: 1, filter: { receivedFrom: "2025-05-06", receivedTo: "2025-05-06" }) { totalCount } }`, {}, sys()));
    expect(found.complaints.totalCount).toBe(1);
  });
});

describe('hotline line figures', () => {
  it('computes 接通率 and the 15-second share per day and for the period; a re-sent call is skipped', async () => {
    const calls = [
      { callId: 'c1', startedAt: bj('2025-07-01', '09:00'), answered: true, waitSeconds: 5, talkSeconds: 120 },
      { callId: 'c2', startedAt: bj('2025-07-01', '09:05'), answered: true, waitSeconds: 15, talkSeconds: 60 },
      { callId: 'c3', startedAt: bj('2025-07-01', '09:10'), answered: true, waitSeconds: 40, talkSeconds: 60 },
      { callId: 'c4', startedAt: bj('2025-07-01', '09:20'), answered: false, waitSeconds: 70 },
      { callId: 'c5', startedAt: bj('2025-07-02', '23:50'), answered: true, waitSeconds: 2, talkSeconds: 30 },
    ].map((c) => ({ ...c, unitId: cat.county.id, line: 'HOTLINE_12345' }));
    const IMPORT_CALLS = `mutation($batch: [CallRecordInput!]!) { importCallRecords(batch: $batch) { imported skipped userErrors { field rule } } }`;
    expect(expectData(await hub.gql<{ importCallRecords: unknown }>(IMPORT_CALLS, { batch: calls }, sys())).importCallRecords).toEqual({ imported: 5, skipped: 0, userErrors: [] });
    expect(expectData(await hub.gql<{ importCallRecords: unknown }>(IMPORT_CALLS, { batch: calls.slice(0, 2) }, sys())).importCallRecords).toEqual({ imported: 0, skipped: 2, userErrors: [] });
    const bad = await hub.gql<{ importCallRecords: { userErrors: { field: string; rule: string }[] } }>(IMPORT_CALLS, { batch: [{ ...calls[0], callId: 'c9', waitSeconds: -1 }] }, sys());
    expect(expectData(bad).importCallRecords.userErrors).toEqual([{ field: 'batch.0.waitSeconds', rule: 'WAIT_RANGE' }]);
    const stats = expectData(
      await hub.gql<{ orgUnit: { hotlineStats: { totals: Record<string, unknown>; days: { date: string; figures: { offered: number; answerRate: { value: number } } }[] } } }>(
        `{ orgUnit(code: "430721") { hotlineStats(period: { from: "2025-07-01", to: "2025-07-31" }) {
            totals { offered answered abandoned answeredWithin15s averageWaitSeconds answerRate { numerator denominator value } within15sRate { numerator denominator value } }
            days { date figures { offered answerRate { value } } } } } }`,
      ),
    ).orgUnit.hotlineStats;
    expect(stats.totals).toEqual({
      offered: 5,
      answered: 4,
      abandoned: 1,
      answeredWithin15s: 3,
      averageWaitSeconds: 15.5,
      answerRate: { numerator: 4, denominator: 5, value: 0.8 },
      within15sRate: { numerator: 3, denominator: 5, value: 0.6 },
    });
    expect(stats.days).toEqual([
      { date: '2025-07-01', figures: { offered: 4, answerRate: { value: 0.75 } } },
      { date: '2025-07-02', figures: { offered: 1, answerRate: { value: 1 } } },
    ]);
  });
});

describe('complaintStats', () => {
  // August 2025 has no public holiday: working days are Monday to Friday.
  const cal = calendar;
  const specs: (RequestSpec & { expect: { signedLate?: boolean; replyLate?: boolean; satisfaction?: number; returned?: boolean } })[] = [];
  const KINDS = ['CONSULTATION', 'HELP', 'COMPLAINT', 'REPORT', 'SUGGESTION'] as const;
  const CHANNELS = ['HOTLINE_12345', 'WEBSITE', 'MOBILE', 'IN_PERSON'] as const;
  const CATS = ['URBAN_CONSTRUCTION', 'TRANSPORT', 'ENVIRONMENT', 'EDUCATION'] as const;

  beforeAll(async () => {
    // Townships no other test writes to: the overdue backlog at the snapshot counts older requests too.
    const townships = statsTownships();
    for (let i = 0; i < 60; i++) {
      const t = townships[i % 3]!;
      const location = i % 2 === 0 ? villageOf(t, i % 3).id : t.id;
      const day = `2025-08-${String(1 + (i % 27)).padStart(2, '0')}` as LocalDate;
      const receivedOn = cal.isWorkingDay(day) ? day : cal.addWorkingDays(day, 1);
      const dept = cat.departments[i % 3]!;
      const spec: (typeof specs)[number] = {
        ref: `stats-${i}`,
        kind: KINDS[i % 5],
        channel: CHANNELS[i % 4],
        category: CATS[i % 7 === 0 ? 0 : i % 4],
        receivedAt: bj(receivedOn, '09:00'),
        receivedUnitId: CHANNELS[i % 4] === 'IN_PERSON' ? t.id : cat.county.id,
        locationUnitId: location,
        phone: `1370000${String(1000 + i)}`,
        expect: {},
      };
      if (i % 5 !== 0) {
        const signedLate = i % 7 === 0;
        const returned = !signedLate && i % 11 === 0;
        const signOn = signedLate ? cal.addWorkingDays(receivedOn, 3) : receivedOn;
        spec.dispatch = { departmentId: dept.id, at: bj(receivedOn, '10:00'), ...(returned ? { returnAt: bj(receivedOn, '15:00') } : { signAt: bj(signOn, '16:00') }) };
        spec.expect = { signedLate, returned };
        if (!returned && i % 4 !== 3) {
          const replyLate = i % 6 === 0;
          spec.replyAt = bj(cal.addWorkingDays(signOn, replyLate ? 8 : 1), '11:00');
          spec.expect.replyLate = replyLate || signedLate ? cal.addWorkingDays(receivedOn, 5) < cal.addWorkingDays(signOn, replyLate ? 8 : 1) : false;
        }
      } else if (i % 10 === 0) {
        // A consultation answered on the spot by the hotline.
        spec.replyAt = bj(receivedOn, '09:30');
        spec.expect.replyLate = false;
      }
      if (spec.replyAt && i % 3 !== 2) {
        const satisfaction = [5, 4, 3, 2, 5, 4, 1][i % 7]!;
        spec.callback = { at: new Date(new Date(spec.replyAt).getTime() + 3_600_000).toISOString(), satisfaction };
        spec.expect.satisfaction = satisfaction;
      }
      specs.push(spec);
    }
    await importRequests(hub, specs, 'stats-august');
  });

  const statsTownships = () => cat.townships.filter((t) => t.path !== township().path && t.path !== otherTownship().path).slice(0, 3);

  function expected(filter: (s: (typeof specs)[number]) => boolean) {
    const mine = specs.filter(filter);
    const asOfEnd = new Date('2025-08-31T23:59:59.999+08:00');
    const inAugust = (iso: string | undefined) => iso !== undefined && toDay(iso) <= '2025-08-31';
    // A dissatisfied callback reopens the request: its reply no longer stands.
    const finalReply = (s: (typeof specs)[number]) => s.replyAt && !(s.expect.satisfaction !== undefined && s.expect.satisfaction <= 2);
    const replied = mine.filter((s) => finalReply(s) && inAugust(s.replyAt));
    const rated = mine.filter((s) => s.expect.satisfaction !== undefined && inAugust(s.callback!.at));
    const reopened = mine.filter((s) => s.expect.satisfaction !== undefined && s.expect.satisfaction <= 2);
    const open = mine.filter((s) => !(finalReply(s) && inAugust(s.replyAt)));
    const dueOf = (s: (typeof specs)[number]) => {
      if (s.expect.satisfaction !== undefined && s.expect.satisfaction <= 2) {
        return new Date(`${cal.addWorkingDays(toDay(s.callback!.at), 5)}T23:59:59.999+08:00`);
      }
      return new Date(`${cal.addWorkingDays(toDay(s.receivedAt), 5)}T23:59:59.999+08:00`);
    };
    const categories = new Map<string, number>();
    for (const s of mine) categories.set(s.category!, (categories.get(s.category!) ?? 0) + 1);
    return {
      received: mine.length,
      byKind: Object.fromEntries(KINDS.map((k) => [k, mine.filter((s) => s.kind === k).length])),
      dispatched: mine.filter((s) => s.dispatch).length,
      returned: mine.filter((s) => s.expect.returned).length,
      signed: mine.filter((s) => s.dispatch?.signAt).length,
      signedOnTime: mine.filter((s) => s.dispatch?.signAt && !s.expect.signedLate).length,
      replied: replied.length,
      repliedOnTime: replied.filter((s) => !s.expect.replyLate).length,
      calledBack: replied.filter((s) => s.callback && inAugust(s.callback.at)).length,
      rated: rated.length,
      satisfied: rated.filter((s) => s.expect.satisfaction! >= 3).length,
      dissatisfied: rated.filter((s) => s.expect.satisfaction! <= 2).length,
      reopened: reopened.length,
      overdueOpen: open.filter((s) => dueOf(s) < asOfEnd).length,
      averageHoursToReply: replied.length === 0 ? null : Math.round((replied.reduce((sum, s) => sum + (new Date(s.replyAt!).getTime() - new Date(s.receivedAt).getTime()) / 3_600_000, 0) / replied.length) * 10) / 10,
      topCategories: [...categories].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5).map(([code, count]) => ({ code, count })),
    };
  }

  const FIELDS = `received byKind { kind count } dispatched returned signed signedOnTime replied repliedOnTime calledBack rated satisfied dissatisfied reopened overdueOpen averageHoursToReply
    topCategories { code count } returnRate { numerator denominator higherIsBetter } onTimeRate { numerator denominator value }`;
  type Stats = ReturnType<typeof expected> & { byKind: { kind: string; count: number }[]; returnRate: { numerator: number; denominator: number; higherIsBetter: boolean } };

  const shape = (s: Stats) => ({ ...s, byKind: Object.fromEntries(s.byKind.map((k) => [k.kind, k.count])), returnRate: undefined, onTimeRate: undefined });

  it('gives every township the counts computed here from the same requests, with one statement for all townships', async () => {
    complaintsSql.length = 0;
    const data = expectData(
      await hub.gql<{ county: { children: { path: string; complaintStats: Stats }[] } }>(
        `{ county: orgUnit(code: "430721") { children { path complaintStats(period: { year: 2025, month: 8 }) { ${FIELDS} } } } }`,
        {},
        { token: hub.tokens.supervisor },
      ),
    );
    const edges = data.county.children.map((node) => ({ node }));
    expect(edges.length).toBe(cat.townships.length);
    for (const { node } of edges) {
      const want = expected((s) => locationPath(s).startsWith(node.path));
      if (statsTownships().some((t) => t.path === node.path)) {
        expect(shape(node.complaintStats), node.path).toEqual({ ...want, returnRate: undefined, onTimeRate: undefined });
      } else {
        expect(node.complaintStats.received, node.path).toBe(want.received);
      }
    }
    const first = edges.find((e) => e.node.path === statsTownships()[0]!.path)!.node.complaintStats;
    expect(first.received).toBeGreaterThan(10);
    expect(first.returnRate.higherIsBetter).toBe(false);
    expect(complaintsSql.filter((sql) => /GROUP BY/i.test(sql))).toHaveLength(1);
  });

  it('measures departments on the dispatches they were given and the requests they hold, in one statement', async () => {
    complaintsSql.length = 0;
    const ids = cat.departments.slice(0, 3).map((d) => d.id);
    const data = expectData(
      await hub.gql<{ departments: { edges: { node: { id: string; complaintStats: Stats } }[] } }>(
        `{ departments(first: 100) { edges { node { id complaintStats(period: { year: 2025, month: 8 }) { dispatched returned signed signedOnTime replied repliedOnTime } } } } }`,
        {},
        { token: hub.tokens.supervisor },
      ),
    );
    for (const [i, id] of ids.entries()) {
      const node = data.departments.edges.find((e) => e.node.id === id)!.node;
      const given = specs.filter((s) => s.dispatch?.departmentId === id);
      const held = given.filter(
        (s) => !s.expect.returned && s.replyAt && toDay(s.replyAt) <= '2025-08-31' && !(s.expect.satisfaction !== undefined && s.expect.satisfaction <= 2),
      );
      expect(node.complaintStats, `department ${i}`).toMatchObject({
        dispatched: given.length,
        returned: given.filter((s) => s.expect.returned).length,
        signed: given.filter((s) => s.dispatch?.signAt).length,
        signedOnTime: given.filter((s) => s.dispatch?.signAt && !s.expect.signedLate).length,
        replied: held.length,
        repliedOnTime: held.filter((s) => !s.expect.replyLate).length,
      });
    }
    expect(complaintsSql.filter((sql) => /GROUP BY/i.test(sql))).toHaveLength(1);
  });

  function locationPath(s: RequestSpec): string {
    const units = [cat.county, ...cat.townships, ...cat.townships.flatMap((t) => cat.villagesOf(t))];
    return units.find((u) => u.id === s.locationUnitId)!.path;
  }
});

/** The Beijing date of an ISO instant. */
const toDay = (iso: string) => toLocalDate(new Date(iso));

describe('warnings', () => {
  it('raises 签收超时 and 答复超期 cards on evaluation, once per deadline, and lists them in scope', async () => {
    const [unsigned, unreplied] = (
      await importRequests(hub, [
        { ref: 'warn-unsigned', receivedAt: bj('2025-06-02'), receivedUnitId: cat.county.id, locationUnitId: villageOf(township()).id, dispatch: { departmentId: cat.departments[2]!.id, at: bj('2025-06-02', '10:00') } },
        { ref: 'warn-unreplied', receivedAt: bj('2025-06-02'), receivedUnitId: cat.county.id, locationUnitId: villageOf(otherTownship()).id, dispatch: { unitId: otherTownship().id, at: bj('2025-06-02', '10:00'), signAt: bj('2025-06-02', '11:00') } },
      ])
    ).complaintIds;
    const EVALUATE = `mutation { evaluateComplaintWarnings { evaluated raised red } }`;
    expect((await hub.gql(EVALUATE, {}, { token: hub.tokens.leader })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const first = expectData(await hub.gql<{ evaluateComplaintWarnings: { evaluated: number; raised: number; red: number } }>(EVALUATE, {}, { token: hub.tokens.supervisor }));
    expect(first.evaluateComplaintWarnings.red).toBeGreaterThanOrEqual(2);
    const again = expectData(await hub.gql<{ evaluateComplaintWarnings: { raised: number } }>(EVALUATE, {}, { token: hub.tokens.supervisor }));
    expect(again.evaluateComplaintWarnings.raised).toBe(0);
    const cards = async (id: string, as: { token?: string; apiKey?: string }) =>
      expectData(await hub.gql<{ complaint: { warningLevel: string; warnings: { kind: string; level: string }[] } | null }>(`query($id: ID!) { complaint(id: $id) { warningLevel warnings { kind level } } }`, { id }, as)).complaint;
    expect(await cards(unsigned!, sys())).toEqual({
      warningLevel: 'RED',
      warnings: expect.arrayContaining([{ kind: 'SIGN_OVERDUE', level: 'RED' }, { kind: 'REPLY_OVERDUE', level: 'RED' }]),
    });
    expect((await cards(unreplied!, sys()))!.warnings).toEqual([{ kind: 'REPLY_OVERDUE', level: 'RED' }]);
    // The township operator sees its own area's cards only.
    const listed = expectData(
      await hub.gql<{ complaintWarnings: { edges: { node: { complaint: { id: string } } }[] } }>(`{ complaintWarnings(first: 200, filter: { level: RED }) { edges { node { complaint { id } } } } }`, {}, townshipOperator),
    ).complaintWarnings.edges.map((e) => e.node.complaint.id);
    expect(listed).toContain(unsigned);
    expect(listed).not.toContain(unreplied);
  });

  it('names the field and the rule for bad input', async () => {
    const both = await mutate('dispatchComplaint', { complaintId: (await mutate('receiveComplaint', receive({ contact: { name: '冯一', phone: '13100001111' } }), hotline)).complaint!.id, departmentId: cat.departments[0]!.id, unitId: township().id }, hotline);
    expect(both.userErrors).toEqual([expect.objectContaining({ field: 'input.departmentId', rule: 'ONE_ASSIGNEE' })]);
    const outside = await mutate('receiveComplaint', receive({ receivedUnitId: township().id, locationUnitId: villageOf(otherTownship()).id }), hotline);
    expect(outside.userErrors).toEqual([expect.objectContaining({ field: 'input.locationUnitId', rule: 'LOCATION_IN_AREA' })]);
    const noCaller = await mutate('receiveComplaint', receive({ contact: null }), hotline);
    expect(noCaller.userErrors).toEqual([expect.objectContaining({ field: 'input.contact.phone', rule: 'REQUIRED' })]);
    const byLeader = await mutate('receiveComplaint', receive(), { token: hub.tokens.leader });
    expect(byLeader.userErrors).toEqual([expect.objectContaining({ rule: 'READ_ONLY_ROLE' })]);
  });
});

describe('超期件 workbench: the requests list behind the overdueOpen tile', () => {
  const today = toLocalDate(new Date());
  const back = (n: number) => nthWorkingDayBack(calendar, today, n);
  // Two townships no other test writes to: requests located in one may be received in the other.
  const home = () => cat.townships[cat.townships.length - 1]!;
  const away = () => cat.townships[cat.townships.length - 2]!;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    const stamp = Date.now();
    const located = { receivedUnitId: cat.county.id, locationUnitId: home().id };
    const specs: (RequestSpec & { key: string })[] = [
      // Ordinary (5 working days): due at the end of the third working day back.
      { key: 'recent', ref: `wb-recent-${stamp}`, receivedAt: bj(back(8)), ...located },
      { key: 'lastYear', ref: `wb-last-year-${stamp}`, receivedAt: bj(`${Number(today.slice(0, 4)) - 1}-11-03`), ...located },
      { key: 'escalated', ref: `wb-escalated-${stamp}`, receivedAt: bj(back(12)), ...located },
      { key: 'replied', ref: `wb-replied-${stamp}`, receivedAt: bj(back(12)), replyAt: bj(back(2)), ...located },
      // About a place in this township, dispatched to the other township's government: this township's tile.
      { key: 'elsewhere', ref: `wb-elsewhere-${stamp}`, receivedAt: bj(back(10)), ...located, dispatch: { unitId: away().id, at: bj(back(10), '10:00') } },
    ];
    const result = await importRequests(hub, specs);
    const found = expectData(
      await hub.gql<Record<string, { id: string; externalRef: string }>>(`{ ${result.complaintIds.map((id, i) => `c${i}: complaint(id: "${id}") { id externalRef }`).join(' ')} }`, {}, sys()),
    );
    for (const c of Object.values(found)) ids[specs.find((s) => s.ref === c.externalRef)!.key] = c.id;
    const due = new Date(Date.now() + 3 * 86_400_000).toISOString();
    expect((await mutate('escalateComplaint', { complaintId: ids.escalated, note: '请三日内办结', replyDueAt: due }, { token: hub.tokens.supervisor })).userErrors).toEqual([]);
  });

  type Row = { id: string; promisedReplyAt: string; overdueDays: number | null };
  async function list(filter: Record<string, unknown>) {
    return expectData(
      await hub.gql<{ complaints: { totalCount: number; edges: { node: Row }[] } }>(
        `query($filter: ComplaintFilter) { complaints(first: 100, filter: $filter, sort: MOST_OVERDUE_FIRST) { totalCount edges { node { id promisedReplyAt overdueDays } } } }`,
        { filter },
        { token: hub.tokens.supervisor },
      ),
    ).complaints;
  }

  it('counts exactly the overdueOpen requests of the county, a township and a department with locatedOnly', async () => {
    const department = cat.departments[0]!;
    const tiles = expectData(
      await hub.gql<Record<'county' | 'home' | 'away' | 'department', { complaintStats: { overdueOpen: number } }>>(
        `query($county: ID!, $home: ID!, $away: ID!, $department: ID!, $year: Int!) {
          county: orgUnit(id: $county) { complaintStats(period: { year: $year }) { overdueOpen } }
          home: orgUnit(id: $home) { complaintStats(period: { year: $year }) { overdueOpen } }
          away: orgUnit(id: $away) { complaintStats(period: { year: $year }) { overdueOpen } }
          department: department(id: $department) { complaintStats(period: { year: $year }) { overdueOpen } } }`,
        { county: cat.county.id, home: home().id, away: away().id, department: department.id, year: Number(today.slice(0, 4)) },
        { token: hub.tokens.supervisor },
      ),
    );
    expect((await list({ withinId: cat.county.id, locatedOnly: true, overdueOnly: true })).totalCount).toBe(tiles.county.complaintStats.overdueOpen);
    expect((await list({ departmentId: department.id, overdueOnly: true })).totalCount).toBe(tiles.department.complaintStats.overdueOpen);
    const home_ = await list({ withinId: home().id, locatedOnly: true, overdueOnly: true });
    expect(home_.totalCount).toBe(tiles.home.complaintStats.overdueOpen);
    // Received last year and escalated with a new deadline stay on it; replied is off it.
    expect(home_.edges.map((e) => e.node.id).sort()).toEqual([ids.recent, ids.lastYear, ids.escalated, ids.elsewhere].sort());
    const away_ = await list({ withinId: away().id, locatedOnly: true, overdueOnly: true });
    expect(away_.totalCount).toBe(tiles.away.complaintStats.overdueOpen);
    expect(away_.edges.map((e) => e.node.id)).not.toContain(ids.elsewhere);
    // Without locatedOnly a township's list also shows what it was assigned about elsewhere.
    expect((await list({ withinId: away().id, overdueOnly: true })).edges.map((e) => e.node.id)).toContain(ids.elsewhere);
  });

  it('orders overdue requests by promised deadline, earliest first, ties by id, with calendar days overdue', async () => {
    const rows = (await list({ withinId: cat.county.id, overdueOnly: true })).edges.map((e) => e.node);
    const key = (r: Row) => `${r.promisedReplyAt}|${r.id}`;
    expect(rows.map(key)).toEqual(rows.map(key).sort());
    for (const r of rows) expect(r.overdueDays).toBe(calendarDaysBetween(toLocalDate(new Date(r.promisedReplyAt)), today));
    const recent = rows.find((r) => r.id === ids.recent)!;
    expect(toLocalDate(new Date(recent.promisedReplyAt))).toBe(back(3));
  });

  it('finds requests at least N calendar days overdue: exactly N is in, N + 1 is not', async () => {
    const n = calendarDaysBetween(back(3), today);
    const inIds = (await list({ withinId: home().id, minOverdueDays: n })).edges.map((e) => e.node.id);
    const outIds = (await list({ withinId: home().id, minOverdueDays: n + 1 })).edges.map((e) => e.node.id);
    expect(inIds).toContain(ids.recent);
    expect(outIds).not.toContain(ids.recent);
    expect(outIds).toContain(ids.lastYear);
    expect(inIds).not.toContain(ids.replied);
    const response = await hub.gql(`{ complaints(filter: { minOverdueDays: 0 }) { totalCount } }`);
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.minOverdueDays' });
  });
});
