// Scoring an inspection (评分): the inspector records what was observed for each item of the
// template version in effect; the points and the total follow from the rules (scoring-template.ts).
// Nothing here accepts a typed-in score.
//
//  - Every item needs exactly one result of its rule's kind; a missing, duplicated, unknown or
//    wrongly typed result is an error naming the item (field `results.<CODE>`), and nothing is
//    scored until all are fixed.
//  - Item points = weight × share earned. The total is the points over the template's total
//    weight, scaled to 0–100 and rounded to one decimal (half away from zero) once, from the
//    unrounded item points.
//  - An item that did not earn its full weight is a failed item; each becomes a finding (and a
//    rectification, rectification.ts) with a description of what was observed.
import { userError, type UserError } from '../../shared/errors';
import { roundTo } from './rounding';
import { validateTemplate, type Label, type RuleKind, type ScoringTemplate, type TemplateItem, type TemplateValidationOptions } from './scoring-template';

export type ItemObservation =
  | { kind: 'BOOLEAN'; met: boolean }
  | { kind: 'MIN_NUMBER'; value: number }
  | { kind: 'CHOICE'; option: string }
  | { kind: 'CHECKLIST'; present: readonly string[] };

export interface ItemResult {
  /** The template item's code. */
  code: string;
  observation: ItemObservation;
}

export interface ItemScore {
  code: string;
  label: Label;
  weight: number;
  /** Share of the weight earned, 0–1. */
  share: number;
  /** weight × share, rounded to two decimals for display; the total is taken before rounding. */
  points: number;
  failed: boolean;
}

export interface FailedItem {
  code: string;
  label: Label;
  weight: number;
  points: number;
  /** What was observed, for the finding: e.g. 公开栏面积：8平方米，低于12平方米. */
  finding: Label;
  /** CHECKLIST items: the codes of the facts not found. */
  missingFacts?: string[];
}

export interface InspectionScore {
  templateCode: string;
  templateVersion: number;
  items: ItemScore[];
  /** 0–100, one decimal. */
  total: number;
  failedItems: FailedItem[];
}

export type ScoringOutcome = { ok: true; score: InspectionScore } | { ok: false; errors: UserError[] };

const RULE_KIND_LABELS: Readonly<Record<RuleKind, Label>> = {
  BOOLEAN: { zh: '是否达标', en: 'met / not met' },
  MIN_NUMBER: { zh: '数值', en: 'a number' },
  CHOICE: { zh: '选项', en: 'one of the options' },
  CHECKLIST: { zh: '清单', en: 'a checklist' },
};

/** Checks one result against its item; returns the share earned or the errors. */
function shareOf(item: TemplateItem, observation: ItemObservation, field: string): { share: number } | { errors: UserError[] } {
  const rule = item.rule;
  if (observation.kind !== rule.kind) {
    const expected = RULE_KIND_LABELS[rule.kind];
    return {
      errors: [
        userError(field, 'RESULT_KIND', `评分项“${item.label.zh}”的结果应为${expected.zh}`, `the result for "${item.label.en}" must be ${expected.en}`),
      ],
    };
  }
  switch (rule.kind) {
    case 'BOOLEAN': {
      const met = (observation as Extract<ItemObservation, { kind: 'BOOLEAN' }>).met;
      if (typeof met !== 'boolean') {
        return { errors: [userError(field, 'RESULT_KIND', `评分项“${item.label.zh}”的结果应为是否达标`, `the result for "${item.label.en}" must be met / not met`)] };
      }
      return { share: met ? 1 : 0 };
    }
    case 'MIN_NUMBER': {
      const value = (observation as Extract<ItemObservation, { kind: 'MIN_NUMBER' }>).value;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        return { errors: [userError(field, 'RESULT_NUMBER', `评分项“${item.label.zh}”的数值须为非负数`, `the value for "${item.label.en}" must be a non-negative number`)] };
      }
      if (value >= rule.threshold) return { share: 1 };
      return { share: rule.proportional ? value / rule.threshold : 0 };
    }
    case 'CHOICE': {
      const code = (observation as Extract<ItemObservation, { kind: 'CHOICE' }>).option;
      const option = rule.options.find((o) => o.code === code);
      if (!option) {
        const codes = rule.options.map((o) => o.code).join(', ');
        return { errors: [userError(field, 'RESULT_OPTION', `评分项“${item.label.zh}”没有选项“${code}”（可选：${codes}）`, `"${item.label.en}" has no option "${code}" (options: ${codes})`)] };
      }
      return { share: option.share };
    }
    case 'CHECKLIST': {
      const present = (observation as Extract<ItemObservation, { kind: 'CHECKLIST' }>).present;
      if (!Array.isArray(present)) {
        return { errors: [userError(field, 'RESULT_KIND', `评分项“${item.label.zh}”的结果应为清单`, `the result for "${item.label.en}" must be a checklist`)] };
      }
      const known = new Set(rule.facts.map((f) => f.code));
      const errors: UserError[] = [];
      const seen = new Set<string>();
      for (const code of present) {
        if (!known.has(code)) {
          errors.push(userError(field, 'RESULT_FACT', `评分项“${item.label.zh}”没有清单项“${code}”`, `"${item.label.en}" has no fact "${code}"`));
        } else if (seen.has(code)) {
          errors.push(userError(field, 'RESULT_FACT_TWICE', `评分项“${item.label.zh}”的清单项“${code}”重复`, `"${item.label.en}" lists the fact "${code}" twice`));
        }
        seen.add(code);
      }
      if (errors.length > 0) return { errors };
      return { share: seen.size / rule.facts.length };
    }
  }
}

