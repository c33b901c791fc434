// `npm start` on an empty inspections database: a year of demo inspections for the demo county,
// built from the departments subgraph's reference data (over HTTP, like any other write) and
// written through the subgraph's own write paths with the county's settings (frequency rules,
// rectification days, grade thresholds) and the deployment calendar, as of `end`.
import type { InspectionsDb } from '../db';
import { createInspectionsServices } from '../services';
import { generateDemoInspections } from './demo-inspections';
import { loadDemoInspections, type InspectionsDemoSummary } from './load-demo-inspections';

export type { InspectionsDemoSummary };

export async function seedInspectionsDemo(
  db: InspectionsDb,
  options: { databaseUrl: string; signingKey: Uint8Array; departmentsUrl: string; end?: Date; seed?: number; env?: NodeJS.ProcessEnv },
): Promise<InspectionsDemoSummary | null> {
  if ((await db.inspection.count()) > 0) return null;
  // A county that has stored its own scoring templates is not a demo: the demo's results are for the built-in one.
  if ((await db.scoringTemplate.count()) > 0) return null;
  const end = options.end ?? new Date();
  const base = createInspectionsServices(db, {
    databaseUrl: options.databaseUrl,
    signingKey: options.signingKey,
    peers: { departments: options.departmentsUrl },
    env: options.env ?? process.env,
    // The subgraph itself already warned about calendar coverage at start.
    log: () => {},
  });
  const services = { ...base, now: () => end };
  const catalogue = await services.directory.catalogue();
  if (!catalogue.units.some((u) => u.active && u.tier === 'COUNTY')) return null;
  const { config } = services;
  const demo = generateDemoInspections(catalogue, {
    end,
    calendar: services.calendar,
    seed: options.seed,
    frequency: config.frequency,
    rectification: config.rectification,
    grades: config.grades,
  });
  return loadDemoInspections(db, services, demo);
}
