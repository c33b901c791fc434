import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, createWorkingCalendar, toLocalDate, type LocalDate } from '../../shared/calendar';
import { createHttpDirectory, type Catalogue, type DepartmentRef, type UnitRef } from '../../shared/departments-directory';
import { secretKey } from '../../shared/viewer';
import { startTestHub, type TestHub } from '../../../tests/support/hub';
import { annualReport, resolveReportSubject } from '../annual-reports';
import { createDisclosuresDb, type DisclosuresDb } from '../db';
import { DEFAULT_BOARD_RULES, boardDueOn, quarterEnd } from '../domain/boards';
import { DEFAULT_PUBLISH_WORKING_DAYS, publishDueOn } from '../domain/proactive-terms';
import {
  DEFAULT_REQUEST_LIMITS,
  foldRequest,
  isOverdue,
  proposeRequestEvent,
  receivedEvent,
  type DisclosureRequest,
  type LifecycleOptions,
  type RequestCommand,
  type RequestEvent,
} from '../domain/request-lifecycle';
import { APPLICANT_TYPES, OUTCOME_GROUPS, OUTCOME_TERMS, REQUEST_CHANNELS } from '../domain/request-terms';
import { itemRow } from '../proactive-writes';
import { newRequestEvents } from '../request-writes';
import { createDisclosuresServices, disclosuresConfig, type DisclosuresServices } from '../services';
import { generateDemoDisclosures, type DemoDisclosures, type DemoRequest } from './demo-disclosures';
import { demoSystemViewer, loadDemoDisclosures } from './load-demo-disclosures';
import { seedDisclosuresDemo } from './seed-demo';

const calendar = createWorkingCalendar();
const lifecycle: LifecycleOptions = { calendar, limits: DEFAULT_REQUEST_LIMITS };
const config = disclosuresConfig({});
const END = new Date('2026-11-22T10:00:00+08:00');
const END_DAY = toLocalDate(END);

// A small county by hand: five townships of four villages, departments the demo knows by name and one it does not.
const unit = (id: string, code: string, name: string, tier: UnitRef['tier'], path: string): UnitRef => ({ id, code, name, tier, path, active: true });
const CITY = unit('u-city', '4307', '常德市', 'CITY', '/4307/');
const COUNTY = unit('u-county', '430721', '安乡县', 'COUNTY', '/4307/430721/');
const TOWNSHIP_NAMES = ['深柳镇', '大湖口镇', '安康乡', '黄山头镇', '安丰乡'];
const TOWNSHIPS = TOWNSHIP_NAMES.map((name, i) => unit(`u-t${i}`, `430721${100 + i}`, name, 'TOWNSHIP', `${COUNTY.path}430721${100 + i}/`));
const VILLAGE_NAMES = ['荷花村', '双河村', '复兴村', '东湖村', '和平村', '新洲村', '陈家嘴村', '永红村', '光明村', '胜利村'];
const VILLAGES = TOWNSHIPS.flatMap((t, i) =>
  [0, 1, 2, 3].map((j) => unit(`u-t${i}-v${j}`, `${t.code}${200 + j}`, `${VILLAGE_NAMES[(i * 4 + j) % VILLAGE_NAMES.length]!.replace('村', '')}${i}${j}村`, 'VILLAGE', `${t.path}${t.code}${200 + j}/`)),
);
const department = (code: string, name: string): DepartmentRef => ({ id: `d-${code}`, code, name, active: true, orgUnit: { id: COUNTY.id, path: COUNTY.path } });
const DEPARTMENTS = [
  department('AX-ZRZYJ', '安乡县自然资源局'),
  department('AX-ZJJ', '安乡县住房和城乡建设局'),
  department('AX-RSJ', '安乡县人力资源和社会保障局'),
  department('AX-SCJGJ', '安乡县市场监督管理局'),
  department('AX-XZSPJ', '安乡县行政审批服务局'),
  department('AX-CZJ', '安乡县财政局'),
  department('AX-TJJ', '安乡县统计局'),
];
const CATALOGUE: Catalogue = { units: [CITY, COUNTY, ...TOWNSHIPS, ...VILLAGES], departments: DEPARTMENTS, items: [] };
const BOARD_UNITS = [...TOWNSHIPS, ...VILLAGES];

