import { expect, it } from 'vitest';
import { rankByScore, wilsonInterval } from './ranking';

const unit = (name: string, score: number | null, cases: number) => ({ item: name, score, cases });

it('ranks only units with enough cases and lists the others apart, most cases first', () => {
  const { ranked, unranked } = rankByScore([unit('甲', 95, 10), unit('乙', 90, 200), unit('丙', 92, 40), unit('丁', null, 500), unit('戊', 99, 29)], 30);
  expect(ranked.map((r) => [r.item, r.place])).toEqual([
    ['丙', 1],
    ['乙', 2],
  ]);
  expect(unranked.map((u) => u.item)).toEqual(['丁', '戊', '甲']);
});

it('gives units whose shown scores are equal the same place', () => {
  const { ranked } = rankByScore([unit('甲', 90.04, 50), unit('乙', 90.01, 60), unit('丙', 80, 70)], 30);
  expect(ranked.map((r) => [r.item, r.place])).toEqual([
    ['乙', 1],
    ['甲', 1],
    ['丙', 3],
  ]);
});

it('gives a wide interval for 2 of 2 and a narrow one for 980 of 1000', () => {
  const small = wilsonInterval(2, 2)!;
  const large = wilsonInterval(980, 1000)!;
  expect(small.low).toBeLessThan(0.35);
  expect(small.high).toBe(1);
  expect(large.low).toBeGreaterThan(0.96);
  expect(large.high).toBeLessThan(0.99);
  expect(wilsonInterval(0, 0)).toBeNull();
});
