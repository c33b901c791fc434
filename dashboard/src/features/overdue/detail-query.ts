// One item with everything the drawer shows, per domain. The shapes are the API's, unflattened.
import { queryOptions } from '@tanstack/react-query';
import { gql } from '../../api/client';
import type { OverdueDomain } from './domains';
import type { WarningLevel } from './list-query';

interface Named {
  name: string;
}

export interface CaseDetail {
  id: string;
  caseNo: string;
  serviceItemName: string;
  stateLabel: string;
  /** Calendar days past the due day, from the API; null unless overdue now and still open. */
  overdueDays: number | null;
  dueOn: string | null;
  warningLevel: WarningLevel;
  escalated: boolean;
  applicantName: string;
  applicantPhone: string | null;
  receivedAt: string;
  acceptedAt: string | null;
  currentUnit: Named;
  handlingDepartment: Named | null;
  timeline: { seq: number; label: string; at: string; actorName: string; summary: string }[];
  clockStops: { reasonLabel: string; note: string | null; startedAt: string; endedAt: string | null }[];
  handoffs: { at: string; fromUnit: Named; toUnit: Named; toDepartment: Named | null; actorName: string; note: string | null }[];
  warnings: { id: string; level: WarningLevel; raisedAt: string; reason: string; stageName: string | null }[];
  subTasks: { department: Named; stateLabel?: string; state: string; dueOn: string | null; decidedAt: string | null; onTime: boolean | null }[];
}

export interface ComplaintDetail {
  id: string;
  requestNo: string;
  title: string;
  stateLabel: string;
  /** Calendar days past the due day, from the API; null unless overdue now and still open. */
  overdueDays: number | null;
  promisedReplyAt: string | null;
  replyDueAt: string | null;
  warningLevel: WarningLevel;
  escalated: boolean;
  receivedAt: string;
  contact: { name: string | null; phone: string | null } | null;
  assignee: Named | null;
  timeline: { seq: number; label: string; at: string; actorName: string; summary: string }[];
  dispatches: { seq: number; assignee: Named; dispatchedAt: string; signedAt: string | null; returnedAt: string | null; returnReason: string | null }[];
  escalations: { at: string; byName: string; note: string; replyDueAt: string }[];
  warnings: { id: string; level: WarningLevel; raisedAt: string; reason: string }[];
}

export interface DisclosureDetail {
  id: string;
  requestNo: string;
  summary: string;
  stateLabel: string;
  /** Calendar days past the due day, from the API; null unless overdue now and still open. */
  overdueDays: number | null;
  dueOn: string | null;
  escalated: boolean;
  receivedOn: string;
  applicantName: string;
  applicantPhone: string | null;
  organizationName: string | null;
  department: Named | null;
  government: Named | null;
  warning: { level: WarningLevel; overdueWorkingDays: number; shouldEscalate: boolean };
  timeline: { label: string; on: string; actorName: string; detail: string }[];
  clockStops: { reasonLabel: string; startedOn: string; endedOn: string | null }[];
}

export type Detail = { domain: 'approvals'; item: CaseDetail } | { domain: 'complaints'; item: ComplaintDetail } | { domain: 'disclosures'; item: DisclosureDetail };

const DOCUMENTS: Record<OverdueDomain, string> = {
  approvals: `query OverdueCase($id: ID!) { item: case(id: $id) {
    id caseNo serviceItemName stateLabel overdueDays dueOn warningLevel escalated applicantName applicantPhone receivedAt acceptedAt
    currentUnit { name } handlingDepartment { name }
    timeline { seq label at actorName summary }
    clockStops { reasonLabel note startedAt endedAt }
    handoffs { at fromUnit { name } toUnit { name } toDepartment { name } actorName note }
    warnings { id level raisedAt reason stageName }
    subTasks { department { name } state dueOn decidedAt onTime }
  } }`,
  complaints: `query OverdueComplaint($id: ID!) { item: complaint(id: $id) {
    id requestNo title stateLabel overdueDays promisedReplyAt replyDueAt warningLevel escalated receivedAt
    contact { name phone } assignee { name }
    timeline { seq label at actorName summary }
    dispatches { seq assignee { name } dispatchedAt signedAt returnedAt returnReason }
    escalations { at byName note replyDueAt }
    warnings { id level raisedAt reason }
  } }`,
  disclosures: `query OverdueDisclosureRequest($id: ID!) { item: disclosureRequest(id: $id) {
    id requestNo summary stateLabel overdueDays dueOn escalated receivedOn applicantName applicantPhone organizationName
    department { name } government { name }
    warning { level overdueWorkingDays shouldEscalate }
    timeline { label on actorName detail }
    clockStops { reasonLabel startedOn endedOn }
  } }`,
};

export function detailQuery(domain: OverdueDomain, id: string) {
  return queryOptions({
    queryKey: ['overdue', 'detail', domain, id],
    queryFn: async ({ signal }): Promise<Detail | null> => {
      const data = await gql<{ item: unknown }>(DOCUMENTS[domain], { id }, { signal });
      return data.item ? ({ domain, item: data.item } as Detail) : null;
    },
  });
}
