// Recording requests (登记申请) and their steps through the pure lifecycle, each write one
// transaction with its idempotency key. People's steps are dated today; other systems may date
// them (imports of an application platform's history), never in the future.
import { dateFormatError, optionalDay } from '../shared/input-dates';
import { randomUUID } from 'node:crypto';
import { parseLocalDate, toLocalDate, type LocalDate } from '../shared/calendar';
import { supervises } from '../shared/authorize';
import { referenceCache } from '../shared/departments-directory';
import { newRecordNo } from '../shared/event-history';
import { blank, requiredError, userError, type UserError } from '../shared/errors';
import { takenRefErrors } from '../shared/external-refs';
import { sweepPages } from '../shared/periodic-job';
import type { Viewer } from '../shared/viewer';
import { prefixed, SYSTEMS_ONLY_ERROR, writeTransaction } from '../shared/write-transaction';
import { isRace, Refused } from '../shared/write-retry';
import type { DisclosuresDb } from './db';
import { mayRead, NOT_YOURS, resolveAgency, writesFor, type Agency } from './disclosure-access';
import { receiptDate } from './domain/receipt';
import { foldRequest, proposeRequestEvent, receivedEvent, type Actor, type RequestCommand, type RequestEvent } from './domain/request-lifecycle';
import { APPLICANT_TYPES, isNaturalPerson, REQUEST_CHANNELS, type ApplicantType, type RequestChannel } from './domain/request-terms';
import { appendRequestEvents, eventRowsAfter, loadRequest, projection, type Tx } from './request-store';
import { lifecycleOptions, type DisclosuresServices } from './services';

export interface WriteContext {
  db: DisclosuresDb;
  viewer: Viewer;
  services: DisclosuresServices;
}

/** A step as a caller sends it: the lifecycle command without the actor; `on` only from systems. */
export type StepCommand = RequestCommand extends infer C ? (C extends RequestCommand ? Omit<C, 'actor' | 'on'> & { on?: LocalDate | null } : never) : never;

export interface RequestInput {
  orgUnitId?: string | null;
  departmentId?: string | null;
  externalRef?: string | null;
  applicantType: ApplicantType;
  applicantName: string;
  applicantIdNumber?: string | null;
  applicantPhone?: string | null;
  organizationName?: string | null;
  channel: RequestChannel;
  submittedOn: string;
  signedForOn?: string | null;
  confirmedOn?: string | null;
  summary: string;
  /** Systems only: the day the request was registered (default: the receipt day for imports, today otherwise). */
  recordedOn?: string | null;
  /** Imports only: the steps already taken, in order. */
  steps?: readonly StepCommand[] | null;
}

export interface RequestsOutcome {
  requestIds: string[];
  userErrors: UserError[];
}

const actorOf = (viewer: Viewer): Actor => ({ id: viewer.sub, name: viewer.name, role: viewer.role });

function checkApplicant(input: RequestInput, errors: UserError[]) {
  if (!APPLICANT_TYPES.includes(input.applicantType)) errors.push(userError('applicantType', 'APPLICANT_TYPE', '申请人类型无效', 'unknown applicant type'));
  if (!REQUEST_CHANNELS.includes(input.channel)) errors.push(userError('channel', 'CHANNEL', '申请方式无效', 'unknown channel'));
  if (blank(input.applicantName)) errors.push(requiredError('applicantName', '申请人（或联系人）姓名', 'the applicant’s (or contact’s) name'));
  if (isNaturalPerson(input.applicantType) && !blank(input.organizationName)) {
    errors.push(userError('organizationName', 'NATURAL_PERSON', '自然人申请不填写组织名称', 'a natural person’s request has no organization name'));
  }
  if (!isNaturalPerson(input.applicantType) && blank(input.organizationName)) errors.push(requiredError('organizationName', '法人或其他组织名称', 'the organization’s name'));
  if (blank(input.summary)) errors.push(requiredError('summary', '申请内容摘要', 'the summary of the information requested'));
}

