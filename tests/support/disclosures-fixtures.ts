// Requests for government information (依申请公开) for integration tests, written through the
// gateway like an application platform would: a small spec per request becomes one
// importDisclosureRequests input with its dated steps, and the tests compute their expected figures
// from the same specs (independently of the subgraph's code).
import { expectData, type TestHub } from './hub';

/** The columns of table 三 as the national format prints them (国办公开办函〔2021〕30号), 总计 last. */
export const APPLICANT_TYPES = ['NATURAL_PERSON', 'COMMERCIAL', 'RESEARCH', 'PUBLIC_WELFARE', 'LEGAL_SERVICE', 'OTHER_ORGANIZATION'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

/** The rows (一)…(六) of table 三 with their numbered reasons, in the printed order. */
export const OUTCOME_ROWS = {
  DISCLOSED: ['DISCLOSED'],
  PARTIALLY_DISCLOSED: ['PARTIALLY_DISCLOSED'],
  NOT_DISCLOSED: [
    'NOT_DISCLOSED_STATE_SECRET',
    'NOT_DISCLOSED_PROHIBITED_BY_LAW',
    'NOT_DISCLOSED_THREE_SAFETIES',
    'NOT_DISCLOSED_THIRD_PARTY',
    'NOT_DISCLOSED_INTERNAL_AFFAIRS',
    'NOT_DISCLOSED_PROCESS_INFO',
    'NOT_DISCLOSED_ENFORCEMENT_FILE',
    'NOT_DISCLOSED_QUERY_SERVICE',
  ],
  UNABLE_TO_PROVIDE: ['UNABLE_NOT_HELD', 'UNABLE_NEEDS_CREATION', 'UNABLE_STILL_UNCLEAR'],
  NOT_PROCESSED: ['NOT_PROCESSED_PETITION', 'NOT_PROCESSED_REPEATED', 'NOT_PROCESSED_PUBLICATION', 'NOT_PROCESSED_MASS_REQUESTS', 'NOT_PROCESSED_CONFIRMATION'],
  OTHER: ['OTHER_NO_CORRECTION', 'OTHER_FEE_UNPAID', 'OTHER'],
} as const;
export type OutcomeGroup = keyof typeof OUTCOME_ROWS;
export type Outcome = (typeof OUTCOME_ROWS)[OutcomeGroup][number];
export const OUTCOMES = Object.values(OUTCOME_ROWS).flat() as Outcome[];
export const groupOf = (o: Outcome) => (Object.keys(OUTCOME_ROWS) as OutcomeGroup[]).find((g) => (OUTCOME_ROWS[g] as readonly string[]).includes(o))!;

export type Agency = { orgUnitId: string } | { departmentId: string };

/** One imported step (the fields the step type needs). */
export type Step = { type: string; on: string } & Record<string, unknown>;

export const steps = {
  correction: (on: string, correctionWorkingDays?: number): Step => ({ type: 'CORRECTION_REQUESTED', on, items: '请明确所需信息的名称、文号或时间范围', correctionWorkingDays }),
  corrected: (on: string): Step => ({ type: 'CORRECTION_RECEIVED', on, note: '申请人已补正' }),
  lapsed: (on: string): Step => ({ type: 'CORRECTION_LAPSED', on }),
  consult: (on: string, party: 'THIRD_PARTY' | 'OTHER_AGENCY' = 'THIRD_PARTY'): Step => ({ type: 'CONSULTATION_STARTED', on, party, partyName: '某建筑工程有限公司' }),
  consulted: (on: string): Step => ({ type: 'CONSULTATION_ENDED', on, note: '第三方不同意公开' }),
  extend: (on: string, workingDays: number): Step => ({ type: 'EXTENDED', on, workingDays, approvedBy: '李主任', reason: '需调取档案，工作量较大' }),
  answer: (on: string, outcome: Outcome): Step => ({ type: 'ANSWERED', on, outcome, legalBasis: '《中华人民共和国政府信息公开条例》', note: '已书面答复' }),
};

export const PERSON = { name: '王小明', idNumber: '11010519491231002X', phone: '13907361234' };

export interface DisclosureSpec {
  ref: string;
  agency: Agency;
  type?: ApplicantType;
  /** The receipt day (第三十一条); the channel defaults to in person, so it is also the day handed in. */
  receivedOn: string;
  steps?: Step[];
  summary?: string;
}

/** The DisclosureRequestInput of a spec. */
export function requestInput(spec: DisclosureSpec): Record<string, unknown> {
  const type = spec.type ?? 'NATURAL_PERSON';
  return {
    ...spec.agency,
    externalRef: spec.ref,
    applicantType: type,
    applicantName: PERSON.name,
    applicantIdNumber: PERSON.idNumber,
    applicantPhone: PERSON.phone,
    organizationName: type === 'NATURAL_PERSON' ? undefined : `测试${type}组织`,
    channel: 'IN_PERSON',
    submittedOn: spec.receivedOn,
    summary: spec.summary ?? `申请公开相关政府信息（${spec.ref}）`,
    steps: spec.steps,
  };
}

export const IMPORT = `mutation($batch: [DisclosureRequestInput!]!, $key: String) {
  importDisclosureRequests(batch: $batch, idempotencyKey: $key) { created requestIds userErrors { field rule message } }
}`;

export interface ImportResult {
  created: number;
  requestIds: string[];
  userErrors: { field: string; rule: string; message: string }[];
}

/** Imports the specs as the system; throws when the batch is refused. */
export async function importDisclosures(hub: TestHub, specs: DisclosureSpec[], key?: string): Promise<ImportResult> {
  const result = expectData(await hub.gql<{ importDisclosureRequests: ImportResult }>(IMPORT, { batch: specs.map(requestInput), key }, { apiKey: hub.systemApiKey })).importDisclosureRequests;
  if (result.userErrors.length > 0) throw new Error(`import refused: ${JSON.stringify(result.userErrors)}`);
  return result;
}
