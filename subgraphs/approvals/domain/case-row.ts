// The stored projection of a case: the columns lists, filters and statistics read. Always
// computed from the aggregate (never edited on its own), in the transaction that appends events.
import { toLocalDate, type WorkingCalendar } from '../../shared/calendar';
import { currentStage, openStop, totalExtensionDays, type CaseAggregate } from './case-aggregate';
import { isInProgress, type WarningLevel } from './case-state';
import {
  caseDueOn,
  decidedOnTime,
  localDate,
  stageDueOn,
  subTaskDueOn,
  subTaskOnTime,
  workingDaysUsed,
} from './deadline';

export interface CaseRow {
  id: string;
  caseNo: string;
  externalRef: string | null;
  applicantKind: string;
  applicantName: string;
  applicantPhone: string | null;
  applicantIdNumber: string | null;
  serviceItemId: string;
  serviceItemCode: string;
  serviceItemName: string;
  itemKind: string;
  limitDays: number;
  extensionDays: number;
  channel: string;
  orgUnitId: string;
  orgPath: string;
  currentUnitId: string;
  currentPath: string;
  handlingDepartmentId: string | null;
  handlingPath: string | null;
  parallel: boolean;
  state: string;
  receivedAt: Date;
  receivedOn: string;
  acceptedAt: Date | null;
  acceptedOn: string | null;
  decidedAt: Date | null;
  decidedOn: string | null;
  closedOn: string | null;
  dueOn: string | null;
  clockStopped: boolean;
  stoppedOn: string | null;
  onTime: boolean | null;
  workingDaysUsed: number | null;
  stageName: string | null;
  stageDueOn: string | null;
  escalated: boolean;
  ratingLevel: number | null;
  ratedOn: string | null;
  followupState: string | null;
  calledBackOn: string | null;
  rectifiedOn: string | null;
  version: number;
}

export interface SubTaskRow {
  id: string;
  caseId: string;
  departmentId: string;
  departmentPath: string;
  limitDays: number;
  acceptedOn: string;
  dueOn: string | null;
  state: string;
  decidedOn: string | null;
  onTime: boolean | null;
  workingDaysUsed: number | null;
}

export function caseRow(cal: WorkingCalendar, c: CaseAggregate): CaseRow {
  const r = c.received;
  const stop = openStop(c);
  const stage = isInProgress(c.state) ? currentStage(c) : null;
  return {
    id: c.id,
    caseNo: r.caseNo,
    externalRef: r.externalRef,
    applicantKind: r.applicant.kind,
    applicantName: r.applicant.name,
    applicantPhone: r.applicant.phone,
    applicantIdNumber: r.applicant.idNumber,
    serviceItemId: r.item.id,
    serviceItemCode: r.item.code,
    serviceItemName: r.item.name,
    itemKind: r.item.kind,
    limitDays: c.limitDays,
    extensionDays: totalExtensionDays(c),
    channel: r.channel,
    orgUnitId: r.unit.id,
    orgPath: r.unit.path,
    currentUnitId: c.current.id,
    currentPath: c.current.path,
    handlingDepartmentId: c.handling?.id ?? null,
    handlingPath: c.handling?.path ?? null,
    parallel: c.subTasks.length > 0,
    state: c.state,
    receivedAt: c.receivedAt,
    receivedOn: toLocalDate(c.receivedAt),
    acceptedAt: c.acceptedAt,
    acceptedOn: localDate(c.acceptedAt),
    decidedAt: c.decidedAt,
    decidedOn: localDate(c.decidedAt),
    closedOn: localDate(c.closedAt),
    dueOn: caseDueOn(cal, c),
    clockStopped: stop !== null,
    stoppedOn: stop ? toLocalDate(stop.startedAt) : null,
    onTime: decidedOnTime(cal, c),
    workingDaysUsed: c.decidedAt ? workingDaysUsed(cal, c, c.decidedAt) : null,
    stageName: stage?.name ?? null,
    stageDueOn: stage ? stageDueOn(cal, c, stage) : null,
    escalated: c.escalations.length > 0,
    ratingLevel: c.rating?.level ?? null,
    ratedOn: localDate(c.rating?.at ?? null),
    followupState: c.followup?.state ?? null,
    calledBackOn: localDate(c.followup?.calledBackAt ?? null),
    rectifiedOn: localDate(c.followup?.rectifiedAt ?? null),
    version: c.version,
  };
}

export function subTaskRows(cal: WorkingCalendar, c: CaseAggregate): SubTaskRow[] {
  if (!c.acceptedAt) return [];
  const acceptedOn = toLocalDate(c.acceptedAt);
  return c.subTasks.map((t) => ({
    id: `${c.id}:${t.department.id}`,
    caseId: c.id,
    departmentId: t.department.id,
    departmentPath: t.department.path,
    limitDays: t.limitDays,
    acceptedOn,
    dueOn: subTaskDueOn(cal, c, t),
    state: t.state,
    decidedOn: localDate(t.decidedAt),
    onTime: subTaskOnTime(cal, c, t),
    workingDaysUsed: t.decidedAt ? workingDaysUsed(cal, { ...c, decidedAt: t.decidedAt }, t.decidedAt) : null,
  }));
}

/** Warning level kept on the row: NONE once the case is no longer in progress. */
export const rowWarningLevel = (c: CaseAggregate, evaluated: WarningLevel): WarningLevel =>
  isInProgress(c.state) ? evaluated : 'NONE';
