// Prints every subgraph's SDL to subgraphs/<name>/schema.graphql and composes
// gateway/supergraph.graphql. Run after changing a schema: `npm run schema:print`.
import { writeFileSync } from 'node:fs';
import { printSubgraphSchema } from '@apollo/subgraph';
import { composeFromSdl, SUPERGRAPH_FILE, subgraphSdlFile } from '../gateway/compose';
import { loadSubgraph, SUBGRAPH_NAMES } from '../subgraphs/registry';

const sdls: Record<string, string> = {};
for (const name of SUBGRAPH_NAMES) {
  const definition = await loadSubgraph(name);
  sdls[name] = printSubgraphSchema(definition.schema);
  writeFileSync(subgraphSdlFile(name), `${sdls[name].trim()}\n`);
  console.log(`wrote ${subgraphSdlFile(name)}`);
}
const composed = composeFromSdl(sdls);
if ('errors' in composed) {
  console.error(`composition failed:\n- ${composed.errors.join('\n- ')}`);
  process.exit(1);
}
writeFileSync(SUPERGRAPH_FILE, composed.supergraphSdl.trim() + '\n');
console.log(`wrote ${SUPERGRAPH_FILE}`);
