// The committed SDL is the API's contract: it must match the code, compose without errors, and
// document every type, field, argument and enum value (other systems read it as documentation).
import { printSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLArgument, GraphQLEnumValue, GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { composeFromSdl, readCommittedSdls, readCommittedSupergraph } from '../../gateway/compose';
import { loadSubgraph, SUBGRAPH_NAMES } from '../../subgraphs/registry';

/** Types and fields that federation or GraphQL add, which we do not write. */
const BUILT_IN = /^(__|_Service|_Entity|_Any|_FieldSet|link__|federation__|String$|Int$|Float$|Boolean$|ID$)/;
const BUILT_IN_FIELDS = new Set(['_service', '_entities']);

function undocumented(schema: GraphQLSchema): string[] {
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (BUILT_IN.test(type.name)) continue;
    if (!type.description) missing.push(type.name);
    // Duck-typed: the schema's graphql module instance may differ from the test's (CJS vs ESM).
    if ('getFields' in type) {
      const fields = type.getFields() as Record<string, { name: string; description?: string | null; args?: GraphQLArgument[] }>;
      for (const field of Object.values(fields)) {
        if (BUILT_IN_FIELDS.has(field.name)) continue;
        if (!field.description) missing.push(`${type.name}.${field.name}`);
        for (const arg of field.args ?? []) {
          if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
    }
    if ('getValues' in type) {
      for (const value of type.getValues() as GraphQLEnumValue[]) if (!value.description) missing.push(`${type.name}.${value.name}`);
    }
  }
  return missing;
}

describe.each(SUBGRAPH_NAMES)('the %s subgraph schema', (name) => {
  it('matches its committed schema.graphql (run npm run schema:print after a change)', async () => {
    const definition = await loadSubgraph(name);
    expect(`${printSubgraphSchema(definition.schema).trim()}\n`).toBe(readCommittedSdls()[name]);
  });

  it('describes every type, field, argument and enum value', async () => {
    const definition = await loadSubgraph(name);
    expect(undocumented(definition.schema)).toEqual([]);
  });
});

describe('the supergraph', () => {
  it('composes from the committed subgraph SDL without errors and matches gateway/supergraph.graphql', () => {
    const composed = composeFromSdl(readCommittedSdls());
    expect('errors' in composed ? composed.errors : []).toEqual([]);
    if ('supergraphSdl' in composed) expect(`${composed.supergraphSdl.trim()}\n`).toBe(readCommittedSupergraph());
  });
});
