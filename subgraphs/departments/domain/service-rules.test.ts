import { describe, expect, it } from 'vitest';
import { centreLevelErrors, itemTimeLimitErrors, type CentreLevel } from './service-rules';
import type { Tier } from './org-tree';

function rules(errors: { field: string; rule: string }[]) {
  return errors.map(({ field, rule }) => ({ field, rule }));
}

describe('itemTimeLimitErrors', () => {
  it('accepts an immediate item promised in 0 days', () => {
    expect(itemTimeLimitErrors({ kind: 'IMMEDIATE', legalDays: 20, promisedDays: 0 })).toEqual([]);
  });

  it('refuses an immediate item promised in 1 day', () => {
    expect(itemTimeLimitErrors({ kind: 'IMMEDIATE', legalDays: 20, promisedDays: 1 })).toEqual([
      {
        field: 'promisedDays',
        rule: 'IMMEDIATE_SAME_DAY',
        message: '即办件当场办结，承诺时限应为 0',
        messageEn: 'an IMMEDIATE item is settled the same day: promised days must be 0',
      },
    ]);
  });

  it('accepts a promised item of 1 day and one equal to the legal limit', () => {
    expect(itemTimeLimitErrors({ kind: 'PROMISED', legalDays: 20, promisedDays: 1 })).toEqual([]);
    expect(itemTimeLimitErrors({ kind: 'PROMISED', legalDays: 20, promisedDays: 20 })).toEqual([]);
  });

  it('refuses a promised item with 0 promised days', () => {
    expect(itemTimeLimitErrors({ kind: 'PROMISED', legalDays: 20, promisedDays: 0 })).toEqual([
      {
        field: 'promisedDays',
        rule: 'PROMISED_DAYS_POSITIVE',
        message: '承诺件的承诺时限至少 1 个工作日',
        messageEn: 'a PROMISED item needs at least 1 promised working day',
      },
    ]);
  });

  it('refuses a promised item with a fractional number of days', () => {
    expect(rules(itemTimeLimitErrors({ kind: 'PROMISED', legalDays: 20, promisedDays: 1.5 }))).toEqual([
      { field: 'promisedDays', rule: 'PROMISED_DAYS_POSITIVE' },
    ]);
  });

  it('refuses a promised limit one day longer than the legal limit', () => {
    expect(itemTimeLimitErrors({ kind: 'PROMISED', legalDays: 20, promisedDays: 21 })).toEqual([
      {
        field: 'promisedDays',
        rule: 'PROMISED_WITHIN_LEGAL',
        message: '承诺时限 21 天不得超过法定时限 20 天',
        messageEn: 'promised days (21) cannot exceed legal days (20)',
      },
    ]);
  });

  it('accepts legal limits of 1 and 365 days', () => {
    expect(itemTimeLimitErrors({ kind: 'IMMEDIATE', legalDays: 1, promisedDays: 0 })).toEqual([]);
    expect(itemTimeLimitErrors({ kind: 'PROMISED', legalDays: 365, promisedDays: 365 })).toEqual([]);
  });

  it.each([0, 366, 2.5, -3, Number.NaN])('refuses a legal limit of %s days', (legalDays) => {
    expect(itemTimeLimitErrors({ kind: 'IMMEDIATE', legalDays, promisedDays: 0 })).toEqual([
      {
        field: 'legalDays',
        rule: 'LEGAL_DAYS_RANGE',
        message: '法定办结时限应为 1–365 个工作日',
        messageEn: 'legal days must be 1–365 working days',
      },
    ]);
  });

  it('reports a bad legal limit and a bad immediate promise together', () => {
    expect(rules(itemTimeLimitErrors({ kind: 'IMMEDIATE', legalDays: 0, promisedDays: 3 }))).toEqual([
      { field: 'legalDays', rule: 'LEGAL_DAYS_RANGE' },
      { field: 'promisedDays', rule: 'IMMEDIATE_SAME_DAY' },
    ]);
  });

  it('reports a bad legal limit and a non-positive promise together', () => {
    expect(rules(itemTimeLimitErrors({ kind: 'PROMISED', legalDays: 0, promisedDays: 0 }))).toEqual([
      { field: 'legalDays', rule: 'LEGAL_DAYS_RANGE' },
      { field: 'promisedDays', rule: 'PROMISED_DAYS_POSITIVE' },
    ]);
  });

  it('reports a too-long legal limit and a promise beyond it together', () => {
    expect(rules(itemTimeLimitErrors({ kind: 'PROMISED', legalDays: 400, promisedDays: 401 }))).toEqual([
      { field: 'legalDays', rule: 'LEGAL_DAYS_RANGE' },
      { field: 'promisedDays', rule: 'PROMISED_WITHIN_LEGAL' },
    ]);
  });
});

describe('centreLevelErrors', () => {
  it.each<[CentreLevel, Tier]>([
    ['COUNTY_CENTRE', 'COUNTY'],
    ['TOWNSHIP_CENTRE', 'TOWNSHIP'],
    ['VILLAGE_POINT', 'VILLAGE'],
  ])('accepts a %s on a %s unit', (level, tier) => {
    expect(centreLevelErrors(level, tier)).toEqual([]);
  });

  it('refuses a township centre on a county unit', () => {
    expect(rules(centreLevelErrors('TOWNSHIP_CENTRE', 'COUNTY'))).toEqual([
      { field: 'orgUnitId', rule: 'CENTRE_LEVEL_MATCHES_TIER' },
    ]);
    expect(centreLevelErrors('TOWNSHIP_CENTRE', 'COUNTY').map((e) => e.messageEn)).toEqual([
      'a TOWNSHIP_CENTRE belongs to a TOWNSHIP unit, got a COUNTY',
    ]);
  });

  it('refuses a county centre on a city unit', () => {
    expect(rules(centreLevelErrors('COUNTY_CENTRE', 'CITY'))).toEqual([
      { field: 'orgUnitId', rule: 'CENTRE_LEVEL_MATCHES_TIER' },
    ]);
  });

  it('refuses a village point on a township unit', () => {
    expect(rules(centreLevelErrors('VILLAGE_POINT', 'TOWNSHIP'))).toEqual([
      { field: 'orgUnitId', rule: 'CENTRE_LEVEL_MATCHES_TIER' },
    ]);
  });
});
