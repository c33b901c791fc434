// Saved example queries of the API explorer. Each runs as it stands against the hub for a user
// whose scope holds the county 安乡县 (430721): the leader, the supervision office, a system key.
// The comment lines on top come from the messages (explorer:examples.<key>.comment), so they are
// in the page's language; the GraphQL itself is the same in both.
import type { SessionUser } from '../../api/session';

export type ExampleKey = 'townshipQuarter' | 'overdue' | 'annualReport';

export interface Example {
  key: ExampleKey;
  query: string;
  variables: Record<string, unknown>;
}

/** The township, quarter and report year the examples show (深柳镇, 2026 Q3, the 2025 report). */
export const TOWNSHIP_CODE = '430721100';
export const QUARTER = { year: 2026, quarter: 3 } as const;
export const REPORT_YEAR = 2025;

const TOWNSHIP_QUARTER = `query TownshipQuarter($code: String!, $period: PeriodInput!) {
  orgUnit(code: $code) {
    id
    name
    path
    approvalStats(period: $period) {
      accepted
      completed
      overdueOpen
      onTimeRate { ...Rate }
      satisfactionRate { ...Rate }
    }
    complaintStats(period: $period) {
      received
      replied
      overdueOpen
      onTimeRate { ...Rate }
      satisfactionRate { ...Rate }
    }
    disclosureStats(period: $period) {
      proactivePublished
      requestsAnswered
      overdueOpen
      proactiveTimeliness { ...Rate }
      onTimeRate { ...Rate }
      boardOnTimeRate { ...Rate }
    }
    inspectionStats(period: $period) {
      inspections
      averageScore
      gradeLabel
      overdueRectifications
      completionRate { ...Rate }
    }
    scorecard(period: $period) {
      score
      complete
      parts { label effectiveWeight contribution }
      measures { label numerator denominator value contribution }
    }
  }
}

# 比率 = 分子 / 分母 — a rate with its counts
fragment Rate on KpiRate {
  numerator
  denominator
  value
  target
  meetsTarget
}
`;

const OVERDUE = `query OverdueList($path: String!, $first: Int = 20, $after: String) {
  cases(
    filter: { withinPath: $path, overdueOnly: true }
    sort: MOST_OVERDUE_FIRST
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        caseNo
        serviceItemName
        stateLabel
        dueOn
        overdueDays
        remainingWorkingDays
        warningLevel
        escalated
        receivingUnit { name }
        handlingDepartment { name }
      }
    }
  }
  complaints(
    # locatedOnly: the requests located in the subtree, as complaintStats.overdueOpen counts them
    filter: { withinPath: $path, overdueOnly: true, locatedOnly: true }
    sort: MOST_OVERDUE_FIRST
    first: $first
  ) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges {
      node {
        requestNo
        title
        categoryLabel
        stateLabel
        promisedReplyAt
        overdueDays
        minutesOverdue
        escalated
        location { name }
        assignee { name }
      }
    }
  }
}
`;

const ANNUAL_REPORT = `query ReportUnitId($code: String!) {
  orgUnit(code: $code) {
    id
    name
    tier
  }
}

query AnnualReport($orgUnitId: ID!, $year: Int!) {
  disclosureAnnualReport(subject: { orgUnitId: $orgUnitId, year: $year }) {
    subjectName
    year
    dueOn
    publishedOn
    late
    frozen
    check {
      passed
      difference
      failing { column label left right difference }
    }
    columnLabels
    tableThree { number label depth cells }
  }
}
`;

/** The code of the user's own unit: the session's, else the last code of the scope path. */
export function ownUnitCode(user: SessionUser): string {
  if (user.orgUnitCode) return user.orgUnitCode;
  const codes = user.scopePath.split('/').filter(Boolean);
  return codes[codes.length - 1] ?? '430721';
}

/**
 * The examples for this user. `unitId` is the id of the user's own unit once known (the annual
 * report needs an id, not a code); until then the variable holds `placeholder`.
 */
export function examples(user: SessionUser, unitId: string | null, placeholder: string): Example[] {
  return [
    { key: 'townshipQuarter', query: TOWNSHIP_QUARTER, variables: { code: TOWNSHIP_CODE, period: QUARTER } },
    { key: 'overdue', query: OVERDUE, variables: { path: user.scopePath, first: 20 } },
    {
      key: 'annualReport',
      query: ANNUAL_REPORT,
      variables: { code: ownUnitCode(user), orgUnitId: unitId ?? placeholder, year: REPORT_YEAR },
    },
  ];
}

/** The text of a tab: the comment lines (one `#` per line) above the query. */
export function withComment(comment: string, query: string): string {
  const lines = comment
    .split('\n')
    .map((line) => `# ${line}`.trimEnd())
    .join('\n');
  return `${lines}\n\n${query}`;
}

export function formatVariables(variables: Record<string, unknown>): string {
  return JSON.stringify(variables, null, 2);
}
