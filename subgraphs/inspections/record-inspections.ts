// Recording inspections (登记检查): each input is checked (parties, plan, template in effect on the
// day, results), scored from its results, and stored with its findings — one per failed item,
// with the inspector's evidence, plus the inspector's own observations — and a rectification
// opened for every finding. A batch is one transaction: any broken rule writes nothing and names
// the inspection at fault.
import { randomUUID } from 'node:crypto';
import { toLocalDate, type LocalDate } from '../shared/calendar';
import { referenceCache } from '../shared/departments-directory';
import { newRecordNo } from '../shared/event-history';
import { userError, type UserError } from '../shared/errors';
import type { Viewer } from '../shared/viewer';
import { readablePlan } from './inspection-access';
import type { InspectionsDb } from './db';
import { openRectification } from './domain/rectification';
import { scoreInspection, type FailedItem, type ItemResult, type ItemScore } from './domain/scoring';
import { DEFAULT_TEMPLATE_CODE, itemResults, resolveParties, type InspectionInput, type ResolvedParties } from './inspection-input';
import { eventRowsAfter, officeKey, ownerKey, projection, type Tx } from './rectification-store';
import { foldRectification } from './domain/rectification';
import { rectificationOptions, type InspectionsServices } from './services';
import { templateVersions } from './templates';
import { templateInEffect, type ScoringTemplate } from './domain/scoring-template';
import { prefixed, writeTransaction, SYSTEMS_ONLY_ERROR } from '../shared/write-transaction';
import { Refused } from '../shared/write-retry';

export interface RecordOutcome {
  inspectionIds: string[];
  findings: number;
  rectifications: number;
  userErrors: UserError[];
}

interface WriteContext {
  db: InspectionsDb;
  viewer: Viewer;
  services: InspectionsServices;
}

export interface PlanTarget {
  unitId: string;
  departmentId: string | null;
}

const refusedOutcome = (userErrors: UserError[]): RecordOutcome => ({ inspectionIds: [], findings: 0, rectifications: 0, userErrors });

export async function recordInspections(
  ctx: WriteContext,
  inputs: readonly InspectionInput[],
  request: { operation: string; input: unknown; idempotencyKey: string | null | undefined; fieldPrefix: (index: number) => string; imported: boolean },
): Promise<RecordOutcome> {
  if (request.imported && ctx.viewer.role !== 'system') return refusedOutcome([SYSTEMS_ONLY_ERROR]);
  const refs = referenceCache(ctx.services.directory);
  await refs.prefetch({
    unitIds: inputs.flatMap((i) => [i.unitId, i.inspectingUnitId].filter((id): id is string => !!id)),
    departmentIds: inputs.flatMap((i) => (i.departmentId ? [i.departmentId] : [])),
  });
  const today = toLocalDate(ctx.services.now());
  const windows = ctx.services.config.frequency.selfChecks.map((w) => w.code);
  return writeTransaction(
    ctx,
    request,
    async (tx) => {
      const outcome: RecordOutcome = { inspectionIds: [], findings: 0, rectifications: 0, userErrors: [] };
      // Template versions read once per code for the whole batch.
      const versions = new Map<string, Promise<ScoringTemplate[]>>();
      const templates = (code: string) => versions.get(code) ?? versions.set(code, templateVersions(tx, code)).get(code)!;
      for (const [index, input] of inputs.entries()) {
        const prefix = request.fieldPrefix(index);
        const resolved = await resolveParties(input, ctx.viewer, today, refs, windows);
        if (!resolved.ok) throw new Refused(prefixed(prefix, resolved.errors));
        const written = await recordOne(tx, ctx, input, resolved.parties, today, templates);
        if ('errors' in written) throw new Refused(prefixed(prefix, written.errors));
        outcome.inspectionIds.push(written.id);
        outcome.findings += written.findings;
        outcome.rectifications += written.findings;
      }
      return outcome;
    },
    refusedOutcome,
  );
}

