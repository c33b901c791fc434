// Loads the demo county (安乡县) into an empty departments database: the org tree, 40 county
// departments stationed in the county centre, township centres, village agency points, windows
// and 150 service items. Runs in one transaction; does nothing if any org unit exists.
import { randomUUID } from 'node:crypto';
import type { DepartmentsDb } from '../db';
import { childPath } from '../domain/org-tree';
import {
  DEMO_CITY,
  DEMO_COMPLAINT_CHANNEL,
  DEMO_COUNTY,
  DEMO_DEPARTMENTS,
  DEMO_SERVICE_ITEMS,
  demoTownships,
  demoVillages,
  type DemoOrgUnit,
} from './demo-data';

export interface DemoSummary {
  orgUnits: number;
  departments: number;
  centres: number;
  items: number;
}

export async function loadDemoCounty(db: DepartmentsDb): Promise<DemoSummary | null> {
  if ((await db.orgUnit.count()) > 0) return null;

  const units = [DEMO_CITY, DEMO_COUNTY, ...demoTownships(), ...demoVillages()];
  const placed = new Map<string, { id: string; path: string; depth: number }>();
  const unitRows = units.map((u: DemoOrgUnit) => {
    const parent = u.parentCode ? placed.get(u.parentCode) : undefined;
    if (u.parentCode && !parent) throw new Error(`demo data: parent ${u.parentCode} of ${u.code} comes later`);
    const row = { id: randomUUID(), code: u.code, name: u.name, tier: u.tier, parentId: parent?.id ?? null, path: childPath(parent?.path ?? null, u.code), depth: parent ? parent.depth + 1 : 0 };
    placed.set(u.code, row);
    return row;
  });
  const county = placed.get(DEMO_COUNTY.code)!;

  const countyCentre = {
    id: randomUUID(),
    code: `${DEMO_COUNTY.code}-ZWFW`,
    name: `${DEMO_COUNTY.name}政务服务中心`,
    level: 'COUNTY_CENTRE',
    orgUnitId: county.id,
    orgPath: county.path,
    address: '安乡县深柳镇安康路 1 号（演示地址）',
    phone: '0736-4300001（演示号码）',
    openingHours: '工作日 8:30–12:00，14:30–17:30',
    staffCount: 0,
  };
  const localCentres = units
    .filter((u) => u.tier === 'TOWNSHIP' || u.tier === 'VILLAGE')
    .map((u) => {
      const unit = placed.get(u.code)!;
      const township = u.tier === 'TOWNSHIP';
      return {
        id: randomUUID(),
        code: `${u.code}-${township ? 'BMFW' : 'DBD'}`,
        name: `${u.name}${township ? '便民服务中心' : '便民服务站'}`,
        level: township ? 'TOWNSHIP_CENTRE' : 'VILLAGE_POINT',
        orgUnitId: unit.id,
        orgPath: unit.path,
        address: null,
        phone: null,
        openingHours: '工作日 8:30–17:30',
        staffCount: township ? 6 : 1,
      };
    });

  const departmentRows = DEMO_DEPARTMENTS.map((d) => ({
    id: randomUUID(),
    code: d.code,
    name: d.name,
    shortName: d.shortName,
    category: d.category,
    orgUnitId: county.id,
    orgPath: county.path,
    centreId: d.stationed ? countyCentre.id : null,
  }));
  const departmentByCode = new Map(departmentRows.map((d) => [d.code, d]));

  let windowNo = 0;
  const windowRows = [
    ...DEMO_DEPARTMENTS.filter((d) => d.stationed).flatMap((d) =>
      Array.from({ length: d.windowCount }, (_, i) => ({
        id: randomUUID(),
        centreId: countyCentre.id,
        number: `A${String(++windowNo).padStart(2, '0')}`,
        name: `${d.shortName}窗口${d.windowCount > 1 ? i + 1 : ''}`,
        kind: 'DEPARTMENT',
        departmentId: departmentByCode.get(d.code)!.id,
        staffCount: Math.max(1, Math.round(d.staffCount / d.windowCount)),
      })),
    ),
    ...Array.from({ length: 6 }, (_, i) => ({
      id: randomUUID(),
      centreId: countyCentre.id,
      number: `Z${String(i + 1).padStart(2, '0')}`,
      name: i === 0 ? '综合受理窗口（一窗通办）' : `综合窗口${i + 1}`,
      kind: 'COMPREHENSIVE',
      departmentId: null,
      staffCount: 2,
    })),
    ...localCentres
      .filter((c) => c.level === 'TOWNSHIP_CENTRE')
      .flatMap((c) =>
        ['综合受理窗口', '社会事务窗口', '农业农村窗口'].map((name, i) => ({
          id: randomUUID(),
          centreId: c.id,
          number: `${i + 1}`,
          name,
          kind: 'COMPREHENSIVE',
          departmentId: null,
          staffCount: 2,
        })),
      ),
  ];
  countyCentre.staffCount = windowRows.filter((w) => w.centreId === countyCentre.id).reduce((s, w) => s + w.staffCount, 0) + 8;

  const itemRows = DEMO_SERVICE_ITEMS.map((item) => {
    const department = departmentByCode.get(item.departmentCode);
    if (!department) throw new Error(`demo data: unknown department ${item.departmentCode}`);
    return {
      id: randomUUID(),
      code: item.code,
      name: item.name,
      departmentId: department.id,
      orgPath: department.orgPath,
      kind: item.kind,
      legalDays: item.legalDays,
      promisedDays: item.promisedDays,
      legalBasis: item.legalBasis,
      conditions: item.conditions,
      materials: JSON.stringify(item.materials),
      procedure: '申请 → 受理 → 审查 → 决定 → 送达',
      fee: item.fee,
      complaintChannel: DEMO_COMPLAINT_CHANNEL,
      handledInCentre: item.handledInCentre,
      onlineAvailable: item.onlineAvailable,
    };
  });

  await db.$transaction(async (tx) => {
    // Parents before children: createMany keeps order, and the FK is checked per row.
    await tx.orgUnit.createMany({ data: unitRows });
    await tx.serviceCentre.createMany({ data: [countyCentre, ...localCentres] });
    await tx.department.createMany({ data: departmentRows });
    await tx.serviceWindow.createMany({ data: windowRows });
    await tx.serviceItem.createMany({ data: itemRows });
  });
  return { orgUnits: unitRows.length, departments: departmentRows.length, centres: 1 + localCentres.length, items: itemRows.length };
}
