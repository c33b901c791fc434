// Recording proactive disclosure items (登记主动公开信息) and repealing documents. The 20-working-day
// limit is judged when an item is recorded (第二十六条) and kept with it.
import { dateFormatError, optionalDay } from '../shared/input-dates';
import { randomUUID } from 'node:crypto';
import { parseLocalDate, toLocalDate, type LocalDate } from '../shared/calendar';
import { referenceCache } from '../shared/departments-directory';
import { takenRefErrors } from '../shared/external-refs';
import { blank, requiredError, userError, type UserError } from '../shared/errors';
import { prefixed, writeTransaction } from '../shared/write-transaction';
import { Refused } from '../shared/write-retry';
import { mayRead, NOT_YOURS, resolveAgency, writesFor, type Agency } from './disclosure-access';
import { isDecision, isDocument, PROACTIVE_CATEGORIES, PROACTIVE_CHANNELS, publishDueOn, type ProactiveCategory, type ProactiveChannel } from './domain/proactive-terms';
import type { WriteContext } from './request-writes';

export interface ProactiveItemInput {
  orgUnitId?: string | null;
  departmentId?: string | null;
  externalRef?: string | null;
  title: string;
  documentNumber?: string | null;
  category: ProactiveCategory;
  channels: readonly ProactiveChannel[];
  /** The day the information was created or last changed. */
  createdOn: string;
  publishedOn: string;
  fullTextElectronic: boolean;
  /** Documents: the day issued (defaults to createdOn). */
  issuedOn?: string | null;
  /** Decision batches: how many decisions the item publishes. */
  decisionCount?: number | null;
  /** 行政事业性收费: the amount, 万元 (up to four decimals, i.e. whole yuan). */
  feeAmountWan?: number | null;
}

/** The row of one item, or its broken rules (fields unprefixed). */
export function itemRow(input: ProactiveItemInput, agency: Agency, today: LocalDate, ctx: Pick<WriteContext, 'services'>) {
  const errors: UserError[] = [];
  if (blank(input.title)) errors.push(requiredError('title', '信息标题', 'the title'));
  if (!PROACTIVE_CATEGORIES.includes(input.category)) errors.push(userError('category', 'CATEGORY', '信息类别无效', 'unknown category'));
  if (input.channels.length === 0) errors.push(userError('channels', 'REQUIRED', '请至少选择一个公开渠道', 'choose at least one channel'));
  if (input.channels.some((c) => !PROACTIVE_CHANNELS.includes(c))) errors.push(userError('channels', 'CHANNEL', '公开渠道无效', 'unknown channel'));
  const createdOn = optionalDay(input.createdOn, 'createdOn', errors);
  const publishedOn = optionalDay(input.publishedOn, 'publishedOn', errors);
  const issuedOn = optionalDay(input.issuedOn, 'issuedOn', errors);
  if (createdOn && publishedOn && publishedOn < createdOn) errors.push(userError('publishedOn', 'BEFORE_CREATION', '公开日期不能早于信息形成（变更）日期', 'publication cannot precede creation or change'));
  if (publishedOn && publishedOn > today) errors.push(userError('publishedOn', 'DATE_IN_FUTURE', '公开日期不能晚于今天', 'the publication day cannot be in the future'));
  const document = isDocument(input.category);
  const decision = isDecision(input.category);
  if (issuedOn && !document) errors.push(userError('issuedOn', 'DOCUMENTS_ONLY', '制发日期仅适用于规章和规范性文件', 'issuedOn applies to regulations and normative documents'));
  const decisions = input.decisionCount ?? null;
  if (decision && (decisions === null || !Number.isInteger(decisions) || decisions < 1)) errors.push(userError('decisionCount', 'REQUIRED_POSITIVE', '请填写公开的处理决定数量（≥1）', 'give the number of decisions published (≥ 1)'));
  if (!decision && decisions !== null) errors.push(userError('decisionCount', 'DECISIONS_ONLY', '决定数量仅适用于许可、处罚、强制类信息', 'decisionCount applies to licensing, penalty and enforcement items'));
  const fee = input.feeAmountWan ?? null;
  const feeYuan = fee === null ? null : Math.round(fee * 10_000);
  if (input.category === 'FEES' && (fee === null || fee < 0 || Math.abs(fee * 10_000 - feeYuan!) > 1e-6)) {
    errors.push(userError('feeAmountWan', 'FEE_AMOUNT', '请填写收费金额（万元，最多四位小数，不为负）', 'give the fee amount in 万元 (≥ 0, at most four decimals)'));
  }
  if (input.category !== 'FEES' && fee !== null) errors.push(userError('feeAmountWan', 'FEES_ONLY', '收费金额仅适用于行政事业性收费', 'feeAmountWan applies to fee items'));
  if (errors.length > 0 || !createdOn || !publishedOn) return { ok: false as const, errors };
  const dueOn = publishDueOn(ctx.services.calendar, createdOn, ctx.services.config.publishWorkingDays);
  return {
    ok: true as const,
    row: {
      id: randomUUID(),
      externalRef: input.externalRef ?? null,
      agencyKind: agency.kind,
      agencyId: agency.id,
      agencyPath: agency.path,
      departmentId: agency.departmentId,
      title: input.title.trim(),
      documentNumber: input.documentNumber?.trim() || null,
      category: input.category,
      channels: [...new Set(input.channels)].join(','),
      createdOn,
      publishedOn,
      publishDueOn: dueOn,
      publishedOnTime: publishedOn <= dueOn,
      fullTextElectronic: input.fullTextElectronic,
      issuedOn: document ? (issuedOn ?? createdOn) : null,
      decisionCount: decisions ?? 0,
      feeAmountYuan: feeYuan ?? 0,
    },
  };
}

