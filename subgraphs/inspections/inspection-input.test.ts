import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../shared/calendar';
import type { DepartmentRef, UnitRef } from '../shared/departments-directory';
import type { UserError } from '../shared/errors';
import type { Viewer } from '../shared/viewer';
import { itemResults, observationOf, recordRefusal, resolveParties, type InspectionInput, type PartyRefs } from './inspection-input';

// A small tree: the county (its 政务公开办 inspects), two townships, a village, a neighbouring county.
const unit = (id: string, path: string, tier: UnitRef['tier'], active = true): UnitRef => ({ id, code: id, name: id, tier, path, active });
const COUNTY = unit('430721', '/4307/430721/', 'COUNTY');
const TOWN_A = unit('430721100', '/4307/430721/430721100/', 'TOWNSHIP');
const TOWN_B = unit('430721101', '/4307/430721/430721101/', 'TOWNSHIP');
const VILLAGE = unit('430721100201', '/4307/430721/430721100/430721100201/', 'VILLAGE');
const NEIGHBOUR_TOWN = unit('430722100', '/4307/430722/430722100/', 'TOWNSHIP');
const CLOSED_TOWN = unit('430721199', '/4307/430721/430721199/', 'TOWNSHIP', false);
const UNITS = [COUNTY, TOWN_A, TOWN_B, VILLAGE, NEIGHBOUR_TOWN, CLOSED_TOWN];

const department = (id: string, of: UnitRef, active = true): DepartmentRef => ({ id, code: id, name: id, active, orgUnit: { id: of.id, path: of.path } });
const HOUSING = department('dept-housing', COUNTY);
const TOWN_A_WINDOW = department('dept-a-window', TOWN_A);
const MERGED = department('dept-merged', COUNTY, false);
const DEPARTMENTS = [HOUSING, TOWN_A_WINDOW, MERGED];

const refs: PartyRefs = {
  unit: async (id) => UNITS.find((u) => u.id === id),
  department: async (id) => DEPARTMENTS.find((dep) => dep.id === id),
};

const viewer = (role: Viewer['role'], scopePath: string, departmentId: string | null = null, permissions: Viewer['permissions'] = []): Viewer => ({
  sub: `${role}-1`,
  name: '测试',
  role,
  scopePath,
  orgUnitCode: null,
  departmentId,
  permissions,
  locale: 'zh-CN',
});
const COUNTY_SUPERVISOR = viewer('supervisor', COUNTY.path, null, ['read', 'personal-data']);
const TOWN_A_STAFF = viewer('operator', TOWN_A.path, null, ['read', 'write', 'personal-data']);
const COUNTY_STAFF = viewer('operator', COUNTY.path, null, ['read', 'write', 'personal-data']);
const WINDOW_OPERATOR = viewer('operator', TOWN_A.path, TOWN_A_WINDOW.id, ['read', 'write', 'personal-data']);
const LEADER = viewer('leader', COUNTY.path, null, ['read']);
const PLATFORM = viewer('system', '/', null, ['read', 'write']);
const READER_SYSTEM = viewer('system', '/', null, ['read']);

const TODAY = '2025-11-20' as LocalDate;
const WINDOWS = ['H1', 'H2'];

const inspection = (over: Partial<InspectionInput> = {}): InspectionInput => ({
  kind: 'REGULAR',
  date: '2025-11-18',
  inspectingUnitId: COUNTY.id,
  unitId: TOWN_A.id,
  inspectors: ['张三', '李四'],
  results: [],
  ...over,
});
const selfCheck = (over: Partial<InspectionInput> = {}): InspectionInput => inspection({ kind: 'SELF_CHECK', inspectingUnitId: null, ...over });

const resolve = (input: InspectionInput, who: Viewer = COUNTY_SUPERVISOR) => resolveParties(input, who, TODAY, refs, WINDOWS);
async function rules(input: InspectionInput, who: Viewer = COUNTY_SUPERVISOR): Promise<{ field: string; rule: string }[]> {
  const outcome = await resolve(input, who);
  if (outcome.ok) return [];
  for (const e of outcome.errors) expectReadable(e);
  return outcome.errors.map(({ field, rule }) => ({ field, rule }));
}
function expectReadable(e: UserError) {
  expect(e.field).not.toBe('');
  expect(e.rule).toMatch(/^[A-Z_]+$/);
  expect(e.message).not.toBe('');
  expect(e.messageEn).not.toBe('');
}
async function parties(input: InspectionInput, who: Viewer = COUNTY_SUPERVISOR) {
  const outcome = await resolve(input, who);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors));
  return outcome.parties;
}

