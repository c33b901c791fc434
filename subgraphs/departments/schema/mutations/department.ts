// 部门维护 — create, update (including stationing 进驻) and deactivate departments.
import { z } from 'zod';
import { outOfScope } from '../../../shared/authorize';
import { userError, type UserError } from '../../../shared/errors';
import { builder } from '../../builder';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../common';
import { DepartmentCategoryEnum } from '../enums';
import { payloadType } from '../payloads';
import { fail, writeInTransaction, type Tx } from './write';

const DepartmentPayload = payloadType('DepartmentPayload', 'Department', 'department', '部门');
const text = z.string().trim().min(1).max(80);
const codeSchema = z.string().trim().regex(/^[A-Za-z0-9-]{2,40}$/, '2–40 letters, digits or hyphens');

const CreateDepartmentInput = builder.inputType('CreateDepartmentInput', {
  description: '新建部门 — a new department',
  fields: (t) => ({
    code: t.string({ required: true, description: '部门编码 — unique code (letters, digits, hyphens)', validate: codeSchema }),
    name: t.string({ required: true, description: '名称 — full name', validate: text }),
    shortName: t.string({ required: false, description: '简称 — short name' }),
    category: t.field({ type: DepartmentCategoryEnum, required: true, description: '部门类别 — category' }),
    orgUnitId: t.id({ required: true, description: '所属单位 — the org unit it belongs to' }),
    centreId: t.id({ required: false, description: '进驻中心 — the centre of the same unit it is stationed in' }),
  }),
});

const UpdateDepartmentInput = builder.inputType('UpdateDepartmentInput', {
  description: '修改部门 — changes to a department; omitted fields stay as they are',
  fields: (t) => ({
    name: t.string({ required: false, description: '名称 — full name', validate: text }),
    shortName: t.string({ required: false, description: '简称 — short name' }),
    category: t.field({ type: DepartmentCategoryEnum, required: false, description: '部门类别 — category' }),
    centreId: t.id({ required: false, description: '进驻中心 — station it in this centre of the same unit' }),
    unstation: t.boolean({ required: false, description: '撤出中心 — true to leave its centre (no longer stationed)' }),
  }),
});

async function centreError(tx: Tx, centreId: string | null | undefined, orgUnitId: string): Promise<UserError | null> {
  if (!centreId) return null;
  const centre = await tx.serviceCentre.findUnique({ where: { id: centreId } });
  if (!centre || !centre.active) return userError('centreId', 'EXISTS', '服务中心不存在或已撤销', 'no such active service centre');
  return centre.orgUnitId === orgUnitId
    ? null
    : userError('centreId', 'CENTRE_SAME_ORG_UNIT', '部门只能进驻本级单位的服务中心', 'a department is stationed in a centre of its own org unit');
}

builder.mutationFields((t) => ({
  createDepartment: t.field({
    type: DepartmentPayload,
    description: '新建部门 — create a department in an org unit of your scope',
    args: {
      input: t.arg({ type: CreateDepartmentInput, required: true, description: '部门信息 — the department' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, { input, idempotencyKey }, ctx) => {
      return writeInTransaction(ctx, { operation: 'createDepartment', input, idempotencyKey }, async (tx) => {
        const unit = await tx.orgUnit.findUnique({ where: { id: input.orgUnitId } });
        if (!unit || !unit.active) return fail(userError('orgUnitId', 'EXISTS', '单位不存在或已撤销', 'no such active org unit'));
        const errors = [
          outOfScope('orgUnitId', unit.path, ctx.viewer),
          (await tx.department.count({ where: { code: input.code } })) > 0
            ? userError('code', 'CODE_UNIQUE', `部门编码 ${input.code} 已被使用`, `department code ${input.code} is already in use`)
            : null,
          await centreError(tx, input.centreId, unit.id),
        ].filter((e): e is UserError => e !== null);
        if (errors.length > 0) return fail(...errors);
        const created = await tx.department.create({
          data: {
            code: input.code,
            name: input.name,
            shortName: input.shortName ?? null,
            category: input.category,
            orgUnitId: unit.id,
            orgPath: unit.path,
            centreId: input.centreId ?? null,
          },
        });
        return { id: created.id, userErrors: [] };
      });
    },
  }),

  updateDepartment: t.field({
    type: DepartmentPayload,
    description: '修改部门 — rename, re-categorise, station in or leave a centre',
    args: {
      id: t.arg.id({ required: true, description: '部门标识 — the department' }),
      input: t.arg({ type: UpdateDepartmentInput, required: true, description: '修改内容 — the changes' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, { id, input, idempotencyKey }, ctx) => {
      return writeInTransaction(ctx, { operation: 'updateDepartment', input: { id, input }, idempotencyKey }, async (tx) => {
        const department = await tx.department.findUnique({ where: { id } });
        if (!department) return fail(userError('id', 'EXISTS', '部门不存在', 'no such department'));
        const errors = [
          outOfScope('id', department.orgPath, ctx.viewer),
          input.unstation && input.centreId
            ? userError('unstation', 'ONE_OF', '不能同时进驻和撤出中心', 'cannot both station and unstation')
            : null,
          await centreError(tx, input.centreId, department.orgUnitId),
        ].filter((e): e is UserError => e !== null);
        if (errors.length > 0) return fail(...errors);
        await tx.department.update({
          where: { id },
          data: {
            ...(input.name ? { name: input.name } : {}),
            ...(input.shortName !== undefined ? { shortName: input.shortName } : {}),
            ...(input.category ? { category: input.category } : {}),
            ...(input.centreId ? { centreId: input.centreId } : {}),
            ...(input.unstation ? { centreId: null } : {}),
          },
        });
        return { id, userErrors: [] };
      });
    },
  }),

  deactivateDepartment: t.field({
    type: DepartmentPayload,
    description: '撤销部门 — deactivate a department with no active service items; it leaves its centre and windows',
    args: {
      id: t.arg.id({ required: true, description: '部门标识 — the department' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, { id, idempotencyKey }, ctx) => {
      return writeInTransaction(ctx, { operation: 'deactivateDepartment', input: { id }, idempotencyKey }, async (tx) => {
        const department = await tx.department.findUnique({ where: { id } });
        if (!department) return fail(userError('id', 'EXISTS', '部门不存在', 'no such department'));
        const scopeError = outOfScope('id', department.orgPath, ctx.viewer);
        if (scopeError) return fail(scopeError);
        const items = await tx.serviceItem.count({ where: { departmentId: id, active: true } });
        if (items > 0) {
          return fail(userError('id', 'NO_ACTIVE_ITEMS', `该部门仍有 ${items} 个有效事项，请先撤销或划转`, `the department still has ${items} active service items`));
        }
        await tx.serviceWindow.updateMany({ where: { departmentId: id }, data: { departmentId: null } });
        await tx.department.update({ where: { id }, data: { active: false, deactivatedAt: new Date(), centreId: null } });
        return { id, userErrors: [] };
      });
    },
  }),
}));
