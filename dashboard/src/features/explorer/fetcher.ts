// How the API explorer talks to the gateway and where it keeps its tabs.
// The signed-in user's token is added to every request here, so it never appears in GraphiQL's
// headers editor; a developer who types `authorization` or `x-api-key` there (to try a system's
// key) gets exactly those headers instead.
import type { GraphiQLProps } from 'graphiql';
import i18n from '../../i18n';
import { getSession, setSession } from '../../api/session';

export type Fetcher = GraphiQLProps['fetcher'];
type Storage = NonNullable<GraphiQLProps['storage']>;

/** Headers the user typed that carry their own credentials, so the session token stays out. */
export function hasOwnCredentials(headers: Record<string, unknown> | undefined): boolean {
  return Object.keys(headers ?? {}).some((name) => ['authorization', 'x-api-key'].includes(name.toLowerCase()));
}

export function createFetcher(): Fetcher {
  return async (params, opts) => {
    const typed = (opts?.headers ?? {}) as Record<string, string>;
    const own = hasOwnCredentials(typed);
    const session = getSession();
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
      'accept-language': i18n.language,
    };
    if (session && !own) headers.authorization = `Bearer ${session.token}`;
    Object.assign(headers, typed);

    const response = await fetch('/graphql', { method: 'POST', headers, body: JSON.stringify(params) });
    const text = await response.text();
    let body: { data?: unknown; errors?: unknown[] };
    try {
      body = JSON.parse(text) as typeof body;
    } catch {
      body = { errors: [{ message: i18n.t('common:error.http', { status: response.status }), extensions: { status: response.status, body: text.slice(0, 500) } }] };
    }
    if (response.status === 401 && session && !own) {
      // The session expired: back to the sign-in page, as everywhere else in the dashboard.
      setSession(null);
    }
    return body as Awaited<ReturnType<Fetcher>>;
  };
}

/**
 * GraphiQL keeps tabs (queries, variables and the last responses) and layout in storage. Responses
 * can hold personal data, so they live in sessionStorage (gone when the browser closes, like the
 * session itself) under a prefix per user, and "clear storage" removes only the explorer's keys.
 */
export function explorerStorage(userKey: string): Storage {
  const prefix = `yg.explorer:${userKey}:`;
  const own = () => {
    const keys: string[] = [];
    for (let i = 0; i < sessionStorage.length; i++) {
      const key = sessionStorage.key(i);
      if (key?.startsWith(prefix)) keys.push(key);
    }
    return keys;
  };
  return {
    getItem: (key) => sessionStorage.getItem(prefix + key),
    setItem: (key, value) => sessionStorage.setItem(prefix + key, value),
    removeItem: (key) => sessionStorage.removeItem(prefix + key),
    clear: () => own().forEach((key) => sessionStorage.removeItem(key)),
    get length() {
      return own().length;
    },
  };
}

/**
 * The query and variables of the tab GraphiQL will open with, from its stored tabs. GraphiQL 5
 * fills its editors from `initialQuery`/`initialVariables` (not from that tab) and adds a new tab
 * when they do not match one, so the page passes exactly these.
 */
export function storedActiveTab(storage: Storage): { query: string; variables: string } | null {
  try {
    const raw = storage.getItem('graphiql:tabState');
    if (!raw) return null;
    const state = JSON.parse(raw) as { activeTabIndex?: number; tabs?: { query?: string | null; variables?: string | null }[] };
    const tab = state.tabs?.[state.activeTabIndex ?? 0];
    return tab ? { query: tab.query ?? '', variables: tab.variables ?? '' } : null;
  } catch {
    return null;
  }
}
