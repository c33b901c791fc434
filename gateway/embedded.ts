// Embedded mode: every subgraph on its own SQLite file under data/ (or given database URLs),
// migrations applied, the demo county loaded when empty, one port for everything.
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { applyMigrations } from '../subgraphs/shared/migrate';
import { startSubgraphService, type SubgraphService } from '../subgraphs/shared/subgraph-server';
import { secretKey } from '../subgraphs/shared/viewer';
import { loadSubgraph, SUBGRAPH_NAMES, type SubgraphName } from '../subgraphs/registry';
import { createDepartmentsDb } from '../subgraphs/departments/db';
import { loadDemoCounty } from '../subgraphs/departments/seed/load-demo';
import { createApprovalsDb } from '../subgraphs/approvals/db';
import { seedApprovalsDemo } from '../subgraphs/approvals/seed/seed-demo';
import { createComplaintsDb } from '../subgraphs/complaints/db';
import { seedComplaintsDemo } from '../subgraphs/complaints/seed/seed-demo';
import { createInspectionsDb } from '../subgraphs/inspections/db';
import { seedInspectionsDemo } from '../subgraphs/inspections/seed/seed-demo';
import { createDisclosuresDb } from '../subgraphs/disclosures/db';
import { seedDisclosuresDemo } from '../subgraphs/disclosures/seed/seed-demo';
import { hashApiKey, issuePersonToken } from './auth';
import { DEMO_COUNTY_PATH, DEMO_USERS, type DemoUser } from './demo-users';
import { startHub, type Hub } from './hub';
import { readSecrets, secretsFile, type EmbeddedSecrets } from './secrets';
import { createUserDirectory, usersWithPassword } from './users';

export type { EmbeddedSecrets };

/**
 * Secrets of a data folder: made once, kept in data/secrets.json so tokens survive restarts.
 * A secret the file lacks (an older data folder) is added and the file rewritten.
 */
export function loadOrCreateSecrets(dataDir: string): EmbeddedSecrets {
  const existing = readSecrets(dataDir);
  const secrets: EmbeddedSecrets = {
    signingSecret: existing?.signingSecret ?? randomBytes(32).toString('base64url'),
    jwtSecret: existing?.jwtSecret ?? randomBytes(32).toString('base64url'),
    systemApiKey: existing?.systemApiKey ?? `yg_demo_${randomBytes(24).toString('base64url')}`,
    // Typed at a login form, so short and without look-alike characters; it only guards demo data.
    demoPassword: existing?.demoPassword ?? `yg-${randomBytes(6).toString('hex')}`,
  };
  if (!existing || Object.keys(secrets).some((key) => !(key in existing))) {
    writeFileSync(secretsFile(dataDir), JSON.stringify({ ...existing, ...secrets }, null, 2), { mode: 0o600 });
  }
  return secrets;
}

export interface EmbeddedOptions {
  host?: string;
  port?: number;
  /** SQLite files go here unless databaseUrls says otherwise. */
  dataDir: string;
  databaseUrls?: Partial<Record<SubgraphName, string>>;
  seedDemo?: boolean;
  secrets?: EmbeddedSecrets;
  /** Periodic jobs (warning sweeps) run unless false; tests trigger them explicitly. */
  jobs?: boolean;
  /** Observes every SQL statement a subgraph runs (tests count queries). */
  onQuery?: Partial<Record<SubgraphName, (sql: string) => void>>;
  /** Seeds a year of demo activity in the domain subgraphs (default: with seedDemo). */
  seedActivity?: boolean;
  /** The built dashboard served at / (default dashboard/dist). */
  dashboardDist?: string;
  /** Settings the subgraphs and demo seeders read, e.g. YG_CALENDAR_FILE (default process.env). */
  env?: NodeJS.ProcessEnv;
  log?: (message: string, error?: unknown) => void;
}

export interface EmbeddedHub extends Hub {
  tokens: Record<DemoUser, string>;
  systemApiKey: string;
  /** The password of every demo user at /auth/login. */
  demoPassword: string;
  secrets: EmbeddedSecrets;
}

