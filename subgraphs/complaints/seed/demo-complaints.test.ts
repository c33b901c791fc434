import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, createWorkingCalendar, toLocalDate } from '../../shared/calendar';
import type { Catalogue, UnitRef } from '../../shared/departments-directory';
import { eventFromRow, numbered } from '../../shared/event-history';
import { applyMigrations } from '../../shared/migrate';
import { createComplaintsDb, type ComplaintsDb } from '../db';
import { foldComplaint, foldMore, type ComplaintAggregate } from '../domain/complaint-aggregate';
import type { ComplaintEvent, NewComplaintEvent } from '../domain/complaint-events';
import { proposeEvent, validateReceipt, type LifecycleOptions } from '../domain/complaint-lifecycle';
import { complaintRow, dispatchRows, isOverdue } from '../domain/complaint-row';
import { isDissatisfied, isOpen } from '../domain/complaint-state';
import { contactKey, DUPLICATE_WINDOW_DAYS, findOriginal, type EarlierRequest } from '../domain/duplicates';
import { deadline, DEFAULT_LIMITS, RETURN_WINDOW } from '../domain/time-limits';
import { generateDemoComplaints, type DemoComplaint } from './demo-complaints';
import { loadDemoComplaints } from './load-demo-complaints';
import { seedComplaintsDemo } from './seed-demo';

const calendar = createWorkingCalendar();
const lifecycle: LifecycleOptions = { calendar, limits: DEFAULT_LIMITS, maxReopens: 2 };
const END = new Date('2026-06-30T18:00:00+08:00');
const COUNT = 3000;
const DAY_MS = 86_400_000;

const unit = (code: string, name: string, tier: UnitRef['tier'], path: string): UnitRef => ({ id: `u-${code}`, code, name, tier, path, active: true });
const COUNTY = unit('430721', '安乡县', 'COUNTY', '/4307/430721/');
const TOWNSHIPS = [
  unit('430721001', '城南街道', 'TOWNSHIP', '/4307/430721/430721001/'),
  unit('430721100', '深柳镇', 'TOWNSHIP', '/4307/430721/430721100/'),
  unit('430721101', '大鲸港镇', 'TOWNSHIP', '/4307/430721/430721101/'),
];
const VILLAGES = [
  unit('430721001001', '育才社区', 'VILLAGE', '/4307/430721/430721001/430721001001/'),
  unit('430721100201', '荷花村', 'VILLAGE', '/4307/430721/430721100/430721100201/'),
  unit('430721100202', '新港村', 'VILLAGE', '/4307/430721/430721100/430721100202/'),
  unit('430721101201', '鲸港村', 'VILLAGE', '/4307/430721/430721101/430721101201/'),
  unit('430721101202', '白鹤村', 'VILLAGE', '/4307/430721/430721101/430721101202/'),
];
const dept = (code: string, name: string, active = true) => ({ id: `d-${code}`, code, name, active, orgUnit: { id: COUNTY.id, path: COUNTY.path } });
const DEPARTMENTS = [
  dept('AX-ZJJ', '安乡县住房和城乡建设局'),
  dept('AX-CGZFJ', '安乡县城市管理和综合执法局'),
  dept('AX-RSJ', '安乡县人力资源和社会保障局'),
  dept('AX-SBZX', '安乡县社会保险服务中心'),
  dept('AX-YBJ', '安乡县医疗保障局'),
  dept('AX-JYJ', '安乡县教育局'),
  dept('AX-WJJ', '安乡县卫生健康局'),
  dept('AX-STHJFJ', '常德市生态环境局安乡分局'),
  dept('AX-NYNCJ', '安乡县农业农村局'),
  dept('AX-SCJGJ', '安乡县市场监督管理局'),
  dept('AX-GAJ', '安乡县公安局'),
  dept('AX-MZJ', '安乡县民政局'),
  dept('AX-BDCDJZX', '安乡县不动产登记中心'),
  dept('AX-GDGS', '国网安乡县供电公司'),
  dept('AX-ZLSGS', '安乡县自来水有限公司'),
  dept('AX-TRQGS', '安乡县天然气有限公司'),
  // Never used: inactive.
  dept('AX-OLD', '安乡县已撤销局', false),
];
const CATALOGUE: Catalogue = { units: [unit('4307', '常德市', 'CITY', '/4307/'), COUNTY, ...TOWNSHIPS, ...VILLAGES], departments: DEPARTMENTS, items: [] };

