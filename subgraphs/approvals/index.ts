// The approvals subgraph (行政审批): cases, their deadlines and warnings, 好差评, and per-unit stats.
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
    const minutes = services.config.warningIntervalMinutes;
    if (minutes <= 0) return () => {};
    let running = false;
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      evaluateOpenCases(db, appendContext(services, services.now()))
        .catch((error: unknown) => log('warning evaluation failed', error))
        .finally(() => {
          running = false;
        });
    }, minutes * 60_000);
    timer.unref();
    return () => clearInterval(timer);
  },
};
