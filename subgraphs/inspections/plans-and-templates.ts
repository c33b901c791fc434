// Writes of supervision's own reference records: inspection plans (督查计划) and new versions of
// scoring templates. Supervision only (offices, and systems with write access).
import { randomUUID } from 'node:crypto';
import { parseLocalDate, type LocalDate } from '../shared/calendar';
import { supervises } from '../shared/authorize';
import { referenceCache } from '../shared/departments-directory';
import { newRecordNo } from '../shared/event-history';
import { blank, forbidden, notFoundError, requiredError, userError, type UserError } from '../shared/errors';
import { isWithin } from '../shared/scope';
import type { Viewer } from '../shared/viewer';
import type { InspectionsDb } from './db';
import { isInspectionKind } from './domain/inspection-kinds';
import { validateTemplate, type ScoringTemplate, type TemplateItem } from './domain/scoring-template';
import { dateOrNull } from './inspection-input';
import type { PlanTarget } from './record-inspections';
import type { InspectionsServices } from './services';
import { templateToRow, templateVersions } from './templates';
import { writeTransaction } from '../shared/write-transaction';
import { Refused } from '../shared/write-retry';

interface Ctx {
  db: InspectionsDb;
  viewer: Viewer;
  services: InspectionsServices;
}

export interface WriteOutcome {
  id: string | null;
  userErrors: UserError[];
}

const refused = (userErrors: UserError[]): WriteOutcome => ({ id: null, userErrors });

export interface PlanInput {
  title: string;
  kind: string;
  inspectingUnitId: string;
  startsOn: string;
  endsOn: string;
  targets: readonly { unitId: string; departmentId?: string | null }[];
  note?: string | null;
}

export async function createInspectionPlan(ctx: Ctx, input: PlanInput, idempotencyKey: string | null | undefined): Promise<WriteOutcome> {
  if (!supervises(ctx.viewer)) throw forbidden('制定督查计划', 'create inspection plans');
  const refs = referenceCache(ctx.services.directory);
  await refs.prefetch({ unitIds: [input.inspectingUnitId, ...input.targets.map((t) => t.unitId)], departmentIds: input.targets.flatMap((t) => (t.departmentId ? [t.departmentId] : [])) });
  const errors: UserError[] = [];
  if (blank(input.title)) errors.push(requiredError('input.title', '计划名称', 'the title'));
  if (!isInspectionKind(input.kind) || input.kind === 'SELF_CHECK') errors.push(userError('input.kind', 'KIND', '计划的检查方式须为定期、经常性、明察暗访或专项督查', 'a plan is for regular, routine, unannounced or special inspections'));
  const startsOn = dateOrNull(input.startsOn);
  const endsOn = dateOrNull(input.endsOn);
  if (!startsOn) errors.push(userError('input.startsOn', 'DATE_FORMAT', '日期格式应为 YYYY-MM-DD', 'dates are YYYY-MM-DD'));
  if (!endsOn) errors.push(userError('input.endsOn', 'DATE_FORMAT', '日期格式应为 YYYY-MM-DD', 'dates are YYYY-MM-DD'));
  if (startsOn && endsOn && (endsOn < startsOn || startsOn.slice(0, 4) !== endsOn.slice(0, 4))) {
    errors.push(userError('input.endsOn', 'PLAN_RANGE', '计划期间须在同一年度内且结束不早于开始', 'a plan ends on or after its start, within one year'));
  }
  const office = await refs.unit(input.inspectingUnitId);
  if (!office?.active) errors.push(notFoundError('input.inspectingUnitId', '检查单位', 'org unit'));
  else if (!isWithin(office.path, ctx.viewer.scopePath)) errors.push(userError('input.inspectingUnitId', 'OUT_OF_SCOPE', '所选单位不在您的管辖范围内', 'the unit is outside your org scope'));
  if (input.targets.length === 0) errors.push(userError('input.targets', 'TARGETS_REQUIRED', '请选择检查对象', 'name the units to visit'));
  const targets: PlanTarget[] = [];
  for (const [i, target] of input.targets.entries()) {
    const unit = await refs.unit(target.unitId);
    if (!unit?.active) {
      errors.push(notFoundError(`input.targets[${i}].unitId`, '检查对象', 'org unit'));
      continue;
    }
    if (!isWithin(unit.path, ctx.viewer.scopePath)) errors.push(userError(`input.targets[${i}].unitId`, 'OUT_OF_SCOPE', '所选单位不在您的管辖范围内', 'the unit is outside your org scope'));
    if (target.departmentId) {
      const department = await refs.department(target.departmentId);
      if (!department?.active || department.orgUnit.id !== unit.id) errors.push(notFoundError(`input.targets[${i}].departmentId`, '该单位的部门', 'department of that unit'));
    }
    targets.push({ unitId: unit.id, departmentId: target.departmentId ?? null });
  }
  if (errors.length > 0) return refused(errors);
  return writeTransaction(
    ctx,
    { operation: 'createInspectionPlan', input, idempotencyKey },
    async (tx) => {
      const id = randomUUID();
      await tx.inspectionPlan.create({
        data: {
          id,
          planNo: `JH-${newRecordNo(office!.code, new Date(`${startsOn}T12:00:00+08:00`))}`,
          title: input.title.trim(),
          kind: input.kind,
          year: Number(startsOn!.slice(0, 4)),
          inspectingUnitId: office!.id,
          inspectingUnitPath: office!.path,
          startsOn: startsOn!,
          endsOn: endsOn!,
          targets: JSON.stringify(targets),
          note: input.note ?? null,
          createdBy: ctx.viewer.sub,
        },
      });
      return { id, userErrors: [] };
    },
    refused,
  );
}

