/** The domain subgraphs, in composition order. A subgraph is added here when its folder lands. */
export const SUBGRAPH_NAMES = ['departments', 'approvals', 'complaints', 'inspections', 'disclosures'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];
