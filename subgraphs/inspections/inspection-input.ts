// An inspection as a caller sends it, checked against the rules that need no database: the kind,
// the day, who may record it, the self-check fields, the inspectors, and the findings. The
// template score and the plan are checked by record-inspections.ts, which holds the transaction.
import type { LocalDate } from '../shared/calendar';
import { parseLocalDate } from '../shared/calendar';
import type { DepartmentRef, UnitRef } from '../shared/departments-directory';
import { blank, notFoundError, requiredError, userError, type UserError } from '../shared/errors';
import { supervises } from '../shared/authorize';
import { isOnLine, isWithin } from '../shared/scope';
import type { Viewer } from '../shared/viewer';
import { isInspectionKind, isSelfCheck, type InspectionKind } from './domain/inspection-kinds';
import type { ItemObservation, ItemResult } from './domain/scoring';

/** One item's observation as GraphQL carries it: the field matching the item's rule is set. */
export interface ItemResultInput {
  code: string;
  met?: boolean | null;
  value?: number | null;
  option?: string | null;
  present?: readonly string[] | null;
}

export interface FindingInput {
  /** The failed item this evidence belongs to; omit for an observation outside the template. */
  itemCode?: string | null;
  description?: string | null;
  evidenceNote?: string | null;
  photos?: readonly string[] | null;
}

export interface InspectionInput {
  kind: string;
  date: string;
  planId?: string | null;
  /** The inspecting office; a self-check's is the unit itself (the default for one). */
  inspectingUnitId?: string | null;
  /** The inspected unit; defaults to the department's unit when a department is named. */
  unitId?: string | null;
  departmentId?: string | null;
  inspectors: readonly string[];
  templateCode?: string | null;
  results: readonly ItemResultInput[];
  findings?: readonly FindingInput[] | null;
  /** Working days the owner has to rectify each finding (the configured default otherwise). */
  rectificationDays?: number | null;
  /** 整改责任人 for every finding of this inspection. */
  ownerPerson?: string | null;
  selfCheckWindow?: string | null;
  reportedOn?: string | null;
  note?: string | null;
  externalRef?: string | null;
}

export const DEFAULT_TEMPLATE_CODE = 'BOARD_AND_WINDOW';

/**
 * A self-check report's day decides whether the unit is behind: people record a report the day
 * it is sent; only other systems bring earlier days from their records.
 */
export const REPORTED_TODAY_ERROR = userError('reportedOn', 'DATED_BY_SYSTEMS_ONLY', '只能登记当天报送的总结；以往日期由对接系统导入', 'record a report on the day it is sent; earlier days come from other systems');

/** The observation a result input carries, read by which of its fields is set. */
export function observationOf(input: ItemResultInput): ItemObservation | null {
  const set = [input.met != null, input.value != null, input.option != null, input.present != null].filter(Boolean).length;
  if (set !== 1) return null;
  if (input.met != null) return { kind: 'BOOLEAN', met: input.met };
  if (input.value != null) return { kind: 'MIN_NUMBER', value: input.value };
  if (input.option != null) return { kind: 'CHOICE', option: input.option };
  return { kind: 'CHECKLIST', present: input.present! };
}

export function itemResults(inputs: readonly ItemResultInput[]): { results: ItemResult[]; errors: UserError[] } {
  const results: ItemResult[] = [];
  const errors: UserError[] = [];
  for (const input of inputs) {
    const observation = observationOf(input);
    if (observation) results.push({ code: input.code, observation });
    else {
      errors.push(
        userError(
          `results.${input.code}`,
          'RESULT_ONE_VALUE',
          '每个评分项须填写且只填写一种结果（met、value、option 或 present）',
          'give exactly one of met, value, option or present for each item',
        ),
      );
    }
  }
  return { results, errors };
}

export const dateOrNull = (value: string): LocalDate | null => {
  try {
    return parseLocalDate(value);
  } catch {
    return null;
  }
};

const dateError = (field: string) => userError(field, 'DATE_FORMAT', '日期格式应为 YYYY-MM-DD', 'dates are YYYY-MM-DD');

export interface ResolvedParties {
  kind: InspectionKind;
  date: LocalDate;
  unit: UnitRef;
  department: DepartmentRef | null;
  inspecting: UnitRef;
  reportedOn: LocalDate | null;
}

export interface PartyRefs {
  unit(id: string): Promise<UnitRef | undefined>;
  department(id: string): Promise<DepartmentRef | undefined>;
}

/**
 * Who may record an inspection: supervision (督查 offices, and systems with write access) for any
 * unit in its scope; a unit's own staff only its self-checks, of units in their scope. A window
 * operator tied to one department records nothing here.
 */
export function recordRefusal(viewer: Viewer, kind: InspectionKind, unitPath: string): UserError | null {
  if (!isWithin(unitPath, viewer.scopePath)) {
    return userError('unitId', 'OUT_OF_SCOPE', '所选单位不在您的管辖范围内', 'the unit is outside your org scope');
  }
  if (supervises(viewer)) return null;
  // A unit records its own self-check only, not those of the units below it.
  if (viewer.role === 'operator' && viewer.departmentId === null && isSelfCheck(kind) && viewer.scopePath === unitPath) return null;
  return userError('kind', 'INSPECTING_OFFICE_ONLY', '只有督查部门可以登记检查；本单位人员只能登记自查', 'only an inspecting office records inspections; a unit records its own self-checks');
}

