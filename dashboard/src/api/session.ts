// The signed-in person: the gateway's token and who it says they are. Kept in sessionStorage so a
// reload keeps the session but closing the browser ends it (shared office computers).
import { useSyncExternalStore } from 'react';

export type Role = 'leader' | 'supervisor' | 'operator' | 'system';
export type Permission = 'read' | 'write' | 'personal-data' | string;

export interface SessionUser {
  sub: string;
  name: string;
  role: Role;
  scopePath: string;
  orgUnitCode: string | null;
  departmentId: string | null;
  permissions: Permission[];
}

export interface Session {
  token: string;
  expiresAt: string | null;
  user: SessionUser;
}

const KEY = 'yg.session';
const listeners = new Set<() => void>();
let current: Session | null = read();

function read(): Session | null {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    if (session.expiresAt && Date.parse(session.expiresAt) <= Date.now()) return null;
    return session;
  } catch {
    return null;
  }
}

export function getSession(): Session | null {
  return current;
}

export function setSession(session: Session | null): void {
  current = session;
  if (session) sessionStorage.setItem(KEY, JSON.stringify(session));
  else sessionStorage.removeItem(KEY);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession, getSession);
}

/** What the role may do in the UI; the API enforces the same rules, this only hides dead ends. */
export function abilities(user: SessionUser) {
  const has = (p: Permission) => user.permissions.includes(p);
  return {
    seesPersonalData: has('personal-data'),
    writes: has('write'),
    /** 督办: supervision offices (and systems acting for them). */
    escalates: user.role === 'supervisor' || user.role === 'system',
  };
}
