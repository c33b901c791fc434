// The signed-in pages' modules, loaded on demand (the login page needs none of them), and the
// head start the page in the address gets: its module is requested while the entry is still
// starting, not once the router has been built and has matched the address.
import type { ComponentType } from 'react';
import { getSession } from '../api/session';

type PageModule = Promise<{ default: ComponentType }>;

export const PAGES = {
  '/': () => import('../features/overview/OverviewPage'),
  '/overdue': () => import('../features/overdue/OverduePage'),
  '/inspections': () => import('../features/inspections/InspectionsPage'),
  '/report': () => import('../features/report/ReportPage'),
  '/explorer': () => import('../features/explorer/ExplorerPage'),
} satisfies Record<string, () => PageModule>;

/** Starts loading the page `pathname` names when someone is signed in (else the login page shows). */
export function preloadPage(pathname: string): void {
  const load = (PAGES as Record<string, (() => PageModule) | undefined>)[pathname];
  if (load && getSession()) void load().catch(() => {});
}