const SEED = 11;
const { complaints, calls } = generateDemoComplaints(CATALOGUE, { end: END, count: COUNT, seed: SEED, calendar });
const folded = new Map<string, ComplaintAggregate>(complaints.map((c) => [c.id, foldComplaint(c.id, numbered<ComplaintEvent>(0, c.events))]));
const all = complaints.map((c) => folded.get(c.id)!);
const byId = new Map(complaints.map((c) => [c.id, c]));
const share = (n: number, of: number = complaints.length) => n / of;
const receipt = (c: DemoComplaint) => c.events[0] as Extract<NewComplaintEvent, { type: 'RECEIVED' }>;
const isPhone = (channel: string) => channel === 'HOTLINE_12345' || channel === 'HOTLINE_114';
const isOnline = (channel: string) => channel === 'WEBSITE' || channel === 'MOBILE' || channel === 'MAILBOX';
/** Seconds after local midnight in Asia/Shanghai (UTC+8, no DST). */
const localSeconds = (d: Date) => (((d.getTime() / 1000 + 8 * 3600) % 86400) + 86400) % 86400;
const expectBetween = (value: number, low: number, high: number) => {
  expect(value).toBeGreaterThanOrEqual(low);
  expect(value).toBeLessThanOrEqual(high);
};

describe('generateDemoComplaints', () => {
  it('builds only histories the lifecycle rules accept, with replies marked direct as the API marks them', () => {
    expect(complaints).toHaveLength(COUNT);
    for (const c of complaints) {
      const first = receipt(c);
      expect(first.type).toBe('RECEIVED');
      expect(validateReceipt(first, END)).toEqual([]);
      const agg = foldComplaint(c.id, numbered<ComplaintEvent>(0, [first]));
      let i = 1;
      while (i < c.events.length) {
        const event = c.events[i]!;
        if (event.type === 'REPLIED') {
          const direct = agg.state === 'RECEIVED' || agg.state === 'RETURNED' || (agg.state === 'REOPENED' && agg.assignee === null);
          expect(event.data.direct).toBe(direct);
        }
        const proposal = proposeEvent(agg, event, END, lifecycle);
        if (!proposal.ok) throw new Error(`${first.data.requestNo} event ${i} ${event.type}: ${JSON.stringify(proposal.errors)}`);
        // What the rules append (the event and what it triggers) is exactly what follows.
        expect(c.events.slice(i, i + proposal.events.length)).toEqual(proposal.events);
        foldMore(agg, numbered<ComplaintEvent>(agg.version, proposal.events), true);
        i += proposal.events.length;
      }
    }
  });

  it('computes deadlines from the limits, as the API does', () => {
    for (const a of all) {
      const limits = DEFAULT_LIMITS[a.received.priority];
      expect(a.received.replyDueAt).toBe(deadline(calendar, a.receivedAt, limits.reply).toISOString());
      for (const d of a.dispatches) {
        expect(d.signDueAt).toEqual(deadline(calendar, d.at, limits.sign));
        expect(d.returnDueAt).toEqual(deadline(calendar, d.at, RETURN_WINDOW));
      }
    }
  });

  it('keeps time in order, within the year before the end, visits and letters in office hours', () => {
    const yearBefore = addCalendarDays(toLocalDate(END), -365);
    const problems: string[] = [];
    for (const c of complaints) {
      const { at, data } = receipt(c);
      if (toLocalDate(at) <= yearBefore) problems.push(`${c.id}: received more than a year before the end`);
      if (data.channel === 'IN_PERSON' || data.channel === 'LETTER') {
        const secs = localSeconds(at);
        if (!calendar.isWorkingDay(toLocalDate(at)) || secs < 8.5 * 3600 || secs > 17.5 * 3600) problems.push(`${c.id}: ${data.channel} at ${at.toISOString()}`);
      }
      let previous = 0;
      for (const e of c.events) {
        if (e.at.getTime() < previous) problems.push(`${c.id}: ${e.type} before the previous event`);
        if (e.at.getTime() > END.getTime()) problems.push(`${c.id}: ${e.type} after the end`);
        previous = e.at.getTime();
      }
    }
    expect(problems).toEqual([]);
    // Spread over the year, not bunched at one end.
    const months = new Set(complaints.map((c) => toLocalDate(c.events[0]!.at).slice(0, 7)));
    expect(months.size).toBeGreaterThanOrEqual(12);
  });

  it('gives unique ids and request numbers of the receiving unit and date', () => {
    expect(new Set(complaints.map((c) => c.id)).size).toBe(COUNT);
    expect(new Set(complaints.map((c) => receipt(c).data.requestNo)).size).toBe(COUNT);
    const codes = new Map(CATALOGUE.units.map((u) => [u.id, u.code]));
    for (const c of complaints) {
      const { at, data } = receipt(c);
      expect(c.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(data.requestNo).toMatch(new RegExp(`^${codes.get(data.receivedUnit.id)}-${toLocalDate(at).replaceAll('-', '')}-[0-9A-F]{8}$`));
    }
  });

  it('is deterministic for a seed', () => {
    const again = generateDemoComplaints(CATALOGUE, { end: END, count: 300, seed: 7, calendar });
    expect(again).toEqual(generateDemoComplaints(CATALOGUE, { end: END, count: 300, seed: 7, calendar }));
    const other = generateDemoComplaints(CATALOGUE, { end: END, count: 300, seed: 8, calendar });
    expect(other.complaints.map((c) => c.id)).not.toEqual(again.complaints.map((c) => c.id));
  });

  it('mixes kinds and channels in the proportions of the seeds', () => {
    const kind = (k: string) => share(all.filter((a) => a.received.kind === k).length);
    expectBetween(kind('CONSULTATION'), 0.76, 0.83);
    expectBetween(kind('COMPLAINT'), 0.06, 0.11);
    expectBetween(kind('HELP'), 0.04, 0.08);
    expectBetween(kind('SUGGESTION'), 0.02, 0.05);
    expectBetween(kind('REPORT'), 0.02, 0.05);
    // 安乡 2011: 9 000 by phone, 9 100 in person, 6 000 online of 24 100 consultations.
    const consultations = all.filter((a) => a.received.kind === 'CONSULTATION');
    const of = (f: (channel: string) => boolean) => share(consultations.filter((a) => f(a.received.channel)).length, consultations.length);
    expectBetween(of(isPhone), 0.33, 0.41);
    expectBetween(of((ch) => ch === 'IN_PERSON'), 0.34, 0.42);
    expectBetween(of(isOnline), 0.21, 0.29);
    // 436 online requests in half a year beside 6 000 online consultations a year: ≈0.145.
    const onlineRequests = all.filter((a) => a.received.kind !== 'CONSULTATION' && isOnline(a.received.channel));
    expectBetween(onlineRequests.length / consultations.filter((a) => isOnline(a.received.channel)).length, 0.08, 0.22);
    // ...nearly all answered (434 of 436), apart from the ones still within their limit.
    const settled = onlineRequests.filter((a) => END.getTime() - a.receivedAt.getTime() > 30 * DAY_MS);
    expect(share(settled.filter((a) => a.replies.length > 0).length, settled.length)).toBeGreaterThan(0.95);
  });

  it('takes visits at township centres and everything else at the county, about places in the area', () => {
    const townshipIds = new Set(TOWNSHIPS.map((t) => t.id));
    for (const a of all) {
      const { channel, receivedUnit, location } = a.received;
      if (channel === 'IN_PERSON') expect(townshipIds.has(receivedUnit.id)).toBe(true);
      else expect(receivedUnit).toEqual({ id: COUNTY.id, path: COUNTY.path });
      expect(location.path.startsWith(receivedUnit.path)).toBe(true);
    }
    const belowCounty = all.filter((a) => a.received.location.path !== COUNTY.path);
    expect(share(belowCounty.length)).toBeGreaterThan(0.88);
    expect(share(all.filter((a) => a.received.location.path.split('/').length === 6).length)).toBeGreaterThan(0.45);
  });

  it('answers most consultations directly and dispatches the rest by matter', () => {
    const consultations = all.filter((a) => a.received.kind === 'CONSULTATION');
    const directFirst = (a: ComplaintAggregate) => a.dispatches.length === 0 || (a.replies[0] !== undefined && a.replies[0].at < a.dispatches[0]!.at);
    expectBetween(share(consultations.filter(directFirst).length, consultations.length), 0.86, 0.94);
    const others = all.filter((a) => a.received.kind !== 'CONSULTATION' && !a.received.duplicateOf);
    expect(share(others.filter((a) => a.dispatches.length > 0).length, others.length)).toBeGreaterThan(0.85);
    const active = new Map(DEPARTMENTS.filter((d) => d.active).map((d) => [d.id, d]));
    for (const a of all) {
      for (const d of a.dispatches) {
        if (d.assignee.kind === 'DEPARTMENT') {
          const department = active.get(d.assignee.id)!;
          expect(department).toBeDefined();
          expect(d.assignee).toEqual({ kind: 'DEPARTMENT', id: department.id, name: department.name, path: department.orgUnit.path, departmentId: department.id });
        } else {
          const township = TOWNSHIPS.find((t) => t.id === d.assignee.id)!;
          expect(township).toBeDefined();
          expect(a.received.location.path.startsWith(township.path)).toBe(true);
          expect(d.assignee).toMatchObject({ kind: 'ORG_UNIT', path: township.path, departmentId: null });
        }
        if (a.received.category === 'UTILITIES' && a.received.kind !== 'CONSULTATION') expect(d.assignee.name).toMatch(/供电|自来水|天然气/);
      }
    }
    const dispatched = all.filter((a) => a.dispatches.length > 0);
    expect(dispatched.some((a) => a.dispatches.some((d) => d.assignee.kind === 'ORG_UNIT'))).toBe(true);
  });

  it('returns a few dispatches within the window and dispatches them elsewhere; signs and replies mostly on time', () => {
    const dispatches = all.flatMap((a) => a.dispatches);
    const returned = all.filter((a) => a.dispatches.some((d) => d.returnedAt));
    expectBetween(share(dispatches.filter((d) => d.returnedAt).length, dispatches.length), 0.015, 0.06);
    for (const a of returned) {
      const [first, second] = a.dispatches;
      expect(first!.returnedAt!.getTime()).toBeLessThanOrEqual(first!.returnDueAt.getTime());
      expect(first!.returnReason).toContain(second?.assignee.name ?? '');
      if (second) expect(second.assignee.id).not.toBe(first!.assignee.id);
    }
    const signed = dispatches.filter((d) => d.signedAt);
    const signedOnTime = share(signed.filter((d) => d.signedAt! <= d.signDueAt).length, signed.length);
    expectBetween(signedOnTime, 0.9, 0.99);
    const replies = all.flatMap((a) => a.replies.filter((r) => !r.direct));
    expectBetween(share(replies.filter((r) => r.at <= r.dueAt).length, replies.length), 0.93, 0.995);
  });

  it('calls most replies back; ≈3% dissatisfied are reopened and answered again', () => {
    const replied = all.filter((a) => a.replies.length > 0);
    expectBetween(share(replied.filter((a) => a.callbacks.some((c) => c.reached)).length, replied.length), 0.8, 0.95);
    const rated = all.flatMap((a) => a.callbacks.filter((c) => c.reached));
    const level = (n: number) => share(rated.filter((c) => c.satisfaction === n).length, rated.length);
    expectBetween(level(5), 0.52, 0.66);
    expectBetween(level(4), 0.2, 0.31);
    expectBetween(level(3), 0.08, 0.17);
    expectBetween(level(1) + level(2), 0.015, 0.055);
    const reopened = all.filter((a) => a.reopenCount > 0);
    expect(reopened.length).toBeGreaterThan(30);
    for (const a of all) {
      const events = byId.get(a.id)!.events;
      events.forEach((e, i) => {
        if (e.type !== 'CALLED_BACK' || !e.data.reached) return;
        const next = events[i + 1]!;
        if (isDissatisfied(e.data.satisfaction!)) expect(['REOPENED', 'CLOSED']).toContain(next.type);
        else expect(next).toMatchObject({ type: 'CLOSED', data: { automatic: true } });
        // A reopened request is answered again unless it is recent.
        if (next.type === 'REOPENED' && END.getTime() - e.at.getTime() > 40 * DAY_MS) expect(events.slice(i + 2).some((x) => x.type === 'REPLIED')).toBe(true);
      });
    }
    const unreached = all.filter((a) => a.state === 'CLOSED' && a.callbacks.length === 3 && a.callbacks.every((c) => !c.reached));
    expect(unreached.length).toBeGreaterThan(5);
    for (const a of unreached) expect(a.closingReason).toContain('未联系上');
  });

  it('links repeat calls to the first request of their chain, as the API detects them', () => {
    const repeats = all.filter((a) => a.received.duplicateOf);
    expectBetween(share(repeats.length), 0.03, 0.09);
    for (const a of repeats) {
      const original = folded.get(a.received.duplicateOf!.id)!;
      expect(original.received.duplicateOf).toBeNull();
      expect(a.received.duplicateOf!.requestNo).toBe(original.received.requestNo);
      expect(contactKey(a.received.contact?.phone)).toBe(contactKey(original.received.contact?.phone));
      expect(a.received.category).toBe(original.received.category);
      expect(a.received.location).toEqual(original.received.location);
      expect(original.duplicates).toContainEqual({ id: a.id, requestNo: a.received.requestNo, at: a.receivedAt });
      // The link sits in the original's history at the repeat's receipt.
      const link = byId.get(original.id)!.events.find((e) => e.type === 'DUPLICATE_LINKED' && e.data.duplicateId === a.id)!;
      expect(link.at).toEqual(a.receivedAt);
    }
    for (const a of all) for (const d of a.duplicates) expect(folded.get(d.id)!.received.duplicateOf?.id).toBe(a.id);
    // Independently: what findOriginal finds among all earlier requests from the same phone.
    const byKey = new Map<string, EarlierRequest[]>();
    for (const a of [...all].sort((x, y) => x.receivedAt.getTime() - y.receivedAt.getTime())) {
      const key = contactKey(a.received.contact?.phone);
      if (!key) continue;
      const earlier = byKey.get(key) ?? [];
      const expected = findOriginal({ receivedAt: a.receivedAt, category: a.received.category, orgPath: a.received.location.path }, earlier);
      expect(a.received.duplicateOf).toEqual(expected);
      if (expected) {
        const latest = earlier.filter((r) => r.category === a.received.category && r.orgPath === a.received.location.path).at(-1)!;
        expect(a.receivedAt.getTime() - latest.receivedAt.getTime()).toBeLessThanOrEqual(DUPLICATE_WINDOW_DAYS * DAY_MS);
      }
      earlier.push({ id: a.id, requestNo: a.received.requestNo, receivedAt: a.receivedAt, category: a.received.category, orgPath: a.received.location.path, duplicateOfId: a.received.duplicateOf?.id ?? null, duplicateOfNo: a.received.duplicateOf?.requestNo ?? null });
      byKey.set(key, earlier);
    }
    // Repeats while the original is still open are told where it stands and closed.
    expect(repeats.some((a) => a.closingReason?.startsWith('重复来电'))).toBe(true);
  });

  it('leaves some open and overdue at the end, a few escalated by a supervisor once overdue', () => {
    const overdue = all.filter((a) => isOverdue(a, END));
    expectBetween(share(overdue.length), 0.001, 0.015);
    expect(overdue.some((a) => a.escalations.length > 0)).toBe(true);
    expect(overdue.some((a) => a.escalations.length === 0)).toBe(true);
    let escalations = 0;
    for (const c of complaints) {
      const events = c.events;
      events.forEach((e, i) => {
        if (e.type !== 'ESCALATED') return;
        escalations += 1;
        expect(e.actor.role).toBe('supervisor');
        const before = foldComplaint(c.id, numbered<ComplaintEvent>(0, events.slice(0, i)));
        expect(e.at.getTime()).toBeGreaterThan(before.replyDueAt.getTime());
        expect(new Date(e.data.replyDueAt).getTime()).toBeGreaterThan(e.at.getTime());
      });
    }
    expect(escalations).toBeGreaterThan(3);
    // Recent requests are still open within their limit.
    expect(all.some((a) => isOpen(a.state) && !isOverdue(a, END))).toBe(true);
  });

  it('keeps part of 举报 anonymous and never calls an anonymous reporter back', () => {
    const reports = all.filter((a) => a.received.kind === 'REPORT');
    expectBetween(share(reports.filter((a) => a.received.contact === null).length, reports.length), 0.45, 0.75);
    for (const a of all.filter((x) => x.received.contact === null)) {
      expect(a.received.kind).toBe('REPORT');
      expect(a.callbacks).toEqual([]);
      if (a.state === 'CLOSED') expect(a.closingReason).toContain('匿名');
    }
    for (const a of all.filter((x) => x.received.contact?.phone)) expect(a.received.contact!.phone).toMatch(/^1[3-9]\d{9}$/);
  });

  it('is mostly ordinary, some complex, a few urgent, utilities only for utilities matters', () => {
    const priority = (p: string) => share(all.filter((a) => a.received.priority === p).length);
    expect(priority('ORDINARY')).toBeGreaterThan(0.9);
    expectBetween(priority('COMPLEX'), 0.005, 0.05);
    expectBetween(priority('URGENT'), 0.002, 0.03);
    expectBetween(priority('UTILITIES'), 0.005, 0.04);
    for (const a of all.filter((x) => x.received.priority === 'UTILITIES')) expect(a.received.category).toBe('UTILITIES');
  });

  it('generates a year of hotline calls: ≈96% answered, most within 15 s, phone requests a share of the answered', () => {
    expect(new Set(calls.map((c) => c.externalRef)).size).toBe(calls.length);
    expect(new Set(calls.map((c) => c.id)).size).toBe(calls.length);
    for (const line of ['HOTLINE_12345', 'HOTLINE_114'] as const) {
      const lineCalls = calls.filter((c) => c.line === line);
      const answered = lineCalls.filter((c) => c.answered);
      expectBetween(share(answered.length, lineCalls.length), 0.94, 0.98);
      expectBetween(share(answered.filter((c) => c.waitSeconds <= 15).length, lineCalls.length), 0.72, 0.9);
      const requests = all.filter((a) => a.received.channel === line);
      expectBetween(requests.length / answered.length, 0.55, 0.85);
      // Each phone request was taken during an answered call.
      const starts = answered.map((c) => c.startedAt.getTime());
      for (const a of requests.slice(0, 200)) {
        const t = a.receivedAt.getTime();
        expect(answered.some((c, i) => starts[i]! <= t && t <= starts[i]! + (c.waitSeconds + c.talkSeconds) * 1000)).toBe(true);
      }
    }
    for (const c of calls) {
      expect(c.startedAt.getTime()).toBeLessThanOrEqual(END.getTime());
      expect(c.startedOn).toBe(toLocalDate(c.startedAt));
      expect({ orgUnitId: c.orgUnitId, orgPath: c.orgPath }).toEqual({ orgUnitId: COUNTY.id, orgPath: COUNTY.path });
      if (!c.answered) expect(c.talkSeconds).toBe(0);
    }
    // Weekends are quieter than working days.
    const perDay = new Map<string, number>();
    for (const c of calls) perDay.set(c.startedOn, (perDay.get(c.startedOn) ?? 0) + 1);
    const avg = (working: boolean) => {
      const days = [...perDay].filter(([d]) => calendar.isWorkingDay(d as never) === working);
      return days.reduce((s, [, n]) => s + n, 0) / days.length;
    };
    expect(avg(false)).toBeLessThan(avg(true) * 0.8);
  });

  it('stops short of deadlines in a year the calendar does not cover', () => {
    const late = generateDemoComplaints(CATALOGUE, { end: new Date('2026-12-30T10:00:00+08:00'), count: 400, seed: 3, calendar });
    expectBetween(late.complaints.length, 300, 400);
    for (const c of late.complaints) for (const e of c.events) expect(e.at.getTime()).toBeLessThanOrEqual(new Date('2026-12-30T10:00:00+08:00').getTime());
  });
});

describe('loading the demo into a complaints database', () => {
  let dir: string;
  let db: ComplaintsDb;
  const small = generateDemoComplaints(CATALOGUE, { end: END, count: 400, seed: 5, calendar });

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'yg-complaints-demo-'));
    const url = `file:${path.join(dir, 'complaints.db')}`;
    await applyMigrations({ subgraph: 'complaints', url });
    db = createComplaintsDb(url);
  }, 120_000);

  afterAll(async () => {
    await db?.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the events, the projections an append writes, and the calls; only into an empty database', async () => {
    const events = small.complaints.reduce((n, c) => n + c.events.length, 0);
    const aggregates = small.complaints.map((c) => foldComplaint(c.id, numbered<ComplaintEvent>(0, c.events)));
    const dispatches = aggregates.reduce((n, a) => n + a.dispatches.length, 0);
    const loaded = await loadDemoComplaints(db, small.complaints, small.calls);
    expect(loaded).toEqual({ requests: 400, events, dispatches, calls: small.calls.length });
    expect(await db.complaint.count()).toBe(400);
    expect(await db.complaintEvent.count()).toBe(events);
    expect(await db.dispatch.count()).toBe(dispatches);
    expect(await db.callRecord.count()).toBe(small.calls.length);

    const rows = new Map((await db.complaint.findMany()).map((r) => [r.id, r]));
    const dispatchRowsInDb = await db.dispatch.findMany({ orderBy: [{ complaintId: 'asc' }, { seq: 'asc' }] });
    for (const a of aggregates) {
      const { updatedAt, ...row } = rows.get(a.id)!;
      expect(updatedAt).toBeInstanceOf(Date);
      expect(row).toEqual({ ...complaintRow(a), warningLevel: 'NONE' });
      expect(dispatchRowsInDb.filter((d) => d.complaintId === a.id)).toEqual(dispatchRows(a));
    }
    // The stored history reads back as the generated one.
    const sample = small.complaints.slice(0, 50);
    const eventRows = await db.complaintEvent.findMany({ where: { complaintId: { in: sample.map((c) => c.id) } }, orderBy: [{ complaintId: 'asc' }, { seq: 'asc' }] });
    for (const c of sample) {
      const stored = eventRows.filter((r) => r.complaintId === c.id).map((r) => eventFromRow<ComplaintEvent>(r));
      expect(stored).toEqual(numbered<ComplaintEvent>(0, c.events));
    }
    const firstCall = small.calls[0]!;
    expect(await db.callRecord.findUnique({ where: { id: firstCall.id } })).toEqual(firstCall);

    expect(await loadDemoComplaints(db, small.complaints, small.calls)).toBeNull();
    expect(await db.complaint.count()).toBe(400);
  }, 60_000);
});

