// The annual report of one agency (or a unit with everything below it) and year: its counts from
// the records (grouped queries), or the counts frozen when it was published; the narrative the
// office writes; publication. Next year's 二 上年结转 comes from this year's published 四 when there
// is one — so a record entered after publication shows as a failed 勾稽 check, not silently.
import { dateFormatError } from '../shared/input-dates';
import { randomUUID } from 'node:crypto';
import { parseLocalDate, toLocalDate } from '../shared/calendar';
import { referenceCache } from '../shared/departments-directory';
import { notFoundError, userError, type UserError } from '../shared/errors';
import { subtreeRangeWhere } from '../shared/scope';
import type { Viewer } from '../shared/viewer';
import { writeTransaction } from '../shared/write-transaction';
import { Refused } from '../shared/write-retry';
import type { DisclosuresDb } from './db';
import { mayRead, NOT_YOURS, writesFor } from './disclosure-access';
import { buildAnnualReport, reportDueOn, zeroColumns, type AnnualReport, type ColumnCounts, type NarrativeSections, type ReportCounts, type ReportSubjectKind } from './domain/annual-report';
import { OUTCOMES, REMEDY_KINDS, REMEDY_RESULTS, type ApplicantType, type Outcome, type RemedyKind, type RemedyResult } from './domain/request-terms';
import type { DisclosuresServices } from './services';

export interface ReportSubjectInput {
  orgUnitId?: string | null;
  departmentId?: string | null;
  year: number;
  /** Units only: include the units below and all their departments (全县汇总). */
  includeSubordinates?: boolean | null;
}

export interface ReportSubject {
  kind: ReportSubjectKind;
  id: string;
  name: string;
  tier: string | null;
  path: string;
  departmentId: string | null;
  year: number;
  includesSubordinates: boolean;
}

interface Ctx {
  db: DisclosuresDb;
  viewer: Viewer;
  services: DisclosuresServices;
}

/** The subject an input names, or the rule it breaks; refused when the viewer may not read it. */
export async function resolveReportSubject(ctx: Ctx, input: ReportSubjectInput): Promise<{ ok: true; subject: ReportSubject } | { ok: false; errors: UserError[] }> {
  const refuse = (...errors: UserError[]) => ({ ok: false as const, errors });
  if (!!input.orgUnitId === !!input.departmentId) return refuse(userError('orgUnitId', 'ONE_SUBJECT', '请在单位与部门中选择且只选择一个', 'name exactly one org unit or department'));
  if (!Number.isInteger(input.year) || input.year < 2008 || input.year > 2100) return refuse(userError('year', 'YEAR', '年度无效（条例自2008年施行）', 'invalid year (the regulations apply from 2008)'));
  const refs = referenceCache(ctx.services.directory);
  const includesSubordinates = input.includeSubordinates ?? false;
  let subject: ReportSubject;
  if (input.departmentId) {
    if (includesSubordinates) return refuse(userError('includeSubordinates', 'UNITS_ONLY', '部门报告不含下级汇总', 'a department report has no subordinates'));
    const d = await refs.department(input.departmentId);
    if (!d) return refuse(notFoundError('departmentId', '部门', 'department'));
    subject = { kind: 'DEPARTMENT', id: d.id, name: d.name, tier: null, path: d.orgUnit.path, departmentId: d.id, year: input.year, includesSubordinates };
  } else {
    const u = await refs.unit(input.orgUnitId!);
    if (!u) return refuse(notFoundError('orgUnitId', '单位', 'org unit'));
    if (u.tier === 'VILLAGE') return refuse(userError('orgUnitId', 'NO_ANNUAL_REPORT', '村（社区）不编制政府信息公开年度报告（见村务公开）', 'villages publish no annual report (see their boards)'));
    subject = { kind: 'ORG_UNIT', id: u.id, name: u.name, tier: u.tier, path: u.path, departmentId: null, year: input.year, includesSubordinates };
  }
  // A department's operator reads its own department's report only (mayRead compares departments).
  if (!mayRead(ctx.viewer, { agencyPath: subject.path, departmentId: subject.departmentId })) {
    return refuse(userError(input.departmentId ? 'departmentId' : 'orgUnitId', 'OUT_OF_SCOPE', '该单位不在您的管辖范围内', 'the unit is outside your org scope'));
  }
  return { ok: true, subject };
}

/**
 * Records of the subject: the department, the government itself (its own records, not its
 * departments'), or the subtree (every government and department in it). Columns every
 * disclosure model has, so one clause serves requests, items and remedies.
 */
function agencyWhere(s: ReportSubject) {
  if (s.kind === 'DEPARTMENT') return { departmentId: s.id };
  if (s.includesSubordinates) return subtreeRangeWhere('agencyPath', s.path);
  return { agencyId: s.id, departmentId: null };
}

