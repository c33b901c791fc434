// Recording a quarter's board posting (村务 / 乡镇政务公开) and review or litigation cases (行政复议,
// 行政诉讼) with their results.
import { dateFormatError } from '../shared/input-dates';
import { randomUUID } from 'node:crypto';
import { parseLocalDate, toLocalDate, type LocalDate } from '../shared/calendar';
import { isDepartmentOperator } from '../shared/authorize';
import { referenceCache, type UnitRef } from '../shared/departments-directory';
import { takenRefErrors } from '../shared/external-refs';
import { blank, notFoundError, requiredError, userError, type UserError } from '../shared/errors';
import { isWithin } from '../shared/scope';
import { hasPermission } from '../shared/viewer';
import { prefixed, writeTransaction } from '../shared/write-transaction';
import { Refused } from '../shared/write-retry';
import { mayRead, NOT_YOURS, writesFor } from './disclosure-access';
import { boardDueOn, quarterEnd, type Quarter } from './domain/boards';
import { REMEDY_KINDS, type RemedyKind, type RemedyResult } from './domain/request-terms';
import type { WriteContext } from './request-writes';

type Request = { operation: string; input: unknown; idempotencyKey: string | null | undefined };


export interface BoardPostingInput {
  unitId: string;
  year: number;
  quarter: number;
  postedOn: string;
  contents: readonly { heading: string; body: string }[];
  photos?: readonly string[] | null;
}

interface PostingRow {
  id: string;
  unitId: string;
  unitPath: string;
  tier: string;
  year: number;
  quarter: number;
  postedOn: LocalDate;
  dueOn: LocalDate;
  onTime: boolean;
  contents: string;
  photos: string;
  recordedBy: string;
}

/** A posting's own rules (fields unprefixed); the unit comes resolved. */
function postingErrors(ctx: WriteContext, input: BoardPostingInput, unit: UnitRef | undefined, today: string): UserError[] {
  const rules = ctx.services.config.boards;
  const errors: UserError[] = [];
  if (!unit || !unit.active) errors.push(notFoundError('unitId', '单位', 'org unit'));
  else if (!rules.tiers.includes(unit.tier)) errors.push(userError('unitId', 'NO_BOARD', '该层级单位不设定期公开栏', 'units of this tier keep no periodic board'));
  else if (!hasPermission(ctx.viewer, 'write') || isDepartmentOperator(ctx.viewer) || !isWithin(unit.path, ctx.viewer.scopePath)) errors.push(NOT_YOURS('unitId'));
  if (![1, 2, 3, 4].includes(input.quarter)) errors.push(userError('quarter', 'QUARTER', '季度应为1至4', 'quarter is 1 to 4'));
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) errors.push(userError('year', 'YEAR', '年度无效', 'invalid year'));
  const postedOn = parseLocalDate(input.postedOn);
  if (!postedOn) errors.push(dateFormatError('postedOn'));
  else if (postedOn > today) errors.push(userError('postedOn', 'DATE_IN_FUTURE', '公开日期不能晚于今天', 'the posting day cannot be in the future'));
  if (input.contents.length === 0 || input.contents.some((c) => blank(c.heading) || blank(c.body))) {
    errors.push(userError('contents', 'REQUIRED', '请填写公开内容（每项须有标题和内容）', 'list the contents posted, each with a heading and body'));
  }
  if (errors.length === 0 && postedOn) {
    const end = quarterEnd({ year: input.year, quarter: input.quarter } as Quarter);
    // A board reports a quarter that is ending: posted in its last month at the earliest.
    if (postedOn < `${end.slice(0, 7)}-01`) errors.push(userError('postedOn', 'BEFORE_QUARTER_END', `第${input.quarter}季度的公开不能早于${end.slice(0, 7)}`, `a Q${input.quarter} posting cannot come before ${end.slice(0, 7)}`));
  }
  return errors;
}

/**
 * 公开栏更新 — quarters' postings (one, or a township's batch for its villages), all or nothing; a
 * unit posts a quarter once (a retry with the same key replays the first result).
 */
