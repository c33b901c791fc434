// 督办 per domain: the mutation, its input from the form, and the rules it broke. The idempotency key
// belongs to one attempt (the same note and deadline), so a double click or a retry after a network
// error cannot escalate twice; changing the input starts a new attempt.
import { gql } from '../../api/client';
import type { OverdueDomain } from './domains';

export interface EscalateInput {
  domain: OverdueDomain;
  id: string;
  note: string;
  /** LocalDate; optional for cases, required for complaints (end of that day), unused for disclosures. */
  dueOn: string;
}

export interface UserError {
  field: string;
  rule: string;
  message: string;
  messageEn: string;
}

const PAYLOAD = 'userErrors { field rule message messageEn }';
const DOCUMENTS: Record<OverdueDomain, string> = {
  approvals: `mutation EscalateCase($input: EscalateCaseInput!, $key: String) { result: escalateCase(input: $input, idempotencyKey: $key) { case { id escalated } ${PAYLOAD} } }`,
  complaints: `mutation EscalateComplaint($input: EscalateComplaintInput!, $key: String) { result: escalateComplaint(input: $input, idempotencyKey: $key) { complaint { id escalated } ${PAYLOAD} } }`,
  disclosures: `mutation EscalateDisclosureRequest($id: ID!, $note: String!, $key: String) { result: escalateDisclosureRequest(requestId: $id, note: $note, idempotencyKey: $key) { request { id escalated } ${PAYLOAD} } }`,
};

export function needsDue(domain: OverdueDomain): 'required' | 'optional' | 'none' {
  return domain === 'complaints' ? 'required' : domain === 'approvals' ? 'optional' : 'none';
}

export function escalateVariables(input: EscalateInput, key: string): Record<string, unknown> {
  const note = input.note.trim();
  switch (input.domain) {
    case 'approvals':
      return { input: { caseId: input.id, note, ...(input.dueOn ? { dueOn: input.dueOn } : {}) }, key };
    case 'complaints':
      // A new reply deadline is a day to the person setting it: the end of that day in the county.
      return { input: { complaintId: input.id, note, replyDueAt: `${input.dueOn}T23:59:59.999+08:00` }, key };
    case 'disclosures':
      return { id: input.id, note, key };
  }
}

export async function escalate(input: EscalateInput, key: string): Promise<UserError[]> {
  const data = await gql<{ result: { userErrors: UserError[] } }>(DOCUMENTS[input.domain], escalateVariables(input, key));
  return data.result.userErrors;
}
