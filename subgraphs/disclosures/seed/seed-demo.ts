// `npm start` on an empty disclosures database: demo 政府信息公开 for the demo county since 2023,
// built from the departments subgraph's reference data (over HTTP, like any other write) and
// written through the subgraph's own write paths with the county's settings (request limits,
// publication limit, board rules, report due dates) and the deployment calendar, as of `end`.
import type { Catalogue, DepartmentsDirectory, DirectoryLookup, DirectoryResult } from '../../shared/departments-directory';
import type { DisclosuresDb } from '../db';
import { createDisclosuresServices } from '../services';
import { generateDemoDisclosures } from './demo-disclosures';
import { loadDemoDisclosures, type DisclosuresDemoSummary } from './load-demo-disclosures';

export type { DisclosuresDemoSummary };

/**
 * The reference data fetched once for the generator, answering the write paths' lookups: the
 * import makes thousands of writes (a board posting names one unit each), and asking the
 * departments subgraph again for every one would be most of the start-up time.
 */
export function catalogueDirectory(catalogue: Catalogue): DepartmentsDirectory {
  const units = new Map(catalogue.units.map((u) => [u.id, u]));
  const departments = new Map(catalogue.departments.map((d) => [d.id, d]));
  const items = new Map(catalogue.items.map((i) => [i.id, i]));
  const pick = <T>(all: Map<string, T>, ids: readonly string[] = []) => new Map(ids.flatMap((id) => (all.has(id) ? [[id, all.get(id)!] as const] : [])));
  return {
    lookup: async (request: DirectoryLookup): Promise<DirectoryResult> => ({
      units: pick(units, request.unitIds),
      departments: pick(departments, request.departmentIds),
      items: pick(items, request.itemIds),
    }),
    catalogue: async () => catalogue,
  };
}

export async function seedDisclosuresDemo(
  db: DisclosuresDb,
  options: { databaseUrl: string; signingKey: Uint8Array; departmentsUrl: string; end?: Date; seed?: number; env?: NodeJS.ProcessEnv },
): Promise<DisclosuresDemoSummary | null> {
  if ((await db.disclosureRequest.count()) > 0) return null;
  const end = options.end ?? new Date();
  const base = createDisclosuresServices(db, {
    databaseUrl: options.databaseUrl,
    signingKey: options.signingKey,
    peers: { departments: options.departmentsUrl },
    env: options.env ?? process.env,
    // The subgraph itself already warned about calendar coverage at start.
    log: () => {},
  });
  const catalogue = await base.directory.catalogue();
  if (!catalogue.units.some((u) => u.active && u.tier === 'COUNTY')) return null;
  const services = { ...base, directory: catalogueDirectory(catalogue), now: () => end };
  const { config } = services;
  const demo = generateDemoDisclosures(catalogue, {
    end,
    calendar: services.calendar,
    seed: options.seed,
    limits: config.limits,
    publishWorkingDays: config.publishWorkingDays,
    boards: config.boards,
    reportDueDates: config.reportDueDates,
  });
  return loadDemoDisclosures(db, services, demo);
}
