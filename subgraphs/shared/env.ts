// Configuration, validated once at boot. Each process kind has one zod model; every problem is
// reported together so an operator fixes the environment in one go, not one error per restart.
import { z } from 'zod';

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`配置错误 / invalid configuration:\n- ${problems.join('\n- ')}`);
  }
}

const secret = z.string().min(32, 'at least 32 characters');
const port = z.coerce.number().int().min(0).max(65535);
const databaseUrl = z.string().regex(/^(file:|postgres(ql)?:\/\/)/, 'a file: (SQLite) or postgresql:// URL');

export function parseEnv<T extends z.ZodType>(schema: T, values: Record<string, unknown>): z.infer<T> {
  // An empty variable means "not set", so defaults apply (PORT= must not become port 0).
  const set = Object.fromEntries(Object.entries(values).filter(([, v]) => v !== ''));
  const result = schema.safeParse(set);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`));
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
      PORT: port.default(4000),
      HOST: z.string().default('0.0.0.0'),
    }),
    env,
  ) as { YG_SIGNING_SECRET: string; YG_JWT_SECRET: string; YG_API_KEYS: string; PORT: number; HOST: string } & Record<string, string>;
}
