// A small per-subgraph cache of statistics statement results, keyed by the statement's text and
// parameters. The dashboard's overview asks for the same figures twice within a second: its
// comparison panels ask each domain for the units' and departments' figures, and the scorecard
// (inspections) asks the same domains for the same units and period (scorecard-sources.ts). On
// SQLite in one process the second evaluation is pure waste; a short TTL takes it away.
//
// Off by default (YG_STATS_CACHE_SECONDS = 0): statements then run as before. On, a figure may be
// up to that many seconds old, but never older than the subgraph's last write: every write
// transaction clears the cache (`$transaction` is wrapped, see below), so staleness is bounded by
// the TTL only for writes made elsewhere (another process on the same PostgreSQL schema) and for
// figures that move with the clock alone (an open case becoming overdue at midnight).
import { z } from 'zod';
import { parseEnv } from './env';
import type { BuiltQuery } from './sql-params';

/** What running a statement needs: Prisma's raw query. */
export interface RawQueryable {
  $queryRawUnsafe<T = unknown>(query: string, ...values: unknown[]): Promise<T>;
}

export interface StatsCache {
  /** The statement's rows: from the cache while fresh, else from the database. */
  query<R>(db: RawQueryable, built: BuiltQuery): Promise<R[]>;
  /** Forgets every result (a write happened). */
  clear(): void;
  readonly ttlSeconds: number;
}

/** Entries kept at most: a county's overview needs a few dozen; more is a leak, not a cache. */
export const STATS_CACHE_MAX_ENTRIES = 256;

export function statsCacheSeconds(env: NodeJS.ProcessEnv): number {
  return parseEnv(z.object({ YG_STATS_CACHE_SECONDS: z.coerce.number().min(0).max(3600).default(0) }), env).YG_STATS_CACHE_SECONDS;
}

/** How a statement runs when not served from the cache: by default the client's raw query. */
export type RunStatement = <R>(db: RawQueryable, built: BuiltQuery) => Promise<R[]>;

export const runOnClient: RunStatement = (db, built) => db.$queryRawUnsafe(built.sql, ...built.params);

export function createStatsCache(ttlSeconds: number, options: { maxEntries?: number; now?: () => number; run?: RunStatement } = {}): StatsCache {
  const maxEntries = options.maxEntries ?? STATS_CACHE_MAX_ENTRIES;
  const now = options.now ?? Date.now;
  const run = options.run ?? runOnClient;
  // In insertion order, so the first entry is the oldest (evicted first).
  const entries = new Map<string, { expires: number; rows: Promise<unknown[]> }>();
  return {
    ttlSeconds,
    clear() {
      // A statement still running keeps its promise to itself: nobody else is handed its rows.
      entries.clear();
    },
    async query<R>(db: RawQueryable, built: BuiltQuery): Promise<R[]> {
      if (ttlSeconds <= 0) return run<R>(db, built);
      const key = JSON.stringify([built.sql, built.params]);
      const t = now();
      const hit = entries.get(key);
      if (hit && hit.expires > t) return hit.rows as Promise<R[]>;
      if (hit) entries.delete(key);
      // The promise is stored, so a second request asking while the first runs waits for it.
      const rows = run<R>(db, built);
      entries.set(key, { expires: t + ttlSeconds * 1000, rows });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
      try {
        return await rows;
      } catch (error) {
        if (entries.get(key)?.rows === rows) entries.delete(key);
        throw error;
      }
    },
  };
}

/**
 * Clears `cache` around every interactive transaction of `db`: every write of a domain subgraph
 * (writeTransaction, the case and request stores, imports) runs in one. Cleared before, so a
 * read during the transaction does not serve figures it is changing; and after (committed or
 * not), so rows read while it ran are not kept.
 */
export function clearOnWrite<DB extends { $transaction: (...args: never[]) => Promise<unknown> }>(db: DB, cache: StatsCache): void {
  if (cache.ttlSeconds <= 0) return;
  const transaction = db.$transaction.bind(db) as (...args: unknown[]) => Promise<unknown>;
  (db as unknown as { $transaction: (...args: unknown[]) => Promise<unknown> }).$transaction = async (...args: unknown[]) => {
    cache.clear();
    try {
      return await transaction(...args);
    } finally {
      cache.clear();
    }
  };
}
