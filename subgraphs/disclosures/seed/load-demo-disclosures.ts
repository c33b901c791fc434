// Writes generated demo disclosures (demo-disclosures.ts) into an empty disclosures database
// through the real write paths, as an application platform and the offices would: requests with
// their histories through recordRequests (an import, in batches), reviews and suits through
// recordRemedy and decideRemedy, items through recordProactiveItems and repealDocument, each board
// posting through recordBoardPostings, and the annual reports through saveNarrative and
// publishReport — last, so the figures a report freezes are those of every record it counts. Any
// refused write throws: a demo that silently loses rows is a defect.
import { toLocalDate } from '../../shared/calendar';
import type { UnitRef } from '../../shared/departments-directory';
import type { UserError } from '../../shared/errors';
import type { Viewer } from '../../shared/viewer';
import { publishReport, resolveReportSubject, saveNarrative } from '../annual-reports';
import { decideRemedy, recordBoardPostings, recordRemedy } from '../board-and-remedy-writes';
import type { DisclosuresDb } from '../db';
import { OPEN_REQUEST_STATES } from '../domain/request-lifecycle';
import { recordProactiveItems, repealDocument } from '../proactive-writes';
import { recordRequests, type WriteContext } from '../request-writes';
import type { DisclosuresServices } from '../services';
import type { DemoDisclosures } from './demo-disclosures';

/** The demo writes as an application platform would: a system with write access to the county. */
export function demoSystemViewer(county: UnitRef): Viewer {
  return {
    sub: 'system:disclosures-demo',
    name: '演示数据导入 / demo data import',
    role: 'system',
    scopePath: county.path,
    orgUnitCode: county.code,
    departmentId: null,
    permissions: ['read', 'write'],
    locale: 'zh-CN',
  };
}

/** Requests per recordRequests call (one transaction each; the API's own limit is 500). */
const REQUEST_BATCH = 200;
/** Items per recordProactiveItems call. */
const ITEM_BATCH = 500;
const POSTING_BATCH = 500;

export interface DisclosuresDemoSummary {
  requests: number;
  /** Not yet answered at the end. */
  open: number;
  /** Open and past the deadline at the end. */
  overdue: number;
  /** Escalated (督办) at least once. */
  escalated: number;
  items: number;
  postings: number;
  /** Reviews and suits. */
  remedies: number;
  reportsPublished: number;
}

/**
 * Lets timers and sockets run between writes. The SQLite driver answers synchronously, so a
 * long import would otherwise run on microtasks alone for many seconds: the hub (already
 * listening) could not answer, and idle keep-alive connections would outlive the server's timeout
 * unnoticed, failing the next call to another subgraph with ECONNRESET.
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

const describe = (errors: readonly UserError[]) => errors.map((e) => `${e.field} ${e.rule}: ${e.messageEn}`).join('; ');

function check(what: string, outcome: { userErrors: UserError[] }) {
  if (outcome.userErrors.length > 0) throw new Error(`demo disclosures: ${what} refused: ${describe(outcome.userErrors)}`);
}

/**
 * Loads the demo into an empty database; null if any request exists. `services.now()` is the
 * demo's end: the day the import runs as far as the write rules are concerned.
 */
