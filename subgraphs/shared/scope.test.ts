import { describe, expect, it } from 'vitest';
import { isOnLine, isWithin, linePaths, lineWhere, subtreeWhere } from './scope';

const county = '/4307/430721/';

describe('linePaths', () => {
  it('lists every unit from the root down to the one at the path', () => {
    expect(linePaths('/4307/430721/430721100/')).toEqual(['/4307/', '/4307/430721/', '/4307/430721/430721100/']);
  });

  it('gives a single path for a root unit', () => {
    expect(linePaths('/430721/')).toEqual(['/430721/']);
  });

  it('gives no paths for the all-seeing scope /', () => {
    expect(linePaths('/')).toEqual([]);
  });
});

describe('isWithin', () => {
  it('includes the scope unit itself and its descendants', () => {
    expect(isWithin(county, county)).toBe(true);
    expect(isWithin('/4307/430721/430721100/430721100201/', county)).toBe(true);
  });

  it('excludes an ancestor and a sibling', () => {
    expect(isWithin('/4307/', county)).toBe(false);
    expect(isWithin('/4307/430722/', county)).toBe(false);
  });

  it('puts every unit within the scope /', () => {
    expect(isWithin('/4308/430821/', '/')).toBe(true);
  });
});

describe('isOnLine', () => {
  it('shows the scope unit and its descendants', () => {
    expect(isOnLine(county, county)).toBe(true);
    expect(isOnLine('/4307/430721/430721100/', county)).toBe(true);
  });

  it('shows an ancestor of the scope unit', () => {
    expect(isOnLine('/4307/', county)).toBe(true);
    expect(isOnLine('/4307/', '/4307/430721/430721100/430721100201/')).toBe(true);
  });

  it('hides a sibling and the sibling’s descendants', () => {
    expect(isOnLine('/4307/430722/', county)).toBe(false);
    expect(isOnLine('/4307/430722/430722100/', county)).toBe(false);
  });

  it('hides a unit of another city', () => {
    expect(isOnLine('/4308/', county)).toBe(false);
  });
});

describe('where fragments', () => {
  it('selects the subtree by path prefix', () => {
    expect(subtreeWhere('path', county)).toEqual({ path: { startsWith: county } });
  });

  it('selects the subtree or the ancestors on the line', () => {
    expect(lineWhere('orgPath', county)).toEqual({
      OR: [{ orgPath: { startsWith: county } }, { orgPath: { in: ['/4307/', '/4307/430721/'] } }],
    });
  });
});
