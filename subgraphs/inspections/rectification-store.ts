// Rectifications (整改) in the database: the event rows are the truth, the Rectification row their
// fold, rewritten in the same transaction under a version check. Who acts for the owner and for
// the inspecting office is decided here from the viewer (the pure lifecycle compares unit keys).
import { randomUUID } from 'node:crypto';
import type { LocalDate } from '../shared/calendar';
import { supervises } from '../shared/authorize';
import type { TransactionClient } from '../shared/database';
import { isWithin } from '../shared/scope';
import { ConcurrentWriteError } from '../shared/write-retry';
import { hasPermission, type Viewer } from '../shared/viewer';
import type { InspectionsDb } from './db';
import { foldRectification, type Actor, type Rectification, type RectificationCommand, type RectificationEvent } from './domain/rectification';

export type Tx = TransactionClient<InspectionsDb>;

/**
 * The parties' keys in the lifecycle: by id, not path, so re-coding a unit (a re-path) leaves
 * open rectifications workable; a department's window is its own owner.
 */
export const ownerKey = (unitId: string, departmentId: string | null) => (departmentId ? `department:${departmentId}` : `unit:${unitId}`);
export const officeKey = (unitId: string) => `unit:${unitId}`;

export interface RectificationRowParties {
  ownerUnitId: string;
  ownerPath: string;
  ownerDepartmentId: string | null;
  inspectingUnitId: string;
  inspectingUnitPath: string;
  /** Found by the unit's own self-check: its own staff verify it. */
  selfCheck: boolean;
}

/** May this viewer take the owner's steps (progress, submission)? */
export function actsForOwner(viewer: Viewer, r: RectificationRowParties): boolean {
  if (!isWithin(r.ownerPath, viewer.scopePath)) return false;
  if (viewer.role === 'system') return hasPermission(viewer, 'write');
  if (viewer.role !== 'operator') return false;
  return r.ownerDepartmentId ? viewer.departmentId === r.ownerDepartmentId : viewer.departmentId === null && viewer.scopePath === r.ownerPath;
}

/**
 * May this viewer take the inspecting office's steps (verification, 督办)? Supervision whose
 * scope holds the inspecting office (not merely the owner: a township's supervisor does not sign
 * off the county's findings on it); for a self-check's findings, the unit's own staff.
 */
export function actsForOffice(viewer: Viewer, r: RectificationRowParties): boolean {
  if (supervises(viewer)) return isWithin(r.inspectingUnitPath, viewer.scopePath) && isWithin(r.ownerPath, viewer.scopePath);
  return r.selfCheck && viewer.role === 'operator' && viewer.departmentId === null && viewer.scopePath === r.inspectingUnitPath;
}

const OFFICE_STEPS: ReadonlySet<RectificationCommand['type']> = new Set(['VERIFIED', 'REJECTED', 'ESCALATED']);

/** The actor as the lifecycle sees it: the party key the viewer may act for in this step. */
export function actorFor(viewer: Viewer, r: RectificationRowParties, type: RectificationCommand['type']): Actor {
  const office = OFFICE_STEPS.has(type);
  const may = office ? actsForOffice(viewer, r) : actsForOwner(viewer, r);
  const unitId = may ? (office ? officeKey(r.inspectingUnitId) : ownerKey(r.ownerUnitId, r.ownerDepartmentId)) : `viewer:${viewer.sub}`;
  return { id: viewer.sub, unitId };
}

interface EventRow {
  type: string;
  on: string;
  actorId: string;
  actorUnit: string;
  data: string;
}

export const eventFromRow = (row: EventRow): RectificationEvent =>
  ({ type: row.type, on: row.on as LocalDate, actor: { id: row.actorId, unitId: row.actorUnit }, data: JSON.parse(row.data) }) as RectificationEvent;

/** The projection columns a fold determines. */
export function projection(r: Rectification) {
  return {
    state: r.state,
    dueOn: r.dueOn,
    verifiedOn: r.verifiedOn,
    lastEventOn: r.lastEventOn,
    rejections: r.rejections,
    escalations: r.escalatedDueOns.length,
    escalatedDueOn: r.escalatedDueOns.includes(r.dueOn) ? r.dueOn : null,
  };
}

export async function loadRectification(tx: Tx, id: string) {
  const row = await tx.rectification.findUnique({ where: { id }, include: { events: { orderBy: { seq: 'asc' } } } });
  if (!row) return null;
  return { row, rectification: foldRectification(row.events.map(eventFromRow)) };
}

/**
 * Event rows for `events` appended after `history`, each with the rectification as it left it
 * (an incremental fold: histories are short).
 */
export function eventRowsAfter(rectificationId: string, history: readonly RectificationEvent[], events: readonly RectificationEvent[]) {
  return events.map((e, i) => {
    const after = foldRectification([...history, ...events.slice(0, i + 1)]);
    const p = projection(after);
    return {
      id: randomUUID(),
      rectificationId,
      seq: history.length + i + 1,
      type: e.type,
      on: e.on,
      actorId: e.actor.id,
      actorUnit: e.actor.unitId,
      data: JSON.stringify(e.data),
      stateAfter: p.state,
      dueOnAfter: p.dueOn,
      escalatedAfter: p.escalatedDueOn !== null,
    };
  });
}

/** Appends events to a rectification at `version` and rewrites its row; a lost race throws. */
export async function appendRectificationEvents(tx: Tx, id: string, version: number, events: readonly RectificationEvent[], history: readonly RectificationEvent[]) {
  const folded = foldRectification([...history, ...events]);
  const updated = await tx.rectification.updateMany({ where: { id, version }, data: { ...projection(folded), version: version + events.length } });
  if (updated.count !== 1) throw new ConcurrentWriteError(`rectification ${id} changed meanwhile`);
  await tx.rectificationEvent.createMany({ data: eventRowsAfter(id, history, events) });
  return folded;
}
