// `npm start`: the whole hub on one port with SQLite under data/ and the demo county, and the
// dashboard built first when its build is missing or older than its sources.
import { embeddedEnv } from '../subgraphs/shared/env';
import { buildDashboardIfStale } from '../gateway/dashboard-build';
import { startEmbedded } from '../gateway/embedded';

const env = embeddedEnv();

/** A failed build is reported and the hub starts anyway: the API works, and / says the dashboard is not built. */
async function buildDashboard(): Promise<void> {
  try {
    const built = await buildDashboardIfStale();
    if (built) console.log(`看板已构建 / dashboard built (${built.reason}) in ${built.seconds.toFixed(1)} s`);
  } catch (error) {
    console.error('看板构建失败，页面将提示未构建 / dashboard build failed; / will say it is not built:', error);
  }
}

const started = Date.now();
await buildDashboard();
const hub = await startEmbedded({
  dataDir: env.YG_DATA_DIR,
  // The demo hub serves a dashboard: stats results are kept 10 s (every write here clears them).
  env: { ...process.env, YG_STATS_CACHE_SECONDS: process.env.YG_STATS_CACHE_SECONDS ?? '10' },
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

演示用户 / demo users (页面登录 / log in at ${hub.url}/): leader, supervisor, operator
  演示密码 / demo password: ${hub.demoPassword}
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