describe('resolveParties: the parties of an inspection', () => {
  it('resolves an office’s inspection of a unit in its scope', async () => {
    expect(await parties(inspection())).toEqual({ kind: 'REGULAR', date: '2025-11-18', unit: TOWN_A, department: null, inspecting: COUNTY, reportedOn: null });
  });

  it('takes the inspected unit from the department when none is named', async () => {
    const p = await parties(inspection({ unitId: null, departmentId: TOWN_A_WINDOW.id }));
    expect(p).toMatchObject({ unit: TOWN_A, department: TOWN_A_WINDOW, inspecting: COUNTY });
  });

  it('lets an office inspect its own unit’s department window, not its own unit', async () => {
    expect(await parties(inspection({ unitId: null, departmentId: HOUSING.id }))).toMatchObject({ unit: COUNTY, department: HOUSING, inspecting: COUNTY });
    expect(await rules(inspection({ unitId: COUNTY.id }))).toEqual([{ field: 'inspectingUnitId', rule: 'INSPECTING_OTHER_UNIT' }]);
  });

  it('refuses a department that does not belong to the inspected unit', async () => {
    expect(await rules(inspection({ unitId: TOWN_B.id, departmentId: TOWN_A_WINDOW.id }))).toEqual([{ field: 'departmentId', rule: 'DEPARTMENT_OF_UNIT' }]);
  });

  it('refuses unknown and closed departments and units', async () => {
    expect(await rules(inspection({ departmentId: 'dept-nowhere' }))).toEqual([{ field: 'departmentId', rule: 'NOT_FOUND' }]);
    expect(await rules(inspection({ unitId: null, departmentId: MERGED.id }))).toEqual([{ field: 'departmentId', rule: 'NOT_FOUND' }]);
    expect(await rules(inspection({ unitId: 'nowhere' }))).toEqual([{ field: 'unitId', rule: 'NOT_FOUND' }]);
    expect(await rules(inspection({ unitId: CLOSED_TOWN.id }))).toEqual([{ field: 'unitId', rule: 'NOT_FOUND' }]);
    expect(await rules(inspection({ inspectingUnitId: 'nowhere' }))).toEqual([{ field: 'inspectingUnitId', rule: 'NOT_FOUND' }]);
    expect(await rules(inspection({ inspectingUnitId: CLOSED_TOWN.id }))).toEqual([{ field: 'inspectingUnitId', rule: 'NOT_FOUND' }]);
  });

  it('requires the inspected unit, and the inspecting office for anything but a self-check', async () => {
    expect(await rules(inspection({ unitId: null }))).toEqual([{ field: 'unitId', rule: 'REQUIRED' }]);
    expect(await rules(inspection({ inspectingUnitId: null }))).toEqual([{ field: 'inspectingUnitId', rule: 'REQUIRED' }]);
  });

  it('refuses an unknown kind', async () => {
    expect(await rules(inspection({ kind: 'SURPRISE' }))).toEqual([{ field: 'kind', rule: 'KIND' }]);
  });

  it('takes today but not tomorrow, and only real dates', async () => {
    expect((await parties(inspection({ date: TODAY }))).date).toBe(TODAY);
    expect(await rules(inspection({ date: '2025-11-21' }))).toEqual([{ field: 'date', rule: 'DATE_IN_FUTURE' }]);
    for (const date of ['2025-02-29', '2025-11-7', '20251118', '']) expect(await rules(inspection({ date })), date).toEqual([{ field: 'date', rule: 'DATE_FORMAT' }]);
  });

  it('requires named inspectors', async () => {
    expect(await rules(inspection({ inspectors: [] }))).toEqual([{ field: 'inspectors', rule: 'INSPECTORS_REQUIRED' }]);
    expect(await rules(inspection({ inspectors: ['张三', '  '] }))).toEqual([{ field: 'inspectors', rule: 'INSPECTORS_REQUIRED' }]);
  });

  it('checks each finding’s description and photo references, and the working days allowed', async () => {
    const findings = [{ itemCode: 'BOARD', description: null }, { description: '  ' }, { description: '公开栏破损', photos: ['files/a.jpg', ' '] }];
    expect(await rules(inspection({ findings }))).toEqual([
      { field: 'findings[1].description', rule: 'REQUIRED' },
      { field: 'findings[2].photos[1]', rule: 'FILE_REFERENCE' },
    ]);
    for (const rectificationDays of [0, -3, 2.5]) expect(await rules(inspection({ rectificationDays })), String(rectificationDays)).toEqual([{ field: 'rectificationDays', rule: 'WORKING_DAYS_POSITIVE' }]);
    expect((await resolve(inspection({ rectificationDays: 1 }))).ok).toBe(true);
  });

  it('reports every broken rule at once', async () => {
    const all = await rules(inspection({ kind: 'REGULAR', date: '2025-12-01', unitId: COUNTY.id, inspectors: [], selfCheckWindow: 'H1' }));
    expect(all).toEqual([
      { field: 'date', rule: 'DATE_IN_FUTURE' },
      { field: 'inspectingUnitId', rule: 'INSPECTING_OTHER_UNIT' },
      { field: 'inspectors', rule: 'INSPECTORS_REQUIRED' },
      { field: 'selfCheckWindow', rule: 'SELF_CHECK_ONLY' },
    ]);
  });
});

