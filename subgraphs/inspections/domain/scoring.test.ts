import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../shared/calendar';
import { DEFAULT_BOARD_AND_WINDOW_TEMPLATE, type ScoringTemplate } from './scoring-template';
import { scoreInspection, type ItemObservation, type ItemResult } from './scoring';

const T = DEFAULT_BOARD_AND_WINDOW_TEMPLATE;
const ALL_FACTS = ['LEGAL_BASIS', 'CONDITIONS', 'MATERIALS', 'PROCEDURE', 'TIME_LIMIT', 'FEES', 'COMPLAINT_CHANNEL'];

/** A board and window that meet every item. */
const perfect: Record<string, ItemObservation> = {
  BOARD_LOCATION: { kind: 'CHOICE', option: 'GATE' },
  BOARD_AREA: { kind: 'MIN_NUMBER', value: 12 },
  BOARD_SECTIONS: { kind: 'MIN_NUMBER', value: 6 },
  BOARD_CURRENT: { kind: 'BOOLEAN', met: true },
  SERVICE_ITEMS_DISCLOSED: { kind: 'CHECKLIST', present: ALL_FACTS },
  WINDOW_STAFF_PRESENT: { kind: 'BOOLEAN', met: true },
};
const results = (over: Record<string, ItemObservation> = {}): ItemResult[] =>
  Object.entries({ ...perfect, ...over }).map(([code, observation]) => ({ code, observation }));
const score = (over: Record<string, ItemObservation> = {}) => {
  const outcome = scoreInspection(T, results(over));
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.score;
};
const errorsOf = (r: ItemResult[], template: ScoringTemplate = T) => {
  const outcome = scoreInspection(template, r);
  if (outcome.ok) throw new Error('expected errors');
  return outcome.errors.map(({ field, rule }) => ({ field, rule }));
};

describe('scoreInspection with the default template', () => {
  it('gives 100 and no failed items when every item is met, exactly at the thresholds', () => {
    const s = score();
    expect(s.total).toBe(100);
    expect(s.failedItems).toEqual([]);
    expect(s.templateCode).toBe('BOARD_AND_WINDOW');
    expect(s.templateVersion).toBe(1);
    expect(s.items.map((i) => [i.code, i.points, i.failed])).toEqual([
      ['BOARD_LOCATION', 15, false],
      ['BOARD_AREA', 15, false],
      ['BOARD_SECTIONS', 10, false],
      ['BOARD_CURRENT', 20, false],
      ['SERVICE_ITEMS_DISCLOSED', 25, false],
      ['WINDOW_STAFF_PRESENT', 15, false],
    ]);
  });

  it('gives a visible place the same as the gate, and elsewhere 0', () => {
    expect(score({ BOARD_LOCATION: { kind: 'CHOICE', option: 'VISIBLE_PLACE' } }).total).toBe(100);
    const s = score({ BOARD_LOCATION: { kind: 'CHOICE', option: 'OTHER' } });
    expect(s.total).toBe(85);
    expect(s.failedItems).toEqual([
      { code: 'BOARD_LOCATION', label: T.items[0]!.label, weight: 15, points: 0, finding: { zh: '公开栏设置位置：其他位置', en: 'board location: elsewhere' } },
    ]);
  });

  it('gives the area nothing just below 12 m², full at 12 m² and above', () => {
    expect(score({ BOARD_AREA: { kind: 'MIN_NUMBER', value: 11.99 } }).total).toBe(85);
    expect(score({ BOARD_AREA: { kind: 'MIN_NUMBER', value: 12 } }).total).toBe(100);
    expect(score({ BOARD_AREA: { kind: 'MIN_NUMBER', value: 30 } }).total).toBe(100);
  });

  it('describes a board that is too small as a finding', () => {
    const [failed] = score({ BOARD_AREA: { kind: 'MIN_NUMBER', value: 8 } }).failedItems;
    expect(failed!.finding).toEqual({ zh: '公开栏面积：8平方米，低于12平方米', en: 'board area: 8 m², below 12 m²' });
  });

  it('gives 5 sections nothing and 6 sections full', () => {
    expect(score({ BOARD_SECTIONS: { kind: 'MIN_NUMBER', value: 5 } }).total).toBe(90);
    expect(score({ BOARD_SECTIONS: { kind: 'MIN_NUMBER', value: 6 } }).total).toBe(100);
  });

  it('scores the 七公开 checklist by the share of facts present and names the missing ones', () => {
    const s = score({ SERVICE_ITEMS_DISCLOSED: { kind: 'CHECKLIST', present: ['LEGAL_BASIS', 'CONDITIONS', 'MATERIALS', 'PROCEDURE', 'TIME_LIMIT'] } });
    // 25 × 5/7 = 17.857… → 92.857… overall.
    expect(s.items.find((i) => i.code === 'SERVICE_ITEMS_DISCLOSED')).toMatchObject({ points: 17.86, share: 5 / 7, failed: true });
    expect(s.total).toBe(92.9);
    expect(s.failedItems).toEqual([
      {
        code: 'SERVICE_ITEMS_DISCLOSED',
        label: { zh: '服务事项七公开', en: 'service items published with the seven facts' },
        weight: 25,
        points: 17.86,
        finding: { zh: '服务事项七公开：缺少收费标准、投诉渠道', en: 'service items published with the seven facts: missing fees, complaint channel' },
        missingFacts: ['FEES', 'COMPLAINT_CHANNEL'],
      },
    ]);
  });

  it('does not care about the order of the facts, and gives an empty checklist 0', () => {
    expect(score({ SERVICE_ITEMS_DISCLOSED: { kind: 'CHECKLIST', present: [...ALL_FACTS].reverse() } }).total).toBe(100);
    expect(score({ SERVICE_ITEMS_DISCLOSED: { kind: 'CHECKLIST', present: [] } }).total).toBe(75);
  });

  it('lists every failed item in template order, and scores a board that fails everything 0', () => {
    const s = score({
      WINDOW_STAFF_PRESENT: { kind: 'BOOLEAN', met: false },
      BOARD_CURRENT: { kind: 'BOOLEAN', met: false },
    });
    expect(s.total).toBe(65);
    expect(s.failedItems.map((f) => [f.code, f.finding.zh])).toEqual([
      ['BOARD_CURRENT', '公开内容及时更新：未达标'],
      ['WINDOW_STAFF_PRESENT', '窗口人员在岗：未达标'],
    ]);
    const none = score({
      BOARD_LOCATION: { kind: 'CHOICE', option: 'OTHER' },
      BOARD_AREA: { kind: 'MIN_NUMBER', value: 0 },
      BOARD_SECTIONS: { kind: 'MIN_NUMBER', value: 0 },
      BOARD_CURRENT: { kind: 'BOOLEAN', met: false },
      SERVICE_ITEMS_DISCLOSED: { kind: 'CHECKLIST', present: [] },
      WINDOW_STAFF_PRESENT: { kind: 'BOOLEAN', met: false },
    });
    expect(none.total).toBe(0);
    expect(none.failedItems).toHaveLength(6);
  });

  it('does not depend on the order the results arrive in', () => {
    expect(scoreInspection(T, results().reverse())).toEqual(scoreInspection(T, results()));
  });
});