async function planErrors(tx: Tx, planId: string, parties: ResolvedParties, viewer: Viewer): Promise<UserError[]> {
  if (parties.kind === 'SELF_CHECK') return [userError('planId', 'PLAN_NOT_FOR_SELF_CHECK', '自查不属于督查计划', 'a self-check is not part of an inspection plan')];
  const plan = await tx.inspectionPlan.findUnique({ where: { id: planId } });
  // A plan the caller may not read is answered as unknown, and nothing about it is said.
  if (!plan || !readablePlan(viewer, plan)) return [userError('planId', 'NOT_FOUND', '督查计划不存在', 'no such inspection plan')];
  const errors: UserError[] = [];
  if (plan.kind !== parties.kind) errors.push(userError('kind', 'PLAN_KIND', '检查方式与计划不一致', 'the kind differs from the plan’s'));
  if (parties.date < plan.startsOn || parties.date > plan.endsOn) {
    errors.push(userError('date', 'PLAN_DATES', `检查日期不在计划期间（${plan.startsOn}至${plan.endsOn}）内`, `the date is outside the plan (${plan.startsOn} to ${plan.endsOn})`));
  }
  if (plan.inspectingUnitId !== parties.inspecting.id) errors.push(userError('inspectingUnitId', 'PLAN_OFFICE', '检查单位与计划不一致', 'the inspecting office differs from the plan’s'));
  const targets = JSON.parse(plan.targets) as PlanTarget[];
  if (!targets.some((t) => t.unitId === parties.unit.id && (t.departmentId ?? null) === (parties.department?.id ?? null))) {
    errors.push(userError('unitId', 'PLAN_TARGET', '被检查单位不在计划对象中', 'the inspected unit is not one of the plan’s targets'));
  }
  return errors;
}

interface FindingDraft {
  itemCode: string | null;
  descriptionZh: string;
  descriptionEn: string;
  evidenceNote: string | null;
  photos: string[];
}

/** One finding per failed item (with the inspector's evidence for it), then the free observations. */
function findingDrafts(input: InspectionInput, failed: readonly FailedItem[]): { drafts: FindingDraft[]; errors: UserError[] } {
  const extra = input.findings ?? [];
  const errors: UserError[] = [];
  extra.forEach((f, i) => {
    if (f.itemCode != null && !failed.some((item) => item.code === f.itemCode)) {
      errors.push(userError(`findings[${i}].itemCode`, 'ITEM_NOT_FAILED', `评分项“${f.itemCode}”未扣分，无需整改`, `the item "${f.itemCode}" did not fail`));
    }
  });
  const drafts: FindingDraft[] = failed.map((item) => {
    const evidence = extra.filter((f) => f.itemCode === item.code);
    const note = evidence.map((f) => f.evidenceNote ?? f.description).filter((s): s is string => !!s && s.trim() !== '');
    return {
      itemCode: item.code,
      descriptionZh: item.finding.zh,
      descriptionEn: item.finding.en,
      evidenceNote: note.length > 0 ? note.join('\n') : null,
      photos: evidence.flatMap((f) => [...(f.photos ?? [])]),
    };
  });
  for (const f of extra.filter((x) => x.itemCode == null)) {
    drafts.push({ itemCode: null, descriptionZh: f.description!.trim(), descriptionEn: f.description!.trim(), evidenceNote: f.evidenceNote ?? null, photos: [...(f.photos ?? [])] });
  }
  return { drafts, errors };
}

/** What was observed with the points it earned, so the breakdown reads without the template. */
export interface StoredItemResult extends ItemScore {
  observation: ItemResult['observation'];
}

const storedResults = (results: readonly ItemResult[], items: readonly ItemScore[]): StoredItemResult[] =>
  items.map((item) => ({ ...item, observation: results.find((r) => r.code === item.code)!.observation }));