const byApplicant = (rows: { applicantType: string; _count: { _all: number } }[]): ColumnCounts => {
  const c = zeroColumns();
  for (const r of rows) c[r.applicantType as ApplicantType] += r._count._all;
  return c;
};

/** The subject's counts for its year from the records: one grouped query per table part. */
export async function countsFromRecords(db: DisclosuresDb, s: ReportSubject, carriedOverOverride: ColumnCounts | null): Promise<ReportCounts> {
  const start = `${s.year}-01-01`;
  const end = `${s.year}-12-31`;
  const where = agencyWhere(s);
  const requests = (extra: object) => db.disclosureRequest.groupBy({ by: ['applicantType'], where: { AND: [where, extra] }, _count: { _all: true } });
  const [received, carriedOver, outcomes, carriedForward, documents, decisions, fees, remedies] = await Promise.all([
    requests({ receivedOn: { gte: start, lte: end } }),
    carriedOverOverride ? Promise.resolve([]) : requests({ receivedOn: { lt: start }, OR: [{ answeredOn: null }, { answeredOn: { gte: start } }] }),
    db.disclosureRequest.groupBy({ by: ['outcome', 'applicantType'], where: { AND: [where, { answeredOn: { gte: start, lte: end } }] }, _count: { _all: true } }),
    requests({ receivedOn: { lte: end }, OR: [{ answeredOn: null }, { answeredOn: { gt: end } }] }),
    db.proactiveItem.findMany({ where: { AND: [where, { category: { in: ['REGULATION', 'NORMATIVE_DOCUMENT'] }, issuedOn: { lte: end } }] }, select: { category: true, issuedOn: true, repealedOn: true } }),
    db.proactiveItem.groupBy({ by: ['category'], where: { AND: [where, { category: { in: ['LICENSING_DECISION', 'PENALTY_DECISION', 'ENFORCEMENT_DECISION'] }, createdOn: { gte: start, lte: end } }] }, _sum: { decisionCount: true } }),
    db.proactiveItem.aggregate({ where: { AND: [where, { category: 'FEES', createdOn: { gte: start, lte: end } }] }, _sum: { feeAmountYuan: true } }),
    db.remedy.findMany({ where: { AND: [where, { filedOn: { gte: start, lte: end } }] }, select: { kind: true, result: true, decidedOn: true } }),
  ]);
  const outcomeCounts = Object.fromEntries(OUTCOMES.map((o) => [o, zeroColumns()])) as Record<Outcome, ColumnCounts & Record<ApplicantType, number>>;
  for (const r of outcomes) if (r.outcome) outcomeCounts[r.outcome as Outcome][r.applicantType as ApplicantType] += r._count._all;
  const docCounts = (category: string) => {
    const docs = documents.filter((d) => d.category === category);
    return {
      issued: docs.filter((d) => d.issuedOn! >= start).length,
      repealed: docs.filter((d) => d.repealedOn && d.repealedOn >= start && d.repealedOn <= end).length,
      inForce: docs.filter((d) => !d.repealedOn || d.repealedOn > end).length,
    };
  };
  const decided = (category: string) => decisions.find((d) => d.category === category)?._sum.decisionCount ?? 0;
  const remedyCounts = Object.fromEntries(REMEDY_KINDS.map((k) => [k, Object.fromEntries(REMEDY_RESULTS.map((r) => [r, 0]))])) as Record<RemedyKind, Record<RemedyResult, number>>;
  // As the year ended: a result reached after 31 December was still pending in this year's report.
  for (const m of remedies) remedyCounts[m.kind as RemedyKind][m.result && m.decidedOn && m.decidedOn <= end ? (m.result as RemedyResult) : 'PENDING'] += 1;
  return {
    proactive: {
      regulations: docCounts('REGULATION'),
      normativeDocuments: docCounts('NORMATIVE_DOCUMENT'),
      licensing: decided('LICENSING_DECISION'),
      penalties: decided('PENALTY_DECISION'),
      enforcement: decided('ENFORCEMENT_DECISION'),
      feesWan: (fees._sum.feeAmountYuan ?? 0) / 10_000,
    },
    requests: { received: byApplicant(received), carriedOver: carriedOverOverride ?? byApplicant(carriedOver), outcomes: outcomeCounts, carriedForward: byApplicant(carriedForward) },
    remedies: remedyCounts,
  };
}

const recordKey = (s: ReportSubject, year = s.year) => ({ subjectKind: s.kind, subjectId: s.id, year, includesSubordinates: s.includesSubordinates });

/** Last year's published 四 结转下年度, when last year's report was published: this year's 二 comes from it. */
async function publishedCarryForward(db: DisclosuresDb, s: ReportSubject): Promise<ColumnCounts | null> {
  const previous = await db.annualReportRecord.findUnique({ where: { subjectKind_subjectId_year_includesSubordinates: recordKey(s, s.year - 1) } });
  return previous?.frozenCounts ? (JSON.parse(previous.frozenCounts) as ReportCounts).requests.carriedForward : null;
}

