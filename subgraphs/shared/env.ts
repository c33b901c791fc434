// Configuration, validated once at boot. Each process kind has one zod model; every problem is
// reported together so an operator fixes the environment in one go, not one error per restart.
import path from 'node:path';
import { z } from 'zod';
import { repoRoot } from './repo-root';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置错误 / invalid configuration:\n- ${problems.join('\n- ')}`);
  }
}

/**
 * The ConfigError for zod issues, one problem per issue: `path: message`, or with a prefix
 * `${prefix}path: message` (without one, an issue on the whole value reads `(root): message`).
 */
export function configError(issues: readonly { readonly path: readonly PropertyKey[]; readonly message: string }[], prefix?: string): ConfigError {
  return new ConfigError(
    issues.map((i) => {
      const at = i.path.join('.');
      return `${prefix === undefined ? at || '(root)' : prefix + at}: ${i.message}`;
    }),
  );
}

const secret = z.string().min(32, 'at least 32 characters');
const port = z.coerce.number().int().min(0).max(65535);
const databaseUrl = z.string().regex(/^(file:|postgres(ql)?:\/\/)/, 'a file: (SQLite) or postgresql:// URL');

/** A JSON object in an environment variable, checked against `schema`. */
export const jsonEnv = <T extends z.ZodType>(schema: T) =>
  z
    .string()
    .default('{}')
    .transform((text, ctx): z.infer<T> => {
      try {
        return schema.parse(JSON.parse(text));
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: (error as Error).message });
        return z.NEVER;
      }
    });

export function parseEnv<T extends z.ZodType>(schema: T, values: Record<string, unknown>): z.infer<T> {
  // An empty variable means "not set", so defaults apply (PORT= must not become port 0).
  const set = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
  const result = schema.safeParse(set);
  if (result.success) return result.data;
  throw configError(result.error.issues);
}

/** A subgraph process in production mode. */
export function subgraphEnv(name: string, env: NodeJS.ProcessEnv = process.env) {
  const key = `YG_${name.toUpperCase()}_DATABASE_URL`;
  return parseEnv(
    z.object({
      [key]: databaseUrl,
      YG_SIGNING_SECRET: secret,
      PORT: port.default(0),
      HOST: z.string().default('127.0.0.1'),
    }),
    env,
  ) as { YG_SIGNING_SECRET: string; PORT: number; HOST: string } & Record<string, string>;
}

/** The gateway in production mode: subgraph URLs come from YG_SUBGRAPH_URL_<NAME>. */
export function gatewayEnv(subgraphNames: readonly string[], env: NodeJS.ProcessEnv = process.env) {
  const urls = Object.fromEntries(subgraphNames.map((n) => [`YG_SUBGRAPH_URL_${n.toUpperCase()}`, z.url()]));
  return parseEnv(
    z.object({
      ...urls,
      YG_SIGNING_SECRET: secret,
      YG_JWT_SECRET: secret,
      YG_API_KEYS: z.string().default('[]'),
      // People who log in at /auth/login (JSON, checked by the gateway); unset: tokens come from SSO.
      YG_USERS: z.string().optional(),
      YG_LOGIN_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
      YG_TRUST_PROXY: z.stringbool().default(false),
      PORT: port.default(4000),
      HOST: z.string().default('0.0.0.0'),
    }),
    env,
  ) as {
    YG_SIGNING_SECRET: string;
    YG_JWT_SECRET: string;
    YG_API_KEYS: string;
    YG_USERS?: string;
    YG_LOGIN_TTL_HOURS: number;
    YG_TRUST_PROXY: boolean;
    PORT: number;
    HOST: string;
  } & Record<string, string>;
}

/** Embedded mode (`npm start`): the whole hub on one port, SQLite files and secrets under YG_DATA_DIR. */
const dataDir = z.string().default(path.join(repoRoot, 'data'));

export function embeddedEnv(env: NodeJS.ProcessEnv = process.env) {
  return parseEnv(
    z.object({
      PORT: port.default(4000),
      HOST: z.string().default('127.0.0.1'),
      YG_DATA_DIR: dataDir,
    }),
    env,
  );
}

/** The embedded hub's data folder alone (YG_DATA_DIR or data/), for tools that only read it. */
export function embeddedDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return parseEnv(z.object({ YG_DATA_DIR: dataDir }), env).YG_DATA_DIR;
}
