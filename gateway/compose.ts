// Composition of the supergraph from each subgraph's printed SDL. The result is committed
// (gateway/supergraph.graphql) so any Federation 2 router can serve the same subgraphs, and a
// test fails when it is stale.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../subgraphs/shared/repo-root';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPH_NAMES } from '../subgraphs/registry-names';

export const SUPERGRAPH_FILE = path.join(repoRoot, 'gateway', 'supergraph.graphql');
export const subgraphSdlFile = (name: string) => path.join(repoRoot, 'subgraphs', name, 'schema.graphql');

/** Placeholder URL in the committed supergraph; the gateway routes by subgraph name at run time. */
export const subgraphPlaceholderUrl = (name: string) => `http://${name}.subgraph.invalid/graphql`;

export function composeFromSdl(sdls: Record<string, string>): { supergraphSdl: string } | { errors: string[] } {
  const result = composeServices(
    Object.entries(sdls).map(([name, sdl]) => ({ name, url: subgraphPlaceholderUrl(name), typeDefs: parse(sdl) })),
  );
  if (result.errors) return { errors: result.errors.map((e) => e.message) };
  return { supergraphSdl: result.supergraphSdl };
}

export function readCommittedSdls(): Record<string, string> {
  return Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, readFileSync(subgraphSdlFile(name), 'utf8')]));
}

export function readCommittedSupergraph(): string {
  return readFileSync(SUPERGRAPH_FILE, 'utf8');
}