/** The report as it stands: frozen figures when published, live ones otherwise. */
export async function annualReport(ctx: Ctx, s: ReportSubject): Promise<AnnualReport> {
  const [record, lastPublished] = await Promise.all([
    ctx.db.annualReportRecord.findUnique({ where: { subjectKind_subjectId_year_includesSubordinates: recordKey(s) } }),
    publishedCarryForward(ctx.db, s),
  ]);
  const frozen = record?.frozenCounts ? (JSON.parse(record.frozenCounts) as ReportCounts) : null;
  const counts = frozen ?? (await countsFromRecords(ctx.db, s, lastPublished));
  const narrative: NarrativeSections = { overview: record?.overview ?? '', problems: record?.problems ?? '', other: record?.other ?? '' };
  return buildAnnualReport(counts, {
    subject: { kind: s.kind, id: s.id, name: s.name, tier: s.tier },
    year: s.year,
    includesSubordinates: s.includesSubordinates,
    dueOn: reportDueOn(ctx.services.config.reportDueDates, s.year, s),
    publishedOn: record?.publishedOn ?? null,
    frozen: frozen !== null,
    narrative,
    today: toLocalDate(ctx.services.now()),
  });
}

type Request = { operation: string; input: unknown; idempotencyKey: string | null | undefined };

/** Edits the narrative sections (一, 五, 六) of a report not yet published. */
export async function saveNarrative(ctx: Ctx, s: ReportSubject, sections: Partial<NarrativeSections>, request: Request) {
  const refused = (userErrors: UserError[]) => ({ ok: false, userErrors });
  if (!writesFor(ctx.viewer, { agencyPath: s.path, departmentId: s.departmentId })) return refused([NOT_YOURS('input.orgUnitId')]);
  return writeTransaction(
    ctx,
    request,
    async (tx) => {
      const key = recordKey(s);
      const existing = await tx.annualReportRecord.findUnique({ where: { subjectKind_subjectId_year_includesSubordinates: key } });
      if (existing?.publishedOn) throw new Refused([userError('input.year', 'PUBLISHED', `该报告已于${existing.publishedOn}发布，不能再修改`, `published on ${existing.publishedOn}; it can no longer be edited`)]);
      const text = Object.fromEntries(Object.entries(sections).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => [k, (v as string).trim()]));
      await tx.annualReportRecord.upsert({
        where: { subjectKind_subjectId_year_includesSubordinates: key },
        create: { id: randomUUID(), ...key, subjectPath: s.path, ...text, updatedBy: ctx.viewer.sub },
        update: { ...text, updatedBy: ctx.viewer.sub },
      });
      return { ok: true, userErrors: [] };
    },
    refused,
  );
}

/** 发布 — freezes the figures as they are on the day; published once, after the year ended. */
export async function publishReport(ctx: Ctx, s: ReportSubject, publishedOnInput: string, request: Request) {
  const refused = (userErrors: UserError[]) => ({ ok: false, userErrors });
  if (!writesFor(ctx.viewer, { agencyPath: s.path, departmentId: s.departmentId })) return refused([NOT_YOURS('input.orgUnitId')]);
  const publishedOn = parseLocalDate(publishedOnInput);
  const today = toLocalDate(ctx.services.now());
  if (!publishedOn) return refused([dateFormatError('input.publishedOn')]);
  if (publishedOn > today) return refused([userError('input.publishedOn', 'DATE_IN_FUTURE', '发布日期不能晚于今天', 'the publication day cannot be in the future')]);
  if (publishedOn <= `${s.year}-12-31`) return refused([userError('input.publishedOn', 'YEAR_NOT_ENDED', `${s.year}年度报告须在该年度结束后发布`, `the ${s.year} report is published after the year ends`)]);
  return writeTransaction(
    ctx,
    request,
    async (tx) => {
      const key = recordKey(s);
      const existing = await tx.annualReportRecord.findUnique({ where: { subjectKind_subjectId_year_includesSubordinates: key } });
      if (existing?.publishedOn) throw new Refused([userError('input.year', 'PUBLISHED', `该报告已于${existing.publishedOn}发布`, `already published on ${existing.publishedOn}`)]);
      const counts = await countsFromRecords(tx as unknown as DisclosuresDb, s, await publishedCarryForward(tx as unknown as DisclosuresDb, s));
      await tx.annualReportRecord.upsert({
        where: { subjectKind_subjectId_year_includesSubordinates: key },
        create: { id: randomUUID(), ...key, subjectPath: s.path, publishedOn, frozenCounts: JSON.stringify(counts), updatedBy: ctx.viewer.sub },
        update: { publishedOn, frozenCounts: JSON.stringify(counts), updatedBy: ctx.viewer.sub },
      });
      return { ok: true, userErrors: [] };
    },
    refused,
  );
}
