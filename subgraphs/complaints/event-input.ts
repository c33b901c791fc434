// One input shape for every write: each mutation fills it for its step, importComplaints takes a
// list. Turning it into a typed event — reference data from the departments directory, deadlines
// from the calendar and the county's limits — happens here, once, so a feed and a hotline seat
// obey the same rules.
import type { DirectoryLookup, ReferenceCache } from '../shared/departments-directory';
import { notFoundError, requiredError, userError, type UserError } from '../shared/errors';
import { newRecordNo } from '../shared/event-history';
import type { CategoryCode } from './domain/categories';
import type { ComplaintAggregate } from './domain/complaint-aggregate';
import type { Actor, Assignee, ComplaintEventType, NewComplaintEvent } from './domain/complaint-events';
import type { ComplaintChannel, ComplaintKind, Priority } from './domain/complaint-state';
import { deadline, returnWindow } from './domain/time-limits';
import type { AppendContext } from './services';

export interface ComplaintEventInput {
  type: Exclude<ComplaintEventType, 'REOPENED' | 'DUPLICATE_LINKED'>;
  /** The request: its id, or (imports) the feeding system's reference given at RECEIVED. */
  complaintId?: string | null;
  ref?: string | null;
  /** Imports only: when it happened and who did it; mutations use now and the caller. */
  at?: Date | null;
  actorName?: string | null;
  kind?: ComplaintKind | null;
  channel?: ComplaintChannel | null;
  category?: CategoryCode | null;
  priority?: Priority | null;
  title?: string | null;
  content?: string | null;
  contact?: { name?: string | null; phone?: string | null } | null;
  receivedUnitId?: string | null;
  locationUnitId?: string | null;
  duplicateOfId?: string | null;
  departmentId?: string | null;
  unitId?: string | null;
  note?: string | null;
  reason?: string | null;
  reached?: boolean | null;
  satisfaction?: number | null;
  replyDueAt?: Date | null;
}

export function referencesOf(inputs: readonly ComplaintEventInput[]): Required<DirectoryLookup> {
  const unitIds = new Set<string>();
  const departmentIds = new Set<string>();
  for (const input of inputs) {
    for (const id of [input.receivedUnitId, input.locationUnitId, input.unitId]) if (id) unitIds.add(id);
    if (input.departmentId) departmentIds.add(input.departmentId);
  }
  return { unitIds: [...unitIds], departmentIds: [...departmentIds], itemIds: [] };
}

const required = requiredError;
const unknown = notFoundError;

type Built = { ok: true; event: NewComplaintEvent } | { ok: false; errors: UserError[] };

export async function buildEvent(
  input: ComplaintEventInput,
  c: ComplaintAggregate | null,
  refs: ReferenceCache,
  ctx: Pick<AppendContext, 'calendar' | 'limits'>,
  base: { at: Date; actor: Actor; unitPath: string },
): Promise<Built> {
  const fail = (...errors: UserError[]): Built => ({ ok: false, errors });
  const ok = (event: NewComplaintEvent): Built => ({ ok: true, event });
  const text = (value: string | null | undefined) => (value ?? '').trim();
  switch (input.type) {
    case 'RECEIVED': {
      const errors: UserError[] = [];
      const received = input.receivedUnitId ? await refs.unit(input.receivedUnitId) : undefined;
      const location = input.locationUnitId ? await refs.unit(input.locationUnitId) : received;
      if (!input.receivedUnitId) errors.push(required('receivedUnitId', '受理单位', 'receivedUnitId'));
      else if (!received?.active) errors.push(unknown('receivedUnitId', '受理单位', 'org unit'));
      if (input.locationUnitId && !location?.active) errors.push(unknown('locationUnitId', '诉求地点', 'org unit'));
      for (const [field, value, zh] of [
        ['kind', input.kind, '诉求类型'],
        ['channel', input.channel, '受理渠道'],
        ['category', input.category, '诉求分类'],
        ['priority', input.priority, '紧急程度'],
      ] as const) {
        if (!value) errors.push(required(field, zh, field));
      }
      if (errors.length > 0 || !received || !location || !input.kind || !input.channel || !input.category || !input.priority) return fail(...errors);
      const name = input.contact?.name?.trim() || null;
      const phone = input.contact?.phone?.trim() || null;
      return ok({
        ...base,
        type: 'RECEIVED',
        data: {
          requestNo: newRecordNo(received.code, base.at),
          externalRef: input.ref ?? null,
          kind: input.kind,
          channel: input.channel,
          category: input.category,
          priority: input.priority,
          title: text(input.title),
          content: text(input.content),
          contact: name || phone ? { name, phone } : null,
          receivedUnit: { id: received.id, path: received.path },
          location: { id: location.id, path: location.path },
          duplicateOf: null,
          replyDueAt: deadline(ctx.calendar, base.at, ctx.limits[input.priority].reply).toISOString(),
        },
      });
    }
    case 'DISPATCHED': {
      if (!input.departmentId === !input.unitId) {
        return fail(userError('departmentId', 'ONE_ASSIGNEE', '请指定一个承办部门或承办单位', 'name either a department or an org unit as the assignee'));
      }
      let assignee: Assignee;
      if (input.departmentId) {
        const d = await refs.department(input.departmentId);
        if (!d?.active) return fail(unknown('departmentId', '承办部门', 'department'));
        assignee = { kind: 'DEPARTMENT', id: d.id, name: d.name, path: d.orgUnit.path, departmentId: d.id };
      } else {
        const u = await refs.unit(input.unitId!);
        if (!u?.active) return fail(unknown('unitId', '承办单位', 'org unit'));
        assignee = { kind: 'ORG_UNIT', id: u.id, name: u.name, path: u.path, departmentId: null };
      }
      const limits = ctx.limits[c!.received.priority];
      return ok({
        ...base,
        type: 'DISPATCHED',
        data: {
          assignee,
          note: input.note?.trim() || null,
          signDueAt: deadline(ctx.calendar, base.at, limits.sign).toISOString(),
          returnDueAt: deadline(ctx.calendar, base.at, returnWindow(limits)).toISOString(),
        },
      });
    }
    case 'RETURNED':
      return ok({ ...base, type: 'RETURNED', data: { reason: text(input.reason) } });
    case 'SIGNED':
      return ok({ ...base, type: 'SIGNED', data: { note: input.note?.trim() || null } });
    case 'REPLIED': {
      // From RECEIVED or RETURNED, or reopened with nobody assigned, the hotline answers itself.
      const direct = c!.state === 'RECEIVED' || c!.state === 'RETURNED' || (c!.state === 'REOPENED' && c!.assignee === null);
      return ok({ ...base, type: 'REPLIED', data: { content: text(input.content), direct } });
    }
    case 'CALLED_BACK':
      if (input.reached == null) return fail(required('reached', '是否联系上', 'reached'));
      return ok({ ...base, type: 'CALLED_BACK', data: { reached: input.reached, satisfaction: input.satisfaction ?? null, note: input.note?.trim() || null } });
    case 'CLOSED':
      return ok({ ...base, type: 'CLOSED', data: { reason: text(input.reason), automatic: false } });
    case 'ESCALATED':
      if (!input.replyDueAt) return fail(required('replyDueAt', '督办期限', 'replyDueAt'));
      return ok({ ...base, type: 'ESCALATED', data: { note: text(input.note), replyDueAt: input.replyDueAt.toISOString() } });
  }
}