describe('resolveParties: self-checks', () => {
  it('are done by the unit itself, the inspecting office by default', async () => {
    expect(await parties(selfCheck(), TOWN_A_STAFF)).toEqual({ kind: 'SELF_CHECK', date: '2025-11-18', unit: TOWN_A, department: null, inspecting: TOWN_A, reportedOn: null });
    expect(await parties(selfCheck({ inspectingUnitId: TOWN_A.id }), TOWN_A_STAFF)).toMatchObject({ inspecting: TOWN_A });
  });

  it('refuses another unit as the inspecting office', async () => {
    expect(await rules(selfCheck({ inspectingUnitId: COUNTY.id }))).toEqual([{ field: 'inspectingUnitId', rule: 'SELF_CHECK_BY_UNIT' }]);
    expect(await rules(selfCheck({ inspectingUnitId: TOWN_B.id }), TOWN_A_STAFF)).toEqual([{ field: 'inspectingUnitId', rule: 'SELF_CHECK_BY_UNIT' }]);
  });

  it('take a configured window and a report day from the self-check day to today', async () => {
    expect(await parties(selfCheck({ selfCheckWindow: 'H2', reportedOn: '2025-11-18' }), PLATFORM)).toMatchObject({ reportedOn: '2025-11-18' });
    expect(await parties(selfCheck({ reportedOn: TODAY }), TOWN_A_STAFF)).toMatchObject({ reportedOn: TODAY });
    // People record a report the day it is sent; an earlier day only comes from other systems.
    expect(await rules(selfCheck({ reportedOn: '2025-11-18' }), TOWN_A_STAFF)).toEqual([{ field: 'reportedOn', rule: 'DATED_BY_SYSTEMS_ONLY' }]);
    expect(await rules(selfCheck({ selfCheckWindow: 'H3' }), TOWN_A_STAFF)).toEqual([{ field: 'selfCheckWindow', rule: 'WINDOW' }]);
    expect(await rules(selfCheck({ reportedOn: '2025-11-17' }), TOWN_A_STAFF)).toEqual([{ field: 'reportedOn', rule: 'REPORT_BEFORE_CHECK' }]);
    expect(await rules(selfCheck({ reportedOn: '2025-11-21' }), TOWN_A_STAFF)).toEqual([{ field: 'reportedOn', rule: 'DATE_IN_FUTURE' }]);
    expect(await rules(selfCheck({ reportedOn: '2025-11-31' }), TOWN_A_STAFF)).toEqual([{ field: 'reportedOn', rule: 'DATE_FORMAT' }]);
  });

  it('names the configured windows when refusing one', async () => {
    const outcome = await resolve(selfCheck({ selfCheckWindow: 'Q1' }), TOWN_A_STAFF);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.errors[0]!.messageEn).toMatch(/H1, H2/);
  });

  it('are the only kind with a window or a report day', async () => {
    expect(await rules(inspection({ selfCheckWindow: 'H1' }))).toEqual([{ field: 'selfCheckWindow', rule: 'SELF_CHECK_ONLY' }]);
    expect(await rules(inspection({ reportedOn: '2025-11-19' }))).toEqual([{ field: 'reportedOn', rule: 'SELF_CHECK_ONLY' }]);
  });
});

