import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../shared/calendar';
import {
  DEFAULT_BOARD_AND_WINDOW_TEMPLATE,
  SEVEN_DISCLOSURES,
  templateInEffect,
  validateTemplate,
  type ScoringTemplate,
  type TemplateItem,
} from './scoring-template';

const day = (s: string) => s as LocalDate;
const label = (zh: string, en = zh) => ({ zh, en });
const bool = (code: string, weight: number): TemplateItem => ({ code, label: label(`项目${code}`, `item ${code}`), weight, rule: { kind: 'BOOLEAN' } });
const template = (items: TemplateItem[], over: Partial<ScoringTemplate> = {}): ScoringTemplate => ({
  code: 'T',
  version: 1,
  name: label('模板', 'template'),
  effectiveFrom: day('2025-01-01'),
  items,
  ...over,
});
const rules = (errors: { field: string; rule: string }[]) => errors.map(({ field, rule }) => ({ field, rule }));

describe('the default board and window template', () => {
  const t = DEFAULT_BOARD_AND_WINDOW_TEMPLATE;

  it('is valid and its weights sum to 100', () => {
    expect(validateTemplate(t)).toEqual([]);
    expect(t.items.reduce((s, i) => s + i.weight, 0)).toBe(100);
  });

  it('checks the board location (gate or visible place full, elsewhere 0), ≥ 12 m² and ≥ 6 sections', () => {
    const byCode = Object.fromEntries(t.items.map((i) => [i.code, i.rule]));
    expect(byCode.BOARD_LOCATION).toMatchObject({
      kind: 'CHOICE',
      options: [
        { code: 'GATE', share: 1 },
        { code: 'VISIBLE_PLACE', share: 1 },
        { code: 'OTHER', share: 0 },
      ],
    });
    expect(byCode.BOARD_AREA).toMatchObject({ kind: 'MIN_NUMBER', threshold: 12 });
    expect(byCode.BOARD_SECTIONS).toMatchObject({ kind: 'MIN_NUMBER', threshold: 6 });
    expect(byCode.BOARD_CURRENT).toEqual({ kind: 'BOOLEAN' });
    expect(byCode.WINDOW_STAFF_PRESENT).toEqual({ kind: 'BOOLEAN' });
  });

  it('checks service items for the seven 七公开 facts', () => {
    const item = t.items.find((i) => i.code === 'SERVICE_ITEMS_DISCLOSED')!;
    expect(item.rule).toEqual({ kind: 'CHECKLIST', facts: SEVEN_DISCLOSURES });
    expect(SEVEN_DISCLOSURES.map((f) => f.label.zh)).toEqual(['设定依据', '申请条件', '申报材料', '办理程序', '办理时限', '收费标准', '投诉渠道']);
  });
});

