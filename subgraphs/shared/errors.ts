// Typed errors. Two kinds reach a caller:
// - UserError values in a mutation payload (`userErrors`): the input broke a rule; nothing was
//   written. They name the field and the rule so other systems can react without parsing text.
// - GraphQLErrors with `extensions.code` for requests that cannot proceed at all (bad arguments,
//   forbidden, not found).
import { GraphQLError } from 'graphql';

/** A broken rule, in Chinese (the UI language) and English. */
export interface UserError {
  /** Input field path, e.g. "input.code". */
  field: string;
  /** Stable rule identifier, e.g. CODE_LENGTH_MATCHES_TIER. */
  rule: string;
  message: string;
  messageEn: string;
}

export function userError(field: string, rule: string, message: string, messageEn: string): UserError {
  return { field, rule, message, messageEn };
}

/** True for missing or whitespace-only text. */
export const blank = (s: string | null | undefined) => !s || s.trim().length === 0;

/** `field` is missing: 请填写<zh> / <en> is required. */
export const requiredError = (field: string, zh: string, en: string) => userError(field, 'REQUIRED', `请填写${zh}`, `${en} is required`);

/** `field` names no active reference record. */
export const notFoundError = (field: string, zh: string, en: string) => userError(field, 'NOT_FOUND', `${zh}不存在或已撤销`, `no active ${en} with this id`);

/** Codes our own errors carry; callers see them unmasked (subgraph-server.ts). */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'CALENDAR_YEAR_NOT_COVERED',
  'CONCURRENT_WRITE',
  // The gateway could not reach a subgraph: the caller gets the other domains' data and this.
  'SUBGRAPH_UNAVAILABLE',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export class TypedGraphQLError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extensions } });
  }
}

export function badInput(error: UserError): TypedGraphQLError {
  return new TypedGraphQLError('BAD_USER_INPUT', `${error.message} / ${error.messageEn}`, {
    field: error.field,
    rule: error.rule,
  });
}

export function forbidden(what: string, whatEn: string): TypedGraphQLError {
  return new TypedGraphQLError('FORBIDDEN', `无权${what} / not allowed to ${whatEn}`);
}
