// 服务中心维护 — create, update and deactivate centres, and keep their windows (窗口).
import { z } from 'zod';
import { outOfScope } from '../../../shared/authorize';
import { userError, type UserError } from '../../../shared/errors';
import { builder } from '../../builder';
import type { Tier } from '../../domain/org-tree';
import { centreLevelErrors } from '../../domain/service-rules';
import { IDEMPOTENCY_KEY_DESCRIPTION } from '../common';
import { CentreLevelEnum, WindowKindEnum } from '../enums';
import { payloadType } from '../payloads';
import { fail, writeInTransaction } from './write';

const CentrePayload = payloadType('ServiceCentrePayload', 'ServiceCentre', 'serviceCentre', '服务中心');
const text = z.string().trim().min(1).max(80);
const staff = z.number().int().min(0).max(10_000);

const CreateCentreInput = builder.inputType('CreateServiceCentreInput', {
  description: '新建服务中心 — a new service centre',
  fields: (t) => ({
    code: t.string({ required: true, description: '中心编码 — unique code', validate: z.string().trim().min(2).max(40) }),
    name: t.string({ required: true, description: '名称 — name', validate: text }),
    level: t.field({ type: CentreLevelEnum, required: true, description: '层级 — must match the org unit’s tier' }),
    orgUnitId: t.id({ required: true, description: '所属单位 — the org unit it serves' }),
    address: t.string({ required: false, description: '地址 — address' }),
    phone: t.string({ required: false, description: '咨询电话 — public phone' }),
    openingHours: t.string({ required: false, description: '办公时间 — opening hours' }),
    staffCount: t.int({ required: false, description: '工作人员数 — staff', validate: staff }),
  }),
});

const UpdateCentreInput = builder.inputType('UpdateServiceCentreInput', {
  description: '修改服务中心 — changes to a centre; omitted fields stay as they are',
  fields: (t) => ({
    name: t.string({ required: false, description: '名称 — name', validate: text }),
    address: t.string({ required: false, description: '地址 — address' }),
    phone: t.string({ required: false, description: '咨询电话 — public phone' }),
    openingHours: t.string({ required: false, description: '办公时间 — opening hours' }),
    staffCount: t.int({ required: false, description: '工作人员数 — staff', validate: staff }),
  }),
});

const WindowInput = builder.inputType('ServiceWindowInput', {
  description: '窗口 — a window to create or update (matched by number within the centre)',
  fields: (t) => ({
    number: t.string({ required: true, description: '窗口号 — window number, e.g. A01', validate: z.string().trim().min(1).max(10) }),
    name: t.string({ required: true, description: '窗口名称 — window name', validate: text }),
    kind: t.field({ type: WindowKindEnum, required: true, description: '窗口类型 — kind' }),
    departmentId: t.id({ required: false, description: '所属部门 — department served (required for 部门专窗)' }),
    staffCount: t.int({ required: true, description: '窗口人员数 — staff at the window', validate: z.number().int().min(0).max(100) }),
    active: t.boolean({ required: false, description: '是否有效 — false closes the window' }),
  }),
});

