import { describe, expect, it } from 'vitest';
import { deadlineStatus, ledgerFilter, pageRequest, parseLedgerMode } from './ledger';
import { codeFromPath, tierBelow } from './tiers';

describe('deadlineStatus', () => {
  const row = (state: string, dueOn: string, level = 'NONE', overdueWorkingDays = 0) =>
    ({ state, dueOn, warning: { level, overdueWorkingDays } }) as Parameters<typeof deadlineStatus>[0];

  it('counts overdue working days from the API card', () => {
    expect(deadlineStatus(row('OPEN', '2026-05-08', 'RED', 147), '2026-12-06')).toEqual({ kind: 'overdue', workingDays: 147 });
  });
  it('counts calendar days left, flagging the yellow card', () => {
    expect(deadlineStatus(row('IN_PROGRESS', '2026-12-10', 'YELLOW'), '2026-12-06')).toEqual({ kind: 'due', days: 4, soon: true });
    expect(deadlineStatus(row('REOPENED', '2027-01-06'), '2026-12-06')).toEqual({ kind: 'due', days: 31, soon: false });
  });
  it('stops the owner’s clock once submitted or verified', () => {
    expect(deadlineStatus(row('SUBMITTED', '2026-03-12'), '2026-12-06')).toEqual({ kind: 'awaiting' });
    expect(deadlineStatus(row('VERIFIED', '2026-03-12'), '2026-12-06')).toEqual({ kind: 'closed' });
  });
});

describe('ledger URL state', () => {
  it('defaults to overdue only', () => {
    expect(parseLedgerMode(null)).toBe('overdue');
    expect(parseLedgerMode('nonsense')).toBe('overdue');
    expect(parseLedgerMode('open')).toBe('open');
  });
  it('builds the filter for the subtree', () => {
    expect(ledgerFilter('u1', 'overdue')).toEqual({ withinId: 'u1', overdueOnly: true });
    expect(ledgerFilter('u1', 'open')).toEqual({ withinId: 'u1', states: ['OPEN', 'IN_PROGRESS', 'SUBMITTED', 'REOPENED'] });
  });
  it('pages forward with after and backward with before', () => {
    expect(pageRequest(null, null, 20)).toEqual({ first: 20 });
    expect(pageRequest('a', null, 20)).toEqual({ first: 20, after: 'a' });
    expect(pageRequest(null, 'b', 20)).toEqual({ last: 20, before: 'b' });
  });
});

describe('tiers', () => {
  it('ranks the tier below', () => {
    expect(tierBelow('COUNTY')).toBe('TOWNSHIP');
    expect(tierBelow('TOWNSHIP')).toBe('VILLAGE');
    expect(tierBelow('VILLAGE')).toBeNull();
    expect(tierBelow(undefined)).toBeNull();
  });
  it('reads the code off a path', () => {
    expect(codeFromPath('/4307/430721/430721104/')).toBe('430721104');
  });
});
