// Importing hotline call records (话务记录) from the call centre: each batch is checked whole
// (every record's unit in the caller's scope, times not in the future, waits plausible) and
// written in one transaction; a call already imported (same call id) is skipped, so re-sending a
// day's file is harmless even without an idempotency key.
import { randomUUID } from 'node:crypto';
import { toLocalDate } from '../shared/calendar';
import { referenceCache } from '../shared/departments-directory';
import { userError, type UserError } from '../shared/errors';
import { inFuture } from '../shared/event-history';
import { idempotent } from '../shared/idempotency';
import { isWithin } from '../shared/scope';
import { hasPermission, type Viewer } from '../shared/viewer';
import type { Prisma } from '../../prisma/generated/complaints/sqlite';
import type { ComplaintsDb } from './db';
import type { PhoneLine } from './domain/complaint-state';
import type { ComplaintsServices } from './services';

export interface CallRecordInput {
  callId: string;
  unitId: string;
  line: PhoneLine;
  startedAt: Date;
  answered: boolean;
  waitSeconds: number;
  talkSeconds?: number | null;
}

export interface CallImportOutcome {
  imported: number;
  skipped: number;
  userErrors: UserError[];
}

const MAX_WAIT_SECONDS = 3_600;
export async function importCallRecords(
  ctx: { viewer: Viewer; db: ComplaintsDb; services: ComplaintsServices },
  records: readonly CallRecordInput[],
  idempotencyKey: string | null | undefined,
): Promise<CallImportOutcome> {
  const refused = (userErrors: UserError[]): CallImportOutcome => ({ imported: 0, skipped: 0, userErrors });
  if (!hasPermission(ctx.viewer, 'write')) {
    return refused([userError('batch', 'READ_ONLY_ROLE', '您的角色只能查看，不能导入', 'your role may read but not import')]);
  }
  const refs = referenceCache(ctx.services.directory);
  await refs.prefetch({ unitIds: [...new Set(records.map((r) => r.unitId))] });
  const now = ctx.services.now();
  const errors: UserError[] = [];
  const rows: Prisma.CallRecordCreateManyInput[] = [];
  const seen = new Set<string>();
  for (const [i, r] of records.entries()) {
    const field = (name: string) => `batch.${i}.${name}`;
    const unit = await refs.unit(r.unitId);
    if (!unit?.active) errors.push(userError(field('unitId'), 'NOT_FOUND', '热线单位不存在或已撤销', 'no active org unit with this id'));
    else if (!isWithin(unit.path, ctx.viewer.scopePath)) errors.push(userError(field('unitId'), 'OUT_OF_SCOPE', '热线单位不在您的管辖范围内', 'the hotline’s unit is outside your scope'));
    if (!r.callId.trim()) errors.push(userError(field('callId'), 'REQUIRED', '请填写话务编号', 'callId is required'));
    else if (seen.has(r.callId)) errors.push(userError(field('callId'), 'DUPLICATE_IN_BATCH', '批次内话务编号重复', 'the call id appears twice in the batch'));
    seen.add(r.callId);
    if (Number.isNaN(r.startedAt.getTime()) || inFuture(r.startedAt, now)) {
      errors.push(userError(field('startedAt'), 'EVENT_IN_FUTURE', '来电时间不能晚于当前时间', 'a call cannot start in the future'));
    }
    if (!Number.isInteger(r.waitSeconds) || r.waitSeconds < 0 || r.waitSeconds > MAX_WAIT_SECONDS) {
      errors.push(userError(field('waitSeconds'), 'WAIT_RANGE', `等待时长须为 0–${MAX_WAIT_SECONDS} 秒`, `the wait is 0 to ${MAX_WAIT_SECONDS} seconds`));
    }
    const talk = r.talkSeconds ?? 0;
    if (!Number.isInteger(talk) || talk < 0) errors.push(userError(field('talkSeconds'), 'TALK_RANGE', '通话时长须为非负整数', 'talk seconds are a non-negative integer'));
    if (!r.answered && talk > 0) errors.push(userError(field('talkSeconds'), 'ABANDONED_NO_TALK', '未接通的来电没有通话时长', 'an abandoned call has no talk time'));
    if (unit) {
      rows.push({
        id: randomUUID(),
        externalRef: r.callId.trim(),
        orgUnitId: unit.id,
        orgPath: unit.path,
        line: r.line,
        startedAt: r.startedAt,
        startedOn: toLocalDate(r.startedAt),
        answered: r.answered,
        waitSeconds: r.waitSeconds,
        talkSeconds: talk,
      });
    }
  }
  if (errors.length > 0) return refused(errors);
  return ctx.db.$transaction(
    (tx) =>
      idempotent<CallImportOutcome>(
        tx.idempotencyKey,
        { key: idempotencyKey, operation: 'importCallRecords', input: records, viewerId: ctx.viewer.sub },
        async () => {
          const existing = new Set(
            (await tx.callRecord.findMany({ where: { externalRef: { in: rows.map((r) => r.externalRef) } }, select: { externalRef: true } })).map((r) => r.externalRef),
          );
          const fresh = rows.filter((r) => !existing.has(r.externalRef));
          if (fresh.length > 0) await tx.callRecord.createMany({ data: fresh });
          return { imported: fresh.length, skipped: rows.length - fresh.length, userErrors: [] };
        },
        refused,
      ),
    { timeout: 60_000, maxWait: 10_000 },
  );
}
