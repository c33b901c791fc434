// The embedded hub's secrets file (data/secrets.json), readable without loading any subgraph:
// gateway/embedded.ts creates it, scripts/dev-token.ts only reads it.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export interface EmbeddedSecrets {
  signingSecret: string;
  jwtSecret: string;
  systemApiKey: string;
  /** The demo users' password for /auth/login (files written before login existed lack it). */
  demoPassword: string;
}

export const secretsFile = (dataDir: string): string => path.join(dataDir, 'secrets.json');

/** The secrets as kept in a data folder: any of them may be missing from an older file. */
export type StoredSecrets = Partial<EmbeddedSecrets>;

/** The secrets kept in a data folder, or null when it has none yet. */
export function readSecrets(dataDir: string): StoredSecrets | null {
  const file = secretsFile(dataDir);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as StoredSecrets) : null;
}
