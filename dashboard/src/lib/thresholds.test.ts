import { expect, it } from 'vitest';
import { rateStanding, scoreStanding, zeroStanding } from './thresholds';

it('colours a rate against its floor: met, just missed, missed', () => {
  expect(rateStanding({ value: 0.98, target: 0.98, higherIsBetter: true })).toBe('good');
  expect(rateStanding({ value: 0.965, target: 0.98, higherIsBetter: true })).toBe('warn');
  expect(rateStanding({ value: 0.95, target: 0.98, higherIsBetter: true })).toBe('bad');
});

it('colours a ceiling the other way round (退单率)', () => {
  expect(rateStanding({ value: 0.04, target: 0.05, higherIsBetter: false })).toBe('good');
  expect(rateStanding({ value: 0.06, target: 0.05, higherIsBetter: false })).toBe('warn');
  expect(rateStanding({ value: 0.2, target: 0.05, higherIsBetter: false })).toBe('bad');
});

it('leaves a rate without data uncoloured', () => {
  expect(rateStanding({ value: null, target: 0.9, higherIsBetter: true })).toBe('none');
  expect(rateStanding(null)).toBe('none');
});

it('bands scores and wants overdue counts at zero', () => {
  expect(scoreStanding(85)).toBe('good');
  expect(scoreStanding(70)).toBe('warn');
  expect(scoreStanding(59.9)).toBe('bad');
  expect(zeroStanding(0)).toBe('good');
  expect(zeroStanding(3)).toBe('bad');
});