export async function startEmbedded(options: EmbeddedOptions): Promise<EmbeddedHub> {
  mkdirSync(options.dataDir, { recursive: true });
  const secrets = options.secrets ?? loadOrCreateSecrets(options.dataDir);
  const urls = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, options.databaseUrls?.[name] ?? `file:${path.resolve(options.dataDir, `${name}.db`)}`]),
  ) as Record<SubgraphName, string>;

  await Promise.all(SUBGRAPH_NAMES.map((name) => applyMigrations({ subgraph: name, url: urls[name] })));
  if (options.seedDemo ?? true) {
    const db = createDepartmentsDb(urls.departments);
    try {
      await loadDemoCounty(db);
    } finally {
      await db.$disconnect();
    }
  }

  // Subgraphs reach each other through the hub's /subgraphs/<name>/graphql routes (real HTTP),
  // whose port is known once the hub listens.
  let hubUrl = '';
  const peers = Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, () => `${hubUrl}/subgraphs/${name}/graphql`]));
  const services: SubgraphService[] = [];
  for (const name of SUBGRAPH_NAMES) {
    const definition = await loadSubgraph(name);
    services.push(
      await startSubgraphService(definition as never, {
        databaseUrl: urls[name],
        signingKey: secretKey(secrets.signingSecret),
        log: options.log,
        peers,
        jobs: options.jobs,
        onQuery: options.onQuery?.[name],
        env: options.env,
      }),
    );
  }
  const hub = await startHub({
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 4000,
    signingSecret: secrets.signingSecret,
    jwtSecret: secrets.jwtSecret,
    apiKeys: [
      { id: 'demo-system', name: '演示对接系统 / demo system', sha256: hashApiKey(secrets.systemApiKey), scopePath: DEMO_COUNTY_PATH, permissions: ['read', 'write'] },
    ],
    embedded: services,
    users: await createUserDirectory(await usersWithPassword(DEMO_USERS, secrets.demoPassword)),
    dashboardDist: options.dashboardDist,
    log: options.log,
  });
  hubUrl = hub.url;
  if (options.seedActivity ?? options.seedDemo ?? true) {
    const approvals = createApprovalsDb(urls.approvals);
    try {
      const summary = await seedApprovalsDemo(approvals, {
        signingKey: secretKey(secrets.signingSecret),
        departmentsUrl: `${hub.url}/subgraphs/departments/graphql`,
        env: options.env,
      });
      if (summary) options.log?.(`demo approvals: ${summary.cases} cases, ${summary.events} events, ${summary.warnings} warnings`);
    } finally {
      await approvals.$disconnect();
    }
    const complaints = createComplaintsDb(urls.complaints);
    try {
      const summary = await seedComplaintsDemo(complaints, {
        signingKey: secretKey(secrets.signingSecret),
        departmentsUrl: `${hub.url}/subgraphs/departments/graphql`,
        env: options.env,
      });
      if (summary) options.log?.(`demo complaints: ${summary.requests} requests, ${summary.events} events, ${summary.calls} calls, ${summary.warnings} warnings`);
    } finally {
      await complaints.$disconnect();
    }
    const inspections = createInspectionsDb(urls.inspections);
    try {
      const summary = await seedInspectionsDemo(inspections, {
        databaseUrl: urls.inspections,
        signingKey: secretKey(secrets.signingSecret),
        departmentsUrl: `${hub.url}/subgraphs/departments/graphql`,
        env: options.env,
      });
      if (summary) {
        options.log?.(
          `demo inspections: ${summary.inspections} inspections, ${summary.rectifications} rectifications (${summary.verified} verified, ${summary.overdue} overdue, ${summary.escalated} escalated), ${summary.notices} 监察建议书`,
        );
      }
    } finally {
      await inspections.$disconnect();
    }
    const disclosures = createDisclosuresDb(urls.disclosures);
    try {
      const summary = await seedDisclosuresDemo(disclosures, {
        databaseUrl: urls.disclosures,
        signingKey: secretKey(secrets.signingSecret),
        departmentsUrl: `${hub.url}/subgraphs/departments/graphql`,
        env: options.env,
      });
      if (summary) {
        options.log?.(
          `demo disclosures: ${summary.requests} requests (${summary.open} open, ${summary.overdue} overdue, ${summary.escalated} escalated), ${summary.remedies} reviews and suits, ${summary.items} proactive items, ${summary.postings} board postings, ${summary.reportsPublished} annual reports published`,
        );
      }
    } finally {
      await disclosures.$disconnect();
    }
  }
  const jwtKey = secretKey(secrets.jwtSecret);
  const tokens = Object.fromEntries(
    await Promise.all(Object.entries(DEMO_USERS).map(async ([role, claims]) => [role, await issuePersonToken(claims, jwtKey)])),
  ) as Record<DemoUser, string>;
  return { ...hub, tokens, systemApiKey: secrets.systemApiKey, demoPassword: secrets.demoPassword, secrets };
}
