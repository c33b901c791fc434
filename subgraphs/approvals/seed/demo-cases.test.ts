import { describe, expect, it } from 'vitest';
import { addCalendarDays, createWorkingCalendar, toLocalDate, type LocalDate } from '../../shared/calendar';
import type { Catalogue, UnitRef } from '../../shared/departments-directory';
import { isValidCreditCode, isValidResidentId } from '../domain/applicant';
import { foldCase, type CaseAggregate } from '../domain/case-aggregate';
import type { NewCaseEvent } from '../domain/case-events';
import { proposeEvent, unitTierOf, validateReceipt } from '../domain/case-lifecycle';
import { isInProgress } from '../domain/case-state';
import { decidedOnTime, remainingDays } from '../domain/deadline';
import { numbered } from '../domain/event-rows';
import { generateDemoCases, type DemoCase } from './demo-cases';

const calendar = createWorkingCalendar();
const END = new Date('2026-06-30T18:00:00+08:00');
const END_DATE = toLocalDate(END);
const COUNT = 2000;

const unit = (code: string, name: string, tier: UnitRef['tier'], path: string): UnitRef => ({ id: `u-${code}`, code, name, tier, path, active: true });
const COUNTY = unit('430721', '安乡县', 'COUNTY', '/4307/430721/');
const TOWNSHIPS = [
  unit('430721100', '深柳镇', 'TOWNSHIP', '/4307/430721/430721100/'),
  unit('430721101', '大鲸港镇', 'TOWNSHIP', '/4307/430721/430721101/'),
];
const VILLAGES = [
  unit('430721100201', '荷花村', 'VILLAGE', '/4307/430721/430721100/430721100201/'),
  unit('430721100202', '新港村', 'VILLAGE', '/4307/430721/430721100/430721100202/'),
  unit('430721101201', '鲸港村', 'VILLAGE', '/4307/430721/430721101/430721101201/'),
  unit('430721101202', '白鹤村', 'VILLAGE', '/4307/430721/430721101/430721101202/'),
];
const dept = (code: string, name: string) => ({ id: `d-${code}`, code, name, active: true, orgUnit: { id: COUNTY.id, path: COUNTY.path } });
const item = (code: string, name: string, departmentCode: string, promisedDays: number, onlineAvailable = true, active = true) => ({
  id: `i-${code}`,
  code,
  name,
  kind: promisedDays === 0 ? ('IMMEDIATE' as const) : ('PROMISED' as const),
  legalDays: Math.max(promisedDays, 20),
  promisedDays,
  onlineAvailable,
  active,
  department: { id: `d-${departmentCode}` },
});

const CATALOGUE: Catalogue = {
  units: [unit('4307', '常德市', 'CITY', '/4307/'), COUNTY, ...TOWNSHIPS, ...VILLAGES],
  departments: [dept('AX-MZJ', '安乡县民政局'), dept('AX-RSJ', '安乡县人力资源和社会保障局'), dept('AX-SCJGJ', '安乡县市场监督管理局'), dept('AX-ZJJ', '安乡县住房和城乡建设局')],
  items: [
    item('MZJ-001', '结婚登记', 'AX-MZJ', 0, false),
    item('RSJ-001', '社会保障卡申领', 'AX-RSJ', 0),
    item('RSJ-002', '失业保险金申领', 'AX-RSJ', 5),
    item('SCJGJ-001', '食品经营许可', 'AX-SCJGJ', 10),
    item('SCJGJ-002', '药品经营许可证（零售）核发', 'AX-SCJGJ', 15, false),
    item('ZJJ-001', '建筑工程施工许可证核发', 'AX-ZJJ', 2),
    // Never used: a department the county does not have, and an inactive item.
    item('XX-001', '无主事项', 'AX-NONE', 5),
    item('ZJJ-002', '已取消事项', 'AX-ZJJ', 5, true, false),
  ],
};

const SEED = 7;
const cases = generateDemoCases(CATALOGUE, { end: END, count: COUNT, seed: SEED, calendar });
const folded = new Map<string, CaseAggregate>(cases.map((c) => [c.id, foldCase(c.id, numbered(0, c.events))]));
const agg = (c: DemoCase) => folded.get(c.id)!;
const share = (n: number, of = cases.length) => n / of;
const first = (c: DemoCase) => c.events[0] as Extract<NewCaseEvent, { type: 'RECEIVED' }>;

/** Seconds after local midnight in Asia/Shanghai (UTC+8, no DST). */
const localSeconds = (d: Date) => (((d.getTime() / 1000 + 8 * 3600) % 86400) + 86400) % 86400;
/** The working day n working days before `d`. */
const workingDaysBefore = (d: LocalDate, n: number) => {
  let x = d;
  for (let left = n; left > 0; ) {
    x = addCalendarDays(x, -1);
    if (calendar.isWorkingDay(x)) left -= 1;
  }
  return x;
};

