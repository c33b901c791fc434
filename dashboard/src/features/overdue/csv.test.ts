import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildCsv, csvRecord, exportFileName, type CsvLabels } from './csv';
import type { OverdueRow } from './list-query';

const labels: CsvLabels = {
  locale: 'zh-CN',
  headers: { domain: '类别', number: '编号', title: '标题', responsible: '责任单位', due: '到期', days: '超期天数', warning: '预警', escalated: '督办', state: '状态', applicant: '申请人' },
  domain: { approvals: '行政审批', complaints: '诉求', disclosures: '依申请公开' },
  warning: { NONE: '无', YELLOW: '黄牌', RED: '红牌' },
  yes: '是',
  no: '否',
};
const row: OverdueRow = {
  domain: 'complaints',
  id: 'x',
  cursor: 'c',
  dueAt: 0,
  number: '430721-20260929-1C64D526',
  title: '投诉 "缺斤短两", 仁和村',
  responsible: '县市场监督管理局',
  due: '2026-10-12T15:59:59.999Z',
  overdueDays: 55,
  warningLevel: 'RED',
  escalated: true,
  stateLabel: '已签收',
  applicant: '马* 199****2853',
};

describe('csvRecord', () => {
  it('formats dates and days and keeps masked values masked', () => {
    expect(csvRecord(row, labels)).toEqual(['诉求', row.number, row.title, '县市场监督管理局', '2026/10/12 23:59', '55', '红牌', '是', '已签收', '马* 199****2853']);
  });
  it('writes the API day count as given and a plain date for a due day', () => {
    // The due day would give 130 days by the calendar; the file says what the API says.
    const record = csvRecord({ ...row, domain: 'approvals', due: '2026-07-29', overdueDays: 7, escalated: false, applicant: null }, labels);
    expect(record[4]).toBe('2026年7月29日');
    expect(record[5]).toBe('7');
    expect(record[7]).toBe('否');
    expect(record[9]).toBe('');
  });
  it('leaves the days empty when the API says the item is not overdue, and keeps 0', () => {
    expect(csvRecord({ ...row, overdueDays: null }, labels)[5]).toBe('');
    expect(csvRecord({ ...row, overdueDays: 0 }, labels)[5]).toBe('0');
    expect(csvRecord({ ...row, overdueDays: 1234 }, labels)[5]).toBe('1,234');
  });
  it('writes headers in the labels given', () => {
    const en = { ...labels, locale: 'en', headers: { ...labels.headers, domain: 'Domain' }, domain: { ...labels.domain, complaints: 'Public request' } };
    expect(buildCsv([row], en).split('\r\n')[0]).toMatch(/^\uFEFFDomain,/);
    expect(csvRecord(row, en)[0]).toBe('Public request');
  });
});

describe('buildCsv', () => {
  it('starts with a BOM and round-trips quotes and commas', () => {
    const text = buildCsv([row], labels);
    expect(text.startsWith('\uFEFF类别,')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(2);
    expect(parsed[1]![2]).toBe(row.title);
  });
  it('does not let a cell run as a formula', () => {
    const text = buildCsv([{ ...row, title: '=HYPERLINK("x")' }], labels);
    expect(Papa.parse<string[]>(text.slice(1)).data[1]![2]).toBe(`'=HYPERLINK("x")`);
  });
});

describe('exportFileName', () => {
  it('names the unit and the day', () => {
    expect(exportFileName('安乡县', '2026-12-06')).toBe('超期件-安乡县-2026-12-06.csv');
    expect(exportFileName('a/b', '2026-12-06')).toBe('超期件-a_b-2026-12-06.csv');
  });
});
