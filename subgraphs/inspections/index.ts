// The inspections subgraph (督查 / 考核): plans and visits scored with versioned templates,
// findings and their rectifications (整改), frequency compliance, quarterly grades with 监察建议书,
// rankings, and the cross-domain unit scorecard (考核测评).
import type { SubgraphDefinition } from '../shared/subgraph-server';
import { createInspectionsDb, type InspectionsDb } from './db';
import { createInspectionsLoaders, type InspectionsLoaders } from './loaders';
import { inspectionsSchema } from './schema';
import { createInspectionsServices, type InspectionsServices } from './services';

export const inspectionsSubgraph: SubgraphDefinition<InspectionsDb, InspectionsLoaders, InspectionsServices> = {
  name: 'inspections',
  schema: inspectionsSchema,
  createDb: createInspectionsDb,
  createServices: createInspectionsServices,
  createLoaders: createInspectionsLoaders,
};
