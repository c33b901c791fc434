// Prints a fresh token for a demo user of the embedded hub (reads data/secrets.json, or
// YG_JWT_SECRET when set): npm run dev-token -- <leader|supervisor|operator> [ttl, e.g. 2h]
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../subgraphs/shared/repo-root';
import { issuePersonToken } from '../gateway/auth';
import { DEMO_USERS, type DemoUser } from '../gateway/demo-users';
import { secretKey } from '../subgraphs/shared/viewer';

const [role, ttl = '12h'] = process.argv.slice(2);
if (!role || !(role in DEMO_USERS)) {
  console.error(`usage: npm run dev-token -- <${Object.keys(DEMO_USERS).join('|')}> [ttl]`);
  process.exit(2);
}
const dataDir = process.env.YG_DATA_DIR ?? path.join(repoRoot, 'data');
const secretsFile = path.join(dataDir, 'secrets.json');
const jwtSecret = process.env.YG_JWT_SECRET ?? (existsSync(secretsFile) ? (JSON.parse(readFileSync(secretsFile, 'utf8')) as { jwtSecret: string }).jwtSecret : undefined);
if (!jwtSecret) {
  console.error(`no secret: run npm start once (it writes ${secretsFile}) or set YG_JWT_SECRET`);
  process.exit(1);
}
console.log(await issuePersonToken(DEMO_USERS[role as DemoUser], secretKey(jwtSecret), ttl));
