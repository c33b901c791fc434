// Scoring templates (考核测评标准): versioned lists of items, each with a weight in points and a
// rule saying how the inspector's observation turns into points (scoring.ts applies it). A score
// is always computed from the observations, never typed in (issue 6 §3).
//
// Rules:
//  - BOOLEAN: met → full weight, not met → 0 (window staff present, board contents current).
//  - MIN_NUMBER: a measured number against a floor (board ≥ 12 m², ≥ 6 sections). At or above the
//    threshold → full weight; below → 0, or weight × value / threshold when `proportional`.
//  - CHOICE: one of the listed options, each worth a share (0–1) of the weight (board location:
//    at the gate 100 %, a visible place 100 %, elsewhere 0 %). One option must be worth the
//    full weight, otherwise the item's maximum could never be reached.
//  - CHECKLIST: the share of the listed facts found present (the 七公开 facts of a service item).
// Weights sum to 100 by default so the item points read as the score; a county may configure
// another total (scoring.ts then scales the total to 0–100).
import { compareLocalDate, parseLocalDate, type LocalDate } from '../../shared/calendar';
import { blank, userError, type UserError } from '../../shared/errors';

export interface Label {
  zh: string;
  en: string;
}

export interface ChoiceOption {
  code: string;
  label: Label;
  /** Share of the item's weight earned by this option, 0–1. */
  share: number;
}

export interface ChecklistFact {
  code: string;
  label: Label;
}

export type ScoringRule =
  | { kind: 'BOOLEAN' }
  | { kind: 'MIN_NUMBER'; threshold: number; unit: Label; proportional?: boolean }
  | { kind: 'CHOICE'; options: readonly ChoiceOption[] }
  | { kind: 'CHECKLIST'; facts: readonly ChecklistFact[] };

export type RuleKind = ScoringRule['kind'];
export const RULE_KINDS: readonly RuleKind[] = ['BOOLEAN', 'MIN_NUMBER', 'CHOICE', 'CHECKLIST'];

export interface TemplateItem {
  code: string;
  label: Label;
  /** Points the item is worth when fully met. */
  weight: number;
  rule: ScoringRule;
}

export interface ScoringTemplate {
  /** Stable code shared by all versions of the template. */
  code: string;
  /** 1, 2, …: an inspection keeps the version it was scored with. */
  version: number;
  name: Label;
  /** First day this version applies to inspections. */
  effectiveFrom: LocalDate;
  items: readonly TemplateItem[];
}

export interface TemplateValidationOptions {
  /** The sum the weights must reach; 100 unless the county configures otherwise. */
  totalWeight?: number;
}

export const DEFAULT_TOTAL_WEIGHT = 100;

/** Float weights such as 33.3 + 33.3 + 33.4 must still sum to 100. */
const WEIGHT_TOLERANCE = 1e-9;

const isPositive = (n: number) => Number.isFinite(n) && n > 0;

function labelErrors(field: string, label: Label | undefined): UserError[] {
  if (!label || blank(label.zh) || blank(label.en)) {
    return [userError(field, 'LABEL_REQUIRED', '请填写中英文名称', 'a Chinese and an English label are required')];
  }
  return [];
}

function uniqueCodeErrors(field: string, codes: readonly string[], what: { zh: string; en: string }): UserError[] {
  const errors: UserError[] = [];
  const seen = new Set<string>();
  codes.forEach((code, i) => {
    if (blank(code)) {
      errors.push(userError(`${field}[${i}].code`, 'CODE_REQUIRED', `请填写${what.zh}代码`, `the ${what.en} code is required`));
    } else if (seen.has(code)) {
      errors.push(userError(`${field}[${i}].code`, 'CODE_UNIQUE', `${what.zh}代码“${code}”重复`, `the ${what.en} code "${code}" is used twice`));
    }
    seen.add(code);
  });
  return errors;
}