const demo = generateDemoDisclosures(CATALOGUE, { end: END, calendar });
const requests = demo.requests;
const finals = requests.map((r) => r.final);
const answered = finals.filter((r) => r.answeredOn !== null);
const SYSTEM = demoSystemViewer(COUNTY);

/** Replays a request through the pure lifecycle, step by step, as the import does; throws on a refusal. */
function replay(r: DemoRequest, asOf: LocalDate = END_DAY): DisclosureRequest {
  const actor = { id: 'check', name: '校验', role: 'system' };
  const receivedOn = r.input.channel === 'IN_PERSON' ? r.input.submittedOn : ((r.input.signedForOn ?? r.input.confirmedOn) as LocalDate);
  const events: RequestEvent[] = [receivedEvent({ channel: r.input.channel, applicantType: r.input.applicantType, submittedOn: r.input.submittedOn, receivedOn }, r.input.recordedOn, actor, calendar, lifecycle.limits)];
  for (const step of r.input.steps) {
    expect(step.on <= asOf).toBe(true);
    const proposal = proposeRequestEvent(foldRequest(events), { ...step, actor } as RequestCommand, lifecycle);
    if (!proposal.ok) throw new Error(`${r.input.summary} ${step.type} ${step.on}: ${JSON.stringify(proposal.errors)}`);
    events.push(...proposal.events);
  }
  return foldRequest(events);
}

const yearOf = (d: string) => Number(d.slice(0, 4));
const count = <T>(list: readonly T[], pred: (x: T) => boolean) => list.filter(pred).length;