export async function recordBoardPostings(
  ctx: WriteContext,
  inputs: readonly BoardPostingInput[],
  request: Request & { fieldPrefix: (index: number) => string },
): Promise<{ postingIds: string[]; userErrors: UserError[] }> {
  const refused = (userErrors: UserError[]): { postingIds: string[]; userErrors: UserError[] } => ({ postingIds: [], userErrors });
  const refs = referenceCache(ctx.services.directory);
  await refs.prefetch({ unitIds: inputs.map((i) => i.unitId) });
  const today = toLocalDate(ctx.services.now());
  const rules = ctx.services.config.boards;
  const rows: PostingRow[] = [];
  const errors: UserError[] = [];
  for (const [i, input] of inputs.entries()) {
    const unit = await refs.unit(input.unitId);
    const own = postingErrors(ctx, input, unit, today);
    if (own.length > 0 || !unit) {
      errors.push(...prefixed(request.fieldPrefix(i), own));
      continue;
    }
    const postedOn = input.postedOn as LocalDate;
    const dueOn = boardDueOn(rules, { year: input.year, quarter: input.quarter } as Quarter);
    rows.push({
      id: randomUUID(),
      unitId: unit.id,
      unitPath: unit.path,
      tier: unit.tier,
      year: input.year,
      quarter: input.quarter,
      postedOn,
      dueOn,
      onTime: postedOn <= dueOn,
      contents: JSON.stringify(input.contents.map((c) => ({ heading: c.heading.trim(), body: c.body.trim() }))),
      photos: JSON.stringify(input.photos ?? []),
      recordedBy: ctx.viewer.sub,
    });
  }
  if (errors.length > 0) return refused(errors);
  return writeTransaction(
    ctx,
    request,
    async (tx) => {
      // Quarters already posted (or given twice), in one query for the batch.
      const existing = await tx.boardPosting.findMany({
        where: { unitId: { in: [...new Set(rows.map((r) => r.unitId))] }, year: { in: [...new Set(rows.map((r) => r.year))] } },
        select: { unitId: true, year: true, quarter: true, postedOn: true },
      });
      const key = (r: { unitId: string; year: number; quarter: number }) => `${r.unitId}|${r.year}|${r.quarter}`;
      const posted = new Map(existing.map((e) => [key(e), e.postedOn]));
      const taken: UserError[] = [];
      rows.forEach((r, i) => {
        const on = posted.get(key(r));
        if (on) taken.push(userError(`${request.fieldPrefix(i)}quarter`, 'ALREADY_POSTED', `该季度已于${on}公开`, `this quarter was posted on ${on}`));
        posted.set(key(r), r.postedOn);
      });
      if (taken.length > 0) throw new Refused(taken);
      await tx.boardPosting.createMany({ data: rows });
      return { postingIds: rows.map((r) => r.id), userErrors: [] };
    },
    refused,
  );
}

export interface RemedyInput {
  requestId: string;
  kind: RemedyKind;
  body: string;
  caseNumber?: string | null;
  filedOn: string;
  externalRef?: string | null;
}

