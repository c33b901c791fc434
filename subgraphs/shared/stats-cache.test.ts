import { describe, expect, it } from 'vitest';
import { clearOnWrite, createStatsCache, statsCacheSeconds } from './stats-cache';

/** A fake client counting the statements it runs. */
function fakeDb() {
  const runs: string[] = [];
  return {
    runs,
    async $queryRawUnsafe<T>(sql: string, ...params: unknown[]): Promise<T> {
      runs.push(sql);
      return [{ sql, params, n: runs.length }] as T;
    },
    async $transaction<T>(fn: () => Promise<T>): Promise<T> {
      return fn();
    },
  };
}

const q = (sql: string, ...params: string[]) => ({ sql, params });

describe('the stats cache', () => {
  it('is off by default: every statement runs', async () => {
    expect(statsCacheSeconds({})).toBe(0);
    const db = fakeDb();
    const cache = createStatsCache(0);
    await cache.query(db, q('SELECT 1'));
    await cache.query(db, q('SELECT 1'));
    expect(db.runs).toHaveLength(2);
  });

  it('answers the same text and parameters from memory until the TTL passes', async () => {
    let t = 0;
    const db = fakeDb();
    const cache = createStatsCache(5, { now: () => t });
    const first = await cache.query(db, q('SELECT ?', 'a'));
    expect(await cache.query(db, q('SELECT ?', 'a'))).toBe(first);
    await cache.query(db, q('SELECT ?', 'b'));
    expect(db.runs).toHaveLength(2);
    t = 5_000;
    await cache.query(db, q('SELECT ?', 'a'));
    expect(db.runs).toHaveLength(3);
  });

  it('shares a statement still running, and forgets one that failed', async () => {
    const db = fakeDb();
    const cache = createStatsCache(5);
    await Promise.all([cache.query(db, q('SELECT 1')), cache.query(db, q('SELECT 1'))]);
    expect(db.runs).toHaveLength(1);
    let fail = true;
    const failing = { $queryRawUnsafe: async <T>() => (fail ? Promise.reject(new Error('down')) : ([] as T)) };
    await expect(cache.query(failing, q('SELECT 2'))).rejects.toThrow('down');
    fail = false;
    await expect(cache.query(failing, q('SELECT 2'))).resolves.toEqual([]);
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const db = fakeDb();
    const cache = createStatsCache(60, { maxEntries: 2 });
    for (const v of ['a', 'b', 'c']) await cache.query(db, q('SELECT ?', v));
    await cache.query(db, q('SELECT ?', 'c'));
    expect(db.runs).toHaveLength(3);
    await cache.query(db, q('SELECT ?', 'a'));
    expect(db.runs).toHaveLength(4);
  });

  it('is cleared by every write transaction of its client', async () => {
    const db = fakeDb();
    const cache = createStatsCache(60);
    clearOnWrite(db, cache);
    await cache.query(db, q('SELECT 1'));
    await db.$transaction(async () => 'written');
    await cache.query(db, q('SELECT 1'));
    expect(db.runs).toHaveLength(2);
  });

  it('reads its TTL from YG_STATS_CACHE_SECONDS', () => {
    expect(statsCacheSeconds({ YG_STATS_CACHE_SECONDS: '10' })).toBe(10);
    expect(() => statsCacheSeconds({ YG_STATS_CACHE_SECONDS: '-1' })).toThrow();
  });
});