describe('generateDemoDisclosures: requests', () => {
  it('sends only histories the import path accepts, each step accepted by the lifecycle, none after the end', () => {
    for (const r of requests) {
      expect(replay(r)).toEqual(r.final);
      const imported = newRequestEvents(r.input, SYSTEM, END_DAY, { calendar, config }, true);
      if (!imported.ok) throw new Error(`${r.input.summary}: ${JSON.stringify(imported.errors)}`);
      expect(foldRequest(imported.events)).toEqual(r.final);
      let previous = r.input.recordedOn;
      for (const step of r.input.steps) {
        expect(step.on >= previous).toBe(true);
        previous = step.on;
      }
      expect(r.final.receivedOn <= END_DAY).toBe(true);
    }
    expect(requests.map((r) => r.final.receivedOn)).toEqual([...requests.map((r) => r.final.receivedOn)].sort());
  });

  it('receives about a hundred requests a year from 2023, to the county government, departments and townships', () => {
    for (const year of [2023, 2024, 2025, 2026]) {
      const n = count(finals, (r) => yearOf(r.receivedOn) === year);
      expect(n).toBeGreaterThanOrEqual(60);
      expect(n).toBeLessThanOrEqual(150);
    }
    expect(finals[0]!.receivedOn >= '2023-01-01').toBe(true);
    expect(count(requests, (r) => r.agency.id === COUNTY.id)).toBeGreaterThan(20);
    expect(new Set(requests.filter((r) => r.agency.kind === 'DEPARTMENT').map((r) => r.agency.id)).size).toBeGreaterThanOrEqual(4);
    expect(new Set(requests.filter((r) => TOWNSHIPS.some((t) => t.id === r.agency.id)).map((r) => r.agency.id)).size).toBeGreaterThanOrEqual(3);
    for (const r of requests) expect(!!r.input.orgUnitId).not.toBe(!!r.input.departmentId);
  });

  it('comes mostly from natural persons, from every kind of organization too, by every channel', () => {
    expect(count(requests, (r) => r.input.applicantType === 'NATURAL_PERSON') / requests.length).toBeGreaterThan(0.7);
    for (const type of APPLICANT_TYPES) expect(count(requests, (r) => r.input.applicantType === type)).toBeGreaterThan(0);
    for (const channel of REQUEST_CHANNELS) expect(count(requests, (r) => r.input.channel === channel)).toBeGreaterThan(0);
    for (const r of requests) {
      expect(r.input.organizationName === null).toBe(r.input.applicantType === 'NATURAL_PERSON');
      expect(r.input.applicantName).toMatch(/^\p{Script=Han}{2,3}$/u);
      expect(r.input.summary).toMatch(/^申请公开/);
      if (r.input.channel === 'POST') expect(r.input.signedForOn! >= r.input.submittedOn).toBe(true);
      if (r.input.channel === 'ONLINE' || r.input.channel === 'FAX') expect(r.input.confirmedOn! >= r.input.submittedOn).toBe(true);
    }
  });

  it('answers with every outcome group of table 三, mostly disclosing', () => {
    const groups = new Set(answered.map((r) => OUTCOME_TERMS[r.outcome!].group));
    expect([...groups].sort()).toEqual([...OUTCOME_GROUPS].sort());
    expect(count(answered, (r) => r.outcome === 'DISCLOSED' || r.outcome === 'PARTIALLY_DISCLOSED') / answered.length).toBeGreaterThan(0.5);
    expect(count(answered, (r) => r.outcome === 'UNABLE_NOT_HELD')).toBeGreaterThan(10);
    expect(count(answered, (r) => r.outcome === 'NOT_PROCESSED_REPEATED')).toBeGreaterThan(5);
    expect(count(answered, (r) => OUTCOME_TERMS[r.outcome!].group === 'NOT_DISCLOSED')).toBeLessThan(answered.length * 0.15);
  });

  it('stops and restarts clocks: corrections received and lapsed, consultations, extensions', () => {
    const corrected = finals.filter((r) => r.correction?.receivedOn);
    expect(corrected.length).toBeGreaterThanOrEqual(5);
    for (const r of corrected) expect(r.clockStartOn).toBe(r.correction!.receivedOn);
    expect(count(corrected, (r) => r.outcome === 'UNABLE_STILL_UNCLEAR')).toBeGreaterThan(0);
    const lapsed = finals.filter((r) => r.correction?.lapsed);
    expect(lapsed.length).toBeGreaterThanOrEqual(5);
    for (const r of lapsed) expect([r.outcome, r.answeredOn]).toEqual(['OTHER_NO_CORRECTION', addCalendarDays(r.correction!.dueOn, 1)]);
    // A period running out after the end is still awaited (the sweep closes it later).
    for (const r of finals.filter((x) => x.state === 'AWAITING_CORRECTION')) expect(addCalendarDays(r.correction!.dueOn, 1) > END_DAY).toBe(true);
    const consulted = finals.flatMap((r) => r.consultations);
    expect(count(consulted, (c) => c.party === 'THIRD_PARTY')).toBeGreaterThan(3);
    expect(count(consulted, (c) => c.party === 'OTHER_AGENCY')).toBeGreaterThan(3);
    expect(count(finals, (r) => r.extensionWorkingDays > 0 && r.answeredOnTime === true && r.answeredOn! > addCalendarDays(r.receivedOn, 28))).toBeGreaterThan(5);
  });

  it('answers a few late, so the on-time rate is high but not 100 %', () => {
    const late = count(answered, (r) => r.answeredOnTime === false);
    expect(late).toBeGreaterThanOrEqual(5);
    expect(late / answered.length).toBeLessThan(0.12);
  });

  it('carries requests from late December over into January (2024 → 2025, 2025 → 2026)', () => {
    for (const year of [2024, 2025]) {
      const carried = finals.filter((r) => yearOf(r.receivedOn) === year && r.answeredOn !== null && yearOf(r.answeredOn) === year + 1);
      expect(carried.length).toBeGreaterThanOrEqual(3);
      expect(carried.some((r) => r.receivedOn >= `${year}-12-15` && r.answeredOn! <= `${year + 1}-01-31`)).toBe(true);
    }
  });

  it('leaves a few requests open and overdue at the end, two of them escalated; every escalation came after a missed deadline', () => {
    const overdue = finals.filter((r) => isOverdue(r, END_DAY));
    expect(overdue.length).toBeGreaterThanOrEqual(3);
    expect(overdue.length).toBeLessThanOrEqual(12);
    expect(count(overdue, (r) => r.escalatedDueOns.includes(r.dueOn!))).toBeGreaterThanOrEqual(2);
    for (const r of requests) {
      for (const step of r.input.steps.filter((s) => s.type === 'ESCALATED')) expect(step.on > r.final.escalatedDueOns[0]!).toBe(true);
    }
    // Open ones are the recent or the overdue: nothing older sits forgotten without a deadline passing.
    for (const r of finals.filter((x) => x.state !== 'ANSWERED')) expect(r.receivedOn >= addCalendarDays(END_DAY, -100)).toBe(true);
  });
});

