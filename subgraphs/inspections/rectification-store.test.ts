import { describe, expect, it } from 'vitest';
import type { Viewer } from '../shared/viewer';
import { actorFor, actsForOffice, actsForOwner, ownerKey, type RectificationRowParties } from './rectification-store';

const COUNTY = '/4307/430721/';
const TOWN = '/4307/430721/430721100/';
const viewer = (role: Viewer['role'], scopePath: string, departmentId: string | null = null, permissions: Viewer['permissions'] = ['read']): Viewer => ({
  sub: `${role}@${scopePath}`,
  name: '测试',
  role,
  scopePath,
  orgUnitCode: null,
  departmentId,
  permissions,
  locale: 'zh-CN',
});

/** The county office's finding on the township. */
const countyFinding: RectificationRowParties = { ownerUnitId: 'town', ownerPath: TOWN, ownerDepartmentId: null, inspectingUnitId: 'county', inspectingUnitPath: COUNTY, selfCheck: false };
/** The township's own self-check finding. */
const selfCheckFinding: RectificationRowParties = { ...countyFinding, inspectingUnitId: 'town', inspectingUnitPath: TOWN, selfCheck: true };
/** A finding at a department's window. */
const windowFinding: RectificationRowParties = { ...countyFinding, ownerUnitId: 'county', ownerPath: COUNTY, ownerDepartmentId: 'housing' };

describe('who acts for the inspecting office', () => {
  it('is supervision whose scope holds the office, not the owner’s own supervisor', () => {
    expect(actsForOffice(viewer('supervisor', COUNTY), countyFinding)).toBe(true);
    expect(actsForOffice(viewer('supervisor', TOWN), countyFinding)).toBe(false);
    expect(actsForOffice(viewer('system', '/', null, ['read', 'write']), countyFinding)).toBe(true);
    expect(actsForOffice(viewer('system', '/', null, ['read']), countyFinding)).toBe(false);
  });

  it('is never a county clerk for supervision’s findings, but a unit’s staff for their own self-check’s', () => {
    expect(actsForOffice(viewer('operator', COUNTY, null, ['read', 'write']), countyFinding)).toBe(false);
    expect(actsForOffice(viewer('operator', TOWN, null, ['read', 'write']), countyFinding)).toBe(false);
    expect(actsForOffice(viewer('operator', TOWN, null, ['read', 'write']), selfCheckFinding)).toBe(true);
    expect(actsForOffice(viewer('leader', COUNTY), countyFinding)).toBe(false);
  });
});

describe('who acts for the owner', () => {
  it('is the unit’s own staff, or the window’s own operator', () => {
    expect(actsForOwner(viewer('operator', TOWN, null, ['read', 'write']), countyFinding)).toBe(true);
    expect(actsForOwner(viewer('operator', COUNTY, null, ['read', 'write']), countyFinding)).toBe(false);
    expect(actsForOwner(viewer('operator', COUNTY, 'housing', ['read', 'write']), windowFinding)).toBe(true);
    expect(actsForOwner(viewer('operator', COUNTY, 'transport', ['read', 'write']), windowFinding)).toBe(false);
    expect(actsForOwner(viewer('supervisor', COUNTY), countyFinding)).toBe(false);
  });

  it('keys parties by id, so a re-coded unit keeps its rectifications workable', () => {
    const actor = actorFor(viewer('operator', TOWN, null, ['read', 'write']), countyFinding, 'SUBMITTED');
    expect(actor.unitId).toBe(ownerKey('town', null));
    expect(actorFor(viewer('supervisor', COUNTY), countyFinding, 'VERIFIED').unitId).toBe('unit:county');
    // A viewer who may not act is a key no party has, so the lifecycle refuses by its own rule.
    expect(actorFor(viewer('operator', COUNTY, null, ['read', 'write']), countyFinding, 'VERIFIED').unitId).toMatch(/^viewer:/);
  });
});
