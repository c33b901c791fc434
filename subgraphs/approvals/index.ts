// The approvals subgraph (行政审批): cases, their deadlines and warnings, 好差评, and per-unit stats.
import { startPeriodicJob } from '../shared/periodic-job';
import type { SubgraphDefinition } from '../shared/subgraph-server';
import { evaluateOpenCases } from './case-store';
import { createApprovalsDb, type ApprovalsDb } from './db';
import { createApprovalsLoaders, type ApprovalsLoaders } from './loaders';
import { approvalsSchema } from './schema';
import { appendContext, createApprovalsServices, type ApprovalsServices } from './services';

export const approvalsSubgraph: SubgraphDefinition<ApprovalsDb, ApprovalsLoaders, ApprovalsServices> = {
  name: 'approvals',
  schema: approvalsSchema,
  createDb: createApprovalsDb,
  createServices: createApprovalsServices,
  createLoaders: createApprovalsLoaders,
  /** 电子监察: evaluate open cases every few minutes (YG_APPROVALS_WARNING_INTERVAL_MINUTES). */
  startJobs(db, services, log) {
    return startPeriodicJob(
      services.config.warningIntervalMinutes,
      () => evaluateOpenCases(db, appendContext(services, services.now())),
      (error) => log('warning evaluation failed', error),
    );
  },
};