describe('generateDemoDisclosures: reviews and suits', () => {
  const remedies = requests.flatMap((r) => r.remedies.map((m) => ({ r, m })));

  it('are a handful a year on answered requests, filed after the answer, mostly upheld, some pending', () => {
    for (const year of [2023, 2024, 2025, 2026]) {
      const n = count(remedies, ({ m }) => yearOf(m.filedOn) === year);
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(8);
    }
    for (const { r, m } of remedies) {
      expect(r.final.answeredOn).not.toBeNull();
      expect(m.filedOn >= r.final.answeredOn!).toBe(true);
      expect(m.filedOn <= END_DAY).toBe(true);
      if (m.decision) expect(m.decision.decidedOn >= m.filedOn && m.decision.decidedOn <= END_DAY).toBe(true);
      expect(m.caseNumber).toMatch(/号$/);
    }
    const results = remedies.map(({ m }) => m.decision?.result ?? 'PENDING');
    expect(new Set(results)).toEqual(new Set(['UPHELD', 'CORRECTED', 'OTHER', 'PENDING']));
    expect(count(results, (x) => x === 'UPHELD')).toBeGreaterThan(results.length / 2);
  });

  it('include one suit after a decided review of the same request', () => {
    const suits = remedies.filter(({ m }) => m.kind === 'SUIT_AFTER_REVIEW');
    expect(suits).toHaveLength(1);
    const { r, m } = suits[0]!;
    expect(r.remedies.some((x) => x.kind === 'REVIEW' && x.decision && x.decision.decidedOn <= m.filedOn)).toBe(true);
    expect(count(remedies, ({ m: x }) => x.kind === 'SUIT_DIRECT')).toBeGreaterThan(0);
  });
});