/** The events of one new request (RECEIVED, then any imported steps), or its broken rules (fields unprefixed). */
export function newRequestEvents(
  input: RequestInput,
  viewer: Viewer,
  today: LocalDate,
  services: Pick<DisclosuresServices, 'calendar' | 'config'>,
  imported: boolean,
): { ok: true; events: RequestEvent[] } | { ok: false; errors: UserError[] } {
  const errors: UserError[] = [];
  checkApplicant(input, errors);
  const submittedOn = optionalDay(input.submittedOn, 'submittedOn', errors);
  const signedForOn = optionalDay(input.signedForOn, 'signedForOn', errors);
  const confirmedOn = optionalDay(input.confirmedOn, 'confirmedOn', errors);
  const recordedOnInput = optionalDay(input.recordedOn, 'recordedOn', errors);
  if (input.recordedOn && viewer.role !== 'system') errors.push(userError('recordedOn', 'SYSTEMS_ONLY', '仅对接系统可补录登记日期', 'only other systems may date a registration'));
  if (input.steps?.length && !imported) errors.push(userError('steps', 'IMPORT_ONLY', '办理步骤请逐步登记', 'record steps one by one (steps come with imports only)'));
  if (errors.length > 0 || !submittedOn) return { ok: false, errors };
  const receipt = receiptDate({ channel: input.channel, submittedOn, signedForOn, confirmedOn });
  if (!receipt.ok) return { ok: false, errors: receipt.errors };
  const { receivedOn } = receipt;
  if (receivedOn > today) return { ok: false, errors: [userError(input.channel === 'IN_PERSON' ? 'submittedOn' : input.channel === 'POST' ? 'signedForOn' : 'confirmedOn', 'DATE_IN_FUTURE', '收到申请日期不能晚于今天', 'the day of receipt cannot be in the future')] };
  const recordedOn = recordedOnInput ?? (imported ? receivedOn : today);
  if (recordedOn < receivedOn || recordedOn > today) {
    return { ok: false, errors: [userError('recordedOn', 'OUT_OF_RANGE', '登记日期须在收到申请之日与今天之间', 'the registration day lies between receipt and today')] };
  }
  const options = lifecycleOptions(services);
  const actor = actorOf(viewer);
  const events: RequestEvent[] = [receivedEvent({ channel: input.channel, applicantType: input.applicantType, submittedOn, receivedOn }, recordedOn, actor, services.calendar, options.limits)];
  for (const [i, step] of (input.steps ?? []).entries()) {
    const on = step.on ? parseLocalDate(step.on) : null;
    if (!on) return { ok: false, errors: [requiredError(`steps.${i}.on`, '步骤日期', 'the step’s day')] };
    if (on > today) return { ok: false, errors: [userError(`steps.${i}.on`, 'DATE_IN_FUTURE', '步骤日期不能晚于今天', 'a step cannot be dated in the future')] };
    const proposal = proposeRequestEvent(foldRequest(events), { ...step, on, actor } as RequestCommand, options);
    if (!proposal.ok) return { ok: false, errors: prefixed(`steps.${i}.`, proposal.errors) };
    events.push(...proposal.events);
  }
  return { ok: true, events };
}

async function insertRequest(tx: Tx, input: RequestInput, agency: Agency, events: readonly RequestEvent[]): Promise<string> {
  const id = randomUUID();
  const folded = foldRequest(events);
  await tx.disclosureRequest.create({
    data: {
      id,
      requestNo: newRecordNo(`${agency.code}-GK`, new Date(`${folded.receivedOn}T12:00:00+08:00`)),
      externalRef: input.externalRef ?? null,
      agencyKind: agency.kind,
      agencyId: agency.id,
      agencyPath: agency.path,
      departmentId: agency.departmentId,
      applicantType: input.applicantType,
      applicantName: input.applicantName.trim(),
      applicantIdNumber: input.applicantIdNumber?.trim() || null,
      applicantPhone: input.applicantPhone?.trim() || null,
      organizationName: input.organizationName?.trim() || null,
      channel: input.channel,
      submittedOn: folded.submittedOn,
      receivedOn: folded.receivedOn,
      summary: input.summary.trim(),
      ...projection(folded),
      version: events.length,
    },
  });
  await tx.disclosureRequestEvent.createMany({ data: eventRowsAfter(id, [], events) });
  return id;
}

/** Records new requests (one, or an imported batch): all or nothing, errors naming the request at fault. */
export async function recordRequests(
  ctx: WriteContext,
  inputs: readonly RequestInput[],
  request: { operation: string; input: unknown; idempotencyKey: string | null | undefined; fieldPrefix: (index: number) => string; imported: boolean },
): Promise<RequestsOutcome> {
  const refused = (userErrors: UserError[]): RequestsOutcome => ({ requestIds: [], userErrors });
  if (request.imported && ctx.viewer.role !== 'system') return refused([SYSTEMS_ONLY_ERROR]);
  const refs = referenceCache(ctx.services.directory);
  await refs.prefetch({ unitIds: inputs.flatMap((i) => (i.orgUnitId ? [i.orgUnitId] : [])), departmentIds: inputs.flatMap((i) => (i.departmentId ? [i.departmentId] : [])) });
  const today = toLocalDate(ctx.services.now());
  const prepared: { input: RequestInput; agency: Agency; events: RequestEvent[] }[] = [];
  const errors: UserError[] = [];
  for (const [i, input] of inputs.entries()) {
    const prefix = request.fieldPrefix(i);
    const agency = await resolveAgency(refs, input, prefix);
    if (!agency.ok) {
      errors.push(...agency.errors);
      continue;
    }
    if (!writesFor(ctx.viewer, { agencyPath: agency.agency.path, departmentId: agency.agency.departmentId })) {
      errors.push(NOT_YOURS(`${prefix}${input.departmentId ? 'departmentId' : 'orgUnitId'}`));
      continue;
    }
    const events = newRequestEvents(input, ctx.viewer, today, ctx.services, request.imported);
    if (!events.ok) errors.push(...prefixed(prefix, events.errors));
    else prepared.push({ input, agency: agency.agency, events: events.events });
  }
  if (errors.length > 0) return refused(errors);
  return writeTransaction(
    ctx,
    request,
    async (tx) => {
      const taken = await takenRefErrors(
        prepared.map((p) => p.input.externalRef),
        (i) => `${request.fieldPrefix(i)}externalRef`,
        async (refs) => (await tx.disclosureRequest.findMany({ where: { externalRef: { in: refs } }, select: { externalRef: true } })).map((r) => r.externalRef!),
        { zh: '申请', en: 'a request' },
      );
      if (taken.length > 0) throw new Refused(taken);
      const requestIds: string[] = [];
      for (const p of prepared) requestIds.push(await insertRequest(tx, p.input, p.agency, p.events));
      return { requestIds, userErrors: [] };
    },
    refused,
  );
}

