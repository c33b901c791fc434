// One step of a rectification (整改进展, 提交, 销号, 验收不通过, 督办) through the pure lifecycle, in
// one transaction with its idempotency key; the acting unit is derived from the viewer.
import { toLocalDate } from '../shared/calendar';
import { userError, type UserError } from '../shared/errors';
import type { Viewer } from '../shared/viewer';
import type { InspectionsDb } from './db';
import { proposeRectificationEvent, type RectificationCommand } from './domain/rectification';
import { assertMayWrite, readableRectificationsWhere } from './inspection-access';
import { actorFor, appendRectificationEvents, eventFromRow, loadRectification } from './rectification-store';
import { rectificationOptions, type InspectionsServices } from './services';
import { writeTransaction } from '../shared/write-transaction';
import { Refused } from '../shared/write-retry';

export interface StepOutcome {
  rectificationId: string | null;
  userErrors: UserError[];
}

/** A step as a caller sends it: the lifecycle command without the actor. */
export type StepCommand = RectificationCommand extends infer C ? (C extends RectificationCommand ? Omit<C, 'actor'> : never) : never;

export async function takeRectificationStep(
  ctx: { db: InspectionsDb; viewer: Viewer; services: InspectionsServices },
  rectificationId: string,
  command: StepCommand,
  request: { operation: string; input: unknown; idempotencyKey: string | null | undefined },
): Promise<StepOutcome> {
  assertMayWrite(ctx.viewer);
  const today = toLocalDate(ctx.services.now());
  const refused = (userErrors: UserError[]): StepOutcome => ({ rectificationId: null, userErrors });
  return writeTransaction(
    ctx,
    request,
    async (tx) => {
      // Only a rectification the caller may read: anything else is unknown, its state unsaid.
      const readable = await tx.rectification.findFirst({ where: { AND: [{ id: rectificationId }, readableRectificationsWhere(ctx.viewer)] }, select: { id: true } });
      const loaded = readable ? await loadRectification(tx, rectificationId) : null;
      if (!loaded) {
        throw new Refused([userError('input.rectificationId', 'NOT_FOUND', '整改不存在或不在您的范围内', 'no such rectification in your scope')]);
      }
      const { row, rectification } = loaded;
      const actor = actorFor(ctx.viewer, row, command.type);
      const proposal = proposeRectificationEvent(rectification, { ...command, actor } as RectificationCommand, today, rectificationOptions(ctx.services));
      if (!proposal.ok) throw new Refused(proposal.errors.map((e) => ({ ...e, field: `input.${e.field}` })));
      await appendRectificationEvents(tx, row.id, row.version, proposal.events, row.events.map(eventFromRow));
      return { rectificationId: row.id, userErrors: [] };
    },
    refused,
  );
}
