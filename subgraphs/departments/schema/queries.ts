import { ifOnLine, lineWhere, subtreeWhere } from '../../shared/scope';
import { builder } from '../builder';
import type { DepartmentsLoaders } from '../loaders';
import { CentreLevelEnum, DepartmentCategoryEnum, ItemKindEnum, OrgTierEnum } from './enums';
import { idOr } from '../../shared/lookup-key';

const OrgUnitFilter = builder.inputType('OrgUnitFilter', {
  description: '行政区划筛选 — filter for org units',
  fields: (t) => ({
    tier: t.field({ type: OrgTierEnum, required: false, description: '层级 — only this tier' }),
    parentId: t.id({ required: false, description: '上级单位 — only direct children of this unit' }),
    withinId: t.id({ required: false, description: '所辖范围 — only units in the subtree of this unit (including it)' }),
    nameContains: t.string({ required: false, description: '名称包含 — name contains this text' }),
    includeInactive: t.boolean({ required: false, description: '含已撤销 — include deactivated units' }),
  }),
});

const DepartmentFilter = builder.inputType('DepartmentFilter', {
  description: '部门筛选 — filter for departments',
  fields: (t) => ({
    orgUnitId: t.id({ required: false, description: '所属单位 — departments of this org unit' }),
    withinId: t.id({ required: false, description: '所辖范围 — departments anywhere in the subtree of this unit' }),
    centreId: t.id({ required: false, description: '进驻中心 — departments stationed in this centre' }),
    category: t.field({ type: DepartmentCategoryEnum, required: false, description: '部门类别 — category' }),
    stationed: t.boolean({ required: false, description: '是否进驻 — stationed in any centre, or not' }),
    nameContains: t.string({ required: false, description: '名称包含 — name contains this text' }),
    includeInactive: t.boolean({ required: false, description: '含已撤销 — include deactivated departments' }),
  }),
});

const CentreFilter = builder.inputType('ServiceCentreFilter', {
  description: '服务中心筛选 — filter for service centres',
  fields: (t) => ({
    level: t.field({ type: CentreLevelEnum, required: false, description: '层级 — level' }),
    withinId: t.id({ required: false, description: '所辖范围 — centres in the subtree of this unit' }),
    nameContains: t.string({ required: false, description: '名称包含 — name contains this text' }),
    includeInactive: t.boolean({ required: false, description: '含已撤销 — include deactivated centres' }),
  }),
});

const ItemFilter = builder.inputType('ServiceItemFilter', {
  description: '事项筛选 — filter for service items',
  fields: (t) => ({
    departmentId: t.id({ required: false, description: '实施部门 — items of this department' }),
    withinId: t.id({ required: false, description: '所辖范围 — items of departments in the subtree of this unit' }),
    kind: t.field({ type: ItemKindEnum, required: false, description: '事项类型 — 即办件 or 承诺件' }),
    handledInCentre: t.boolean({ required: false, description: '是否进驻中心 — handled in a centre, or not' }),
    onlineAvailable: t.boolean({ required: false, description: '网上可办 — available online, or not' }),
    nameContains: t.string({ required: false, description: '名称包含 — name contains this text' }),
    includeInactive: t.boolean({ required: false, description: '含已撤销 — include deactivated items' }),
  }),
});

/**
 * The path of `withinId`, or a path nothing matches when the unit does not exist. Through the
 * request's loader: a connection asks for its rows and its totalCount separately.
 */
async function pathOf(loaders: DepartmentsLoaders, id: string | null | undefined): Promise<string | null> {
  if (!id) return null;
  return (await loaders.orgUnitById.load(id))?.path ?? '/#none/';
}

const idOrCode = (args: { id?: string | null; code?: string | null }) => idOr(args.id, 'code', args.code);


const activeOnly = (includeInactive: boolean | null | undefined) => (includeInactive ? {} : { active: true });
const nameLike = (text: string | null | undefined) => (text ? { name: { contains: text } } : {});

