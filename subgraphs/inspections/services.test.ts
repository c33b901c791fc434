import { describe, expect, it } from 'vitest';
import { ConfigError } from '../shared/env';
import { DEFAULT_FREQUENCY_RULES, validateFrequencyRules } from './domain/frequency';
import { evenMilestones, inspectionsConfig } from './services';

// Month ends of a common year (29 February does not exist every year, so a milestone uses the 28th).
const MONTH_END = ['01-31', '02-28', '03-31', '04-30', '05-31', '06-30', '07-31', '08-31', '09-30', '10-31', '11-30', '12-31'];
const by = (...months: number[]) => months.map((m, i) => ({ by: MONTH_END[m - 1], cumulative: i + 1 }));

describe('evenMilestones', () => {
  it('spreads 2 a year over the half-years and 4 over the quarters', () => {
    expect(evenMilestones(2)).toEqual([
      { by: '06-30', cumulative: 1 },
      { by: '12-31', cumulative: 2 },
    ]);
    expect(evenMilestones(4)).toEqual([
      { by: '03-31', cumulative: 1 },
      { by: '06-30', cumulative: 2 },
      { by: '09-30', cumulative: 3 },
      { by: '12-31', cumulative: 4 },
    ]);
  });

  it('gives one a stretch of 12 / n months for 1, 3, 6 and 12', () => {
    expect(evenMilestones(1)).toEqual(by(12));
    expect(evenMilestones(3)).toEqual(by(4, 8, 12));
    expect(evenMilestones(6)).toEqual(by(2, 4, 6, 8, 10, 12));
    expect(evenMilestones(12)).toEqual(by(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
  });

  it('rounds uneven stretches up to a month end: 5 → March, May, August, October, December', () => {
    expect(evenMilestones(5)).toEqual(by(3, 5, 8, 10, 12));
  });

  it('has none for 0', () => {
    expect(evenMilestones(0)).toEqual([]);
  });

  it('always ascends, ends on 31 December with the yearly count, and makes valid rules', () => {
    for (let n = 1; n <= 12; n += 1) {
      const milestones = evenMilestones(n);
      expect(milestones.map((m) => m.cumulative), `n = ${n}`).toEqual(Array.from({ length: n }, (_, i) => i + 1));
      expect(milestones[n - 1]!.by).toBe('12-31');
      for (const m of milestones) expect(MONTH_END, `n = ${n}`).toContain(m.by);
      for (let i = 1; i < n; i += 1) expect(milestones[i]!.by > milestones[i - 1]!.by, `n = ${n}`).toBe(true);
      const rules = { ...DEFAULT_FREQUENCY_RULES, counts: [{ ...DEFAULT_FREQUENCY_RULES.counts[0]!, perYear: n, milestones }] };
      expect(validateFrequencyRules(rules), `n = ${n}`).toEqual([]);
    }
  });
});

describe('inspectionsConfig', () => {
  it('has the documented defaults', () => {
    const config = inspectionsConfig({});
    expect(config.rectification).toEqual({ workingDays: 20, reopenWorkingDays: 10 });
    expect(config.grades.thresholds).toEqual({ EXCELLENT: 90, GOOD: 80, PASS: 60 });
    expect(config.grades.gradedKinds).toEqual(['REGULAR', 'ROUTINE', 'UNANNOUNCED', 'SPECIAL']);
    expect(config.grades.noticeWorkingDays).toBe(20);
    expect(config.frequencyTiers).toEqual(['TOWNSHIP']);
    expect(config.minRanked).toBe(3);
    expect(config.yellowWorkingDays).toBe(3);
    // 2 regular (June, December) and 4 routine (quarter ends) a year: the notice's defaults.
    expect(config.frequency).toEqual(DEFAULT_FREQUENCY_RULES);
    expect(config.weights).toEqual({
      APPROVALS_ON_TIME: 15,
      APPROVALS_SATISFACTION: 10,
      COMPLAINTS_ON_TIME: 15,
      COMPLAINTS_SATISFACTION: 10,
      DISCLOSURE_REQUESTS_ON_TIME: 15,
      DISCLOSURE_BOARD_ON_TIME: 10,
      INSPECTION_SCORE: 15,
      RECTIFICATION_COMPLETION: 10,
    });
  });

  it('treats empty variables as unset', () => {
    expect(inspectionsConfig({ YG_INSPECTIONS_FREQUENCY_TIERS: '', YG_INSPECTIONS_YELLOW_DAYS: '', YG_SCORECARD_WEIGHTS: '' })).toEqual(inspectionsConfig({}));
  });

  it('reads the numbers it is given', () => {
    const config = inspectionsConfig({
      YG_INSPECTIONS_RECTIFICATION_DAYS: '15',
      YG_INSPECTIONS_REOPEN_DAYS: '5',
      YG_INSPECTIONS_NOTICE_DAYS: '10',
      YG_INSPECTIONS_MIN_RANKED: '2',
      YG_INSPECTIONS_YELLOW_DAYS: '0',
    });
    expect(config).toMatchObject({ rectification: { workingDays: 15, reopenWorkingDays: 5 }, grades: { noticeWorkingDays: 10 }, minRanked: 2, yellowWorkingDays: 0 });
  });

  it('sets the yearly counts with evenly spread milestones', () => {
    const config = inspectionsConfig({ YG_INSPECTIONS_REGULAR_PER_YEAR: '3', YG_INSPECTIONS_ROUTINE_PER_YEAR: '12' });
    const [regular, routine] = config.frequency.counts;
    expect(regular).toMatchObject({ code: 'REGULAR', countedKinds: ['REGULAR'], perYear: 3, milestones: by(4, 8, 12) });
    expect(routine).toMatchObject({ code: 'ROUTINE', countedKinds: ['ROUTINE'], perYear: 12 });
    expect(routine!.milestones).toHaveLength(12);
    expect(config.frequency.selfChecks).toEqual(DEFAULT_FREQUENCY_RULES.selfChecks);
    expect(validateFrequencyRules(config.frequency)).toEqual([]);
    // None required: no milestones, and the rules still validate.
    const none = inspectionsConfig({ YG_INSPECTIONS_REGULAR_PER_YEAR: '0' });
    expect(none.frequency.counts[0]).toMatchObject({ perYear: 0, milestones: [] });
    expect(validateFrequencyRules(none.frequency)).toEqual([]);
  });

  describe('YG_INSPECTIONS_FREQUENCY_TIERS', () => {
    it('reads a comma-separated list, trimming blanks', () => {
      expect(inspectionsConfig({ YG_INSPECTIONS_FREQUENCY_TIERS: 'TOWNSHIP,VILLAGE' }).frequencyTiers).toEqual(['TOWNSHIP', 'VILLAGE']);
      expect(inspectionsConfig({ YG_INSPECTIONS_FREQUENCY_TIERS: ' COUNTY , TOWNSHIP ,' }).frequencyTiers).toEqual(['COUNTY', 'TOWNSHIP']);
      expect(inspectionsConfig({ YG_INSPECTIONS_FREQUENCY_TIERS: 'VILLAGE' }).frequencyTiers).toEqual(['VILLAGE']);
    });

    it('refuses an unknown tier, naming the variable', () => {
      for (const value of ['TOWN', 'township', 'TOWNSHIP;VILLAGE']) {
        expect(() => inspectionsConfig({ YG_INSPECTIONS_FREQUENCY_TIERS: value }), value).toThrow(ConfigError);
        expect(() => inspectionsConfig({ YG_INSPECTIONS_FREQUENCY_TIERS: value }), value).toThrow(/YG_INSPECTIONS_FREQUENCY_TIERS/);
      }
    });
  });

  describe('grade thresholds', () => {
    it('merges a partial override over the defaults', () => {
      expect(inspectionsConfig({ YG_INSPECTIONS_GRADE_THRESHOLDS: '{"PASS":50}' }).grades.thresholds).toEqual({ EXCELLENT: 90, GOOD: 80, PASS: 50 });
      expect(inspectionsConfig({ YG_INSPECTIONS_GRADE_THRESHOLDS: '{"EXCELLENT":95,"GOOD":85,"PASS":70}' }).grades.thresholds).toEqual({ EXCELLENT: 95, GOOD: 85, PASS: 70 });
    });

    it('refuses thresholds out of order, naming the threshold and the rule', () => {
      expect(() => inspectionsConfig({ YG_INSPECTIONS_GRADE_THRESHOLDS: '{"GOOD":95}' })).toThrow(/thresholds\.GOOD: the good threshold must be below the excellent one/);
      expect(() => inspectionsConfig({ YG_INSPECTIONS_GRADE_THRESHOLDS: '{"PASS":80}' })).toThrow(/thresholds\.PASS: the pass threshold must be below the good one/);
    });

    it('refuses thresholds outside 0–100', () => {
      expect(() => inspectionsConfig({ YG_INSPECTIONS_GRADE_THRESHOLDS: '{"EXCELLENT":101}' })).toThrow(/thresholds\.EXCELLENT: .*at most 100/);
      expect(() => inspectionsConfig({ YG_INSPECTIONS_GRADE_THRESHOLDS: '{"PASS":0}' })).toThrow(/thresholds\.PASS: .*above 0/);
      expect(() => inspectionsConfig({ YG_INSPECTIONS_GRADE_THRESHOLDS: '{"PASS":-5}' })).toThrow(/thresholds\.PASS/);
    });

    it('refuses text that is not a JSON object of numbers, naming the variable', () => {
      for (const value of ['nope', '{"EXCELLENT":"90"}', '[90,80,60]']) {
        expect(() => inspectionsConfig({ YG_INSPECTIONS_GRADE_THRESHOLDS: value }), value).toThrow(ConfigError);
        expect(() => inspectionsConfig({ YG_INSPECTIONS_GRADE_THRESHOLDS: value }), value).toThrow(/YG_INSPECTIONS_GRADE_THRESHOLDS/);
      }
    });
  });

  describe('scorecard weights', () => {
    it('merges a partial override over the defaults', () => {
      const weights = inspectionsConfig({ YG_SCORECARD_WEIGHTS: '{"INSPECTION_SCORE":30,"APPROVALS_SATISFACTION":0}' }).weights;
      expect(weights).toMatchObject({ INSPECTION_SCORE: 30, APPROVALS_SATISFACTION: 0, APPROVALS_ON_TIME: 15, RECTIFICATION_COMPLETION: 10 });
    });

    it('refuses a negative weight, naming the measure', () => {
      expect(() => inspectionsConfig({ YG_SCORECARD_WEIGHTS: '{"INSPECTION_SCORE":-1}' })).toThrow(/invalid inspections settings: weights\.INSPECTION_SCORE: .*non-negative/);
    });

    it('refuses weights that are all 0', () => {
      const zero = Object.fromEntries(
        ['APPROVALS_ON_TIME', 'APPROVALS_SATISFACTION', 'COMPLAINTS_ON_TIME', 'COMPLAINTS_SATISFACTION', 'DISCLOSURE_REQUESTS_ON_TIME', 'DISCLOSURE_BOARD_ON_TIME', 'INSPECTION_SCORE', 'RECTIFICATION_COMPLETION'].map((m) => [m, 0]),
      );
      expect(() => inspectionsConfig({ YG_SCORECARD_WEIGHTS: JSON.stringify(zero) })).toThrow(/weights: the weights must not all be 0/);
    });

    it('refuses an unknown measure and non-numbers, naming the variable', () => {
      for (const value of ['{"FOO":1}', '{"INSPECTION_SCORE":"15"}', 'weights']) {
        expect(() => inspectionsConfig({ YG_SCORECARD_WEIGHTS: value }), value).toThrow(ConfigError);
        expect(() => inspectionsConfig({ YG_SCORECARD_WEIGHTS: value }), value).toThrow(/YG_SCORECARD_WEIGHTS/);
      }
    });

    it('reports threshold and weight problems together', () => {
      let message = '';
      try {
        inspectionsConfig({ YG_INSPECTIONS_GRADE_THRESHOLDS: '{"GOOD":95}', YG_SCORECARD_WEIGHTS: '{"INSPECTION_SCORE":-1}' });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/thresholds\.GOOD/);
      expect(message).toMatch(/weights\.INSPECTION_SCORE/);
    });
  });

  it('refuses numbers outside their ranges, naming each variable', () => {
    const cases: [string, string][] = [
      ['YG_INSPECTIONS_RECTIFICATION_DAYS', '0'],
      ['YG_INSPECTIONS_RECTIFICATION_DAYS', '2.5'],
      ['YG_INSPECTIONS_REOPEN_DAYS', '251'],
      ['YG_INSPECTIONS_NOTICE_DAYS', 'twenty'],
      ['YG_INSPECTIONS_REGULAR_PER_YEAR', '13'],
      ['YG_INSPECTIONS_ROUTINE_PER_YEAR', '-1'],
      ['YG_INSPECTIONS_MIN_RANKED', '0'],
      ['YG_INSPECTIONS_YELLOW_DAYS', '31'],
    ];
    for (const [name, value] of cases) {
      expect(() => inspectionsConfig({ [name]: value }), `${name}=${value}`).toThrow(ConfigError);
      expect(() => inspectionsConfig({ [name]: value }), `${name}=${value}`).toThrow(new RegExp(name));
    }
  });
});
