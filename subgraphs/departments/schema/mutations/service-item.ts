// 事项维护 — create, update and deactivate service items and their published facts (七公开).
import { z } from 'zod';
import { outOfScope } from '../../../shared/authorize';
import { userError, type UserError } from '../../../shared/errors';
import { builder } from '../../builder';
import { itemTimeLimitErrors, type ItemKind } from '../../domain/service-rules';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../common';
import { ItemKindEnum } from '../enums';
import { payloadType } from '../payloads';
import { fail, writeInTransaction } from './write';

const ItemPayload = payloadType('ServiceItemPayload', 'ServiceItem', 'serviceItem', '政务服务事项');
const text = z.string().trim().min(1).max(2000);
const materialsSchema = z.array(z.string().trim().min(1).max(200)).min(1).max(50);
/** 投诉渠道 defaults to the county hotline when an item names none of its own. */
export const DEFAULT_COMPLAINT_CHANNEL = '12345政务服务便民热线';

const fields = (required: boolean) =>
  builder.inputType(required ? 'CreateServiceItemInput' : 'UpdateServiceItemInput', {
    description: required ? '新建事项 — a new service item' : '修改事项 — changes to an item; omitted fields stay as they are',
    fields: (t) => ({
      ...(required
        ? {
            code: t.string({ required: true, description: '事项编码 — unique item code', validate: z.string().trim().min(2).max(60) }),
            departmentId: t.id({ required: true, description: '实施部门 — the department that handles it' }),
          }
        : {}),
      name: t.string({ required, description: '事项名称 — item name', validate: z.string().trim().min(1).max(120) }),
      kind: t.field({ type: ItemKindEnum, required, description: '事项类型 — 即办件 or 承诺件' }),
      legalDays: t.int({ required, description: '法定办结时限 — statutory limit, working days' }),
      promisedDays: t.int({ required, description: '承诺办结时限 — promised limit, working days (0 for 即办件)' }),
      legalBasis: t.string({ required, description: '设定依据 — legal basis', validate: text }),
      conditions: t.string({ required, description: '受理条件 — conditions', validate: text }),
      materials: t.stringList({ required, description: '申请材料 — required materials', validate: materialsSchema }),
      procedure: t.string({ required: false, description: '办理流程 — procedure' }),
      fee: t.string({ required, description: '收费标准 — fees (不收费 when free)', validate: z.string().trim().min(1).max(500) }),
      complaintChannel: t.string({ required: false, description: '投诉渠道 — complaint channel; defaults to the 12345 hotline' }),
      handledInCentre: t.boolean({ required: false, description: '是否进驻中心办理 — handled in the service centre (default true)' }),
      onlineAvailable: t.boolean({ required: false, description: '是否网上可办 — can be applied for online (default false)' }),
    }),
  });

const CreateItemInput = fields(true);
const UpdateItemInput = fields(false);

builder.mutationFields((t) => ({
  createServiceItem: t.field({
    type: ItemPayload,
    description: '新建事项 — create a service item for a department in your scope',
    args: {
      input: t.arg({ type: CreateItemInput, required: true, description: '事项信息 — the item' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, { input: raw, idempotencyKey }, ctx) => {
      const input = raw as Required<typeof raw> & { code: string; departmentId: string; name: string; kind: ItemKind; legalDays: number; promisedDays: number; legalBasis: string; conditions: string; materials: string[]; fee: string };
      return writeInTransaction(ctx, { operation: 'createServiceItem', input, idempotencyKey }, async (tx) => {
        const department = await tx.department.findUnique({ where: { id: input.departmentId } });
        if (!department || !department.active) return fail(userError('departmentId', 'EXISTS', '部门不存在或已撤销', 'no such active department'));
        const errors = [
          outOfScope('departmentId', department.orgPath, ctx.viewer),
          (await tx.serviceItem.count({ where: { code: input.code } })) > 0
            ? userError('code', 'CODE_UNIQUE', `事项编码 ${input.code} 已被使用`, `item code ${input.code} is already in use`)
            : null,
          ...itemTimeLimitErrors(input),
        ].filter((e): e is UserError => e !== null);
        if (errors.length > 0) return fail(...errors);
        const created = await tx.serviceItem.create({
          data: {
            code: input.code,
            name: input.name,
            departmentId: department.id,
            orgPath: department.orgPath,
            kind: input.kind,
            legalDays: input.legalDays,
            promisedDays: input.promisedDays,
            legalBasis: input.legalBasis,
            conditions: input.conditions,
            materials: JSON.stringify(input.materials),
            procedure: input.procedure ?? null,
            fee: input.fee,
            complaintChannel: input.complaintChannel ?? DEFAULT_COMPLAINT_CHANNEL,
            handledInCentre: input.handledInCentre ?? true,
            onlineAvailable: input.onlineAvailable ?? false,
          },
        });
        return { id: created.id, userErrors: [] };
      });
    },
  }),

  updateServiceItem: t.field({
    type: ItemPayload,
    description: '修改事项 — update an item; time limits are re-checked against its kind',
    args: {
      id: t.arg.id({ required: true, description: '事项标识 — the item' }),
      input: t.arg({ type: UpdateItemInput, required: true, description: '修改内容 — the changes' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, { id, input, idempotencyKey }, ctx) => {
      return writeInTransaction(ctx, { operation: 'updateServiceItem', input: { id, input }, idempotencyKey }, async (tx) => {
        const item = await tx.serviceItem.findUnique({ where: { id } });
        if (!item) return fail(userError('id', 'EXISTS', '事项不存在', 'no such service item'));
        const limits = {
          kind: (input.kind ?? item.kind) as ItemKind,
          legalDays: input.legalDays ?? item.legalDays,
          promisedDays: input.promisedDays ?? item.promisedDays,
        };
        const errors = [outOfScope('id', item.orgPath, ctx.viewer), ...itemTimeLimitErrors(limits)].filter((e): e is UserError => e !== null);
        if (errors.length > 0) return fail(...errors);
        const { materials, ...rest } = input;
        await tx.serviceItem.update({
          where: { id },
          data: {
            ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined && v !== null)),
            ...(materials ? { materials: JSON.stringify(materials) } : {}),
          },
        });
        return { id, userErrors: [] };
      });
    },
  }),

  deactivateServiceItem: t.field({
    type: ItemPayload,
    description: '撤销事项 — deactivate a service item (kept for history)',
    args: {
      id: t.arg.id({ required: true, description: '事项标识 — the item' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, { id, idempotencyKey }, ctx) => {
      return writeInTransaction(ctx, { operation: 'deactivateServiceItem', input: { id }, idempotencyKey }, async (tx) => {
        const item = await tx.serviceItem.findUnique({ where: { id } });
        if (!item) return fail(userError('id', 'EXISTS', '事项不存在', 'no such service item'));
        const scopeError = outOfScope('id', item.orgPath, ctx.viewer);
        if (scopeError) return fail(scopeError);
        await tx.serviceItem.update({ where: { id }, data: { active: false, deactivatedAt: new Date() } });
        return { id, userErrors: [] };
      });
    },
  }),
}));