function ruleErrors(field: string, rule: ScoringRule | undefined): UserError[] {
  if (!rule || !RULE_KINDS.includes(rule.kind)) {
    return [userError(`${field}.kind`, 'RULE_KIND', '评分规则须为 BOOLEAN、MIN_NUMBER、CHOICE 或 CHECKLIST', 'the rule is BOOLEAN, MIN_NUMBER, CHOICE or CHECKLIST')];
  }
  switch (rule.kind) {
    case 'BOOLEAN':
      return [];
    case 'MIN_NUMBER': {
      const errors = labelErrors(`${field}.unit`, rule.unit);
      if (!isPositive(rule.threshold)) {
        errors.unshift(userError(`${field}.threshold`, 'THRESHOLD_POSITIVE', '达标数值须大于0', 'the threshold must be a positive number'));
      }
      return errors;
    }
    case 'CHOICE': {
      if (rule.options.length < 2) {
        return [userError(`${field}.options`, 'CHOICE_OPTIONS', '选项评分至少需要两个选项', 'a choice needs at least two options')];
      }
      const errors = uniqueCodeErrors(`${field}.options`, rule.options.map((o) => o.code), { zh: '选项', en: 'option' });
      rule.options.forEach((o, i) => {
        errors.push(...labelErrors(`${field}.options[${i}].label`, o.label));
        if (!Number.isFinite(o.share) || o.share < 0 || o.share > 1) {
          errors.push(userError(`${field}.options[${i}].share`, 'SHARE_RANGE', '选项得分比例须在0–1之间', 'an option’s share is between 0 and 1'));
        }
      });
      if (!rule.options.some((o) => o.share === 1)) {
        errors.push(userError(`${field}.options`, 'CHOICE_FULL_OPTION', '至少一个选项须得满分', 'at least one option must earn the full weight'));
      }
      return errors;
    }
    case 'CHECKLIST': {
      if (rule.facts.length === 0) {
        return [userError(`${field}.facts`, 'CHECKLIST_FACTS', '清单评分至少需要一项内容', 'a checklist needs at least one fact')];
      }
      const errors = uniqueCodeErrors(`${field}.facts`, rule.facts.map((f) => f.code), { zh: '清单项', en: 'fact' });
      rule.facts.forEach((f, i) => errors.push(...labelErrors(`${field}.facts[${i}].label`, f.label)));
      return errors;
    }
  }
}

/** Every broken rule of a template, with the field path that names it; empty when it is usable. */
export function validateTemplate(template: ScoringTemplate, options: TemplateValidationOptions = {}): UserError[] {
  const totalWeight = options.totalWeight ?? DEFAULT_TOTAL_WEIGHT;
  const errors: UserError[] = [];
  if (blank(template.code)) errors.push(userError('code', 'CODE_REQUIRED', '请填写模板代码', 'the template code is required'));
  if (!Number.isInteger(template.version) || template.version < 1) {
    errors.push(userError('version', 'VERSION_POSITIVE', '版本号须为正整数', 'the version is a positive integer'));
  }
  errors.push(...labelErrors('name', template.name));
  try {
    parseLocalDate(template.effectiveFrom);
  } catch {
    errors.push(userError('effectiveFrom', 'DATE_FORMAT', '日期格式应为 YYYY-MM-DD', 'dates are YYYY-MM-DD'));
  }
  if (template.items.length === 0) {
    errors.push(userError('items', 'ITEMS_REQUIRED', '模板至少需要一个评分项', 'a template needs at least one item'));
    return errors;
  }
  errors.push(...uniqueCodeErrors('items', template.items.map((item) => item.code), { zh: '评分项', en: 'item' }));
  template.items.forEach((item, i) => {
    errors.push(...labelErrors(`items[${i}].label`, item.label));
    if (!isPositive(item.weight)) {
      errors.push(userError(`items[${i}].weight`, 'WEIGHT_POSITIVE', '分值须大于0', 'the weight must be a positive number'));
    }
    errors.push(...ruleErrors(`items[${i}].rule`, item.rule));
  });
  const sum = template.items.reduce((s, item) => s + item.weight, 0);
  if (template.items.every((item) => isPositive(item.weight)) && Math.abs(sum - totalWeight) > WEIGHT_TOLERANCE) {
    errors.push(
      userError('items', 'WEIGHTS_SUM', `各项分值合计须为${totalWeight}分（当前${sum}分）`, `the weights must sum to ${totalWeight} (they sum to ${sum})`),
    );
  }
  return errors;
}