describe('resolveParties: who may record', () => {
  it('lets a supervisor record any kind in scope', async () => {
    for (const kind of ['REGULAR', 'ROUTINE', 'UNANNOUNCED', 'SPECIAL']) expect((await resolve(inspection({ kind }))).ok, kind).toBe(true);
    expect((await resolve(inspection({ unitId: VILLAGE.id }))).ok).toBe(true);
    expect((await resolve(selfCheck())).ok).toBe(true);
    expect((await resolve(inspection({ unitId: null, departmentId: HOUSING.id }))).ok).toBe(true);
  });

  it('lets a system with write access record like a supervisor, and no reader', async () => {
    expect((await resolve(inspection(), PLATFORM)).ok).toBe(true);
    expect(await rules(inspection(), READER_SYSTEM)).toEqual([{ field: 'kind', rule: 'INSPECTING_OFFICE_ONLY' }]);
  });

  it('lets a unit’s own staff record only their own unit’s self-checks', async () => {
    expect((await resolve(selfCheck(), TOWN_A_STAFF)).ok).toBe(true);
    expect((await resolve(selfCheck({ unitId: COUNTY.id }), COUNTY_STAFF)).ok).toBe(true);
    // Not those of the units below them: the frequency figures rest on them.
    expect(await rules(selfCheck({ unitId: VILLAGE.id }), TOWN_A_STAFF)).toEqual([{ field: 'kind', rule: 'INSPECTING_OFFICE_ONLY' }]);
    expect(await rules(selfCheck(), COUNTY_STAFF)).toEqual([{ field: 'kind', rule: 'INSPECTING_OFFICE_ONLY' }]);
    for (const kind of ['REGULAR', 'ROUTINE', 'UNANNOUNCED', 'SPECIAL']) {
      expect(await rules(inspection({ kind, unitId: VILLAGE.id, inspectingUnitId: TOWN_A.id }), TOWN_A_STAFF), kind).toEqual([{ field: 'kind', rule: 'INSPECTING_OFFICE_ONLY' }]);
    }
  });

  it('lets a department’s operator record nothing, not even a self-check', async () => {
    expect(await rules(selfCheck(), WINDOW_OPERATOR)).toEqual([{ field: 'kind', rule: 'INSPECTING_OFFICE_ONLY' }]);
    expect(await rules(selfCheck({ unitId: null, departmentId: TOWN_A_WINDOW.id }), WINDOW_OPERATOR)).toEqual([{ field: 'kind', rule: 'INSPECTING_OFFICE_ONLY' }]);
    expect(await rules(inspection({ unitId: null, departmentId: TOWN_A_WINDOW.id }), WINDOW_OPERATOR)).toEqual([{ field: 'kind', rule: 'INSPECTING_OFFICE_ONLY' }]);
  });

  it('lets a leader record nothing', async () => {
    expect(await rules(inspection(), LEADER)).toEqual([{ field: 'kind', rule: 'INSPECTING_OFFICE_ONLY' }]);
    expect(await rules(selfCheck(), LEADER)).toEqual([{ field: 'kind', rule: 'INSPECTING_OFFICE_ONLY' }]);
  });

  it('refuses a unit outside the viewer’s scope, whoever the viewer is, first among the errors', async () => {
    expect(await rules(inspection({ unitId: NEIGHBOUR_TOWN.id }))).toEqual([{ field: 'unitId', rule: 'OUT_OF_SCOPE' }]);
    expect(await rules(selfCheck({ unitId: TOWN_B.id }), TOWN_A_STAFF)).toEqual([{ field: 'unitId', rule: 'OUT_OF_SCOPE' }]);
    // The county itself lies above a township's staff.
    expect(await rules(selfCheck({ unitId: COUNTY.id }), TOWN_A_STAFF)).toEqual([{ field: 'unitId', rule: 'OUT_OF_SCOPE' }]);
    expect(await rules(inspection({ unitId: NEIGHBOUR_TOWN.id, inspectors: [] }))).toEqual([
      { field: 'unitId', rule: 'OUT_OF_SCOPE' },
      { field: 'inspectors', rule: 'INSPECTORS_REQUIRED' },
    ]);
  });

  it('recordRefusal names the field and the rule', () => {
    expect(recordRefusal(COUNTY_SUPERVISOR, 'REGULAR', TOWN_A.path)).toBeNull();
    expect(recordRefusal(TOWN_A_STAFF, 'SELF_CHECK', TOWN_A.path)).toBeNull();
    expect(recordRefusal(TOWN_A_STAFF, 'REGULAR', TOWN_A.path)).toMatchObject({ field: 'kind', rule: 'INSPECTING_OFFICE_ONLY' });
    expect(recordRefusal(WINDOW_OPERATOR, 'SELF_CHECK', TOWN_A.path)).toMatchObject({ field: 'kind', rule: 'INSPECTING_OFFICE_ONLY' });
    expect(recordRefusal(COUNTY_SUPERVISOR, 'REGULAR', NEIGHBOUR_TOWN.path)).toMatchObject({ field: 'unitId', rule: 'OUT_OF_SCOPE' });
    // A path that merely starts with the same digits is another unit.
    expect(recordRefusal(TOWN_A_STAFF, 'SELF_CHECK', '/4307/430721/4307211000/')).toMatchObject({ field: 'unitId', rule: 'OUT_OF_SCOPE' });
  });
});

