// The disclosures subgraph (政府信息公开): proactive items, requests for disclosure with their
// statutory clocks, review and litigation, periodic boards, disclosureStats and the annual report.
import { startPeriodicJob } from '../shared/periodic-job';
import type { SubgraphDefinition } from '../shared/subgraph-server';
import { createDisclosuresDb, type DisclosuresDb } from './db';
import { createDisclosuresLoaders, type DisclosuresLoaders } from './loaders';
import { lapseUncorrectedRequests } from './request-writes';
import { disclosuresSchema } from './schema';
import { createDisclosuresServices, type DisclosuresServices } from './services';

export const disclosuresSubgraph: SubgraphDefinition<DisclosuresDb, DisclosuresLoaders, DisclosuresServices> = {
  name: 'disclosures',
  schema: disclosuresSchema,
  createDb: createDisclosuresDb,
  createServices: createDisclosuresServices,
  createLoaders: createDisclosuresLoaders,
  /** Requests whose correction period ran out are closed as 逾期不补正 (YG_DISCLOSURES_SWEEP_INTERVAL_MINUTES). */
  startJobs(db, services, log) {
    return startPeriodicJob(
      services.config.sweepIntervalMinutes,
      () => lapseUncorrectedRequests(db, services),
      (error) => log('disclosure correction sweep failed', error),
    );
  },
};
