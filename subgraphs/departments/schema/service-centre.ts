import { builder } from '../builder';
import { stationKpis } from '../domain/station-kpis';
import type { CentreLevel } from '../domain/service-rules';
import { CentreLevelEnum, WindowKindEnum } from './enums';
import { KpiRateRef } from './common';

export const ServiceWindowRef = builder.prismaObject('ServiceWindow', {
  description: '窗口 — a service window in a centre',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    number: t.exposeString('number', { description: '窗口号 — window number, e.g. A01' }),
    name: t.exposeString('name', { description: '窗口名称 — window name' }),
    kind: t.field({ type: WindowKindEnum, description: '窗口类型 — kind', resolve: (w) => w.kind as 'COMPREHENSIVE' | 'DEPARTMENT' }),
    staffCount: t.exposeInt('staffCount', { description: '窗口人员数 — staff at the window' }),
    department: t.relation('department', { nullable: true, description: '所属部门 — department served at the window (none for 综合窗口)' }),
    centre: t.relation('centre', { description: '所在中心 — the centre' }),
  }),
});

interface CentreKpis {
  orgUnitId: string;
}
const CentreKpisRef = builder.objectRef<CentreKpis>('CentreKpis').implement({
  description: '中心进驻指标 — stationing KPIs of a centre (部门进驻率, 事项进驻率)',
  fields: (t) => ({
    departmentStationRate: t.field({
      type: KpiRateRef,
      description: '部门进驻率 — departments stationed in a centre / departments of the unit that provide services',
      resolve: async (k, _args, ctx) => stationKpis(await ctx.loaders.stationFacts.load(k.orgUnitId)).departmentStationRate,
    }),
    itemStationRate: t.field({
      type: KpiRateRef,
      description: '事项进驻率 — items handled in the centre / all active items of the unit’s departments',
      resolve: async (k, _args, ctx) => stationKpis(await ctx.loaders.stationFacts.load(k.orgUnitId)).itemStationRate,
    }),
  }),
});

export const ServiceCentreRef = builder.prismaObject('ServiceCentre', {
  description: '服务中心 — a government service centre (政务服务中心), township centre (便民服务中心) or village agency point (代办点)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    code: t.exposeString('code', { description: '中心编码 — centre code' }),
    name: t.exposeString('name', { description: '名称 — name' }),
    level: t.field({ type: CentreLevelEnum, description: '层级 — level', resolve: (c) => c.level as CentreLevel }),
    address: t.exposeString('address', { nullable: true, description: '地址 — address' }),
    phone: t.exposeString('phone', { nullable: true, description: '咨询电话 — public enquiry phone of the centre (not personal data)' }),
    openingHours: t.exposeString('openingHours', { nullable: true, description: '办公时间 — opening hours' }),
    staffCount: t.exposeInt('staffCount', { description: '工作人员数 — staff of the centre' }),
    active: t.exposeBoolean('active', { description: '是否有效 — false once deactivated' }),
    orgUnit: t.relation('orgUnit', { description: '所属行政区划 — the org unit the centre serves' }),
    windows: t.relation('windows', { description: '窗口 — active windows', query: { where: { active: true }, orderBy: { number: 'asc' } } }),
    windowCount: t.relationCount('windows', { description: '窗口数 — number of active windows', where: { active: true } }),
    windowStaffCount: t.int({
      description: '窗口人员数 — staff across active windows',
      select: { windows: { where: { active: true }, select: { staffCount: true } } },
      resolve: (c) => c.windows.reduce((sum, w) => sum + w.staffCount, 0),
    }),
    departments: t.relation('departments', {
      description: '进驻部门 — departments stationed in the centre',
      query: { where: { active: true }, orderBy: { code: 'asc' } },
    }),
    kpis: t.field({
      type: CentreKpisRef,
      description: '进驻指标 — stationing KPIs (部门进驻率, 事项进驻率) with counts and targets',
      resolve: (c) => ({ orgUnitId: c.orgUnitId }),
    }),
  }),
});
