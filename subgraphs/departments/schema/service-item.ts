import { ifOnLine } from '../../shared/scope';
import { builder } from '../builder';
import type { ItemKind } from '../domain/service-rules';
import { ItemKindEnum } from './enums';

export const ServiceItemRef = builder.prismaObject('ServiceItem', {
  description: '政务服务事项 — a service item with its published facts (七公开: basis, conditions, materials, procedure, time limit, fees, complaint channel)',
  fields: (t) => ({
    id: t.exposeID('id', { description: '标识 — stable identifier' }),
    code: t.exposeString('code', { description: '事项编码 — item code' }),
    name: t.exposeString('name', { description: '事项名称 — item name' }),
    kind: t.field({ type: ItemKindEnum, description: '事项类型 — 即办件 or 承诺件', resolve: (i) => i.kind as ItemKind }),
    legalDays: t.exposeInt('legalDays', { description: '法定办结时限 — statutory limit in working days (行政许可法 第42条)' }),
    promisedDays: t.exposeInt('promisedDays', { description: '承诺办结时限 — promised limit in working days (0 for 即办件)' }),
    legalBasis: t.exposeString('legalBasis', { description: '设定依据 — legal basis' }),
    conditions: t.exposeString('conditions', { description: '受理条件 — conditions for acceptance' }),
    materials: t.stringList({
      description: '申请材料 — required materials',
      resolve: (i) => JSON.parse(i.materials) as string[],
    }),
    procedure: t.exposeString('procedure', { nullable: true, description: '办理流程 — procedure' }),
    fee: t.exposeString('fee', { description: '收费标准 — fees (不收费 when free)' }),
    complaintChannel: t.exposeString('complaintChannel', { description: '投诉渠道 — where to complain' }),
    handledInCentre: t.exposeBoolean('handledInCentre', { description: '是否进驻中心办理 — handled in the service centre' }),
    onlineAvailable: t.exposeBoolean('onlineAvailable', { description: '是否网上可办 — can be applied for online' }),
    active: t.exposeBoolean('active', { description: '是否有效 — false once deactivated' }),
    department: t.relation('department', { description: '实施部门 — the department that handles it' }),
  }),
});

// Other subgraphs reference items by id (an approvals case names its 事项) and resolve the facts
// they need at write time through _entities; one query answers a whole batch (loaders.ts).
builder.asEntity(ServiceItemRef, {
  key: builder.selection<{ id: string }>('id'),
  resolveReference: async (ref, ctx) => {
    const item = await ctx.loaders.serviceItemById.load(ref.id);
    return ifOnLine(item, (r) => r.orgPath, ctx.viewer.scopePath);
  },
});
