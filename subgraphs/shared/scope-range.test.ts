import { describe, expect, it } from 'vitest';
import { subtreeRange, subtreeRangeWhere } from './scope';

const COUNTY = '/4307/430721/';
const inRange = (root: string, path: string) => {
  const { from, below } = subtreeRange(root);
  return path >= from && path < below;
};

describe('subtreeRange', () => {
  it('runs from the root’s own path up to, not including, the path with its closing slash turned into 0', () => {
    expect(subtreeRange(COUNTY)).toEqual({ from: '/4307/430721/', below: '/4307/4307210' });
  });

  it.each([
    '/4307/430721/',
    '/4307/430721/430721100/',
    '/4307/430721/430721100/430721100201/',
    '/4307/430721/430721199/430721199999/',
  ])('includes %s', (path) => {
    expect(inRange(COUNTY, path)).toBe(true);
  });

  it.each([
    '/4307/4307211/',
    '/4307/4307210/',
    '/4307/430722/',
    '/4307/430722/430722100/',
    '/4307/430720/430720999/',
    '/4307/',
    '/4308/430721/',
  ])('leaves out %s', (path) => {
    expect(inRange(COUNTY, path)).toBe(false);
  });

  it('orders like a plain byte comparison, so a sorted list holds the subtree as one run', () => {
    const paths = [
      '/4307/',
      '/4307/430720/',
      '/4307/430721/',
      '/4307/430721/430721100/',
      '/4307/430721/430721100/430721100201/',
      '/4307/430721/430721101/',
      '/4307/4307210/',
      '/4307/4307211/',
      '/4307/430722/',
    ].sort();
    const inside = paths.map((p) => inRange(COUNTY, p));
    expect(inside).toEqual([false, false, true, true, true, true, false, false, false]);
  });

  it('covers every path under the root path /', () => {
    expect(subtreeRange('/')).toEqual({ from: '/', below: '0' });
    expect(inRange('/', '/4307/430721/')).toBe(true);
  });

  it('refuses a path without its closing slash', () => {
    expect(() => subtreeRange('/4307/430721')).toThrow(/ends with '\/'/);
  });
});

describe('subtreeRangeWhere', () => {
  it('builds a Prisma range filter on the given field', () => {
    expect(subtreeRangeWhere('orgPath', COUNTY)).toEqual({ orgPath: { gte: '/4307/430721/', lt: '/4307/4307210' } });
  });
});