describe('generateDemoDisclosures: proactive items', () => {
  const items = demo.items;
  const services = { calendar, config } as unknown as DisclosuresServices;

  it('are items the write path accepts, published by the end', () => {
    for (const it of items) {
      const agency = { kind: it.agency.kind, id: it.agency.id, name: it.agency.name, path: it.agency.path, departmentId: it.agency.kind === 'DEPARTMENT' ? it.agency.id : null, code: 'X' };
      const row = itemRow(it.input, agency, END_DAY, { services });
      if (!row.ok) throw new Error(`${it.input.title}: ${JSON.stringify(row.errors)}`);
      expect(it.input.publishedOn <= END_DAY).toBe(true);
      if (it.repealedOn) expect(it.repealedOn > it.input.createdOn && it.repealedOn <= END_DAY).toBe(true);
    }
  });

  it('are about 200 everyday items a year across the county government and departments, ~95 % on time, mostly full text', () => {
    for (const year of [2023, 2024, 2025]) {
      const everyday = count(items, (it) => yearOf(it.input.createdOn) === year && !['NORMATIVE_DOCUMENT', 'REGULATION', 'LICENSING_DECISION', 'PENALTY_DECISION', 'ENFORCEMENT_DECISION', 'FEES'].includes(it.input.category));
      // The demo county's forty departments give about 200; this small one, fewer.
      expect(everyday).toBeGreaterThan(100);
      expect(everyday).toBeLessThan(300);
    }
    const onTime = count(items, (it) => it.input.publishedOn <= publishDueOn(calendar, it.input.createdOn, DEFAULT_PUBLISH_WORKING_DAYS));
    expect(onTime / items.length).toBeGreaterThan(0.93);
    expect(onTime / items.length).toBeLessThan(0.995);
    expect(count(items, (it) => it.input.fullTextElectronic) / items.length).toBeGreaterThan(0.85);
    expect(new Set(items.map((it) => it.agency.id))).toContain(COUNTY.id);
    expect(new Set(items.filter((it) => it.agency.kind === 'DEPARTMENT').map((it) => it.agency.id)).size).toBeGreaterThanOrEqual(5);
  });

  it('feed table 二: documents issued and some repealed, monthly decision lists, one or two fee statements a year, no more than one regulation', () => {
    for (const year of [2023, 2024, 2025]) {
      const ofYear = items.filter((it) => yearOf(it.input.createdOn) === year);
      expect(count(ofYear, (it) => it.input.category === 'REGULATION')).toBeLessThanOrEqual(1);
      expect(count(ofYear, (it) => it.input.category === 'NORMATIVE_DOCUMENT' && it.agency.id === COUNTY.id)).toBeGreaterThanOrEqual(2);
      const fees = ofYear.filter((it) => it.input.category === 'FEES');
      expect(fees.length).toBeGreaterThanOrEqual(1);
      expect(fees.length).toBeLessThanOrEqual(2);
      for (const f of fees) expect(Number.isInteger(Math.round(f.input.feeAmountWan! * 10_000))).toBe(true);
      // Each month's list is compiled early in the next month: 2023 starts with January's.
      expect(count(ofYear, (it) => it.input.category === 'LICENSING_DECISION')).toBe(year === 2023 ? 11 : 12);
      expect(count(ofYear, (it) => it.input.category === 'PENALTY_DECISION')).toBeGreaterThanOrEqual(12);
      expect(count(ofYear, (it) => it.input.category === 'ENFORCEMENT_DECISION')).toBeGreaterThan(0);
    }
    for (const it of items.filter((x) => x.input.category.endsWith('_DECISION'))) expect(it.input.decisionCount).toBeGreaterThanOrEqual(1);
    const documents = items.filter((it) => it.input.category === 'NORMATIVE_DOCUMENT');
    expect(count(documents, (it) => it.repealedOn !== null)).toBeGreaterThanOrEqual(2);
    expect(count(documents, (it) => it.input.createdOn < '2023-01-01' && it.repealedOn === null)).toBeGreaterThan(0);
    for (const d of documents) expect(d.input.documentNumber).toMatch(/^安.+〔\d{4}〕\d+号$/);
  });
});

