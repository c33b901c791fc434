// 行政区划维护 — create, update and deactivate org units. Every rule is checked before anything is
// written, inside one transaction, so a refused input leaves the database unchanged.
import { z } from 'zod';
import { outOfScope } from '../../../shared/authorize';
import { userError } from '../../../shared/errors';
import { builder } from '../../builder';
import { childPath, placementErrors, type PlacedUnit, type Tier } from '../../domain/org-tree';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../common';
import { OrgTierEnum } from '../enums';
import { payloadType } from '../payloads';
import { fail, writeInTransaction, type Tx } from './write';


const OrgUnitPayload = payloadType('OrgUnitPayload', 'OrgUnit', 'orgUnit', '行政区划单位');

const nameSchema = z.string().trim().min(1).max(60);

const CreateOrgUnitInput = builder.inputType('CreateOrgUnitInput', {
  description: '新建行政区划单位 — a new org unit',
  fields: (t) => ({
    code: t.string({ required: true, description: '统计用区划代码 — 4/6/9/12 digits by tier, starting with the parent’s code' }),
    name: t.string({ required: true, description: '名称 — full name', validate: nameSchema }),
    shortName: t.string({ required: false, description: '简称 — short name' }),
    tier: t.field({ type: OrgTierEnum, required: true, description: '层级 — tier' }),
    parentId: t.id({ required: false, description: '上级单位 — parent (the tier above); omit only for a root city or county' }),
  }),
});

const UpdateOrgUnitInput = builder.inputType('UpdateOrgUnitInput', {
  description: '修改行政区划单位 — changes to an org unit; omitted fields stay as they are. The tier cannot change.',
  fields: (t) => ({
    code: t.string({ required: false, description: '新区划代码 — new code (区划调整); re-paths the unit and its records' }),
    name: t.string({ required: false, description: '名称 — full name', validate: nameSchema }),
    shortName: t.string({ required: false, description: '简称 — short name' }),
    parentId: t.id({ required: false, description: '新上级单位 — move under another unit of the tier above' }),
  }),
});

function toPlaced(u: { id: string; code: string; tier: string; path: string }): PlacedUnit {
  return { id: u.id, code: u.code, tier: u.tier as Tier, path: u.path };
}

const notFound = (field: string) => fail(userError(field, 'EXISTS', '单位不存在', 'no such org unit'));

/** Moves every record under `oldPath` to `newPath` and records the change for other subgraphs. */
async function repathSubtree(tx: Tx, oldPath: string, newPath: string): Promise<void> {
  const cut = oldPath.length + 1; // SQL substr is 1-based
  const like = `${oldPath}%`;
  await tx.$executeRaw`UPDATE "OrgUnit" SET "path" = ${newPath} || substr("path", ${cut}) WHERE "path" LIKE ${like}`;
  await tx.$executeRaw`UPDATE "Department" SET "orgPath" = ${newPath} || substr("orgPath", ${cut}) WHERE "orgPath" LIKE ${like}`;
  await tx.$executeRaw`UPDATE "ServiceCentre" SET "orgPath" = ${newPath} || substr("orgPath", ${cut}) WHERE "orgPath" LIKE ${like}`;
  await tx.$executeRaw`UPDATE "ServiceItem" SET "orgPath" = ${newPath} || substr("orgPath", ${cut}) WHERE "orgPath" LIKE ${like}`;
  await tx.repathEvent.create({ data: { oldPath, newPath } });
}

