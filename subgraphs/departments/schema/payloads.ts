// Mutation payloads: the written record (null when refused) and every broken rule.
import type { WriteResult } from '../../shared/idempotency';
import { builder } from '../builder';
import { UserErrorRef } from './common';

type PrismaModel = 'OrgUnit' | 'Department' | 'ServiceCentre' | 'ServiceItem';

export function payloadType<M extends PrismaModel>(name: string, model: M, field: string, what: string) {
  return builder.objectRef<WriteResult>(name).implement({
    description: `${what}的结果 — result of the mutation: the record, or the rules the input broke (then nothing was written)`,
    fields: (t) => ({
      [field]: t.prismaField({
        type: model,
        nullable: true,
        description: `${what} — the record as written; null when the input was refused`,
        resolve: (query: object, result: WriteResult, _args: object, ctx: { db: Record<string, { findUnique: (a: object) => Promise<unknown> }> }) =>
          result.id ? ctx.db[lowerFirst(model)]!.findUnique({ ...query, where: { id: result.id } }) : null,
      } as never),
      userErrors: t.field({
        type: [UserErrorRef],
        description: '输入错误 — broken rules; empty on success',
        resolve: (result) => result.userErrors,
      }),
    }),
  });
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