describe('generateDemoDisclosures: boards', () => {
  const quarters = [2024, 2025, 2026].flatMap((year) => ([1, 2, 3, 4] as const).map((quarter) => ({ year, quarter }))).filter((q) => boardDueOn(DEFAULT_BOARD_RULES, q) <= END_DAY);
  const slots = BOARD_UNITS.length * quarters.length;
  const late = demo.postings.filter((p) => p.postedOn > p.dueOn);

  it('has every township and village post each quarter due since 2024 Q1, or miss it', () => {
    expect(quarters).toHaveLength(11);
    expect(demo.postings.length + demo.missingPostings.length).toBe(slots);
    const keys = new Set([...demo.postings, ...demo.missingPostings].map((p) => `${p.unitId}|${p.year}|${p.quarter}`));
    expect(keys.size).toBe(slots);
    for (const p of demo.postings) {
      expect(p.postedOn <= END_DAY).toBe(true);
      expect(p.postedOn >= `${quarterEnd({ year: p.year, quarter: p.quarter as 1 }).slice(0, 7)}-01`).toBe(true);
      expect(p.dueOn).toBe(boardDueOn(DEFAULT_BOARD_RULES, { year: p.year, quarter: p.quarter as 1 }));
      expect(p.contents.length).toBeGreaterThanOrEqual(2);
      expect(p.contents.length).toBeLessThanOrEqual(4);
      for (const c of p.contents) {
        expect(c.heading).toMatch(/^\p{Script=Han}+$/u);
        expect(c.body.length).toBeGreaterThan(10);
      }
    }
    for (const p of late) expect(Number(p.postedOn.slice(8))).toBeLessThanOrEqual(15);
  });

  it('is mostly on time, some late, a few missing, one or two townships noticeably worse', () => {
    expect((demo.postings.length - late.length) / slots).toBeGreaterThan(0.8);
    expect(late.length).toBeGreaterThan(slots * 0.04);
    expect(demo.missingPostings.length).toBeGreaterThan(0);
    expect(demo.missingPostings.length).toBeLessThan(slots * 0.08);
    expect(demo.laggards.length).toBeGreaterThanOrEqual(1);
    expect(demo.laggards.length).toBeLessThanOrEqual(2);
    const unitPath = new Map(BOARD_UNITS.map((u) => [u.id, u.path]));
    const behind = (unitId: string) => demo.laggards.some((t) => unitPath.get(unitId)!.startsWith(t.path));
    const badRate = (lag: boolean) => {
      const mine = [...demo.postings, ...demo.missingPostings].filter((p) => behind(p.unitId) === lag);
      const posted = new Map(demo.postings.map((p) => [`${p.unitId}|${p.year}|${p.quarter}`, p]));
      const bad = count(mine, (slot) => {
        const p = posted.get(`${slot.unitId}|${slot.year}|${slot.quarter}`);
        return !p || p.postedOn > p.dueOn;
      });
      return bad / mine.length;
    };
    expect(badRate(true)).toBeGreaterThan(3 * badRate(false));
  });
});

describe('generateDemoDisclosures: annual reports', () => {
  it('publishes the 2024 reports of the county and two departments in early 2025 (one department late) and leaves the county’s 2025 draft', () => {
    const of2024 = demo.reports.filter((r) => r.subject.year === 2024);
    expect(of2024).toHaveLength(3);
    const county = of2024.find((r) => r.subject.orgUnitId === COUNTY.id)!;
    expect(county.dueOn).toBe('2025-03-31');
    expect(county.publishedOn! >= '2025-01-01' && county.publishedOn! <= '2025-03-31').toBe(true);
    const departments = of2024.filter((r) => r.subject.departmentId);
    expect(departments.map((r) => r.dueOn)).toEqual(['2025-01-31', '2025-01-31']);
    expect(departments.map((r) => r.publishedOn! > r.dueOn)).toEqual([false, true]);
    for (const r of departments) expect(r.publishedOn! >= '2025-01-01' && r.publishedOn! <= '2025-03-31').toBe(true);
    const of2025 = demo.reports.filter((r) => r.subject.year === 2025);
    expect(of2025.map((r) => [r.subject.orgUnitId, r.publishedOn])).toEqual([[COUNTY.id, null]]);
    for (const r of demo.reports) {
      for (const text of [r.narrative.overview, r.narrative.problems, r.narrative.other]) expect(text).toMatch(/^[\p{Script=Han}\d（）“”《》，。、；：%.]+$/u);
      expect(r.narrative.overview).toContain(`${r.subject.year}年`);
    }
  });
});

