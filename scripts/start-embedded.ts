// `npm start`: the whole hub on one port with SQLite under data/ and the demo county.
import { embeddedEnv } from '../subgraphs/shared/env';
import { startEmbedded } from '../gateway/embedded';

const env = embeddedEnv();

const started = Date.now();
const hub = await startEmbedded({
  dataDir: env.YG_DATA_DIR,
  port: env.PORT,
  host: env.HOST,
  log: (message, error) => (error ? console.error(message, error) : console.log(message)),
});
console.log(`
阳光 Yangguang 已启动 / is running (${((Date.now() - started) / 1000).toFixed(1)} s)
  页面 / page:      ${hub.url}/
  GraphQL:          ${hub.url}/graphql
  健康 / health:    ${hub.url}/health   就绪 / ready: ${hub.url}/ready
  数据 / data:      ${env.YG_DATA_DIR}

演示令牌 / demo tokens (Authorization: Bearer <token>, 12 h):
  leader      领导小组  ${hub.tokens.leader}
  supervisor  督查室    ${hub.tokens.supervisor}
  operator    深柳镇窗口 ${hub.tokens.operator}
演示系统密钥 / demo system API key (x-api-key): ${hub.systemApiKey}
新令牌 / fresh tokens: npm run dev-token -- <leader|supervisor|operator>
`);

const shutdown = async () => {
  await hub.stop();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