export async function recordProactiveItems(
  ctx: WriteContext,
  inputs: readonly ProactiveItemInput[],
  request: { operation: string; input: unknown; idempotencyKey: string | null | undefined },
): Promise<{ itemIds: string[]; userErrors: UserError[] }> {
  const refused = (userErrors: UserError[]): { itemIds: string[]; userErrors: UserError[] } => ({ itemIds: [], userErrors });
  const refs = referenceCache(ctx.services.directory);
  await refs.prefetch({ unitIds: inputs.flatMap((i) => (i.orgUnitId ? [i.orgUnitId] : [])), departmentIds: inputs.flatMap((i) => (i.departmentId ? [i.departmentId] : [])) });
  const today = toLocalDate(ctx.services.now());
  const rows: Extract<ReturnType<typeof itemRow>, { ok: true }>['row'][] = [];
  const errors: UserError[] = [];
  for (const [i, input] of inputs.entries()) {
    const prefix = `items.${i}.`;
    const agency = await resolveAgency(refs, input, prefix);
    if (!agency.ok) errors.push(...agency.errors);
    else if (!writesFor(ctx.viewer, { agencyPath: agency.agency.path, departmentId: agency.agency.departmentId })) errors.push(NOT_YOURS(`${prefix}orgUnitId`));
    else {
      const built = itemRow(input, agency.agency, today, ctx);
      if (built.ok) rows.push(built.row);
      else errors.push(...prefixed(prefix, built.errors));
    }
  }
  if (errors.length > 0) return refused(errors);
  return writeTransaction(
    ctx,
    request,
    async (tx) => {
      const taken = await takenRefErrors(
        rows.map((r) => r.externalRef),
        (i) => `items.${i}.externalRef`,
        async (refs) => (await tx.proactiveItem.findMany({ where: { externalRef: { in: refs } }, select: { externalRef: true } })).map((r) => r.externalRef!),
        { zh: '信息', en: 'an item' },
      );
      if (taken.length > 0) throw new Refused(taken);
      await tx.proactiveItem.createMany({ data: rows });
      return { itemIds: rows.map((r) => r.id), userErrors: [] };
    },
    refused,
  );
}

/** 废止 — a regulation or normative document stops being in force from `repealedOn`. */
export async function repealDocument(
  ctx: WriteContext,
  itemId: string,
  repealedOnInput: string,
  request: { operation: string; input: unknown; idempotencyKey: string | null | undefined },
): Promise<{ itemId: string | null; userErrors: UserError[] }> {
  const refused = (userErrors: UserError[]): { itemId: string | null; userErrors: UserError[] } => ({ itemId: null, userErrors });
  const repealedOn = parseLocalDate(repealedOnInput);
  if (!repealedOn) return refused([dateFormatError('input.repealedOn')]);
  if (repealedOn > toLocalDate(ctx.services.now())) return refused([userError('input.repealedOn', 'DATE_IN_FUTURE', '废止日期不能晚于今天', 'the repeal day cannot be in the future')]);
  return writeTransaction(
    ctx,
    request,
    async (tx) => {
      const item = await tx.proactiveItem.findUnique({ where: { id: itemId } });
      if (!item || !mayRead(ctx.viewer, item)) throw new Refused([userError('input.itemId', 'NOT_FOUND', '信息不存在或不在您的范围内', 'no such item in your scope')]);
      if (!writesFor(ctx.viewer, item)) throw new Refused([NOT_YOURS('input.itemId')]);
      if (!isDocument(item.category as ProactiveCategory)) throw new Refused([userError('input.itemId', 'DOCUMENTS_ONLY', '仅规章和规范性文件可以废止', 'only regulations and normative documents are repealed')]);
      if (item.repealedOn) throw new Refused([userError('input.itemId', 'ALREADY_REPEALED', `该文件已于${item.repealedOn}废止`, `already repealed on ${item.repealedOn}`)]);
      if (repealedOn < (item.issuedOn ?? item.createdOn)) throw new Refused([userError('input.repealedOn', 'BEFORE_ISSUE', '废止日期不能早于制发日期', 'a document cannot be repealed before it was issued')]);
      await tx.proactiveItem.update({ where: { id: itemId }, data: { repealedOn } });
      return { itemId, userErrors: [] };
    },
    refused,
  );
}
