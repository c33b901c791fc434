// Writes generated demo inspections (demo-inspections.ts) into an empty inspections database
// through the real write paths, as an import from another system would: recordInspections in
// batches (scores, findings and rectifications computed there), then every rectification step
// through takeRectificationStep, then the quarter grades through issueQuarterlyGrades, each on the
// day a supervision office would issue them. Any refused write throws: a demo that silently loses
// rows is a defect.
import { toLocalDate } from '../../shared/calendar';
import type { UserError } from '../../shared/errors';
import type { Viewer } from '../../shared/viewer';
import type { InspectionsDb } from '../db';
import { ACTIVE_STATES } from '../domain/rectification';
import { issueQuarterlyGrades } from '../quarterly-grades';
import { recordInspections } from '../record-inspections';
import { takeRectificationStep, type StepCommand } from '../rectification-steps';
import type { InspectionsServices } from '../services';
import type { DemoInspections } from './demo-inspections';

/** The demo writes as a supervision platform would: a system with write access to the whole tree. */
export const DEMO_SYSTEM_VIEWER: Viewer = {
  sub: 'system:inspections-demo',
  name: '演示数据导入 / demo data import',
  role: 'system',
  scopePath: '/',
  orgUnitCode: null,
  departmentId: null,
  permissions: ['read', 'write', 'personal-data'],
  locale: 'zh-CN',
};

/** Inspections per recordInspections call (one transaction each). */
const BATCH = 50;

const STEP_OPERATIONS: Readonly<Record<StepCommand['type'], string>> = {
  PROGRESS_REPORTED: 'reportRectificationProgress',
  SUBMITTED: 'submitRectification',
  VERIFIED: 'verifyRectification',
  REJECTED: 'rejectRectification',
  ESCALATED: 'escalateRectification',
};

export interface InspectionsDemoSummary {
  inspections: number;
  findings: number;
  rectifications: number;
  steps: number;
  verified: number;
  /** Open (the owner still has to act) and past the deadline at the end. */
  overdue: number;
  /** Rectifications escalated (督办) at least once. */
  escalated: number;
  /** 监察建议书 issued. */
  notices: number;
}

const describe = (errors: readonly UserError[]) => errors.map((e) => `${e.field} ${e.rule}: ${e.messageEn}`).join('; ');

/**
 * Loads the demo into an empty database; null if any inspection exists. `services.now()` is the
 * demo's end: the day the import runs as far as the write rules are concerned.
 */
export async function loadDemoInspections(db: InspectionsDb, services: InspectionsServices, demo: DemoInspections): Promise<InspectionsDemoSummary | null> {
  if ((await db.inspection.findFirst({ select: { id: true } })) !== null) return null;
  const end = services.now();
  const ctx = { db, viewer: DEMO_SYSTEM_VIEWER, services };

  const inspectionIds: string[] = [];
  let findings = 0;
  for (let start = 0; start < demo.inspections.length; start += BATCH) {
    const inputs = demo.inspections.slice(start, start + BATCH).map((d) => d.input);
    const outcome = await recordInspections(ctx, inputs, {
      operation: 'importInspections',
      input: inputs,
      idempotencyKey: null,
      fieldPrefix: (i) => `batch.${start + i}.`,
      imported: true,
    });
    if (outcome.userErrors.length > 0) throw new Error(`demo inspections refused: ${describe(outcome.userErrors)}`);
    if (outcome.inspectionIds.length !== inputs.length) throw new Error(`demo inspections: ${inputs.length} sent, ${outcome.inspectionIds.length} recorded`);
    inspectionIds.push(...outcome.inspectionIds);
    findings += outcome.findings;
  }

  // Each planned rectification is the one the write path opened for its finding.
  const rows = await db.rectification.findMany({ select: { id: true, inspectionId: true, dueOn: true, finding: { select: { itemCode: true, descriptionZh: true } } } });
  const byInspection = new Map<string, typeof rows>();
  for (const row of rows) byInspection.set(row.inspectionId, [...(byInspection.get(row.inspectionId) ?? []), row]);
  const plans: { id: string; steps: StepCommand[] }[] = [];
  demo.inspections.forEach((inspection, i) => {
    const opened = byInspection.get(inspectionIds[i]!) ?? [];
    if (opened.length !== inspection.rectifications.length) {
      throw new Error(`demo inspection ${i} (${inspection.input.date}): ${inspection.rectifications.length} rectifications planned, ${opened.length} opened`);
    }
    for (const plan of inspection.rectifications) {
      const row = opened.find((r) => r.finding.itemCode === plan.itemCode && (plan.itemCode !== null || r.finding.descriptionZh === plan.description));
      if (!row) throw new Error(`demo inspection ${i}: no rectification for ${plan.itemCode ?? plan.description}`);
      if (row.dueOn !== plan.dueOn) throw new Error(`demo inspection ${i}: deadline ${row.dueOn}, planned ${plan.dueOn}`);
      plans.push({ id: row.id, steps: plan.steps });
    }
  });

  let steps = 0;
  for (const plan of plans) {
    for (const step of plan.steps) {
      const outcome = await takeRectificationStep(ctx, plan.id, step, { operation: STEP_OPERATIONS[step.type], input: null, idempotencyKey: null });
      if (outcome.userErrors.length > 0) throw new Error(`demo rectification step ${step.type} on ${step.on} refused: ${describe(outcome.userErrors)}`);
      steps += 1;
    }
  }

  // Grades as the office issues them, a week or so after each quarter (never after the end).
  for (const g of demo.grading) {
    const at = new Date(Math.min(new Date(`${g.on}T10:00:00+08:00`).getTime(), end.getTime()));
    const outcome = await issueQuarterlyGrades({ db, viewer: DEMO_SYSTEM_VIEWER, services: { ...services, now: () => at } }, { year: g.year, quarter: g.quarter });
    if (outcome.userErrors.length > 0) throw new Error(`demo grades for ${g.year} Q${g.quarter} refused: ${describe(outcome.userErrors)}`);
  }

  const today = toLocalDate(end);
  const [verified, overdue, escalated, notices] = await Promise.all([
    db.rectification.count({ where: { state: 'VERIFIED' } }),
    db.rectification.count({ where: { state: { in: [...ACTIVE_STATES] }, dueOn: { lt: today } } }),
    db.rectification.count({ where: { escalations: { gt: 0 } } }),
    db.supervisionNotice.count(),
  ]);
  return { inspections: inspectionIds.length, findings, rectifications: rows.length, steps, verified, overdue, escalated, notices };
}
