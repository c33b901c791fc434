// How often live panels refetch (领导小组 screens stay open all day). Saved per browser.
import { useSyncExternalStore } from 'react';

export const REFRESH_CHOICES = [0, 1, 5, 15] as const;
const KEY = 'yg.refreshMinutes';
const DEFAULT_MINUTES = 5;
const listeners = new Set<() => void>();

function read(): number {
  const saved = Number(localStorage.getItem(KEY));
  return (REFRESH_CHOICES as readonly number[]).includes(saved) && localStorage.getItem(KEY) !== null ? saved : DEFAULT_MINUTES;
}

let minutes = read();

export function setRefreshMinutes(value: number): void {
  minutes = value;
  localStorage.setItem(KEY, String(value));
  for (const listener of listeners) listener();
}

export function useRefreshMinutes(): number {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => minutes,
  );
}

/** TanStack Query's refetchInterval for live panels: false when off. */
export function useRefetchInterval(): number | false {
  const value = useRefreshMinutes();
  return value > 0 ? value * 60_000 : false;
}
