// The embedded hub's secrets file (data/secrets.json), readable without loading any subgraph:
// gateway/embedded.ts creates it, scripts/dev-token.ts only reads it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface EmbeddedSecrets {
  signingSecret: string;
  jwtSecret: string;
  systemApiKey: string;
}

export const secretsFile = (dataDir: string): string => path.join(dataDir, 'secrets.json');

/** The secrets kept in a data folder, or null when it has none yet. */
export function readSecrets(dataDir: string): EmbeddedSecrets | null {
  const file = secretsFile(dataDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as EmbeddedSecrets) : null;
}