/**
 * The version of a template that applies on a day: the highest version already in effect. An
 * inspection is scored with that version and keeps it, so revising a template never rescores past
 * visits. Null when no version is in effect yet.
 */
export function templateInEffect(versions: readonly ScoringTemplate[], on: LocalDate): ScoringTemplate | null {
  let best: ScoringTemplate | null = null;
  for (const t of versions) {
    if (compareLocalDate(t.effectiveFrom, on) > 0) continue;
    if (best === null || t.version > best.version) best = t;
  }
  return best;
}

/** The 七公开 facts a service item (事项) publishes (DOMAIN.md "Approvals"). */
export const SEVEN_DISCLOSURES: readonly ChecklistFact[] = [
  { code: 'LEGAL_BASIS', label: { zh: '设定依据', en: 'legal basis' } },
  { code: 'CONDITIONS', label: { zh: '申请条件', en: 'conditions' } },
  { code: 'MATERIALS', label: { zh: '申报材料', en: 'materials' } },
  { code: 'PROCEDURE', label: { zh: '办理程序', en: 'procedure' } },
  { code: 'TIME_LIMIT', label: { zh: '办理时限', en: 'time limit' } },
  { code: 'FEES', label: { zh: '收费标准', en: 'fees' } },
  { code: 'COMPLAINT_CHANNEL', label: { zh: '投诉渠道', en: 'complaint channel' } },
];

/**
 * The default 公开栏与服务窗口 template. Board rules from the 余庆县 notice (a board where the public
 * can read it, quarterly contents up by the 5th of the next quarter) and DOMAIN.md (≥ 12 m², ≥ 6
 * sections); service items with the 七公开 facts; staff at the window. The split of the 100 points
 * is this product's default, for a county to revise as a new version.
 */
export const DEFAULT_BOARD_AND_WINDOW_TEMPLATE: ScoringTemplate = {
  code: 'BOARD_AND_WINDOW',
  version: 1,
  name: { zh: '政务公开栏与服务窗口', en: 'disclosure board and service window' },
  effectiveFrom: '2025-01-01' as LocalDate,
  items: [
    {
      code: 'BOARD_LOCATION',
      label: { zh: '公开栏设置位置', en: 'board location' },
      weight: 15,
      rule: {
        kind: 'CHOICE',
        options: [
          { code: 'GATE', label: { zh: '大门口', en: 'at the gate' }, share: 1 },
          { code: 'VISIBLE_PLACE', label: { zh: '醒目位置', en: 'in a visible place' }, share: 1 },
          { code: 'OTHER', label: { zh: '其他位置', en: 'elsewhere' }, share: 0 },
        ],
      },
    },
    {
      code: 'BOARD_AREA',
      label: { zh: '公开栏面积', en: 'board area' },
      weight: 15,
      rule: { kind: 'MIN_NUMBER', threshold: 12, unit: { zh: '平方米', en: 'm²' } },
    },
    {
      code: 'BOARD_SECTIONS',
      label: { zh: '公开栏栏目数', en: 'board sections' },
      weight: 10,
      rule: { kind: 'MIN_NUMBER', threshold: 6, unit: { zh: '个', en: 'sections' } },
    },
    { code: 'BOARD_CURRENT', label: { zh: '公开内容及时更新', en: 'board contents current' }, weight: 20, rule: { kind: 'BOOLEAN' } },
    {
      code: 'SERVICE_ITEMS_DISCLOSED',
      label: { zh: '服务事项七公开', en: 'service items published with the seven facts' },
      weight: 25,
      rule: { kind: 'CHECKLIST', facts: SEVEN_DISCLOSURES },
    },
    { code: 'WINDOW_STAFF_PRESENT', label: { zh: '窗口人员在岗', en: 'window staff present' }, weight: 15, rule: { kind: 'BOOLEAN' } },
  ],
};