describe('generateDemoDisclosures: determinism and other ends', () => {
  it('is deterministic for a seed', () => {
    const again = generateDemoDisclosures(CATALOGUE, { end: END, calendar, seed: 7 });
    expect(generateDemoDisclosures(CATALOGUE, { end: END, calendar, seed: 7 })).toEqual(again);
    expect(generateDemoDisclosures(CATALOGUE, { end: END, calendar, seed: 8 }).requests.map((r) => r.final.receivedOn)).not.toEqual(again.requests.map((r) => r.final.receivedOn));
  });

  it('fits other ends: mid-2025, the last days of the calendar’s years, a year it does not cover', () => {
    for (const end of [new Date('2025-06-10T09:00:00+08:00'), new Date('2026-12-30T16:00:00+08:00'), new Date('2027-03-01T09:00:00+08:00')]) {
      const day = toLocalDate(end);
      const other: DemoDisclosures = generateDemoDisclosures(CATALOGUE, { end, calendar });
      expect(other.requests.length).toBeGreaterThan(100);
      for (const r of other.requests) expect(replay(r, day)).toEqual(r.final);
      for (const it of other.items) expect(it.input.publishedOn <= day).toBe(true);
      for (const p of other.postings) expect(p.postedOn <= day).toBe(true);
      for (const r of other.reports) if (r.publishedOn) expect(r.publishedOn <= day).toBe(true);
    }
  });
});

// ---------------------------------------------------------------------------
// Loading through the write paths
// ---------------------------------------------------------------------------

