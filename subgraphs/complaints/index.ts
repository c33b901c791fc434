// The complaints subgraph (投诉 / 12345 / 网上诉求): requests from every channel, their dispatch,
// sign-off, reply, callback and escalation, warnings, per-unit 三率, and hotline line figures.
import { startPeriodicJob } from '../shared/periodic-job';
import type { SubgraphDefinition } from '../shared/subgraph-server';
import { evaluateOpenComplaints } from './complaint-store';
import { createComplaintsDb, type ComplaintsDb } from './db';
import { createComplaintsLoaders, type ComplaintsLoaders } from './loaders';
import { complaintsSchema } from './schema';
import { appendContext, createComplaintsServices, type ComplaintsServices } from './services';

export const complaintsSubgraph: SubgraphDefinition<ComplaintsDb, ComplaintsLoaders, ComplaintsServices> = {
  name: 'complaints',
  schema: complaintsSchema,
  createDb: createComplaintsDb,
  createServices: createComplaintsServices,
  createLoaders: createComplaintsLoaders,
  /** Warnings on open requests every few minutes (YG_COMPLAINTS_WARNING_INTERVAL_MINUTES). */
  startJobs(db, services, log) {
    return startPeriodicJob(
      services.config.warningIntervalMinutes,
      () => evaluateOpenComplaints(db, appendContext(services, services.now())),
      (error) => log('complaint warning evaluation failed', error),
    );
  },
};
