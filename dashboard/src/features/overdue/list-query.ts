// Each domain's 超期件 list: the GraphQL document, its variables, and its rows in one shape the
// table, the merge and the CSV share. Pure apart from the fetcher passed in, so the export worker
// runs exactly the same requests as the page.
import type { OverdueDomain } from './domains';
import { dueInstant } from './due';
import type { MergeItem, DomainPage } from './merge-pages';

export type WarningLevel = 'NONE' | 'YELLOW' | 'RED';

export interface OverdueRow extends MergeItem {
  number: string;
  title: string;
  responsible: string | null;
  /** LocalDate (approvals, disclosures) or DateTime (complaints). */
  due: string | null;
  /** Calendar days past the due day, as the API counts them; null unless overdue now and still open. */
  overdueDays: number | null;
  warningLevel: WarningLevel;
  escalated: boolean;
  stateLabel: string;
  /** As the API returns it: masked for roles that may not see personal data. */
  applicant: string | null;
}

export type Fetcher = <T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal) => Promise<T>;

interface Connection<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean };
  edges: { cursor: string; node: N }[];
}

const FIELD: Record<OverdueDomain, string> = { approvals: 'cases', complaints: 'complaints', disclosures: 'disclosureRequests' };
const FILTER_TYPE: Record<OverdueDomain, string> = { approvals: 'CaseFilter', complaints: 'ComplaintFilter', disclosures: 'DisclosureRequestFilter' };

function nodeSelection(domain: OverdueDomain): string {
  switch (domain) {
    case 'approvals':
      return `id caseNo serviceItemName dueOn warningLevel escalated stateLabel applicantName overdueDays
        handlingDepartment { shortName name } currentUnit { name }`;
    case 'complaints':
      return `id requestNo title promisedReplyAt warningLevel escalated stateLabel overdueDays
        contact { name phone } assignee { name }`;
    case 'disclosures':
      return `id requestNo summary dueOn escalated stateLabel applicantName organizationName overdueDays
        warning { level } department { shortName name } government { name }`;
  }
}

/** Every list earliest deadline first (ties by id), the order the merge relies on. */
export function listDocument(domain: OverdueDomain): string {
  return `query Overdue_${domain}($filter: ${FILTER_TYPE[domain]}, $first: Int!, $after: String) {
    list: ${FIELD[domain]}(filter: $filter, sort: MOST_OVERDUE_FIRST, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage } edges { cursor node { ${nodeSelection(domain)} } }
    }
  }`;
}

type Named = { name?: string | null; shortName?: string | null } | null | undefined;
/** Any domain's list node; each domain selects its own part. */
interface Node {
  id: string;
  escalated: boolean;
  stateLabel: string;
  overdueDays: number | null;
  caseNo?: string;
  requestNo?: string;
  serviceItemName?: string;
  title?: string;
  summary?: string;
  dueOn?: string | null;
  promisedReplyAt?: string | null;
  warningLevel?: WarningLevel;
  warning?: { level: WarningLevel } | null;
  applicantName?: string;
  organizationName?: string | null;
  contact?: { name: string | null; phone: string | null } | null;
  handlingDepartment?: Named;
  currentUnit?: Named;
  assignee?: Named;
  department?: Named;
  government?: Named;
}
const nameOf = (n: Named) => n?.shortName || n?.name || null;

export function toRow(domain: OverdueDomain, node: Node, cursor: string): OverdueRow {
  const n = node;
  const base = { domain, id: n.id, cursor, escalated: !!n.escalated, stateLabel: n.stateLabel ?? '', overdueDays: n.overdueDays ?? null };
  switch (domain) {
    case 'approvals': {
      const due = n.dueOn ?? null;
      return {
        ...base,
        number: n.caseNo ?? '',
        title: n.serviceItemName ?? '',
        responsible: nameOf(n.handlingDepartment) ?? nameOf(n.currentUnit),
        due,
        dueAt: dueInstant(due),
        warningLevel: n.warningLevel ?? 'NONE',
        applicant: n.applicantName ?? null,
      };
    }
    case 'complaints': {
      const due = n.promisedReplyAt ?? null;
      const contact = n.contact ?? null;
      return {
        ...base,
        number: n.requestNo ?? '',
        title: n.title ?? '',
        responsible: nameOf(n.assignee),
        due,
        dueAt: dueInstant(due),
        warningLevel: n.warningLevel ?? 'NONE',
        applicant: contact ? [contact.name, contact.phone].filter(Boolean).join(' ') || null : null,
      };
    }
    case 'disclosures': {
      const due = n.dueOn ?? null;
      const org = n.organizationName ?? null;
      return {
        ...base,
        number: n.requestNo ?? '',
        title: n.summary ?? '',
        responsible: nameOf(n.department) ?? nameOf(n.government),
        due,
        dueAt: dueInstant(due),
        warningLevel: n.warning?.level ?? 'NONE',
        applicant: org ? `${org}（${n.applicantName}）` : (n.applicantName ?? null),
      };
    }
  }
}

export async function fetchDomainPage(
  fetcher: Fetcher,
  domain: OverdueDomain,
  filter: Record<string, unknown>,
  first: number,
  after: string | null | undefined,
  signal?: AbortSignal,
): Promise<DomainPage<OverdueRow>> {
  const data = await fetcher<{ list: Connection<Node> }>(listDocument(domain), { filter, first, after: after ?? null }, signal);
  return {
    rows: data.list.edges.map((e) => toRow(domain, e.node, e.cursor)),
    hasNextPage: data.list.pageInfo.hasNextPage,
    totalCount: data.list.totalCount,
  };
}