describe('observationOf and itemResults', () => {
  it('reads the one field that is set', () => {
    expect(observationOf({ code: 'A', met: true })).toEqual({ kind: 'BOOLEAN', met: true });
    expect(observationOf({ code: 'A', met: false })).toEqual({ kind: 'BOOLEAN', met: false });
    expect(observationOf({ code: 'B', value: 0 })).toEqual({ kind: 'MIN_NUMBER', value: 0 });
    expect(observationOf({ code: 'B', value: 12.5, met: null, option: null, present: null })).toEqual({ kind: 'MIN_NUMBER', value: 12.5 });
    expect(observationOf({ code: 'C', option: 'GOOD' })).toEqual({ kind: 'CHOICE', option: 'GOOD' });
    expect(observationOf({ code: 'D', present: ['photo', 'hours'] })).toEqual({ kind: 'CHECKLIST', present: ['photo', 'hours'] });
    expect(observationOf({ code: 'D', present: [] })).toEqual({ kind: 'CHECKLIST', present: [] });
  });

  it('reads nothing from none or from two', () => {
    expect(observationOf({ code: 'E' })).toBeNull();
    expect(observationOf({ code: 'E', met: null, value: null, option: null, present: null })).toBeNull();
    expect(observationOf({ code: 'E', met: true, value: 3 })).toBeNull();
    expect(observationOf({ code: 'E', option: 'GOOD', present: [] })).toBeNull();
  });

  it('keeps the good results in order and names each bad one', () => {
    const { results, errors } = itemResults([{ code: 'A', met: true }, { code: 'B' }, { code: 'C', value: 3 }, { code: 'D', met: false, option: 'X' }]);
    expect(results).toEqual([
      { code: 'A', observation: { kind: 'BOOLEAN', met: true } },
      { code: 'C', observation: { kind: 'MIN_NUMBER', value: 3 } },
    ]);
    expect(errors.map(({ field, rule }) => ({ field, rule }))).toEqual([
      { field: 'results.B', rule: 'RESULT_ONE_VALUE' },
      { field: 'results.D', rule: 'RESULT_ONE_VALUE' },
    ]);
    for (const e of errors) expectReadable(e);
    expect(itemResults([])).toEqual({ results: [], errors: [] });
  });
});

describe('resolveParties: the inspecting office’s scope', () => {
  const CITY = unit('4307', '/4307/', 'CITY');
  const withCity: PartyRefs = { ...refs, unit: async (id) => [...UNITS, CITY].find((u) => u.id === id) };
  const resolveWith = (input: InspectionInput, who: Viewer) => resolveParties(input, who, TODAY, withCity, WINDOWS);

  it('accepts an office in the caller’s subtree or above it (a city visit recorded by the county)', async () => {
    expect((await resolveWith(inspection({ inspectingUnitId: CITY.id }), COUNTY_SUPERVISOR)).ok).toBe(true);
    const townSupervisor = viewer('supervisor', TOWN_A.path, null, ['read', 'personal-data']);
    expect((await resolveWith(inspection({ inspectingUnitId: COUNTY.id, unitId: VILLAGE.id }), townSupervisor)).ok).toBe(true);
  });

  it('refuses an office in another branch of the tree', async () => {
    const outcome = await resolveWith(inspection({ inspectingUnitId: NEIGHBOUR_TOWN.id }), COUNTY_SUPERVISOR);
    expect(outcome.ok ? [] : outcome.errors.map(({ field, rule }) => ({ field, rule }))).toEqual([{ field: 'inspectingUnitId', rule: 'OUT_OF_SCOPE' }]);
  });
});
