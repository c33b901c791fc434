// Which tier of units is ranked below the one in view (the API ranks one tier at a time).
export type Tier = 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';

const BELOW: Record<Tier, Tier | null> = { CITY: 'COUNTY', COUNTY: 'TOWNSHIP', TOWNSHIP: 'VILLAGE', VILLAGE: null };

export function tierBelow(tier: string | null | undefined): Tier | null {
  return tier && tier in BELOW ? BELOW[tier as Tier] : null;
}

/** The unit code a materialized path ends with ("/4307/430721/430721104/" → "430721104"). */
export function codeFromPath(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? '';
}