describe('seedDisclosuresDemo', () => {
  // The real departments subgraph (a test hub with the demo county, no activity): the seed reads
  // its reference data over HTTP like any other write.
  let hub: TestHub;
  let dbUrl: string;
  let db: DisclosuresDb;
  let url: string;
  let signingKey: Uint8Array;
  let real: DemoDisclosures;

  beforeAll(async () => {
    hub = await startTestHub();
    dbUrl = hub.databaseUrls.disclosures;
    db = createDisclosuresDb(dbUrl);
    url = `${hub.url}/subgraphs/departments/graphql`;
    signingKey = secretKey(hub.secrets.signingSecret);
    const catalogue = await createHttpDirectory({ url, signingKey, caller: 'test' }).catalogue();
    real = generateDemoDisclosures(catalogue, { end: END, calendar });
  }, 120_000);

  afterAll(async () => {
    await db?.$disconnect();
    await hub?.close();
  });

  const servicesAt = (end: Date) => ({ ...createDisclosuresServices(db, { databaseUrl: dbUrl, signingKey, peers: { departments: url }, env: {}, log: () => {} }), now: () => end });

  it('throws on a write the rules refuse, and writes nothing', async () => {
    const first = real.requests.find((r) => r.input.channel === 'IN_PERSON')!;
    const broken: DemoDisclosures = { ...real, requests: [{ ...first, input: { ...first.input, submittedOn: '2026-12-01' as LocalDate, recordedOn: '2026-12-01' as LocalDate } }] };
    await expect(loadDemoDisclosures(db, servicesAt(END), broken)).rejects.toThrow(/DATE_IN_FUTURE/);
    expect(await db.disclosureRequest.count()).toBe(0);
  });

  it('writes every request, case, item, posting and report through the write paths with no refusal; runs once', async () => {
    const options = { databaseUrl: dbUrl, signingKey, departmentsUrl: url, end: END, env: {} };
    const summary = await seedDisclosuresDemo(db, options);
    const finals = real.requests.map((r) => r.final);
    expect(summary).toEqual({
      requests: real.requests.length,
      open: count(finals, (r) => r.state !== 'ANSWERED'),
      overdue: count(finals, (r) => isOverdue(r, END_DAY)),
      escalated: count(finals, (r) => r.dueOn !== null && r.escalatedDueOns.includes(r.dueOn)),
      items: real.items.length,
      postings: real.postings.length,
      remedies: real.requests.reduce((n, r) => n + r.remedies.length, 0),
      reportsPublished: 3,
    });
    expect(summary!.overdue).toBeGreaterThanOrEqual(3);

    // Each request ends where its generated history leads.
    const key = (agencyId: string, receivedOn: string, state: string, dueOn: string | null, answeredOn: string | null, outcome: string | null) => [agencyId, receivedOn, state, dueOn, answeredOn, outcome].join('|');
    const rows = await db.disclosureRequest.findMany({ select: { agencyId: true, receivedOn: true, state: true, dueOn: true, answeredOn: true, outcome: true } });
    expect(rows.map((r) => key(r.agencyId, r.receivedOn, r.state, r.dueOn, r.answeredOn, r.outcome)).sort()).toEqual(
      real.requests.map((r) => key(r.agency.id, r.final.receivedOn, r.final.state, r.final.dueOn, r.final.answeredOn, r.final.outcome)).sort(),
    );
    expect(await db.disclosureRequestEvent.count()).toBe(real.requests.reduce((n, r) => n + 1 + r.input.steps.length, 0));
    expect(await db.proactiveItem.count({ where: { repealedOn: { not: null } } })).toBe(count(real.items, (it) => it.repealedOn !== null));
    expect(await db.remedy.count({ where: { result: { not: null } } })).toBe(real.requests.flatMap((r) => r.remedies).filter((m) => m.decision).length);
    expect(await db.boardPosting.count({ where: { onTime: false } })).toBe(count(real.postings, (p) => p.postedOn > p.dueOn));

    // The county's 2024 report froze balanced figures with requests carried into 2025; its 2025
    // draft takes them as 上年结转 and balances too, with requests carried into 2026.
    const ctx = { db, viewer: demoSystemViewer(real.county), services: servicesAt(END) };
    const county = real.reports.find((r) => r.subject.orgUnitId === real.county.id && r.subject.year === 2024)!;
    const subject = async (year: number) => {
      const resolved = await resolveReportSubject(ctx, { ...county.subject, year });
      if (!resolved.ok) throw new Error(JSON.stringify(resolved.errors));
      return resolved.subject;
    };
    const total = (report: Awaited<ReturnType<typeof annualReport>>, code: string) => report.tableThree.find((r) => r.code === code)!.cells.at(-1)!;
    const y2024 = await annualReport(ctx, await subject(2024));
    expect(y2024).toMatchObject({ frozen: true, publishedOn: county.publishedOn, late: false });
    expect(y2024.check.passed).toBe(true);
    expect(total(y2024, 'CARRIED_FORWARD')).toBeGreaterThan(0);
    expect(y2024.narrative.overview).toBe(county.narrative.overview);
    const y2025 = await annualReport(ctx, await subject(2025));
    expect(y2025.frozen).toBe(false);
    expect(y2025.check.passed).toBe(true);
    expect(total(y2025, 'CARRIED_OVER')).toBe(total(y2024, 'CARRIED_FORWARD'));
    expect(total(y2025, 'CARRIED_FORWARD')).toBeGreaterThan(0);
    expect(y2024.tableFour.reduce((n, row) => n + row.cells.at(-1)!, 0)).toBeGreaterThan(0);
    expect(y2024.proactive.normativeDocuments.issued).toBeGreaterThan(0);
    expect(y2024.proactive.feesWan).toBeGreaterThan(0);
    // The departments' reports: the land bureau's quarterly penalty lists, one published late.
    const departments = await Promise.all(
      real.reports
        .filter((r) => r.subject.departmentId && r.subject.year === 2024)
        .map(async (r) => {
          const resolved = await resolveReportSubject(ctx, r.subject);
          if (!resolved.ok) throw new Error(JSON.stringify(resolved.errors));
          return annualReport(ctx, resolved.subject);
        }),
    );
    expect(departments.map((r) => [r.frozen, r.late, r.check.passed])).toEqual([
      [true, false, true],
      [true, true, true],
    ]);
    expect(departments[0]!.proactive.penalties).toBeGreaterThan(0);

    expect(await seedDisclosuresDemo(db, options)).toBeNull();
    expect(await db.disclosureRequest.count()).toBe(real.requests.length);
  }, 120_000);
});
