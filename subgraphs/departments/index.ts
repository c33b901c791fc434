// The departments subgraph (组织架构与基础数据): org tree, departments, centres, service items.
import type { SubgraphDefinition } from '../shared/subgraph-server';
import { createDepartmentsDb, type DepartmentsDb } from './db';
import { createDepartmentsLoaders, type DepartmentsLoaders } from './loaders';
import { departmentsSchema } from './schema';

export const departmentsSubgraph: SubgraphDefinition<DepartmentsDb, DepartmentsLoaders> = {
  name: 'departments',
  schema: departmentsSchema,
  createDb: createDepartmentsDb,
  createLoaders: createDepartmentsLoaders,
};
