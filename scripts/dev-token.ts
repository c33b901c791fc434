// Prints a fresh token for a demo user of the embedded hub (reads data/secrets.json, or
// YG_JWT_SECRET when set): npm run dev-token -- <leader|supervisor|operator> [ttl, e.g. 2h]
import { issuePersonToken } from '../gateway/auth';
import { DEMO_USERS, type DemoUser } from '../gateway/demo-users';
import { readSecrets, secretsFile } from '../gateway/secrets';
import { embeddedDataDir } from '../subgraphs/shared/env';
import { secretKey } from '../subgraphs/shared/viewer';

const [role, ttl = '12h'] = process.argv.slice(2);
if (!role || !(role in DEMO_USERS)) {
  console.error(`usage: npm run dev-token -- <${Object.keys(DEMO_USERS).join('|')}> [ttl]`);
  process.exit(2);
}
const dataDir = embeddedDataDir();
const jwtSecret = process.env.YG_JWT_SECRET ?? readSecrets(dataDir)?.jwtSecret;
if (!jwtSecret) {
  console.error(`no secret: run npm start once (it writes ${secretsFile(dataDir)}) or set YG_JWT_SECRET`);
  process.exit(1);
}
console.log(await issuePersonToken(DEMO_USERS[role as DemoUser], secretKey(jwtSecret), ttl));