export interface TemplateInput {
  code: string;
  name: string;
  nameEn: string;
  effectiveFrom: string;
  /** TemplateItem[] as JSON (rules are a tagged union, easier to send as JSON than as GraphQL input). */
  itemsJson: string;
}

/** Publishes the next version of a template; past inspections keep the version they were scored with. */
export async function publishScoringTemplate(ctx: Ctx, input: TemplateInput, idempotencyKey: string | null | undefined): Promise<WriteOutcome> {
  if (!supervises(ctx.viewer)) throw forbidden('发布评分模板', 'publish scoring templates');
  let items: TemplateItem[];
  try {
    items = JSON.parse(input.itemsJson) as TemplateItem[];
    if (!Array.isArray(items)) throw new Error('not an array');
  } catch {
    return refused([userError('input.itemsJson', 'JSON', '评分项须为 JSON 数组', 'the items are a JSON array')]);
  }
  return writeTransaction(
    ctx,
    { operation: 'publishScoringTemplate', input, idempotencyKey },
    async (tx) => {
      const versions = await templateVersions(tx, input.code);
      const latest = versions.reduce<ScoringTemplate | null>((best, t) => (best && best.version > t.version ? best : t), null);
      const template: ScoringTemplate = {
        code: input.code,
        version: (latest?.version ?? 0) + 1,
        name: { zh: input.name, en: input.nameEn },
        effectiveFrom: input.effectiveFrom as LocalDate,
        items,
      };
      const errors = validateTemplate(template).map((e) => ({ ...e, field: `input.${e.field === 'name' ? 'name' : e.field}` }));
      if (errors.length === 0 && latest && parseLocalDate(input.effectiveFrom) < latest.effectiveFrom) {
        errors.push(userError('input.effectiveFrom', 'EFFECTIVE_AFTER_PREVIOUS', `生效日期不能早于上一版本（${latest.effectiveFrom}）`, `a version cannot take effect before the previous one (${latest.effectiveFrom})`));
      }
      if (errors.length > 0) throw new Refused(errors);
      const id = randomUUID();
      await tx.scoringTemplate.create({ data: { id, ...templateToRow(template), createdBy: ctx.viewer.sub } });
      return { id, userErrors: [] };
    },
    refused,
  );
}
