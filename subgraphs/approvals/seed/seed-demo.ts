// `npm start` on an empty approvals database: a year of demo activity for the demo county,
// built from the departments subgraph's reference data (over HTTP, like any other write), then
// one 电子监察 sweep so the warnings exist from the first screen.
import { createDeploymentCalendar } from '../../shared/calendar';
import { createHttpDirectory } from '../../shared/departments-directory';
import { evaluateOpenCases } from '../case-store';
import type { ApprovalsDb } from '../db';
import { appendContext, approvalsConfig } from '../services';
import { generateDemoCases } from './demo-cases';
import { loadDemoCases } from './load-demo-cases';

export async function seedApprovalsDemo(
  db: ApprovalsDb,
  options: { signingKey: Uint8Array; departmentsUrl: string; end?: Date; count?: number; env?: NodeJS.ProcessEnv },
): Promise<{ cases: number; events: number; warnings: number } | null> {
  if ((await db.case.count()) > 0) return null;
  const env = options.env ?? process.env;
  const directory = createHttpDirectory({ url: options.departmentsUrl, signingKey: options.signingKey, caller: 'approvals-demo' });
  const catalogue = await directory.catalogue();
  if (catalogue.items.length === 0) return null;
  const calendar = createDeploymentCalendar(env);
  const end = options.end ?? new Date();
  const cases = generateDemoCases(catalogue, { end, calendar, count: options.count });
  const loaded = await loadDemoCases(db, cases, calendar);
  if (!loaded) return null;
  const sweep = await evaluateOpenCases(db, appendContext({ calendar, config: approvalsConfig(env) }, end));
  return { ...loaded, warnings: sweep.raised };
}