/** 登记复议/诉讼 — against an answered request, filed on or after the answer; 复议后起诉 needs a decided review. */
export async function recordRemedy(ctx: WriteContext, input: RemedyInput, request: Request): Promise<{ remedyId: string | null; userErrors: UserError[] }> {
  const refused = (userErrors: UserError[]): { remedyId: string | null; userErrors: UserError[] } => ({ remedyId: null, userErrors });
  const filedOn = parseLocalDate(input.filedOn);
  if (!filedOn) return refused([dateFormatError('input.filedOn')]);
  if (filedOn > toLocalDate(ctx.services.now())) return refused([userError('input.filedOn', 'DATE_IN_FUTURE', '立案日期不能晚于今天', 'the filing day cannot be in the future')]);
  if (!REMEDY_KINDS.includes(input.kind)) return refused([userError('input.kind', 'KIND', '类型无效', 'unknown kind')]);
  if (blank(input.body)) return refused([requiredError('input.body', '复议机关或法院', 'the review body or court')]);
  return writeTransaction(
    ctx,
    request,
    async (tx) => {
      const r = await tx.disclosureRequest.findUnique({ where: { id: input.requestId }, include: { remedies: true } });
      if (!r || !mayRead(ctx.viewer, r)) throw new Refused([userError('input.requestId', 'NOT_FOUND', '申请不存在或不在您的范围内', 'no such request in your scope')]);
      if (!writesFor(ctx.viewer, r)) throw new Refused([NOT_YOURS('input.requestId')]);
      if (!r.answeredOn) throw new Refused([userError('input.requestId', 'NOT_ANSWERED', '申请尚未答复，不能提起复议或诉讼', 'the request has not been answered yet')]);
      if (filedOn < r.answeredOn) throw new Refused([userError('input.filedOn', 'BEFORE_ANSWER', `立案日期不能早于答复日期（${r.answeredOn}）`, `filed before the answer (${r.answeredOn})`)]);
      if (input.kind === 'SUIT_AFTER_REVIEW' && !r.remedies.some((m) => m.kind === 'REVIEW' && m.decidedOn && m.decidedOn <= filedOn)) {
        throw new Refused([userError('input.kind', 'NO_DECIDED_REVIEW', '复议后起诉须有已作出决定的行政复议', 'a suit after review needs a decided review of the request')]);
      }
      const taken = await takenRefErrors([input.externalRef], () => 'input.externalRef', async (refs) => (await tx.remedy.findMany({ where: { externalRef: { in: refs } }, select: { externalRef: true } })).map((m) => m.externalRef!), {
        zh: '案件',
        en: 'a case',
      });
      if (taken.length > 0) throw new Refused(taken);
      const id = randomUUID();
      await tx.remedy.create({
        data: {
          id,
          externalRef: input.externalRef ?? null,
          requestId: r.id,
          kind: input.kind,
          agencyId: r.agencyId,
          agencyPath: r.agencyPath,
          departmentId: r.departmentId,
          body: input.body.trim(),
          caseNumber: input.caseNumber?.trim() || null,
          filedOn,
        },
      });
      return { remedyId: id, userErrors: [] };
    },
    refused,
  );
}

/** 审结 — the result of a review or suit (维持, 纠正, 其他结果), once. */
export async function decideRemedy(
  ctx: WriteContext,
  input: { remedyId: string; result: Exclude<RemedyResult, 'PENDING'>; decidedOn: string; note?: string | null },
  request: Request,
): Promise<{ remedyId: string | null; userErrors: UserError[] }> {
  const refused = (userErrors: UserError[]): { remedyId: string | null; userErrors: UserError[] } => ({ remedyId: null, userErrors });
  const decidedOn = parseLocalDate(input.decidedOn);
  if (!decidedOn) return refused([dateFormatError('input.decidedOn')]);
  if (decidedOn > toLocalDate(ctx.services.now())) return refused([userError('input.decidedOn', 'DATE_IN_FUTURE', '审结日期不能晚于今天', 'the decision day cannot be in the future')]);
  return writeTransaction(
    ctx,
    request,
    async (tx) => {
      const m = await tx.remedy.findUnique({ where: { id: input.remedyId } });
      if (!m || !mayRead(ctx.viewer, m)) throw new Refused([userError('input.remedyId', 'NOT_FOUND', '案件不存在或不在您的范围内', 'no such case in your scope')]);
      if (!writesFor(ctx.viewer, m)) throw new Refused([NOT_YOURS('input.remedyId')]);
      if (m.result) throw new Refused([userError('input.remedyId', 'ALREADY_DECIDED', `该案件已于${m.decidedOn}审结`, `decided on ${m.decidedOn}`)]);
      if (decidedOn < m.filedOn) throw new Refused([userError('input.decidedOn', 'BEFORE_FILING', '审结日期不能早于立案日期', 'decided before it was filed')]);
      await tx.remedy.update({ where: { id: m.id }, data: { result: input.result, decidedOn, note: input.note?.trim() || null } });
      return { remedyId: m.id, userErrors: [] };
    },
    refused,
  );
}