builder.mutationFields((t) => ({
  createOrgUnit: t.field({
    type: OrgUnitPayload,
    description: '新建行政区划单位 — create an org unit under a parent in your scope',
    args: {
      input: t.arg({ type: CreateOrgUnitInput, required: true, description: '单位信息 — the unit' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, { input, idempotencyKey }, ctx) => {
      return writeInTransaction(ctx, { operation: 'createOrgUnit', input, idempotencyKey }, async (tx) => {
        const parent = input.parentId ? await tx.orgUnit.findUnique({ where: { id: input.parentId } }) : null;
        if (input.parentId && !parent) return notFound('parentId');
        if (parent && !parent.active) return fail(userError('parentId', 'PARENT_ACTIVE', '上级单位已撤销', 'the parent unit is deactivated'));
        const path = childPath(parent?.path ?? null, input.code);
        const scopeError = outOfScope('parentId', path, ctx.viewer);
        if (scopeError) return fail(scopeError);
        const codeTaken = (await tx.orgUnit.count({ where: { code: input.code } })) > 0;
        const errors = placementErrors({ code: input.code, tier: input.tier, parent: parent && toPlaced(parent), codeTaken });
        if (errors.length > 0) return fail(...errors);
        const created = await tx.orgUnit.create({
          data: {
            code: input.code,
            name: input.name.trim(),
            shortName: input.shortName ?? null,
            tier: input.tier,
            parentId: parent?.id ?? null,
            path,
            depth: parent ? parent.depth + 1 : 0,
          },
        });
        return { id: created.id, userErrors: [] };
      });
    },
  }),

  updateOrgUnit: t.field({
    type: OrgUnitPayload,
    description: '修改行政区划单位 — rename, re-code or move an org unit; a new code or parent re-paths its subtree (区划调整)',
    args: {
      id: t.arg.id({ required: true, description: '单位标识 — the unit' }),
      input: t.arg({ type: UpdateOrgUnitInput, required: true, description: '修改内容 — the changes' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, { id, input, idempotencyKey }, ctx) => {
      return writeInTransaction(ctx, { operation: 'updateOrgUnit', input: { id, input }, idempotencyKey }, async (tx) => {
        const unit = await tx.orgUnit.findUnique({ where: { id } });
        if (!unit) return notFound('id');
        const ownScope = outOfScope('id', unit.path, ctx.viewer);
        if (ownScope) return fail(ownScope);

        const code = input.code ?? unit.code;
        const parentId = input.parentId ?? unit.parentId;
        const parent = parentId ? await tx.orgUnit.findUnique({ where: { id: parentId } }) : null;
        if (parentId && !parent) return notFound('parentId');
        const newPath = childPath(parent?.path ?? null, code);
        if (newPath !== unit.path) {
          const scopeError = outOfScope('parentId', newPath, ctx.viewer);
          if (scopeError) return fail(scopeError);
          const codeTaken = code !== unit.code && (await tx.orgUnit.count({ where: { code } })) > 0;
          const errors = placementErrors({ code, tier: unit.tier as Tier, parent: parent && toPlaced(parent), self: toPlaced(unit), codeTaken });
          if (code !== unit.code) {
            const childCodes = await tx.orgUnit.findMany({ where: { parentId: unit.id }, select: { code: true } });
            if (childCodes.some((c) => !c.code.startsWith(code))) {
              errors.push(userError('code', 'CHILD_CODES_MATCH', '下级单位代码须以新代码开头，请先调整下级单位', 'child codes must start with the new code: re-code the children first'));
            }
          }
          if (errors.length > 0) return fail(...errors);
          await repathSubtree(tx, unit.path, newPath);
        }
        await tx.orgUnit.update({
          where: { id },
          data: {
            code,
            parentId: parent?.id ?? null,
            depth: parent ? parent.depth + 1 : 0,
            ...(input.name ? { name: input.name.trim() } : {}),
            ...(input.shortName !== undefined ? { shortName: input.shortName } : {}),
          },
        });
        return { id, userErrors: [] };
      });
    },
  }),

  deactivateOrgUnit: t.field({
    type: OrgUnitPayload,
    description: '撤销行政区划单位 — deactivate an org unit with no active children, departments or centres (records are kept for history)',
    args: {
      id: t.arg.id({ required: true, description: '单位标识 — the unit' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, { id, idempotencyKey }, ctx) => {
      return writeInTransaction(ctx, { operation: 'deactivateOrgUnit', input: { id }, idempotencyKey }, async (tx) => {
        const unit = await tx.orgUnit.findUnique({ where: { id } });
        if (!unit) return notFound('id');
        const scopeError = outOfScope('id', unit.path, ctx.viewer);
        if (scopeError) return fail(scopeError);
        const [children, departments, centres] = await Promise.all([
          tx.orgUnit.count({ where: { parentId: id, active: true } }),
          tx.department.count({ where: { orgUnitId: id, active: true } }),
          tx.serviceCentre.count({ where: { orgUnitId: id, active: true } }),
        ]);
        if (children + departments + centres > 0) {
          return fail(
            userError('id', 'NO_ACTIVE_DEPENDANTS', `该单位仍有 ${children} 个下级单位、${departments} 个部门、${centres} 个服务中心，请先撤销或迁移`, `the unit still has ${children} active children, ${departments} departments and ${centres} centres`),
          );
        }
        await tx.orgUnit.update({ where: { id }, data: { active: false, deactivatedAt: new Date() } });
        return { id, userErrors: [] };
      });
    },
  }),
}));