describe('scoreInspection errors name the item', () => {
  it('reports every missing item', () => {
    const r = results().filter((x) => x.code !== 'BOARD_AREA' && x.code !== 'WINDOW_STAFF_PRESENT');
    expect(errorsOf(r)).toEqual([
      { field: 'results.BOARD_AREA', rule: 'RESULT_MISSING' },
      { field: 'results.WINDOW_STAFF_PRESENT', rule: 'RESULT_MISSING' },
    ]);
    const outcome = scoreInspection(T, r);
    expect(!outcome.ok && outcome.errors[0]!.message).toBe('请填写评分项“公开栏面积”的检查结果');
  });

  it('rejects a result of the wrong kind (a number typed where met / not met is expected)', () => {
    expect(errorsOf(results({ BOARD_CURRENT: { kind: 'MIN_NUMBER', value: 20 } }))).toEqual([{ field: 'results.BOARD_CURRENT', rule: 'RESULT_KIND' }]);
    const outcome = scoreInspection(T, results({ BOARD_AREA: { kind: 'BOOLEAN', met: true } }));
    expect(!outcome.ok && outcome.errors[0]).toEqual({
      field: 'results.BOARD_AREA',
      rule: 'RESULT_KIND',
      message: '评分项“公开栏面积”的结果应为数值',
      messageEn: 'the result for "board area" must be a number',
    });
  });

  it('rejects a payload whose value does not match its declared kind', () => {
    const bad = { kind: 'BOOLEAN', met: 'yes' } as unknown as ItemObservation;
    expect(errorsOf(results({ BOARD_CURRENT: bad }))).toEqual([{ field: 'results.BOARD_CURRENT', rule: 'RESULT_KIND' }]);
    const notList = { kind: 'CHECKLIST', present: 'FEES' } as unknown as ItemObservation;
    expect(errorsOf(results({ SERVICE_ITEMS_DISCLOSED: notList }))).toEqual([{ field: 'results.SERVICE_ITEMS_DISCLOSED', rule: 'RESULT_KIND' }]);
  });

  it('rejects negative and non-finite numbers', () => {
    expect(errorsOf(results({ BOARD_AREA: { kind: 'MIN_NUMBER', value: -1 } }))).toEqual([{ field: 'results.BOARD_AREA', rule: 'RESULT_NUMBER' }]);
    expect(errorsOf(results({ BOARD_AREA: { kind: 'MIN_NUMBER', value: Number.NaN } }))).toEqual([{ field: 'results.BOARD_AREA', rule: 'RESULT_NUMBER' }]);
  });

  it('rejects an option the item does not have, listing the options', () => {
    const outcome = scoreInspection(T, results({ BOARD_LOCATION: { kind: 'CHOICE', option: 'ROOF' } }));
    expect(!outcome.ok && outcome.errors).toEqual([
      {
        field: 'results.BOARD_LOCATION',
        rule: 'RESULT_OPTION',
        message: '评分项“公开栏设置位置”没有选项“ROOF”（可选：GATE, VISIBLE_PLACE, OTHER）',
        messageEn: '"board location" has no option "ROOF" (options: GATE, VISIBLE_PLACE, OTHER)',
      },
    ]);
  });

  it('rejects unknown and repeated facts', () => {
    expect(errorsOf(results({ SERVICE_ITEMS_DISCLOSED: { kind: 'CHECKLIST', present: ['FEES', 'FEES', 'PHOTO'] } }))).toEqual([
      { field: 'results.SERVICE_ITEMS_DISCLOSED', rule: 'RESULT_FACT_TWICE' },
      { field: 'results.SERVICE_ITEMS_DISCLOSED', rule: 'RESULT_FACT' },
    ]);
  });

  it('rejects results for items the template does not have, and two results for one item', () => {
    const r = [...results(), { code: 'PARKING', observation: { kind: 'BOOLEAN', met: true } as const }, { code: 'BOARD_CURRENT', observation: { kind: 'BOOLEAN', met: false } as const }];
    expect(errorsOf(r)).toEqual([
      { field: 'results.PARKING', rule: 'RESULT_UNKNOWN_ITEM' },
      { field: 'results.BOARD_CURRENT', rule: 'RESULT_TWICE' },
    ]);
  });

  it('scores nothing with a broken template and reports its errors under template.', () => {
    const broken: ScoringTemplate = { ...T, items: T.items.slice(1) };
    expect(errorsOf(results(), broken)).toEqual([{ field: 'template.items', rule: 'WEIGHTS_SUM' }]);
  });
});

