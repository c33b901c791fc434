// `npm start` on an empty complaints database: a year of demo requests and hotline calls for the
// demo county, built from the departments subgraph's reference data (over HTTP, like any other
// write), then one warning sweep so the yellow and red cards exist from the first screen.
import { createDeploymentCalendar } from '../../shared/calendar';
import { createHttpDirectory } from '../../shared/departments-directory';
import { evaluateOpenComplaints } from '../complaint-store';
import type { ComplaintsDb } from '../db';
import { appendContext, complaintsConfig } from '../services';
import { generateDemoComplaints } from './demo-complaints';
import { loadDemoComplaints } from './load-demo-complaints';

export async function seedComplaintsDemo(
  db: ComplaintsDb,
  options: { signingKey: Uint8Array; departmentsUrl: string; end?: Date; count?: number; env?: NodeJS.ProcessEnv },
): Promise<{ requests: number; events: number; calls: number; warnings: number } | null> {
  if ((await db.complaint.count()) > 0) return null;
  const env = options.env ?? process.env;
  const directory = createHttpDirectory({ url: options.departmentsUrl, signingKey: options.signingKey, caller: 'complaints-demo' });
  const catalogue = await directory.catalogue();
  if (catalogue.departments.length === 0) return null;
  const calendar = createDeploymentCalendar(env);
  const config = complaintsConfig(env);
  const end = options.end ?? new Date();
  const { complaints, calls } = generateDemoComplaints(catalogue, { end, calendar, count: options.count, limits: config.limits, maxReopens: config.maxReopens });
  const loaded = await loadDemoComplaints(db, complaints, calls);
  if (!loaded) return null;
  const sweep = await evaluateOpenComplaints(db, appendContext({ calendar, config }, end));
  return { requests: loaded.requests, events: loaded.events, calls: loaded.calls, warnings: sweep.raised };
}