builder.mutationFields((t) => ({
  createServiceCentre: t.field({
    type: CentrePayload,
    description: '新建服务中心 — create a centre for an org unit in your scope',
    args: {
      input: t.arg({ type: CreateCentreInput, required: true, description: '中心信息 — the centre' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, { input, idempotencyKey }, ctx) => {
      return writeInTransaction(ctx, { operation: 'createServiceCentre', input, idempotencyKey }, async (tx) => {
        const unit = await tx.orgUnit.findUnique({ where: { id: input.orgUnitId } });
        if (!unit || !unit.active) return fail(userError('orgUnitId', 'EXISTS', '单位不存在或已撤销', 'no such active org unit'));
        const errors = [
          outOfScope('orgUnitId', unit.path, ctx.viewer),
          ...centreLevelErrors(input.level, unit.tier as Tier),
          (await tx.serviceCentre.count({ where: { code: input.code } })) > 0
            ? userError('code', 'CODE_UNIQUE', `中心编码 ${input.code} 已被使用`, `centre code ${input.code} is already in use`)
            : null,
        ].filter((e): e is UserError => e !== null);
        if (errors.length > 0) return fail(...errors);
        const created = await tx.serviceCentre.create({
          data: {
            code: input.code,
            name: input.name,
            level: input.level,
            orgUnitId: unit.id,
            orgPath: unit.path,
            address: input.address ?? null,
            phone: input.phone ?? null,
            openingHours: input.openingHours ?? null,
            staffCount: input.staffCount ?? 0,
          },
        });
        return { id: created.id, userErrors: [] };
      });
    },
  }),

  updateServiceCentre: t.field({
    type: CentrePayload,
    description: '修改服务中心 — update a centre’s facts',
    args: {
      id: t.arg.id({ required: true, description: '中心标识 — the centre' }),
      input: t.arg({ type: UpdateCentreInput, required: true, description: '修改内容 — the changes' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, { id, input, idempotencyKey }, ctx) => {
      return writeInTransaction(ctx, { operation: 'updateServiceCentre', input: { id, input }, idempotencyKey }, async (tx) => {
        const centre = await tx.serviceCentre.findUnique({ where: { id } });
        if (!centre) return fail(userError('id', 'EXISTS', '服务中心不存在', 'no such service centre'));
        const scopeError = outOfScope('id', centre.orgPath, ctx.viewer);
        if (scopeError) return fail(scopeError);
        await tx.serviceCentre.update({
          where: { id },
          data: Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined && v !== null)),
        });
        return { id, userErrors: [] };
      });
    },
  }),

  setServiceWindows: t.field({
    type: CentrePayload,
    description: '维护窗口 — create or update a centre’s windows by number (windows not listed are left as they are)',
    args: {
      centreId: t.arg.id({ required: true, description: '中心标识 — the centre' }),
      windows: t.arg({ type: [WindowInput], required: true, description: '窗口 — windows to create or update' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, { centreId, windows, idempotencyKey }, ctx) => {
      return writeInTransaction(ctx, { operation: 'setServiceWindows', input: { centreId, windows }, idempotencyKey }, async (tx) => {
        const centre = await tx.serviceCentre.findUnique({ where: { id: centreId } });
        if (!centre) return fail(userError('centreId', 'EXISTS', '服务中心不存在', 'no such service centre'));
        const scopeError = outOfScope('centreId', centre.orgPath, ctx.viewer);
        if (scopeError) return fail(scopeError);
        const departmentIds = windows.flatMap((w) => (w.departmentId ? [w.departmentId] : []));
        const known = new Set(
          (await tx.department.findMany({ where: { id: { in: departmentIds }, orgUnitId: centre.orgUnitId, active: true }, select: { id: true } })).map((d) => d.id),
        );
        const errors = windows.flatMap((w, i): UserError[] => {
          if (w.kind === 'DEPARTMENT' && !w.departmentId) {
            return [userError(`windows.${i}.departmentId`, 'DEPARTMENT_WINDOW_NEEDS_DEPARTMENT', '部门专窗须指定部门', 'a DEPARTMENT window needs a department')];
          }
          if (w.departmentId && !known.has(w.departmentId)) {
            return [userError(`windows.${i}.departmentId`, 'CENTRE_SAME_ORG_UNIT', '窗口部门须为本级单位的有效部门', 'the window’s department must be an active department of the centre’s unit')];
          }
          return [];
        });
        if (errors.length > 0) return fail(...errors);
        for (const w of windows) {
          const data = { name: w.name, kind: w.kind, departmentId: w.departmentId ?? null, staffCount: w.staffCount, active: w.active ?? true };
          await tx.serviceWindow.upsert({
            where: { centreId_number: { centreId, number: w.number } },
            create: { centreId, number: w.number, ...data },
            update: data,
          });
        }
        return { id: centreId, userErrors: [] };
      });
    },
  }),

  deactivateServiceCentre: t.field({
    type: CentrePayload,
    description: '撤销服务中心 — deactivate a centre with no stationed departments; its windows close',
    args: {
      id: t.arg.id({ required: true, description: '中心标识 — the centre' }),
      idempotencyKey: t.arg.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
    },
    resolve: async (_root, { id, idempotencyKey }, ctx) => {
      return writeInTransaction(ctx, { operation: 'deactivateServiceCentre', input: { id }, idempotencyKey }, async (tx) => {
        const centre = await tx.serviceCentre.findUnique({ where: { id } });
        if (!centre) return fail(userError('id', 'EXISTS', '服务中心不存在', 'no such service centre'));
        const scopeError = outOfScope('id', centre.orgPath, ctx.viewer);
        if (scopeError) return fail(scopeError);
        const stationed = await tx.department.count({ where: { centreId: id, active: true } });
        if (stationed > 0) {
          return fail(userError('id', 'NO_STATIONED_DEPARTMENTS', `仍有 ${stationed} 个部门进驻该中心，请先撤出`, `${stationed} departments are still stationed in the centre`));
        }
        await tx.serviceWindow.updateMany({ where: { centreId: id }, data: { active: false } });
        await tx.serviceCentre.update({ where: { id }, data: { active: false, deactivatedAt: new Date() } });
        return { id, userErrors: [] };
      });
    },
  }),
}));
