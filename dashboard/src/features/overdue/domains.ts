// The three lists the workbench merges. The order here is also the merge's tie-break between
// domains whose items fall due at the same instant, so it must never depend on the UI language.
export const OVERDUE_DOMAINS = ['approvals', 'complaints', 'disclosures'] as const;
export type OverdueDomain = (typeof OVERDUE_DOMAINS)[number];

export function isOverdueDomain(value: string | null | undefined): value is OverdueDomain {
  return (OVERDUE_DOMAINS as readonly string[]).includes(value ?? '');
}

export function domainRank(domain: OverdueDomain): number {
  return OVERDUE_DOMAINS.indexOf(domain);
}

/** `approvals:<id>`: the drawer's URL form and the row's test hook. */
export function itemKey(domain: OverdueDomain, id: string): string {
  return `${domain}:${id}`;
}

export function parseItemKey(value: string | null | undefined): { domain: OverdueDomain; id: string } | null {
  if (!value) return null;
  const at = value.indexOf(':');
  const domain = value.slice(0, at);
  const id = value.slice(at + 1);
  return at > 0 && id && isOverdueDomain(domain) ? { domain, id } : null;
}