export interface StepOutcome {
  requestId: string | null;
  userErrors: UserError[];
}

/** One step of a request by a person or a system; 督办 by supervision only. */
export async function takeRequestStep(
  ctx: WriteContext,
  requestId: string,
  command: StepCommand,
  request: { operation: string; input: unknown; idempotencyKey: string | null | undefined },
): Promise<StepOutcome> {
  const today = toLocalDate(ctx.services.now());
  const refused = (userErrors: UserError[]): StepOutcome => ({ requestId: null, userErrors });
  if (command.on && ctx.viewer.role !== 'system') return refused([userError('input.on', 'SYSTEMS_ONLY', '办理步骤按当天登记；仅对接系统可补录日期', 'steps are dated today; only other systems may date them')]);
  const on = command.on ? parseLocalDate(command.on) : today;
  if (!on) return refused([dateFormatError('input.on')]);
  if (on > today) return refused([userError('input.on', 'DATE_IN_FUTURE', '步骤日期不能晚于今天', 'a step cannot be dated in the future')]);
  return writeTransaction(
    ctx,
    request,
    async (tx) => {
      const loaded = await loadRequest(tx, requestId);
      // Only a request the caller may read: anything else is unknown, its state unsaid.
      if (!loaded || !mayRead(ctx.viewer, loaded.row)) throw new Refused([userError('input.requestId', 'NOT_FOUND', '申请不存在或不在您的范围内', 'no such request in your scope')]);
      const allowed = command.type === 'ESCALATED' ? supervises(ctx.viewer) : writesFor(ctx.viewer, loaded.row);
      if (!allowed) {
        throw new Refused([
          command.type === 'ESCALATED'
            ? userError('input.type', 'SUPERVISION_ONLY', '督办由督查（监察）部门作出', 'escalation is for supervision offices')
            : NOT_YOURS('input.requestId'),
        ]);
      }
      const proposal = proposeRequestEvent(loaded.request, { ...command, on, actor: actorOf(ctx.viewer) } as RequestCommand, lifecycleOptions(ctx.services));
      if (!proposal.ok) throw new Refused(prefixed('input.', proposal.errors));
      await appendRequestEvents(tx, loaded.row.id, loaded.row.version, loaded.history, proposal.events);
      return { requestId: loaded.row.id, userErrors: [] };
    },
    refused,
  );
}

const SWEEP_ACTOR: Actor = { id: 'system:disclosures-sweep', name: '系统（补正期限届满）', role: 'system' };

/**
 * 第三十条: a request whose correction period ran out without a correction is treated as
 * withdrawn. Closes every such request (dated the day after its period), page by page; returns
 * how many it closed. Safe to run at any time and from several processes (version checks).
 */
export async function lapseUncorrectedRequests(db: DisclosuresDb, services: DisclosuresServices): Promise<number> {
  const today = toLocalDate(services.now());
  const options = lifecycleOptions(services);
  let closed = 0;
  await sweepPages(
    (after) =>
      db.disclosureRequest.findMany({
        where: { state: 'AWAITING_CORRECTION', correctionDueOn: { lt: today }, ...(after ? { id: { gt: after } } : {}) },
        orderBy: { id: 'asc' },
        take: 500,
        select: { id: true },
      }),
    async (page) => {
      for (const { id } of page) {
        try {
          await db.$transaction(async (tx) => {
            const loaded = await loadRequest(tx, id);
            if (!loaded) return;
            const proposal = proposeRequestEvent(loaded.request, { type: 'CORRECTION_LAPSED', on: today, actor: SWEEP_ACTOR, data: {} }, options);
            if (!proposal.ok) return;
            await appendRequestEvents(tx, id, loaded.row.version, loaded.history, proposal.events);
            closed += 1;
          });
        } catch (error) {
          // Another writer got there first (a correction arrived, another sweep): its state stands.
          if (!isRace(error)) throw error;
        }
      }
    },
  );
  return closed;
}
