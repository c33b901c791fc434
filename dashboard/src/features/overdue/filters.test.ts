import { describe, expect, it } from 'vitest';
import { OVERDUE_DOMAINS } from './domains';
import { domainFilter, filterKey, parseFilters } from './filters';

const scope = { withinId: 'u1', departmentId: null };
const department = { withinId: 'u1', departmentId: 'd1' };

describe('parseFilters', () => {
  it('defaults to overdue items of every domain, 20 a page', () => {
    expect(parseFilters(new URLSearchParams('unit=430721&period=2026'))).toEqual({ domain: null, level: 'overdue', minDays: null, escalated: null, pageSize: 20 });
  });
  it('reads every parameter and ignores nonsense', () => {
    expect(parseFilters(new URLSearchParams('domain=complaints&level=yellow&minDays=5&escalated=false&size=50'))).toEqual({
      domain: 'complaints',
      level: 'yellow',
      minDays: 5,
      escalated: false,
      pageSize: 50,
    });
    expect(parseFilters(new URLSearchParams('domain=x&level=x&minDays=-1&escalated=maybe&size=7'))).toEqual(parseFilters(new URLSearchParams('')));
  });
});

describe('domainFilter', () => {
  const base = parseFilters(new URLSearchParams(''));
  it('is 超期件 by default, as the overview tile counts (public requests where they are located)', () => {
    expect(domainFilter('approvals', base, scope)).toEqual({ withinId: 'u1', overdueOnly: true });
    expect(domainFilter('complaints', base, scope)).toEqual({ withinId: 'u1', overdueOnly: true, locatedOnly: true });
    expect(domainFilter('disclosures', base, scope)).toEqual({ withinId: 'u1', overdueOnly: true });
  });
  it('lists a department by departmentId, without locatedOnly', () => {
    expect(domainFilter('complaints', base, department)).toEqual({ withinId: 'u1', departmentId: 'd1', overdueOnly: true });
  });
  it('maps levels to warning cards, without overdueOnly or locatedOnly', () => {
    expect(domainFilter('disclosures', { ...base, level: 'yellow' }, scope).warningLevels).toEqual(['YELLOW']);
    expect(domainFilter('disclosures', { ...base, level: 'all' }, scope)).toEqual({ withinId: 'u1', warningLevels: ['RED', 'YELLOW'] });
    expect(domainFilter('complaints', { ...base, level: 'all' }, scope)).toEqual({ withinId: 'u1', warningLevels: ['RED', 'YELLOW'] });
  });
  it.each(OVERDUE_DOMAINS)('sends minimum days and escalation to %s', (domain) => {
    const f = domainFilter(domain, { ...base, minDays: 3, escalated: false }, department);
    expect(f).toEqual({ withinId: 'u1', departmentId: 'd1', overdueOnly: true, minOverdueDays: 3, escalated: false });
  });
  it('leaves minimum days and escalation out when not set', () => {
    const f = domainFilter('approvals', base, scope);
    expect(f).not.toHaveProperty('minOverdueDays');
    expect(f).not.toHaveProperty('escalated');
  });
  it('changes the key when any filter or the scope changes', () => {
    expect(filterKey(base, scope)).not.toBe(filterKey({ ...base, escalated: true }, scope));
    expect(filterKey(base, scope)).not.toBe(filterKey(base, { ...scope, departmentId: 'd' }));
  });
});
