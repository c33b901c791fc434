import { describe, expect, it } from 'vitest';
import { childPath, placementErrors, repath, type PlacedUnit, type Tier } from './org-tree';

const city: PlacedUnit = { id: 'city', code: '4307', tier: 'CITY', path: '/4307/' };
const county: PlacedUnit = { id: 'county', code: '430721', tier: 'COUNTY', path: '/4307/430721/' };
const otherCounty: PlacedUnit = { id: 'county-2', code: '430722', tier: 'COUNTY', path: '/4307/430722/' };
const township: PlacedUnit = { id: 'township', code: '430721100', tier: 'TOWNSHIP', path: '/4307/430721/430721100/' };
const village: PlacedUnit = {
  id: 'village',
  code: '430721100201',
  tier: 'VILLAGE',
  path: '/4307/430721/430721100/430721100201/',
};

/** The (field, rule) pairs of the errors, in order. */
function rules(errors: { field: string; rule: string }[]) {
  return errors.map(({ field, rule }) => ({ field, rule }));
}

describe('placementErrors', () => {
  it.each<[Tier, string, PlacedUnit | null]>([
    ['CITY', '4307', null],
    ['COUNTY', '430721', city],
    ['TOWNSHIP', '430721100', county],
    ['VILLAGE', '430721100201', township],
  ])('accepts a %s with a %s code under the tier above it', (tier, code, parent) => {
    expect(placementErrors({ code, tier, parent, codeTaken: false })).toEqual([]);
  });

  it('refuses a code containing a letter and reports only the digit rule', () => {
    expect(placementErrors({ code: '43072110020a', tier: 'VILLAGE', parent: township, codeTaken: false })).toEqual([
      {
        field: 'code',
        rule: 'CODE_DIGITS_ONLY',
        message: '区划代码只能由数字组成',
        messageEn: 'the division code must contain digits only',
      },
    ]);
  });

  it('refuses full-width digits in a code', () => {
    expect(rules(placementErrors({ code: '４３０７', tier: 'CITY', parent: null, codeTaken: false }))).toEqual([
      { field: 'code', rule: 'CODE_DIGITS_ONLY' },
    ]);
  });

  it('refuses an empty code as not made of digits', () => {
    expect(rules(placementErrors({ code: '', tier: 'CITY', parent: null, codeTaken: false }))).toEqual([
      { field: 'code', rule: 'CODE_DIGITS_ONLY' },
    ]);
  });

  it('refuses a city code of 5 digits', () => {
    expect(placementErrors({ code: '43071', tier: 'CITY', parent: null, codeTaken: false })).toEqual([
      {
        field: 'code',
        rule: 'CODE_LENGTH_MATCHES_TIER',
        message: '市级区划代码应为 4 位，实际为 5 位',
        messageEn: 'a CITY code has 4 digits, got 5',
      },
    ]);
  });

  it('refuses a county code of 7 digits', () => {
    expect(placementErrors({ code: '4307211', tier: 'COUNTY', parent: city, codeTaken: false })).toEqual([
      {
        field: 'code',
        rule: 'CODE_LENGTH_MATCHES_TIER',
        message: '县级区划代码应为 6 位，实际为 7 位',
        messageEn: 'a COUNTY code has 6 digits, got 7',
      },
    ]);
  });

  it('refuses a township code of 8 digits', () => {
    expect(placementErrors({ code: '43072110', tier: 'TOWNSHIP', parent: county, codeTaken: false })).toEqual([
      {
        field: 'code',
        rule: 'CODE_LENGTH_MATCHES_TIER',
        message: '乡镇级区划代码应为 9 位，实际为 8 位',
        messageEn: 'a TOWNSHIP code has 9 digits, got 8',
      },
    ]);
  });

  it('refuses a village code of 11 digits', () => {
    expect(placementErrors({ code: '43072110020', tier: 'VILLAGE', parent: township, codeTaken: false })).toEqual([
      {
        field: 'code',
        rule: 'CODE_LENGTH_MATCHES_TIER',
        message: '村级区划代码应为 12 位，实际为 11 位',
        messageEn: 'a VILLAGE code has 12 digits, got 11',
      },
    ]);
  });

  it('refuses a county code that does not start with its city code', () => {
    expect(placementErrors({ code: '430821', tier: 'COUNTY', parent: city, codeTaken: false })).toEqual([
      {
        field: 'code',
        rule: 'CODE_PREFIX_PARENT',
        message: '区划代码 430821 应以上级单位代码 4307 开头',
        messageEn: "code 430821 must start with the parent's code 4307",
      },
    ]);
  });

  it('refuses a village code that starts with a sibling township code', () => {
    expect(rules(placementErrors({ code: '430721101201', tier: 'VILLAGE', parent: township, codeTaken: false }))).toEqual([
      { field: 'code', rule: 'CODE_PREFIX_PARENT' },
    ]);
  });

  it('refuses a code another unit already holds', () => {
    expect(placementErrors({ code: '430721', tier: 'COUNTY', parent: city, codeTaken: true })).toEqual([
      {
        field: 'code',
        rule: 'CODE_UNIQUE',
        message: '区划代码 430721 已被使用',
        messageEn: 'division code 430721 is already in use',
      },
    ]);
  });

  it('refuses a village placed directly under a county', () => {
    expect(placementErrors({ code: '430721100201', tier: 'VILLAGE', parent: county, codeTaken: false })).toEqual([
      {
        field: 'parentId',
        rule: 'PARENT_TIER',
        message: '村级单位的上级应为乡镇级，实际为县级',
        messageEn: 'the parent of a VILLAGE unit must be a TOWNSHIP, got a COUNTY',
      },
    ]);
  });

  it('refuses a township placed under another township', () => {
    const sibling: PlacedUnit = { id: 't2', code: '430721101', tier: 'TOWNSHIP', path: '/4307/430721/430721101/' };
    expect(rules(placementErrors({ code: '430721102', tier: 'TOWNSHIP', parent: sibling, codeTaken: false }))).toEqual([
      { field: 'parentId', rule: 'PARENT_TIER' },
    ]);
  });

  it('requires a parent for a township', () => {
    expect(placementErrors({ code: '430721100', tier: 'TOWNSHIP', parent: null, codeTaken: false })).toEqual([
      {
        field: 'parentId',
        rule: 'PARENT_REQUIRED',
        message: '乡镇级单位必须有上级单位',
        messageEn: 'a TOWNSHIP unit needs a parent',
      },
    ]);
  });

  it('requires a parent for a village', () => {
    expect(rules(placementErrors({ code: '430721100201', tier: 'VILLAGE', parent: null, codeTaken: false }))).toEqual([
      { field: 'parentId', rule: 'PARENT_REQUIRED' },
    ]);
  });

  it('lets a county be a root of the tree', () => {
    expect(placementErrors({ code: '430721', tier: 'COUNTY', parent: null, codeTaken: false })).toEqual([]);
  });

  it('refuses any parent for a city', () => {
    const otherCity: PlacedUnit = { id: 'city-2', code: '4308', tier: 'CITY', path: '/4308/' };
    expect(placementErrors({ code: '4307', tier: 'CITY', parent: otherCity, codeTaken: false })).toEqual([
      {
        field: 'parentId',
        rule: 'PARENT_TIER',
        message: '市级单位不能有上级单位',
        messageEn: 'a CITY unit cannot have a parent',
      },
    ]);
  });

  it('refuses moving a county under one of its own townships and reports the cycle instead of the tier', () => {
    expect(placementErrors({ code: '430721', tier: 'COUNTY', parent: township, self: county, codeTaken: false })).toEqual([
      {
        field: 'parentId',
        rule: 'NO_CYCLE',
        message: '上级单位不能是本单位或其下级单位',
        messageEn: 'the parent cannot be the unit itself or one of its descendants',
      },
    ]);
  });

  it('refuses making a unit its own parent', () => {
    expect(rules(placementErrors({ code: '430721100', tier: 'TOWNSHIP', parent: township, self: township, codeTaken: false }))).toEqual([
      { field: 'parentId', rule: 'NO_CYCLE' },
    ]);
  });

  it('refuses moving a county under a village two tiers below it', () => {
    expect(rules(placementErrors({ code: '430721', tier: 'COUNTY', parent: village, self: county, codeTaken: false }))).toEqual([
      { field: 'parentId', rule: 'NO_CYCLE' },
    ]);
  });

  it('still reports code problems alongside a cycle', () => {
    expect(rules(placementErrors({ code: '43072', tier: 'COUNTY', parent: township, self: county, codeTaken: true }))).toEqual([
      { field: 'code', rule: 'CODE_LENGTH_MATCHES_TIER' },
      { field: 'code', rule: 'CODE_UNIQUE' },
      { field: 'parentId', rule: 'NO_CYCLE' },
    ]);
  });

  it('accepts keeping an updated unit under its current parent', () => {
    expect(placementErrors({ code: '430721100', tier: 'TOWNSHIP', parent: county, self: township, codeTaken: false })).toEqual([]);
  });

  it('accepts moving a township to a sibling county with a matching new code', () => {
    expect(placementErrors({ code: '430722100', tier: 'TOWNSHIP', parent: otherCounty, self: township, codeTaken: false })).toEqual([]);
  });

  it('reports a wrong length, a taken code and a wrong parent tier together', () => {
    expect(rules(placementErrors({ code: '4307211002', tier: 'VILLAGE', parent: county, codeTaken: true }))).toEqual([
      { field: 'code', rule: 'CODE_LENGTH_MATCHES_TIER' },
      { field: 'code', rule: 'CODE_UNIQUE' },
      { field: 'parentId', rule: 'PARENT_TIER' },
    ]);
  });

  it('reports non-digits, a taken code and a missing parent together', () => {
    expect(rules(placementErrors({ code: '43072110O', tier: 'TOWNSHIP', parent: null, codeTaken: true }))).toEqual([
      { field: 'code', rule: 'CODE_DIGITS_ONLY' },
      { field: 'code', rule: 'CODE_UNIQUE' },
      { field: 'parentId', rule: 'PARENT_REQUIRED' },
    ]);
  });

  it('reports a wrong length and a wrong prefix together', () => {
    expect(rules(placementErrors({ code: '4308211', tier: 'COUNTY', parent: city, codeTaken: false }))).toEqual([
      { field: 'code', rule: 'CODE_LENGTH_MATCHES_TIER' },
      { field: 'code', rule: 'CODE_PREFIX_PARENT' },
    ]);
  });
});

describe('childPath', () => {
  it('hangs a root unit directly under /', () => {
    expect(childPath(null, '4307')).toBe('/4307/');
  });

  it('appends the code and a trailing slash to the parent path', () => {
    expect(childPath('/4307/430721/', '430721100')).toBe('/4307/430721/430721100/');
  });
});

describe('repath', () => {
  it('replaces the prefix of a descendant path after a move', () => {
    expect(repath('/4307/430721/430721100/430721100201/', '/4307/430721/430721100/', '/4307/430722/430721100/')).toBe(
      '/4307/430722/430721100/430721100201/',
    );
  });

  it('maps the moved unit itself to the new prefix', () => {
    expect(repath('/4307/430721/', '/4307/430721/', '/430721/')).toBe('/430721/');
  });

  it('throws for a path outside the old prefix', () => {
    expect(() => repath('/4307/430722/', '/4307/430721/', '/4308/430721/')).toThrow(
      new Error('path /4307/430722/ is not under /4307/430721/'),
    );
  });
});
