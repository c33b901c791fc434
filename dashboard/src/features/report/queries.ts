// The annual report of a government or a department for a year. The exports (XLSX, HTML) are
// asked for only when downloaded: they are large and the page does not need them to render.
import { queryOptions } from '@tanstack/react-query';
import { gql } from '../../api/client';
import type { TableThreeRow } from './tableThree';

export interface ReportSubject {
  kind: 'unit' | 'department';
  /** Unit or department code (the query key), and its id (the API's input). */
  code: string;
  id: string;
  includeSubordinates: boolean;
  year: number;
}

function subjectInput(s: ReportSubject) {
  return s.kind === 'unit' ? { orgUnitId: s.id, year: s.year, includeSubordinates: s.includeSubordinates } : { departmentId: s.id, year: s.year };
}

export interface DocumentCounts {
  issued: number;
  repealed: number;
  inForce: number;
}

export interface AnnualReport {
  subjectKind: string;
  subjectName: string;
  year: number;
  includesSubordinates: boolean;
  dueOn: string;
  publishedOn: string | null;
  late: boolean;
  frozen: boolean;
  columns: string[];
  columnLabels: string[];
  tableTwo: {
    regulations: DocumentCounts;
    normativeDocuments: DocumentCounts;
    licensingDecisions: number;
    penaltyDecisions: number;
    enforcementDecisions: number;
    feesWan: number;
  };
  tableThree: TableThreeRow[];
  tableFour: { kind: string; label: string; cells: number[] }[];
  check: { passed: boolean; difference: number; failing: { column: string; label: string; left: number; right: number; difference: number }[] };
  overview: string;
  problems: string;
  other: string;
}

const COUNTS = 'issued repealed inForce';
const REPORT = `subjectKind subjectName year includesSubordinates dueOn publishedOn late frozen columns columnLabels
  tableTwo { regulations { ${COUNTS} } normativeDocuments { ${COUNTS} } licensingDecisions penaltyDecisions enforcementDecisions feesWan }
  tableThree { code number label labelEn depth cells }
  tableFour { kind label cells }
  check { passed difference failing { column label left right difference } }
  overview problems other`;

function key(s: ReportSubject) {
  return ['report', s.kind, s.code, s.year, s.kind === 'unit' && s.includeSubordinates ? 'all' : 'own'] as const;
}

export function reportQuery(subject: ReportSubject) {
  return queryOptions({
    queryKey: key(subject),
    queryFn: async ({ signal }) =>
      (await gql<{ disclosureAnnualReport: AnnualReport }>(`query AnnualReport($subject: AnnualReportSubjectInput!) { disclosureAnnualReport(subject: $subject) { ${REPORT} } }`, { subject: subjectInput(subject) }, { signal }))
        .disclosureAnnualReport,
    staleTime: 5 * 60_000,
  });
}

export type ExportLanguage = 'ZH' | 'EN';

export interface ReportFile {
  filename: string;
  contentType: string;
  base64: string;
}

export async function fetchXlsx(subject: ReportSubject, lang: ExportLanguage): Promise<ReportFile> {
  const data = await gql<{ disclosureAnnualReport: { xlsx: ReportFile } }>(
    `query AnnualReportXlsx($subject: AnnualReportSubjectInput!, $lang: AnnualReportLanguage) { disclosureAnnualReport(subject: $subject) { xlsx(lang: $lang) { filename contentType base64 } } }`,
    { subject: subjectInput(subject), lang },
  );
  return data.disclosureAnnualReport.xlsx;
}

export async function fetchHtml(subject: ReportSubject, lang: ExportLanguage): Promise<string> {
  const data = await gql<{ disclosureAnnualReport: { html: string } }>(
    `query AnnualReportHtml($subject: AnnualReportSubjectInput!, $lang: AnnualReportLanguage) { disclosureAnnualReport(subject: $subject) { html(lang: $lang) } }`,
    { subject: subjectInput(subject), lang },
  );
  return data.disclosureAnnualReport.html;
}

export interface DepartmentOption {
  id: string;
  code: string;
  name: string;
  shortName: string | null;
}

/** The unit's own departments, for choosing a department's report (a county has about 40). */
export function departmentsQuery(unitCode: string) {
  return queryOptions({
    queryKey: ['report-departments', unitCode],
    queryFn: async ({ signal }) =>
      (
        await gql<{ orgUnit: { departments: { edges: { node: DepartmentOption }[] } } | null }>(
          `query ReportDepartments($code: String!) { orgUnit(code: $code) { departments(first: 100) { edges { node { id code name shortName } } } } }`,
          { code: unitCode },
          { signal },
        )
      ).orgUnit?.departments.edges.map((e) => e.node) ?? [],
    staleTime: Infinity,
  });
}
