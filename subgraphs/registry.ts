// Every subgraph definition, by name. Loading one pulls in its schema (and its Prisma client).
import type { SubgraphDefinition } from './shared/subgraph-server';
import type { SubgraphName } from './registry-names';

export async function loadSubgraph(name: SubgraphName): Promise<SubgraphDefinition<never, never>> {
  switch (name) {
    case 'departments':
      return (await import('./departments/index')).departmentsSubgraph as unknown as SubgraphDefinition<never, never>;
    case 'approvals':
      return (await import('./approvals/index')).approvalsSubgraph as unknown as SubgraphDefinition<never, never>;
    case 'complaints':
      return (await import('./complaints/index')).complaintsSubgraph as unknown as SubgraphDefinition<never, never>;
    case 'inspections':
      return (await import('./inspections/index')).inspectionsSubgraph as unknown as SubgraphDefinition<never, never>;
    case 'disclosures':
      return (await import('./disclosures/index')).disclosuresSubgraph as unknown as SubgraphDefinition<never, never>;
  }
}
export { SUBGRAPH_NAMES, type SubgraphName } from './registry-names';