builder.queryFields((t) => ({
  orgUnit: t.prismaField({
    type: 'OrgUnit',
    nullable: true,
    description: '按标识或区划代码查单位 — one org unit by id or code; null when unknown or outside your scope',
    args: {
      id: t.arg.id({ required: false, description: '标识 — id' }),
      code: t.arg.string({ required: false, description: '区划代码 — statistical division code' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const where = idOrCode(args);
      return where && ifOnLine(await ctx.db.orgUnit.findUnique({ ...query, where }), (r) => r.path, ctx.viewer.scopePath);
    },
  }),
  orgUnits: t.prismaConnection({
    type: 'OrgUnit',
    cursor: 'code',
    description: '行政区划列表 — org units in your scope (your subtree), ordered by code',
    args: { filter: t.arg({ type: OrgUnitFilter, required: false, description: '筛选条件 — filter' }) },
    resolve: async (query, _root, { filter }, ctx) =>
      ctx.db.orgUnit.findMany({ ...query, where: await orgUnitWhere(ctx.loaders, filter, ctx.viewer.scopePath), orderBy: { code: 'asc' } }),
    totalCount: async (_root, { filter }, ctx) => ctx.db.orgUnit.count({ where: await orgUnitWhere(ctx.loaders, filter, ctx.viewer.scopePath) }),
  }),
  department: t.prismaField({
    type: 'Department',
    nullable: true,
    description: '按标识或编码查部门 — one department by id or code; null when unknown or outside your scope',
    args: {
      id: t.arg.id({ required: false, description: '标识 — id' }),
      code: t.arg.string({ required: false, description: '部门编码 — department code' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const where = idOrCode(args);
      return where && ifOnLine(await ctx.db.department.findUnique({ ...query, where }), (r) => r.orgPath, ctx.viewer.scopePath);
    },
  }),
  departments: t.prismaConnection({
    type: 'Department',
    cursor: 'code',
    description: '部门列表 — departments on your line of the tree (your subtree and the units above you)',
    args: { filter: t.arg({ type: DepartmentFilter, required: false, description: '筛选条件 — filter' }) },
    resolve: async (query, _root, { filter }, ctx) =>
      ctx.db.department.findMany({ ...query, where: await departmentWhere(ctx.loaders, filter, ctx.viewer.scopePath), orderBy: { code: 'asc' } }),
    totalCount: async (_root, { filter }, ctx) => ctx.db.department.count({ where: await departmentWhere(ctx.loaders, filter, ctx.viewer.scopePath) }),
  }),
  serviceCentre: t.prismaField({
    type: 'ServiceCentre',
    nullable: true,
    description: '按标识查服务中心 — one service centre by id; null when unknown or outside your scope',
    args: { id: t.arg.id({ required: true, description: '标识 — id' }) },
    resolve: async (query, _root, args, ctx) =>
      ifOnLine(await ctx.db.serviceCentre.findUnique({ ...query, where: { id: args.id } }), (r) => r.orgPath, ctx.viewer.scopePath),
  }),
  serviceCentres: t.prismaConnection({
    type: 'ServiceCentre',
    cursor: 'code',
    description: '服务中心列表 — centres on your line of the tree',
    args: { filter: t.arg({ type: CentreFilter, required: false, description: '筛选条件 — filter' }) },
    resolve: async (query, _root, { filter }, ctx) =>
      ctx.db.serviceCentre.findMany({ ...query, where: await centreWhere(ctx.loaders, filter, ctx.viewer.scopePath), orderBy: { code: 'asc' } }),
    totalCount: async (_root, { filter }, ctx) => ctx.db.serviceCentre.count({ where: await centreWhere(ctx.loaders, filter, ctx.viewer.scopePath) }),
  }),
  serviceItem: t.prismaField({
    type: 'ServiceItem',
    nullable: true,
    description: '按标识或编码查事项 — one service item by id or code',
    args: {
      id: t.arg.id({ required: false, description: '标识 — id' }),
      code: t.arg.string({ required: false, description: '事项编码 — item code' }),
    },
    resolve: async (query, _root, args, ctx) => {
      const where = idOrCode(args);
      return where && ifOnLine(await ctx.db.serviceItem.findUnique({ ...query, where }), (r) => r.orgPath, ctx.viewer.scopePath);
    },
  }),
  serviceItems: t.prismaConnection({
    type: 'ServiceItem',
    cursor: 'code',
    description: '事项列表 — service items on your line of the tree (a village point serves the county’s items)',
    args: { filter: t.arg({ type: ItemFilter, required: false, description: '筛选条件 — filter' }) },
    resolve: async (query, _root, { filter }, ctx) =>
      ctx.db.serviceItem.findMany({ ...query, where: await itemWhere(ctx.loaders, filter, ctx.viewer.scopePath), orderBy: { code: 'asc' } }),
    totalCount: async (_root, { filter }, ctx) => ctx.db.serviceItem.count({ where: await itemWhere(ctx.loaders, filter, ctx.viewer.scopePath) }),
  }),
}));

type Filter<T> = T | null | undefined;

async function orgUnitWhere(loaders: DepartmentsLoaders, f: Filter<typeof OrgUnitFilter.$inferInput>, scopePath: string) {
  const within = await pathOf(loaders, f?.withinId);
  return {
    AND: [
      subtreeWhere('path', scopePath),
      within ? subtreeWhere('path', within) : {},
      f?.tier ? { tier: f.tier } : {},
      f?.parentId ? { parentId: f.parentId } : {},
      nameLike(f?.nameContains),
      activeOnly(f?.includeInactive),
    ],
  };
}

async function departmentWhere(loaders: DepartmentsLoaders, f: Filter<typeof DepartmentFilter.$inferInput>, scopePath: string) {
  const within = await pathOf(loaders, f?.withinId);
  return {
    AND: [
      lineWhere('orgPath', scopePath),
      within ? subtreeWhere('orgPath', within) : {},
      f?.orgUnitId ? { orgUnitId: f.orgUnitId } : {},
      f?.centreId ? { centreId: f.centreId } : {},
      f?.category ? { category: f.category } : {},
      f?.stationed === true ? { centreId: { not: null } } : f?.stationed === false ? { centreId: null } : {},
      nameLike(f?.nameContains),
      activeOnly(f?.includeInactive),
    ],
  };
}

async function centreWhere(loaders: DepartmentsLoaders, f: Filter<typeof CentreFilter.$inferInput>, scopePath: string) {
  const within = await pathOf(loaders, f?.withinId);
  return {
    AND: [
      lineWhere('orgPath', scopePath),
      within ? subtreeWhere('orgPath', within) : {},
      f?.level ? { level: f.level } : {},
      nameLike(f?.nameContains),
      activeOnly(f?.includeInactive),
    ],
  };
}

async function itemWhere(loaders: DepartmentsLoaders, f: Filter<typeof ItemFilter.$inferInput>, scopePath: string) {
  const within = await pathOf(loaders, f?.withinId);
  return {
    AND: [
      lineWhere('orgPath', scopePath),
      within ? subtreeWhere('orgPath', within) : {},
      f?.departmentId ? { departmentId: f.departmentId } : {},
      f?.kind ? { kind: f.kind } : {},
      typeof f?.handledInCentre === 'boolean' ? { handledInCentre: f.handledInCentre } : {},
      typeof f?.onlineAvailable === 'boolean' ? { onlineAvailable: f.onlineAvailable } : {},
      nameLike(f?.nameContains),
      activeOnly(f?.includeInactive),
    ],
  };
}
