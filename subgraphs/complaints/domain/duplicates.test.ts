import { describe, expect, it } from 'vitest';
import { contactKey, DUPLICATE_WINDOW_DAYS, findOriginal, windowStart, type EarlierRequest } from './duplicates';
import { at, DAY, OTHER_VILLAGE, TOWNSHIP, VILLAGE } from './testing/requests';

describe('contactKey', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['0086-138-1234-5678', '13812345678'],
    ['008613812345678', '13812345678'],
    ['86 13812345678', '13812345678'],
    ['(138) 1234-5678', '13812345678'],
    [' 138-1234-5678 ', '13812345678'],
    ['0736-5123456', '07365123456'],
    ['0736 512 3456', '07365123456'],
    ['12345', '12345'],
    ['+86 736 5123456', '07365123456'],
    ['0086 736 5123456', '07365123456'],
    ['+86 (0)736 5123456', '07365123456'],
  ])('matches %s on %s', (phone, key) => {
    expect(contactKey(phone)).toBe(key);
  });

  it('keeps a leading 86 that is not a country code in front of a mobile number', () => {
    // An 8-digit local number that happens to start with 86.
    expect(contactKey('8651 2345')).toBe('86512345');
    // A country code written before a landline that keeps its trunk 0 is the same line.
    expect(contactKey('86 07365123456')).toBe('07365123456');
  });

  it('has no key without at least 5 digits', () => {
    expect(contactKey(null)).toBeNull();
    expect(contactKey(undefined)).toBeNull();
    expect(contactKey('')).toBeNull();
    expect(contactKey('1234')).toBeNull();
    expect(contactKey('12-34')).toBeNull();
    expect(contactKey('无')).toBeNull();
  });
});

describe('findOriginal (重复来电)', () => {
  const NEW_AT = at('2025-11-30', '10:00');
  const incoming = { receivedAt: NEW_AT, category: 'URBAN_CONSTRUCTION' as const, orgPath: VILLAGE.path };
  const earlier = (id: string, receivedAt: Date, o: Partial<EarlierRequest> = {}): EarlierRequest => ({
    id,
    requestNo: `AX-${id}`,
    receivedAt,
    category: 'URBAN_CONSTRUCTION',
    orgPath: VILLAGE.path,
    duplicateOfId: null,
    duplicateOfNo: null,
    ...o,
  });

  it('uses a 30-day window', () => {
    expect(DUPLICATE_WINDOW_DAYS).toBe(30);
    expect(windowStart(NEW_AT)).toEqual(new Date(NEW_AT.getTime() - 30 * DAY));
  });

  it('links a request of exactly 30 days ago but not one of 30 days and 1 ms ago', () => {
    const edge = new Date(NEW_AT.getTime() - 30 * DAY);
    expect(findOriginal(incoming, [earlier('a', edge)])).toEqual({ id: 'a', requestNo: 'AX-a' });
    expect(findOriginal(incoming, [earlier('a', new Date(edge.getTime() - 1))])).toBeNull();
  });

  it('links to a request of the same instant but never to a later one', () => {
    expect(findOriginal(incoming, [earlier('a', NEW_AT)])).toEqual({ id: 'a', requestNo: 'AX-a' });
    expect(findOriginal(incoming, [earlier('a', new Date(NEW_AT.getTime() + 1))])).toBeNull();
  });

  it('requires the same category and the same place', () => {
    const when = at('2025-11-20');
    expect(findOriginal(incoming, [earlier('a', when, { category: 'TRANSPORT' })])).toBeNull();
    expect(findOriginal(incoming, [earlier('a', when, { orgPath: OTHER_VILLAGE.path })])).toBeNull();
    // The township above the village is another place.
    expect(findOriginal(incoming, [earlier('a', when, { orgPath: TOWNSHIP.path })])).toBeNull();
    expect(findOriginal(incoming, [earlier('a', when, { category: 'TRANSPORT' }), earlier('b', when, { orgPath: OTHER_VILLAGE.path })])).toBeNull();
  });

  it('links to the most recent match when there are several originals, in any order', () => {
    const list = [earlier('old', at('2025-11-05')), earlier('recent', at('2025-11-25')), earlier('mid', at('2025-11-15'))];
    expect(findOriginal(incoming, list)).toEqual({ id: 'recent', requestNo: 'AX-recent' });
    expect(findOriginal(incoming, [...list].reverse())).toEqual({ id: 'recent', requestNo: 'AX-recent' });
  });

  it('links to the first request of a chain, even when that request is older than 30 days', () => {
    // The first call on 10-20, the second (linked to it) on 11-15, the third now on 11-30.
    const list = [earlier('first', at('2025-10-20')), earlier('second', at('2025-11-15'), { duplicateOfId: 'first', duplicateOfNo: 'AX-first' })];
    expect(findOriginal(incoming, list)).toEqual({ id: 'first', requestNo: 'AX-first' });
  });

  it('ignores a chain member of another matter when choosing the original', () => {
    const list = [
      earlier('lamp', at('2025-11-10')),
      earlier('road', at('2025-11-28'), { category: 'TRANSPORT', duplicateOfId: 'road-0', duplicateOfNo: 'AX-road-0' }),
    ];
    expect(findOriginal(incoming, list)).toEqual({ id: 'lamp', requestNo: 'AX-lamp' });
  });

  it('finds nothing among no earlier requests', () => {
    expect(findOriginal(incoming, [])).toBeNull();
  });
});