async function recordOne(
  tx: Tx,
  ctx: WriteContext,
  input: InspectionInput,
  parties: ResolvedParties,
  today: LocalDate,
  templates: (code: string) => Promise<ScoringTemplate[]>,
): Promise<{ id: string; findings: number } | { errors: UserError[] }> {
  const errors: UserError[] = [];
  if (input.planId) errors.push(...(await planErrors(tx, input.planId, parties, ctx.viewer)));
  if (input.externalRef && (await tx.inspection.findUnique({ where: { externalRef: input.externalRef }, select: { id: true } }))) {
    errors.push(userError('externalRef', 'REF_TAKEN', '该来源编号的检查已存在', 'an inspection with this reference already exists'));
  }
  const templateCode = input.templateCode ?? DEFAULT_TEMPLATE_CODE;
  const template = templateInEffect(await templates(templateCode), parties.date);
  if (!template) {
    errors.push(userError('templateCode', 'TEMPLATE_NOT_IN_EFFECT', `检查日期没有生效的评分模板“${templateCode}”`, `no version of template "${templateCode}" is in effect on the inspection day`));
    return { errors };
  }
  const { results, errors: resultErrors } = itemResults(input.results);
  if (resultErrors.length > 0) return { errors: [...errors, ...resultErrors] };
  const scored = scoreInspection(template, results);
  if (!scored.ok) return { errors: [...errors, ...scored.errors] };
  const { drafts, errors: findingErrors } = findingDrafts(input, scored.score.failedItems);
  errors.push(...findingErrors);
  if (errors.length > 0) return { errors };

  const id = randomUUID();
  const { unit, department, inspecting, date, kind } = parties;
  await tx.inspection.create({
    data: {
      id,
      inspectionNo: `JC-${newRecordNo(unit.code, new Date(`${date}T12:00:00+08:00`))}`,
      externalRef: input.externalRef ?? null,
      planId: input.planId ?? null,
      kind,
      date,
      inspectingUnitId: inspecting.id,
      inspectingUnitPath: inspecting.path,
      unitId: unit.id,
      unitPath: unit.path,
      departmentId: department?.id ?? null,
      inspectors: JSON.stringify(input.inspectors.map((s) => s.trim())),
      templateCode: template.code,
      templateVersion: template.version,
      results: JSON.stringify(storedResults(results, scored.score.items)),
      score: scored.score.total,
      selfCheckWindow: input.selfCheckWindow ?? null,
      reportedOn: parties.reportedOn,
      note: input.note ?? null,
      createdBy: ctx.viewer.sub,
    },
  });
  const options = rectificationOptions(ctx.services);
  for (const draft of drafts) {
    const findingId = randomUUID();
    await tx.finding.create({ data: { id: findingId, inspectionId: id, ...draft, photos: JSON.stringify(draft.photos) } });
    const opened = openRectification(
      {
        findingId,
        inspectingUnitId: officeKey(inspecting.id),
        owner: { unitId: ownerKey(unit.id, department?.id ?? null), person: input.ownerPerson ?? null },
        foundOn: date,
        workingDays: input.rectificationDays ?? undefined,
        on: date,
        actor: { id: ctx.viewer.sub, unitId: officeKey(inspecting.id) },
      },
      today,
      options,
    );
    if (!opened.ok) return { errors: opened.errors };
    const r = foldRectification(opened.events);
    const rectificationId = randomUUID();
    await tx.rectification.create({
      data: {
        id: rectificationId,
        rectificationNo: `ZG-${newRecordNo(unit.code, new Date(`${date}T12:00:00+08:00`))}`,
        findingId,
        inspectionId: id,
        inspectingUnitId: inspecting.id,
        inspectingUnitPath: inspecting.path,
        ownerUnitId: unit.id,
        ownerPath: unit.path,
        ownerDepartmentId: department?.id ?? null,
        ownerPerson: input.ownerPerson ?? null,
        selfCheck: kind === 'SELF_CHECK',
        foundOn: r.foundOn,
        openedOn: r.openedOn,
        ...projection(r),
        version: 1,
      },
    });
    await tx.rectificationEvent.createMany({ data: eventRowsAfter(rectificationId, [], opened.events) });
  }
  return { id, findings: drafts.length };
}
