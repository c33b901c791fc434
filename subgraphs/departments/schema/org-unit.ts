import { ifOnLine, isWithin, linePaths, lineWhere } from '../../shared/scope';
import { builder } from '../builder';
import type { Tier } from '../domain/org-tree';
import { OrgTierEnum } from './enums';

export const OrgUnitRef = builder.prismaObject('OrgUnit', {
  description: '行政区划单位 — an administrative unit (city, county, township or village) in the org tree',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    code: t.exposeString('code', { description: '统计用区划代码 — statistical division code (4/6/9/12 digits by tier)' }),
    name: t.exposeString('name', { description: '名称 — full name, e.g. 深柳镇' }),
    shortName: t.exposeString('shortName', { nullable: true, description: '简称 — short name' }),
    tier: t.field({ type: OrgTierEnum, description: '层级 — tier', resolve: (u) => u.tier as Tier }),
    path: t.exposeString('path', {
      description: '物化路径 — materialized path of codes from the root, e.g. /4307/430721/430721100/; a subtree is a prefix match',
    }),
    depth: t.exposeInt('depth', { description: '深度 — depth in the tree (root = 0)' }),
    active: t.exposeBoolean('active', { description: '是否有效 — false once deactivated (撤销)' }),
    deactivatedAt: t.expose('deactivatedAt', { type: 'DateTime', nullable: true, description: '撤销时间 — when the unit was deactivated' }),
    parent: t.relation('parent', { nullable: true, description: '上级单位 — parent unit' }),
    children: t.relation('children', {
      description: '下级单位 — child units within the caller’s scope, ordered by code',
      args: {
        tier: t.arg({ type: OrgTierEnum, required: false, description: '按层级筛选 — only children of this tier' }),
        includeInactive: t.arg.boolean({ required: false, description: '含已撤销 — include deactivated units' }),
      },
      query: (args, ctx) => ({
        where: {
          ...lineWhere('path', ctx.viewer.scopePath),
          ...(args.tier ? { tier: args.tier } : {}),
          ...(args.includeInactive ? {} : { active: true }),
        },
        orderBy: { code: 'asc' },
      }),
    }),
    childCount: t.relationCount('children', {
      description: '下级单位数 — number of active child units within the caller’s scope',
      where: (_args, ctx) => ({ active: true, ...lineWhere('path', ctx.viewer.scopePath) }),
    }),
    descendantCount: t.int({
      description: '下辖单位数 — number of active units of a tier below this one, within the caller’s scope (e.g. villages of a township)',
      args: { tier: t.arg({ type: OrgTierEnum, required: true, description: '统计的层级 — tier to count' }) },
      resolve: (unit, args, ctx) => {
        // For an ancestor of the caller's scope only the caller's own subtree is counted.
        const prefix = isWithin(unit.path, ctx.viewer.scopePath) ? unit.path : ctx.viewer.scopePath;
        return ctx.loaders.descendantCount.load(`${args.tier}|${prefix}`);
      },
    }),
    ancestors: t.prismaField({
      type: ['OrgUnit'],
      description: '上级链 — units above this one, from the root down (breadcrumb)',
      // Batched through the loader (one query for all units in the response), not per unit.
      resolve: async (_query, unit, _args, ctx) => {
        const rows = await ctx.loaders.orgUnitByPath.loadMany(linePaths(unit.path).slice(0, -1));
        return rows.filter((r): r is Exclude<typeof r, Error | null> => r !== null && !(r instanceof Error));
      },
    }),
    departments: t.relatedConnection('departments', {
      description: '所属部门 — departments belonging to this unit',
      cursor: 'id',
      totalCount: true,
      query: () => ({ where: { active: true }, orderBy: { code: 'asc' } }),
    }),
    centres: t.relation('centres', {
      description: '服务中心 — service centres of this unit',
      query: { where: { active: true }, orderBy: { code: 'asc' } },
    }),
  }),
});

builder.asEntity(OrgUnitRef, {
  key: builder.selection<{ id: string }>('id'),
  // Batched: every reference in one _entities call is answered by one query (loaders.ts).
  resolveReference: async (ref, ctx) => {
    const unit = await ctx.loaders.orgUnitById.load(ref.id);
    return ifOnLine(unit, (r) => r.path, ctx.viewer.scopePath);
  },
});
