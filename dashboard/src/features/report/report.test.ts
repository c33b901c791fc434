import { describe, expect, it } from 'vitest';
import { base64ToBytes } from './download';
import { columnGroups, englishLabel, layoutTableThree, numberedLabel, type TableThreeRow } from './tableThree';
import { parseReportYear, reportYears } from './year';

const row = (code: string, number: string, depth: number, cells: number[] = [1, 2]): TableThreeRow => ({ code, number, label: code, labelEn: code, depth, cells });

describe('layoutTableThree', () => {
  const rows = [
    row('RECEIVED', '一', 0),
    row('CARRIED_OVER', '二', 0),
    row('RESULTS', '三', 0, []),
    row('DISCLOSED', '（一）', 1),
    row('GROUP:NOT_DISCLOSED', '（三）', 1, []),
    row('NOT_DISCLOSED_STATE_SECRET', '1', 2),
    row('NOT_DISCLOSED_PROCESS_INFO', '6', 2),
    row('RESULTS_TOTAL', '（七）', 1),
    row('CARRIED_FORWARD', '四', 0),
  ];
  const printed = layoutTableThree(rows, (r) => r.code);

  it('prints one row per row with figures, headings folded into spanning cells', () => {
    expect(printed.map((r) => r.code)).toEqual(['RECEIVED', 'CARRIED_OVER', 'DISCLOSED', 'NOT_DISCLOSED_STATE_SECRET', 'NOT_DISCLOSED_PROCESS_INFO', 'RESULTS_TOTAL', 'CARRIED_FORWARD']);
  });
  it('spans top-level rows over all three label columns', () => {
    expect(printed[0]!.labels).toEqual([{ code: 'RECEIVED', text: 'RECEIVED', rowSpan: 1, colSpan: 3, heading: false }]);
  });
  it('puts the heading cells on the first child row with the children’s row count', () => {
    const first = printed[2]!;
    expect(first.labels.map((l) => [l.code, l.rowSpan, l.colSpan, l.heading])).toEqual([
      ['RESULTS', 4, 1, true],
      ['DISCLOSED', 1, 2, false],
    ]);
    expect(printed[3]!.labels.map((l) => [l.code, l.rowSpan, l.colSpan])).toEqual([
      ['GROUP:NOT_DISCLOSED', 2, 1],
      ['NOT_DISCLOSED_STATE_SECRET', 1, 1],
    ]);
    expect(printed[4]!.labels).toHaveLength(1);
    expect(printed[5]!.labels.map((l) => l.colSpan)).toEqual([2]);
    expect(printed[6]!.labels.map((l) => l.colSpan)).toEqual([3]);
  });
  it('keeps every printed row as wide as the form', () => {
    // Label columns covered per row, counting the cells spanning down from above.
    const covered = new Array(printed.length).fill(0);
    printed.forEach((r, i) => r.labels.forEach((l) => { for (let k = 0; k < l.rowSpan; k += 1) covered[i + k] += l.colSpan; }));
    expect(covered).toEqual(new Array(printed.length).fill(3));
  });
});

describe('numberedLabel', () => {
  it('numbers as the form does', () => {
    expect(numberedLabel('一', '本年新收')).toBe('一、本年新收');
    expect(numberedLabel('（三）', '不予公开')).toBe('（三）不予公开');
    expect(numberedLabel('1', '属于国家秘密')).toBe('1.属于国家秘密');
  });
});

describe('englishLabel', () => {
  it('numbers in Roman and Arabic figures', () => {
    expect(englishLabel('三', 'results this year')).toBe('III. results this year');
    expect(englishLabel('（七）', 'total')).toBe('(7) total');
    expect(englishLabel('4', 'protects a third party’s rights')).toBe('4. protects a third party’s rights');
  });
});

describe('columnGroups', () => {
  it('groups the five kinds of organisation', () => {
    expect(columnGroups(['NATURAL_PERSON', 'COMMERCIAL', 'RESEARCH', 'PUBLIC_WELFARE', 'LEGAL_SERVICE', 'OTHER_ORGANIZATION', 'TOTAL'])).toEqual({
      person: 'NATURAL_PERSON',
      organisations: ['COMMERCIAL', 'RESEARCH', 'PUBLIC_WELFARE', 'LEGAL_SERVICE', 'OTHER_ORGANIZATION'],
      total: 'TOTAL',
    });
    expect(columnGroups(['A', 'TOTAL'])).toBeNull();
  });
});

describe('report year', () => {
  it('defaults to last year and offers 2023 to this year', () => {
    expect(reportYears('2026-12-06')).toEqual([2026, 2025, 2024, 2023]);
    expect(parseReportYear(null, '2026-12-06')).toBe(2025);
    expect(parseReportYear('2024', '2026-12-06')).toBe(2024);
    expect(parseReportYear('2019', '2026-12-06')).toBe(2025);
    expect(parseReportYear('abc', '2026-12-06')).toBe(2025);
  });
});

describe('base64ToBytes', () => {
  it('decodes the API’s files', () => {
    expect([...base64ToBytes('UEsDBA==')]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });
});
