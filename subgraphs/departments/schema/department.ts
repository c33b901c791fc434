import { ifOnLine } from '../../shared/scope';
import { builder } from '../builder';
import type { DepartmentCategory } from '../domain/service-rules';
import { DepartmentCategoryEnum } from './enums';

export const DepartmentRef = builder.prismaObject('Department', {
  description: '部门/单位 — a department or unit that provides services; may be stationed (进驻) in a service centre',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    code: t.exposeString('code', { description: '部门编码 — department code, unique in the deployment' }),
    name: t.exposeString('name', { description: '名称 — full name, e.g. 安乡县市场监督管理局' }),
    shortName: t.exposeString('shortName', { nullable: true, description: '简称 — short name, e.g. 县市场监管局' }),
    category: t.field({ type: DepartmentCategoryEnum, description: '部门类别 — category', resolve: (d) => d.category as DepartmentCategory }),
    active: t.exposeBoolean('active', { description: '是否有效 — false once deactivated' }),
    orgPath: t.exposeString('orgPath', {
      description: '所属单位路径 — materialized path of the department’s org unit; other subgraphs use it for scope and roll-ups',
    }),
    orgUnit: t.relation('orgUnit', { description: '所属行政区划 — the org unit the department belongs to' }),
    centre: t.relation('centre', { nullable: true, description: '进驻中心 — the service centre it is stationed in, if any' }),
    stationed: t.boolean({ description: '是否进驻 — whether it is stationed in a service centre', resolve: (d) => d.centreId !== null }),
    windows: t.relation('windows', {
      description: '窗口 — its service windows',
      query: { where: { active: true }, orderBy: { number: 'asc' } },
    }),
    itemCount: t.relationCount('items', { description: '事项数 — number of active service items', where: { active: true } }),
    items: t.relatedConnection('items', {
      description: '政务服务事项 — its service items',
      cursor: 'id',
      totalCount: true,
      query: () => ({ where: { active: true }, orderBy: { code: 'asc' } }),
    }),
  }),
});

builder.asEntity(DepartmentRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async (ref, ctx) => {
    const department = await ctx.loaders.departmentById.load(ref.id);
    return ifOnLine(department, (r) => r.orgPath, ctx.viewer.scopePath);
  },
});