describe('validateTemplate', () => {
  it('accepts weights that sum to 100 only up to float noise', () => {
    expect(validateTemplate(template([bool('A', 33.3), bool('B', 33.3), bool('C', 33.4)]))).toEqual([]);
    expect(rules(validateTemplate(template([bool('A', 50), bool('B', 49.9)])))).toEqual([{ field: 'items', rule: 'WEIGHTS_SUM' }]);
    expect(rules(validateTemplate(template([bool('A', 50), bool('B', 50.1)])))).toEqual([{ field: 'items', rule: 'WEIGHTS_SUM' }]);
  });

  it('says what the weights sum to', () => {
    const [error] = validateTemplate(template([bool('A', 60), bool('B', 30)]));
    expect(error).toEqual({
      field: 'items',
      rule: 'WEIGHTS_SUM',
      message: '各项分值合计须为100分（当前90分）',
      messageEn: 'the weights must sum to 100 (they sum to 90)',
    });
  });

  it('takes a configured total weight', () => {
    expect(validateTemplate(template([bool('A', 6), bool('B', 4)]), { totalWeight: 10 })).toEqual([]);
    expect(rules(validateTemplate(template([bool('A', 60), bool('B', 40)]), { totalWeight: 10 }))).toEqual([{ field: 'items', rule: 'WEIGHTS_SUM' }]);
  });

  it('requires positive weights (and then does not also complain about the sum)', () => {
    expect(rules(validateTemplate(template([bool('A', 100), bool('B', 0)])))).toEqual([{ field: 'items[1].weight', rule: 'WEIGHT_POSITIVE' }]);
    expect(rules(validateTemplate(template([bool('A', 110), bool('B', -10)])))).toEqual([{ field: 'items[1].weight', rule: 'WEIGHT_POSITIVE' }]);
    expect(rules(validateTemplate(template([bool('A', Number.NaN)])))).toEqual([{ field: 'items[0].weight', rule: 'WEIGHT_POSITIVE' }]);
  });

  it('requires unique, non-blank item codes', () => {
    expect(rules(validateTemplate(template([bool('A', 50), bool('A', 50)])))).toEqual([{ field: 'items[1].code', rule: 'CODE_UNIQUE' }]);
    expect(rules(validateTemplate(template([bool('A', 50), bool(' ', 50)])))).toEqual([{ field: 'items[1].code', rule: 'CODE_REQUIRED' }]);
  });

  it('requires a code, a positive integer version, a label, a valid date and at least one item', () => {
    expect(rules(validateTemplate(template([], { code: '', version: 0, name: label(''), effectiveFrom: day('2025-02-30') })))).toEqual([
      { field: 'code', rule: 'CODE_REQUIRED' },
      { field: 'version', rule: 'VERSION_POSITIVE' },
      { field: 'name', rule: 'LABEL_REQUIRED' },
      { field: 'effectiveFrom', rule: 'DATE_FORMAT' },
      { field: 'items', rule: 'ITEMS_REQUIRED' },
    ]);
    expect(rules(validateTemplate(template([bool('A', 100)], { version: 1.5 })))).toEqual([{ field: 'version', rule: 'VERSION_POSITIVE' }]);
  });

  it('checks MIN_NUMBER thresholds and units', () => {
    const item: TemplateItem = { code: 'AREA', label: label('面积'), weight: 100, rule: { kind: 'MIN_NUMBER', threshold: 0, unit: label('') } };
    expect(rules(validateTemplate(template([item])))).toEqual([
      { field: 'items[0].rule.threshold', rule: 'THRESHOLD_POSITIVE' },
      { field: 'items[0].rule.unit', rule: 'LABEL_REQUIRED' },
    ]);
  });

  it('checks CHOICE options: at least two, unique codes, shares 0–1, one worth the full weight', () => {
    const choice = (options: { code: string; share: number }[]): TemplateItem => ({
      code: 'LOC',
      label: label('位置'),
      weight: 100,
      rule: { kind: 'CHOICE', options: options.map((o) => ({ ...o, label: label(o.code) })) },
    });
    expect(rules(validateTemplate(template([choice([{ code: 'GATE', share: 1 }])])))).toEqual([{ field: 'items[0].rule.options', rule: 'CHOICE_OPTIONS' }]);
    expect(rules(validateTemplate(template([choice([{ code: 'GATE', share: 1 }, { code: 'GATE', share: 0 }])])))).toEqual([
      { field: 'items[0].rule.options[1].code', rule: 'CODE_UNIQUE' },
    ]);
    expect(rules(validateTemplate(template([choice([{ code: 'GATE', share: 1 }, { code: 'X', share: 1.2 }])])))).toEqual([
      { field: 'items[0].rule.options[1].share', rule: 'SHARE_RANGE' },
    ]);
    expect(rules(validateTemplate(template([choice([{ code: 'A', share: 0.9 }, { code: 'B', share: 0 }])])))).toEqual([
      { field: 'items[0].rule.options', rule: 'CHOICE_FULL_OPTION' },
    ]);
    expect(validateTemplate(template([choice([{ code: 'A', share: 1 }, { code: 'B', share: 0.5 }])]))).toEqual([]);
  });

  it('checks CHECKLIST facts: at least one, unique codes', () => {
    const checklist = (codes: string[]): TemplateItem => ({
      code: 'FACTS',
      label: label('清单'),
      weight: 100,
      rule: { kind: 'CHECKLIST', facts: codes.map((code) => ({ code, label: label(code) })) },
    });
    expect(rules(validateTemplate(template([checklist([])])))).toEqual([{ field: 'items[0].rule.facts', rule: 'CHECKLIST_FACTS' }]);
    expect(rules(validateTemplate(template([checklist(['FEES', 'FEES'])])))).toEqual([{ field: 'items[0].rule.facts[1].code', rule: 'CODE_UNIQUE' }]);
  });

  it('rejects an unknown rule kind', () => {
    const item = { code: 'X', label: label('X'), weight: 100, rule: { kind: 'SCORE' } } as unknown as TemplateItem;
    expect(rules(validateTemplate(template([item])))).toEqual([{ field: 'items[0].rule.kind', rule: 'RULE_KIND' }]);
  });
});

describe('templateInEffect', () => {
  const v1 = template([bool('A', 100)], { version: 1, effectiveFrom: day('2025-01-01') });
  const v2 = template([bool('A', 100)], { version: 2, effectiveFrom: day('2025-07-01') });

  it('picks the highest version in effect on the day, from its first day on', () => {
    expect(templateInEffect([v2, v1], day('2025-06-30'))).toBe(v1);
    expect(templateInEffect([v2, v1], day('2025-07-01'))).toBe(v2);
    expect(templateInEffect([v1, v2], day('2026-01-01'))).toBe(v2);
  });

  it('is null before the first version', () => {
    expect(templateInEffect([v1, v2], day('2024-12-31'))).toBeNull();
  });
});