/** The checks on kind, day, parties, inspectors, self-check fields and findings. */
export async function resolveParties(
  input: InspectionInput,
  viewer: Viewer,
  today: LocalDate,
  refs: PartyRefs,
  selfCheckWindows: readonly string[],
): Promise<{ ok: true; parties: ResolvedParties } | { ok: false; errors: UserError[] }> {
  const errors: UserError[] = [];
  const kind = isInspectionKind(input.kind) ? input.kind : null;
  if (!kind) errors.push(userError('kind', 'KIND', '检查方式无效', 'unknown inspection kind'));
  const date = dateOrNull(input.date);
  if (!date) errors.push(dateError('date'));
  else if (date > today) errors.push(userError('date', 'DATE_IN_FUTURE', '检查日期不能晚于今天', 'the inspection date cannot be in the future'));

  const department = input.departmentId ? ((await refs.department(input.departmentId)) ?? null) : null;
  if (input.departmentId && (!department || !department.active)) errors.push(notFoundError('departmentId', '部门', 'department'));
  const unitId = input.unitId ?? department?.orgUnit.id ?? null;
  const unit = unitId ? await refs.unit(unitId) : undefined;
  if (!unitId) errors.push(requiredError('unitId', '被检查单位', 'the inspected unit'));
  else if (!unit || !unit.active) errors.push(notFoundError('unitId', '被检查单位', 'org unit'));
  else if (department && department.orgUnit.id !== unit.id) {
    errors.push(userError('departmentId', 'DEPARTMENT_OF_UNIT', '该部门不属于被检查单位', 'the department does not belong to the inspected unit'));
  }

  const selfCheck = kind !== null && isSelfCheck(kind);
  const inspectingId = input.inspectingUnitId ?? (selfCheck ? unitId : null);
  const inspecting = inspectingId ? await refs.unit(inspectingId) : undefined;
  if (!inspectingId) errors.push(requiredError('inspectingUnitId', '检查单位', 'the inspecting office'));
  else if (!inspecting || !inspecting.active) errors.push(notFoundError('inspectingUnitId', '检查单位', 'org unit'));
  else if (unit && selfCheck && inspecting.id !== unit.id) {
    errors.push(userError('inspectingUnitId', 'SELF_CHECK_BY_UNIT', '自查由被检查单位自行开展', 'a self-check is done by the inspected unit itself'));
  } else if (unit && !selfCheck && !department && inspecting.id === unit.id) {
    errors.push(userError('inspectingUnitId', 'INSPECTING_OTHER_UNIT', '检查单位不能检查自身（自查请选择“自查”）', 'an office does not inspect itself (record a self-check instead)'));
  }

  // The office is in the caller's subtree or above it (a city's visit recorded by the county), never
  // another branch; said only when nothing else is wrong with the office or the unit's scope.
  if (inspecting?.active && unit && isWithin(unit.path, viewer.scopePath) && !errors.some((e) => e.field === 'inspectingUnitId') && !isOnLine(inspecting.path, viewer.scopePath)) {
    errors.push(userError('inspectingUnitId', 'OUT_OF_SCOPE', '检查单位不在您的管辖范围内', 'the inspecting office is outside your org scope'));
  }
  if (input.inspectors.length === 0 || input.inspectors.some(blank)) {
    errors.push(userError('inspectors', 'INSPECTORS_REQUIRED', '请填写检查人员', 'name the inspectors'));
  }
  let reportedOn: LocalDate | null = null;
  if (!selfCheck && (input.selfCheckWindow != null || input.reportedOn != null)) {
    errors.push(userError(input.selfCheckWindow != null ? 'selfCheckWindow' : 'reportedOn', 'SELF_CHECK_ONLY', '自查批次和总结报送日期仅用于自查', 'the window and report day are for self-checks only'));
  } else {
    if (input.selfCheckWindow != null && !selfCheckWindows.includes(input.selfCheckWindow)) {
      errors.push(userError('selfCheckWindow', 'WINDOW', `自查批次应为 ${selfCheckWindows.join('、')} 之一`, `the window is one of ${selfCheckWindows.join(', ')}`));
    }
    if (input.reportedOn != null) {
      reportedOn = dateOrNull(input.reportedOn);
      if (!reportedOn) errors.push(dateError('reportedOn'));
      else if (reportedOn > today) errors.push(userError('reportedOn', 'DATE_IN_FUTURE', '报送日期不能晚于今天', 'the report day cannot be in the future'));
      else if (date && reportedOn < date) errors.push(userError('reportedOn', 'REPORT_BEFORE_CHECK', '总结报送日期不能早于自查日期', 'the report cannot precede the self-check'));
      else if (viewer.role !== 'system' && reportedOn !== today) errors.push(REPORTED_TODAY_ERROR);
    }
  }
  (input.findings ?? []).forEach((f, i) => {
    if (f.itemCode == null && blank(f.description)) errors.push(requiredError(`findings[${i}].description`, '问题描述', 'a description'));
    (f.photos ?? []).forEach((ref, j) => {
      if (blank(ref)) errors.push(userError(`findings[${i}].photos[${j}]`, 'FILE_REFERENCE', '照片引用不能为空', 'a photo reference cannot be blank'));
    });
  });
  if (input.rectificationDays != null && (!Number.isInteger(input.rectificationDays) || input.rectificationDays < 1)) {
    errors.push(userError('rectificationDays', 'WORKING_DAYS_POSITIVE', '整改期限须为正整数个工作日', 'the time allowed is a positive whole number of working days'));
  }
  if (unit && kind) {
    const refusal = recordRefusal(viewer, kind, unit.path);
    if (refusal) errors.unshift(refusal);
  }
  if (errors.length > 0 || !kind || !date || !unit || !inspecting) return { ok: false, errors };
  return { ok: true, parties: { kind, date, unit, department, inspecting, reportedOn } };
}