describe('seedComplaintsDemo', () => {
  let dir: string;
  let db: ComplaintsDb;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'yg-complaints-seed-'));
    const dbUrl = `file:${path.join(dir, 'complaints.db')}`;
    await applyMigrations({ subgraph: 'complaints', url: dbUrl });
    db = createComplaintsDb(dbUrl);
    // The departments subgraph's catalogue pages, as createHttpDirectory asks for them.
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const { query } = JSON.parse(body) as { query: string };
        const field = (['orgUnits', 'departments', 'serviceItems'] as const).find((f) => query.includes(`${f}(`))!;
        const nodes = field === 'orgUnits' ? CATALOGUE.units : field === 'departments' ? CATALOGUE.departments : [];
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ data: { [field]: { edges: nodes.map((node) => ({ node })), pageInfo: { hasNextPage: false, endCursor: null } } } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  }, 120_000);

  afterAll(async () => {
    await db?.$disconnect();
    await new Promise((resolve) => server?.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('loads a year from the departments catalogue, raises the warnings of open requests, and runs once', async () => {
    const options = { signingKey: new Uint8Array(32), departmentsUrl: url, end: END, count: 600, env: {} };
    const summary = await seedComplaintsDemo(db, options);
    expect(summary).toMatchObject({ requests: 600 });
    expect(summary!.events).toBe(await db.complaintEvent.count());
    expect(summary!.calls).toBe(await db.callRecord.count());
    expect(summary!.warnings).toBe(await db.complaintWarning.count());
    const red = await db.complaint.count({ where: { warningLevel: 'RED' } });
    expect(red).toBeGreaterThan(0);
    expect(red).toBe(await db.complaint.count({ where: { state: { in: ['RECEIVED', 'DISPATCHED', 'RETURNED', 'SIGNED', 'REOPENED'] }, OR: [{ replyDueAt: { lt: END } }, { signDueAt: { lt: END } }] } }));
    expect(await seedComplaintsDemo(db, options)).toBeNull();
  }, 60_000);
});