describe('scoreInspection with other templates', () => {
  const label = (s: string) => ({ zh: s, en: s });
  const proportional: ScoringTemplate = {
    code: 'P',
    version: 3,
    name: label('比例'),
    effectiveFrom: '2025-01-01' as LocalDate,
    items: [
      { code: 'AREA', label: label('面积'), weight: 40, rule: { kind: 'MIN_NUMBER', threshold: 12, unit: label('m²'), proportional: true } },
      {
        code: 'LOC',
        label: label('位置'),
        weight: 60,
        rule: {
          kind: 'CHOICE',
          options: [
            { code: 'GATE', label: label('门口'), share: 1 },
            { code: 'HALL', label: label('大厅'), share: 0.5 },
          ],
        },
      },
    ],
  };

  it('scores a proportional floor as weight × value / threshold, capped at the full weight', () => {
    const outcome = scoreInspection(proportional, [
      { code: 'AREA', observation: { kind: 'MIN_NUMBER', value: 9 } },
      { code: 'LOC', observation: { kind: 'CHOICE', option: 'HALL' } },
    ]);
    expect(outcome.ok && outcome.score.items.map((i) => i.points)).toEqual([30, 30]);
    expect(outcome.ok && outcome.score.total).toBe(60);
    expect(outcome.ok && outcome.score.failedItems.map((f) => f.code)).toEqual(['AREA', 'LOC']);
    const over = scoreInspection(proportional, [
      { code: 'AREA', observation: { kind: 'MIN_NUMBER', value: 24 } },
      { code: 'LOC', observation: { kind: 'CHOICE', option: 'GATE' } },
    ]);
    expect(over.ok && over.score.total).toBe(100);
  });

  it('scales a template whose weights sum to another configured total to 0–100', () => {
    const ten: ScoringTemplate = {
      ...proportional,
      items: [
        { code: 'A', label: label('A'), weight: 7, rule: { kind: 'BOOLEAN' } },
        { code: 'B', label: label('B'), weight: 3, rule: { kind: 'BOOLEAN' } },
      ],
    };
    const outcome = scoreInspection(
      ten,
      [
        { code: 'A', observation: { kind: 'BOOLEAN', met: true } },
        { code: 'B', observation: { kind: 'BOOLEAN', met: false } },
      ],
      { totalWeight: 10 },
    );
    expect(outcome.ok && outcome.score.total).toBe(70);
    expect(outcome.ok && outcome.score.items.map((i) => i.points)).toEqual([7, 0]);
  });

  it('rounds the total once, to one decimal, from the unrounded points', () => {
    const thirds: ScoringTemplate = {
      ...proportional,
      items: [
        { code: 'A', label: label('A'), weight: 100, rule: { kind: 'CHECKLIST', facts: ['X', 'Y', 'Z'].map((code) => ({ code, label: label(code) })) } },
      ],
    };
    const outcome = scoreInspection(thirds, [{ code: 'A', observation: { kind: 'CHECKLIST', present: ['X', 'Y'] } }]);
    expect(outcome.ok && outcome.score.total).toBe(66.7);
    expect(outcome.ok && outcome.score.items[0]!.points).toBe(66.67);
  });
});
