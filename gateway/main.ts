// Production mode: the gateway alone, in front of subgraphs running elsewhere.
//   YG_SUBGRAPH_URL_DEPARTMENTS=http://…/graphql  YG_SIGNING_SECRET=…  YG_JWT_SECRET=…  YG_API_KEYS='[…]'  npm run start:gateway
// Optional: YG_USERS='[…]' enables /auth/login (hashes from `npm run hash-password`).
import { z } from 'zod';
import { ConfigError, configError, gatewayEnv } from '../subgraphs/shared/env';
import { SUBGRAPH_NAMES } from '../subgraphs/registry-names';
import { apiKeyConfig } from './auth';
import { startHub } from './hub';
import { createUserDirectory, userConfigList, type UserConfig } from './users';

let config;
try {
  const env = gatewayEnv(SUBGRAPH_NAMES);
  const apiKeys = z.array(apiKeyConfig).safeParse(JSON.parse(env.YG_API_KEYS));
  if (!apiKeys.success) throw configError(apiKeys.error.issues, 'YG_API_KEYS.');
  let users: UserConfig[] | undefined;
  if (env.YG_USERS !== undefined) {
    const parsed = userConfigList.safeParse(JSON.parse(env.YG_USERS));
    if (!parsed.success) throw configError(parsed.error.issues, 'YG_USERS.');
    users = parsed.data;
  }
  config = { env, apiKeys: apiKeys.data, users };
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}

const hub = await startHub({
  host: config.env.HOST,
  port: config.env.PORT,
  signingSecret: config.env.YG_SIGNING_SECRET,
  jwtSecret: config.env.YG_JWT_SECRET,
  apiKeys: config.apiKeys,
  users: config.users ? await createUserDirectory(config.users) : undefined,
  tokenTtlSeconds: Math.round(config.env.YG_LOGIN_TTL_HOURS * 3600),
  trustProxy: config.env.YG_TRUST_PROXY,
  subgraphUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, config.env[`YG_SUBGRAPH_URL_${n.toUpperCase()}`]!])),
});
console.log(`gateway listening on ${hub.url}/graphql`);
console.log(config.users ? `login at ${hub.url}/auth/login for ${config.users.length} users` : 'login not configured (YG_USERS unset): people bring tokens from SSO');
const shutdown = () => void hub.stop().then(() => process.exit(0));
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