export async function loadDemoDisclosures(db: DisclosuresDb, services: DisclosuresServices, demo: DemoDisclosures): Promise<DisclosuresDemoSummary | null> {
  if ((await db.disclosureRequest.findFirst({ select: { id: true } })) !== null) return null;
  const ctx: WriteContext = { db, viewer: demoSystemViewer(demo.county), services };
  const none = { idempotencyKey: null };

  // Requests with their steps, in order of receipt.
  const requestIds: string[] = [];
  for (let start = 0; start < demo.requests.length; start += REQUEST_BATCH) {
    const inputs = demo.requests.slice(start, start + REQUEST_BATCH).map((r) => r.input);
    const outcome = await recordRequests(ctx, inputs, { operation: 'importDisclosureRequests', input: inputs, ...none, fieldPrefix: (i) => `batch.${start + i}.`, imported: true });
    check(`requests ${start}–${start + inputs.length - 1}`, outcome);
    if (outcome.requestIds.length !== inputs.length) throw new Error(`demo disclosures: ${inputs.length} requests sent, ${outcome.requestIds.length} recorded`);
    requestIds.push(...outcome.requestIds);
    await breathe();
  }

  // Reviews and suits in filing order, each decided when its decision is known (a suit after
  // review needs the review decided first).
  const remedies = demo.requests
    .flatMap((r, i) => r.remedies.map((m) => ({ requestId: requestIds[i]!, m })))
    .sort((a, b) => a.m.filedOn.localeCompare(b.m.filedOn));
  for (const { requestId, m } of remedies) {
    const input = { requestId, kind: m.kind, body: m.body, caseNumber: m.caseNumber, filedOn: m.filedOn };
    const recorded = await recordRemedy(ctx, input, { operation: 'recordDisclosureRemedy', input, ...none });
    check(`${m.kind} ${m.caseNumber}`, recorded);
    if (m.decision) {
      const decision = { remedyId: recorded.remedyId!, result: m.decision.result, decidedOn: m.decision.decidedOn, note: m.decision.note };
      check(`decision of ${m.caseNumber}`, await decideRemedy(ctx, decision, { operation: 'decideDisclosureRemedy', input: decision, ...none }));
    }
    await breathe();
  }

  // Proactive items, then the repeals of documents no longer in force.
  const itemIds: string[] = [];
  for (let start = 0; start < demo.items.length; start += ITEM_BATCH) {
    const inputs = demo.items.slice(start, start + ITEM_BATCH).map((it) => it.input);
    const outcome = await recordProactiveItems(ctx, inputs, { operation: 'recordProactiveItems', input: inputs, ...none });
    check(`items ${start}–${start + inputs.length - 1}`, outcome);
    itemIds.push(...outcome.itemIds);
    await breathe();
  }
  for (const [i, item] of demo.items.entries()) {
    if (!item.repealedOn) continue;
    const input = { itemId: itemIds[i]!, repealedOn: item.repealedOn };
    check(`repeal of ${item.input.title}`, await repealDocument(ctx, input.itemId, input.repealedOn, { operation: 'repealDisclosureDocument', input, ...none }));
  }

  // Board postings in batches, as a township records its villages' quarter.
  for (let start = 0; start < demo.postings.length; start += POSTING_BATCH) {
    const inputs = demo.postings.slice(start, start + POSTING_BATCH).map(({ dueOn: _dueOn, ...input }) => input);
    check(`board postings ${start}–${start + inputs.length - 1}`, await recordBoardPostings(ctx, inputs, { operation: 'recordDisclosureBoardPostings', input: inputs, ...none, fieldPrefix: (i) => `batch.${i}.` }));
    await breathe();
  }

  // Annual reports: narratives first (a published report can no longer be edited), then publication.
  let reportsPublished = 0;
  for (const report of demo.reports) {
    const subject = await resolveReportSubject(ctx, report.subject);
    if (!subject.ok) throw new Error(`demo disclosures: report subject refused: ${describe(subject.errors)}`);
    const what = `${report.agency.name} ${report.subject.year} report`;
    check(what, await saveNarrative(ctx, subject.subject, report.narrative, { operation: 'saveAnnualReportNarrative', input: report, ...none }));
    if (report.publishedOn) {
      check(`publication of ${what}`, await publishReport(ctx, subject.subject, report.publishedOn, { operation: 'publishAnnualReport', input: report, ...none }));
      reportsPublished += 1;
    }
  }

  const today = toLocalDate(services.now());
  const open = { state: { in: [...OPEN_REQUEST_STATES] } };
  const [requests, openCount, overdue, escalated, items, postings, remedyCount] = await Promise.all([
    db.disclosureRequest.count(),
    db.disclosureRequest.count({ where: open }),
    db.disclosureRequest.count({ where: { ...open, dueOn: { lt: today } } }),
    db.disclosureRequest.count({ where: { escalated: true } }),
    db.proactiveItem.count(),
    db.boardPosting.count(),
    db.remedy.count(),
  ]);
  return { requests, open: openCount, overdue, escalated, items, postings, remedies: remedyCount, reportsPublished };
}
