// One way to talk to the gateway: POST /graphql with the session's token and the UI language.
// Errors keep their GraphQL code so panels can say why they are empty.
import i18n from '../i18n';
import { getSession, setSession } from './session';

export type ErrorKind = 'unauthenticated' | 'forbidden' | 'unavailable' | 'bad-input' | 'network' | 'server';

export interface GraphQLErrorItem {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string; field?: string; rule?: string; service?: string; [key: string]: unknown };
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly kind: ErrorKind,
    readonly errors: GraphQLErrorItem[] = [],
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

function kindOf(code: string | undefined): ErrorKind {
  switch (code) {
    case 'UNAUTHENTICATED':
      return 'unauthenticated';
    case 'FORBIDDEN':
      return 'forbidden';
    case 'BAD_USER_INPUT':
      return 'bad-input';
    case 'SUBGRAPH_UNAVAILABLE':
      return 'unavailable';
    default:
      return 'server';
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export async function gql<T>(query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<T> {
  const session = getSession();
  const headers: Record<string, string> = { 'content-type': 'application/json', 'accept-language': i18n.language };
  if (session) headers.authorization = `Bearer ${session.token}`;
  let response: Response;
  try {
    response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: options.signal });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(i18n.t('common:error.network'), 'network');
  }
  const body = (await response.json().catch(() => null)) as { data?: T; errors?: GraphQLErrorItem[] } | null;
  if (response.status === 401) {
    // The token expired or the secret rotated: back to the login page, keeping the URL.
    setSession(null);
    throw new ApiError(body?.errors?.[0]?.message ?? i18n.t('common:error.unauthenticated'), 'unauthenticated', body?.errors ?? [], 401);
  }
  if (!body) throw new ApiError(i18n.t('common:error.http', { status: response.status }), 'server', [], response.status);
  if (body.errors?.length) {
    const first = body.errors[0]!;
    throw new ApiError(first.message, kindOf(first.extensions?.code), body.errors, response.status);
  }
  if (!body.data) throw new ApiError(i18n.t('common:error.http', { status: response.status }), 'server', [], response.status);
  return body.data;
}
