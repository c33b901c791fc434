// What every domain subgraph (approvals, complaints, …) needs besides its own settings: the
// deployment's working-day calendar, the departments directory for reference data over HTTP, the
// SQL dialect of its database, one place to read the clock, and the stats statements' cache.
import { calendarCoverageWarning, createDeploymentCalendar, type WorkingCalendar } from './calendar';
import { parseDatabaseUrl } from './database';
import { createHttpDirectory, type DepartmentsDirectory } from './departments-directory';
import type { Dialect } from './sql-params';
import { sharedSqliteReaders, sqliteFile } from './sqlite-readers';
import { clearOnWrite, createStatsCache, runOnClient, statsCacheSeconds, type RawQueryable, type RunStatement, type StatsCache } from './stats-cache';
import type { RuntimeOptions } from './subgraph-server';

export interface DomainServices {
  calendar: WorkingCalendar;
  directory: DepartmentsDirectory;
  dialect: Dialect;
  /** The current instant; one place to read the clock. */
  now: () => Date;
  /** Stats statements run through it (`YG_STATS_CACHE_SECONDS`, off by default; stats-cache.ts). */
  statsCache: StatsCache;
}

/** `db`: the subgraph's client, whose write transactions clear the stats cache. */
export function createDomainServices(subgraph: string, options: RuntimeOptions, db: unknown): DomainServices {
  const departmentsUrl = options.peers.departments ?? options.env.YG_PEER_URL_DEPARTMENTS;
  if (!departmentsUrl) {
    throw new Error(`${subgraph} needs the departments subgraph URL (YG_PEER_URL_DEPARTMENTS) for reference data`);
  }
  const calendar = createDeploymentCalendar(options.env);
  // Deadlines set from late in the year reach into the next: say so at every start until it is covered.
  const coverage = calendarCoverageWarning(calendar, new Date());
  if (coverage) options.log(coverage);
  const dialect: Dialect = parseDatabaseUrl(options.databaseUrl, subgraph).provider === 'sqlite' ? 'sqlite' : 'postgres';
  const run = dialect === 'sqlite' ? readerRun(options, db) : undefined;
  const statsCache = createStatsCache(statsCacheSeconds(options.env), run ? { run } : {});
  if (db && typeof (db as { $transaction?: unknown }).$transaction === 'function') {
    clearOnWrite(db as { $transaction: (...args: never[]) => Promise<unknown> }, statsCache);
  }
  return {
    statsCache,
    calendar,
    directory: createHttpDirectory({ url: departmentsUrl, signingKey: options.signingKey, caller: subgraph }),
    dialect,
    now: () => new Date(),
  };
}

/**
 * On SQLite, statistics statements on the subgraph's own client run on the process's reader
 * threads (sqlite-readers.ts); anything else, and whatever a reader leaves or fails, on the client.
 */
function readerRun(options: RuntimeOptions, root: unknown): RunStatement | undefined {
  const readers = sharedSqliteReaders(options.env);
  if (!readers) return undefined;
  const file = sqliteFile(options.databaseUrl);
  return async <R>(db: RawQueryable, built: Parameters<RunStatement>[1]) => {
    if (db !== root) return runOnClient<R>(db, built);
    try {
      const rows = await readers.query<R>(file, built);
      if (rows) {
        // Tests count a subgraph's statements; Prisma reports only those it runs itself.
        options.onQuery?.(built.sql);
        return rows;
      }
    } catch (error) {
      options.log('a statistics statement failed on a reader thread; running it on the subgraph connection', error);
    }
    return runOnClient<R>(db, built);
  };
}