describe('generateDemoCases', () => {
  it('builds only histories the lifecycle rules accept', () => {
    expect(cases).toHaveLength(COUNT);
    for (const c of cases) {
      const receipt = first(c);
      expect(receipt.type).toBe('RECEIVED');
      expect(validateReceipt(receipt, END)).toEqual([]);
      let i = 1;
      while (i < c.events.length) {
        const proposal = proposeEvent(foldCase(c.id, numbered(0, c.events.slice(0, i))), c.events[i]!, END);
        if (!proposal.ok) throw new Error(`${receipt.data.caseNo} event ${i} ${c.events[i]!.type}: ${JSON.stringify(proposal.errors)}`);
        // What the rules append (the event and what it triggers) is exactly what follows.
        expect(c.events.slice(i, i + proposal.events.length)).toEqual(proposal.events);
        i += proposal.events.length;
      }
    }
  });

  it('keeps time in order, on working days and within the year before the end', () => {
    const yearBefore = addCalendarDays(END_DATE, -365);
    const problems: string[] = [];
    for (const c of cases) {
      const receivedAt = c.events[0]!.at;
      const secs = localSeconds(receivedAt);
      if (secs < 8.5 * 3600 || secs > 17.5 * 3600) problems.push(`${c.id}: received at ${receivedAt.toISOString()}, outside office hours`);
      if (toLocalDate(receivedAt) <= yearBefore) problems.push(`${c.id}: received more than a year before the end`);
      let previous = 0;
      for (const e of c.events) {
        if (e.at.getTime() < previous) problems.push(`${c.id}: ${e.type} before the previous event`);
        if (e.at.getTime() > END.getTime()) problems.push(`${c.id}: ${e.type} after the end`);
        if (!calendar.isWorkingDay(toLocalDate(e.at))) problems.push(`${c.id}: ${e.type} on a day off`);
        previous = e.at.getTime();
      }
    }
    expect(problems).toEqual([]);
  });

  it('gives unique ids and case numbers of the receipt date', () => {
    expect(new Set(cases.map((c) => c.id)).size).toBe(COUNT);
    expect(new Set(cases.map((c) => first(c).data.caseNo)).size).toBe(COUNT);
    for (const c of cases) {
      expect(c.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(first(c).data.caseNo).toBe(`430721-${toLocalDate(c.events[0]!.at).replaceAll('-', '')}-${first(c).data.caseNo.slice(-5)}`);
    }
  });

  it('is deterministic for a seed', () => {
    const again = generateDemoCases(CATALOGUE, { end: END, count: 300, seed: 7, calendar });
    expect(again).toEqual(generateDemoCases(CATALOGUE, { end: END, count: 300, seed: 7, calendar }));
    const other = generateDemoCases(CATALOGUE, { end: END, count: 300, seed: 8, calendar });
    expect(other.map((c) => c.id)).not.toEqual(again.map((c) => c.id));
  });

  it('uses only active items of existing departments, and valid applicant identifiers', () => {
    const people = cases.filter((c) => first(c).data.applicant.kind === 'PERSON');
    expect(share(people.length)).toBeGreaterThan(0.75);
    expect(share(people.length)).toBeLessThan(0.85);
    for (const c of cases) {
      const { item, applicant } = first(c).data;
      expect(['i-XX-001', 'i-ZJJ-002']).not.toContain(item.id);
      expect(applicant.name.length).toBeGreaterThan(1);
      if (applicant.kind === 'PERSON') {
        expect(isValidResidentId(applicant.idNumber!)).toBe(true);
        expect(applicant.idNumber!.startsWith('430721')).toBe(true);
        expect(applicant.phone ?? '13800000000').toMatch(/^1\d{10}$/);
      } else {
        expect(isValidCreditCode(applicant.idNumber!)).toBe(true);
      }
    }
  });

  it('mixes channels and receiving tiers like a county', () => {
    const by = (channel: string) => share(cases.filter((c) => first(c).data.channel === channel).length);
    expect(by('WINDOW')).toBeGreaterThan(0.51);
    expect(by('WINDOW')).toBeLessThan(0.59);
    expect(by('ONLINE')).toBeGreaterThan(0.26);
    expect(by('ONLINE')).toBeLessThan(0.34);
    expect(by('AGENCY_POINT')).toBeGreaterThan(0.12);
    expect(by('AGENCY_POINT')).toBeLessThan(0.18);
    const townshipWindow = cases.filter((c) => unitTierOf(first(c).data.unit.path) === 'TOWNSHIP');
    expect(share(townshipWindow.length)).toBeGreaterThan(0.05);
    for (const c of townshipWindow) expect(first(c).data.channel).toBe('WINDOW');
    // Online only for items available online.
    for (const c of cases.filter((x) => first(x).data.channel === 'ONLINE')) {
      expect(['i-MZJ-001', 'i-SCJGJ-002']).not.toContain(first(c).data.item.id);
    }
  });

  it('forwards village receipts to their township, then to the county department', () => {
    let accepted = 0;
    for (const c of cases) {
      const { channel, unit: received, item } = first(c).data;
      expect(channel === 'AGENCY_POINT').toBe(unitTierOf(received.path) === 'VILLAGE');
      if (channel !== 'AGENCY_POINT') continue;
      const a = agg(c);
      const township = TOWNSHIPS.find((t) => received.path.startsWith(t.path))!;
      const [up, county] = a.handoffs;
      if (up) {
        expect(up.from.path).toBe(received.path);
        expect(up.to).toEqual({ id: township.id, path: township.path });
        expect(up.department).toBeNull();
        expect(up.actor.id).toBe(c.events[0]!.actor.id);
      }
      if (county) {
        expect(county.from).toEqual({ id: township.id, path: township.path });
        expect(county.to).toEqual({ id: COUNTY.id, path: COUNTY.path });
        expect(county.department).toEqual({ id: item.departmentId, path: COUNTY.path });
      }
      if (a.acceptedAt) {
        accepted += 1;
        expect(a.handoffs).toHaveLength(2);
      }
    }
    expect(accepted).toBeGreaterThan(200);
  });

  it('decides 即办件 on the day of acceptance and most 承诺件 within the limit', () => {
    const decided = cases.map(agg).filter((a) => a.decidedAt);
    for (const a of decided.filter((x) => x.received.item.kind === 'IMMEDIATE')) {
      expect(toLocalDate(a.decidedAt!)).toBe(toLocalDate(a.acceptedAt!));
    }
    const late = decided.filter((a) => decidedOnTime(calendar, a) === false);
    expect(share(late.length, decided.length)).toBeGreaterThan(0.015);
    expect(share(late.length, decided.length)).toBeLessThan(0.045);
  });

  it('has the expected shares of closures, refusals, stops, extensions and parallel cases', () => {
    const all = cases.map(agg);
    const count = (f: (a: CaseAggregate) => boolean) => share(all.filter(f).length);
    const has = (a: CaseAggregate, type: string) => cases.find((c) => c.id === a.id)!.events.some((e) => e.type === type);
    expect(count((a) => a.state === 'NOT_ACCEPTED')).toBeGreaterThan(0.01);
    expect(count((a) => a.state === 'NOT_ACCEPTED')).toBeLessThan(0.035);
    expect(count((a) => a.state === 'RETURNED')).toBeGreaterThan(0.003);
    expect(count((a) => a.state === 'RETURNED')).toBeLessThan(0.02);
    expect(count((a) => a.state === 'WITHDRAWN')).toBeGreaterThan(0.003);
    expect(count((a) => a.state === 'WITHDRAWN')).toBeLessThan(0.02);
    expect(count((a) => has(a, 'REFUSED'))).toBeGreaterThan(0.018);
    expect(count((a) => has(a, 'REFUSED'))).toBeLessThan(0.045);
    expect(count((a) => a.stops.length > 0)).toBeGreaterThan(0.06);
    expect(count((a) => a.stops.length > 0)).toBeLessThan(0.1);
    expect(count((a) => a.stops.some((s) => s.reason === 'CORRECTION'))).toBeGreaterThan(0.04);
    expect(count((a) => a.extensions.length > 0)).toBeGreaterThan(0.003);
    expect(count((a) => a.extensions.length > 0)).toBeLessThan(0.02);
    for (const a of all) for (const e of a.extensions) expect(e.days).toBeLessThanOrEqual(10);
    const parallel = all.filter((a) => a.subTasks.length > 0);
    expect(share(parallel.length)).toBeGreaterThan(0.018);
    expect(share(parallel.length)).toBeLessThan(0.045);
    for (const a of parallel) {
      expect(a.subTasks.length).toBeGreaterThanOrEqual(2);
      expect(a.subTasks.length).toBeLessThanOrEqual(3);
      expect(new Set(a.subTasks.map((t) => t.department.id)).size).toBe(a.subTasks.length);
      if (a.decidedAt) {
        // Decided by the lifecycle rules when the last sub-task was.
        const events = cases.find((c) => c.id === a.id)!.events;
        const decision = events.find((e) => e.type === 'APPROVED' || e.type === 'REFUSED')!;
        expect(decision.data).toMatchObject({ automatic: true });
        expect(a.subTasks.every((t) => t.state !== 'OPEN')).toBe(true);
      }
    }
    expect(parallel.filter((a) => a.decidedAt).length).toBeGreaterThan(30);
  });

  it('leaves about 1% open and overdue at the end, some escalated, plus recent open cases', () => {
    const all = cases.map(agg);
    const overdue = all.filter((a) => isInProgress(a.state) && (remainingDays(calendar, a, END) ?? 0) < 0);
    expect(share(overdue.length)).toBeGreaterThan(0.004);
    expect(share(overdue.length)).toBeLessThan(0.02);
    expect(overdue.some((a) => a.escalations.length > 0)).toBe(true);
    expect(overdue.some((a) => a.escalations.length === 0)).toBe(true);
    for (const a of all.flatMap((x) => x.escalations)) expect(a.actor.role).toBe('supervisor');
    const open = all.filter((a) => ['RECEIVED', 'ACCEPTED', 'UNDER_REVIEW'].includes(a.state));
    const onTimeOpen = open.filter((a) => !overdue.includes(a));
    expect(onTimeOpen.length).toBeGreaterThan(5);
    const recent = workingDaysBefore(END_DATE, 30);
    for (const a of onTimeOpen) expect(toLocalDate(a.receivedAt) >= recent).toBe(true);
  });

  it('rates about 70% of decided cases with the national mix, and follows up every 差评', () => {
    const all = cases.map(agg);
    const decided = all.filter((a) => a.decidedAt);
    expect(share(decided.filter((a) => a.rating).length, decided.length)).toBeGreaterThan(0.65);
    expect(share(decided.filter((a) => a.rating).length, decided.length)).toBeLessThan(0.75);
    const rated = all.filter((a) => a.rating);
    const level = (n: number) => share(rated.filter((a) => a.rating!.level === n).length, rated.length);
    expect(level(5)).toBeGreaterThan(0.76);
    expect(level(5)).toBeLessThan(0.84);
    expect(level(4)).toBeGreaterThan(0.12);
    expect(level(4)).toBeLessThan(0.18);
    expect(level(1) + level(2)).toBeGreaterThan(0.008);
    expect(level(1) + level(2)).toBeLessThan(0.035);
    expect(all.filter((a) => a.decidedAt && a.state === 'DELIVERED').length / decided.length).toBeGreaterThan(0.85);

    const bad = rated.filter((a) => a.rating!.level <= 2);
    const twoDaysBefore = workingDaysBefore(END_DATE, 2);
    let complete = 0;
    for (const a of bad) {
      const f = a.followup!;
      switch (f.state) {
        case 'RECTIFIED':
          complete += 1;
          expect(f.calledBackAt).not.toBeNull();
          if (f.mode === 'LEDGER') expect(toLocalDate(f.rectifiedAt!) <= f.rectificationDueOn!).toBe(true);
          break;
        case 'RECTIFYING':
          // On the ledger with a deadline still ahead.
          expect(f.rectificationDueOn! >= END_DATE).toBe(true);
          break;
        case 'CALLED_BACK':
          expect(toLocalDate(f.calledBackAt!) >= twoDaysBefore).toBe(true);
          break;
        case 'AWAITING_CALLBACK':
          expect(toLocalDate(a.rating!.at) >= twoDaysBefore).toBe(true);
          break;
      }
    }
    expect(complete).toBeGreaterThanOrEqual(bad.length * 0.8);
  });

  it('acts through plausible staff for the unit they act for', () => {
    const problems: string[] = [];
    for (const c of cases) {
      for (const e of c.events) {
        const where = `${c.id} ${e.type}`;
        if (!/^demo-/.test(e.actor.id) || e.actor.name.length < 2) problems.push(`${where}: actor ${JSON.stringify(e.actor)}`);
        if (!['operator', 'supervisor', 'system'].includes(e.actor.role)) problems.push(`${where}: role ${e.actor.role}`);
        if (e.type === 'FORWARDED' && e.unitPath !== e.data.from.path) problems.push(`${where}: acts for ${e.unitPath}`);
        if (e.type === 'RECEIVED' && e.unitPath !== e.data.unit.path) problems.push(`${where}: acts for ${e.unitPath}`);
        if (e.type === 'ACCEPTED' && e.unitPath !== e.data.department.path) problems.push(`${where}: acts for ${e.unitPath}`);
        if (e.type === 'ESCALATED' && e.actor.role !== 'supervisor') problems.push(`${where}: by ${e.actor.role}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