const formatNumber = (n: number) => String(roundTo(n, 2));

function describeFailure(item: TemplateItem, observation: ItemObservation): { finding: Label; missingFacts?: string[] } {
  const { label, rule } = item;
  switch (rule.kind) {
    case 'BOOLEAN':
      return { finding: { zh: `${label.zh}：未达标`, en: `${label.en}: not met` } };
    case 'MIN_NUMBER': {
      const value = formatNumber((observation as Extract<ItemObservation, { kind: 'MIN_NUMBER' }>).value);
      const threshold = formatNumber(rule.threshold);
      return {
        finding: {
          zh: `${label.zh}：${value}${rule.unit.zh}，低于${threshold}${rule.unit.zh}`,
          en: `${label.en}: ${value} ${rule.unit.en}, below ${threshold} ${rule.unit.en}`,
        },
      };
    }
    case 'CHOICE': {
      const code = (observation as Extract<ItemObservation, { kind: 'CHOICE' }>).option;
      const option = rule.options.find((o) => o.code === code)!;
      return { finding: { zh: `${label.zh}：${option.label.zh}`, en: `${label.en}: ${option.label.en}` } };
    }
    case 'CHECKLIST': {
      const present = new Set((observation as Extract<ItemObservation, { kind: 'CHECKLIST' }>).present);
      const missing = rule.facts.filter((f) => !present.has(f.code));
      return {
        finding: {
          zh: `${label.zh}：缺少${missing.map((f) => f.label.zh).join('、')}`,
          en: `${label.en}: missing ${missing.map((f) => f.label.en).join(', ')}`,
        },
        missingFacts: missing.map((f) => f.code),
      };
    }
  }
}

/**
 * Scores an inspection's results against a template version. The template itself is validated
 * first (a broken template scores nothing; its errors come back under `template.`).
 */
export function scoreInspection(
  template: ScoringTemplate,
  results: readonly ItemResult[],
  options: TemplateValidationOptions = {},
): ScoringOutcome {
  const templateErrors = validateTemplate(template, options);
  if (templateErrors.length > 0) {
    return { ok: false, errors: templateErrors.map((e) => ({ ...e, field: `template.${e.field}` })) };
  }
  const errors: UserError[] = [];
  const byCode = new Map<string, ItemResult>();
  const items = new Map(template.items.map((item) => [item.code, item]));
  for (const result of results) {
    const field = `results.${result.code}`;
    if (!items.has(result.code)) {
      errors.push(userError(field, 'RESULT_UNKNOWN_ITEM', `模板中没有评分项“${result.code}”`, `the template has no item "${result.code}"`));
    } else if (byCode.has(result.code)) {
      errors.push(userError(field, 'RESULT_TWICE', `评分项“${items.get(result.code)!.label.zh}”的结果重复`, `"${items.get(result.code)!.label.en}" has two results`));
    } else {
      byCode.set(result.code, result);
    }
  }

  const scored: ItemScore[] = [];
  const failedItems: FailedItem[] = [];
  let points = 0;
  for (const item of template.items) {
    const field = `results.${item.code}`;
    const result = byCode.get(item.code);
    if (!result || !result.observation) {
      errors.push(userError(field, 'RESULT_MISSING', `请填写评分项“${item.label.zh}”的检查结果`, `the result for "${item.label.en}" is missing`));
      continue;
    }
    const outcome = shareOf(item, result.observation, field);
    if ('errors' in outcome) {
      errors.push(...outcome.errors);
      continue;
    }
    const itemPoints = item.weight * outcome.share;
    points += itemPoints;
    const failed = outcome.share < 1;
    scored.push({ code: item.code, label: item.label, weight: item.weight, share: outcome.share, points: roundTo(itemPoints, 2), failed });
    if (failed) {
      failedItems.push({ code: item.code, label: item.label, weight: item.weight, points: roundTo(itemPoints, 2), ...describeFailure(item, result.observation) });
    }
  }
  if (errors.length > 0) return { ok: false, errors };

  const totalWeight = template.items.reduce((s, item) => s + item.weight, 0);
  return {
    ok: true,
    score: {
      templateCode: template.code,
      templateVersion: template.version,
      items: scored,
      total: roundTo((points / totalWeight) * 100, 1),
      failedItems,
    },
  };
}
