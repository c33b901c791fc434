// The SQLite reader threads against the real thing: a file written by better-sqlite3, read by
// a reader and by a subgraph's Prisma client; the reader must answer exactly as Prisma does.
import { existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApprovalsDb, type ApprovalsDb } from '../approvals/db';
import { createSqliteReaders, sqliteFile, sqliteReaderCount, type SqliteReaders } from './sqlite-readers';

let dir: string;
let file: string;
let prisma: ApprovalsDb;
let readers: SqliteReaders;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'yg-readers-'));
  file = path.join(dir, 'figures.db');
  prisma = createApprovalsDb(`file:${file}`);
  await prisma.$executeRawUnsafe(`CREATE TABLE "Figure" (
    "id" INTEGER PRIMARY KEY, "unitPath" TEXT NOT NULL, "count" INTEGER, "big" BIGINT, "score" REAL,
    "share" FLOAT, "flag" BOOLEAN, "note" TEXT, "decidedAt" DATETIME, "amount" DECIMAL)`);
  await prisma.$executeRawUnsafe(
    `INSERT INTO "Figure" VALUES
      (1, '/4307/430721/', 12, 9007199254740993, 87.5, 0.25, 1, '深柳镇', '2026-03-01T08:00:00.000+00:00', '12.50'),
      (2, '/4307/430721/430721100/', 0, -3, 60, NULL, 0, NULL, NULL, NULL),
      (3, '/4307/430721/430721100/', NULL, NULL, NULL, 1.5, NULL, 'x', NULL, NULL)`,
  );
  readers = createSqliteReaders(2);
});

afterAll(async () => {
  await readers.close();
  await prisma.$disconnect();
  rmSync(dir, { recursive: true, force: true });
});

const statement = (sql: string, ...params: string[]) => ({ sql, params });
const viaPrisma = (built: { sql: string; params: string[] }) => prisma.$queryRawUnsafe<unknown[]>(built.sql, ...built.params);

describe('SQLite reader threads', () => {
  it.each([
    ['declared columns of every kind it converts', statement('SELECT "id", "unitPath", "count", "big", "score", "share", "flag", "note" FROM "Figure" ORDER BY "id"')],
    [
      'grouped expressions, as the statistics statements are',
      statement(
        `SELECT substr("unitPath", 1, 13) AS "groupKey", 0 AS "window", 'territory' AS "part", CAST(SUM(CASE WHEN "count" > ? THEN 1 ELSE 0 END) AS INTEGER) AS "n",
           COUNT(*) AS "rows", AVG("score") AS "mean", MAX("note") AS "lastNote", NULL AS "nothing"
         FROM "Figure" WHERE "unitPath" >= ? GROUP BY substr("unitPath", 1, 13)`,
        '5',
        '/4307/',
      ),
    ],
    ['no rows', statement('SELECT "id", COUNT(*) AS "n" FROM "Figure" WHERE "unitPath" = ? GROUP BY "id"', '/nowhere/')],
  ])('answers %s exactly as Prisma’s raw query does', async (_name, built) => {
    const expected = await viaPrisma(built);
    const rows = await readers.query(file, built);
    expect(rows).toEqual(expected);
    // Types too: toEqual would not tell 1n from 1 in every position.
    expect(rows!.map((row) => Object.values(row as object).map((v) => typeof v))).toEqual(expected.map((row) => Object.values(row as object).map((v) => typeof v)));
  });

  it('leaves columns it does not convert (dates, decimals) to Prisma', async () => {
    expect(await readers.query(file, statement('SELECT "id", "decidedAt" FROM "Figure"'))).toBeNull();
    expect(await readers.query(file, statement('SELECT "amount" FROM "Figure"'))).toBeNull();
  });

  it('rejects a failing statement with SQLite’s message, and keeps answering', async () => {
    await expect(readers.query(file, statement('SELECT * FROM "Nothing"'))).rejects.toThrow(/no such table: Nothing/);
    await expect(readers.query(file, statement('UPDATE "Figure" SET "count" = 0'))).rejects.toThrow(/only statements that return rows/);
    expect(await readers.query(file, statement('SELECT COUNT(*) AS "n" FROM "Figure"'))).toEqual([{ n: 3n }]);
  });

  it('sees a write as soon as the writing connection has committed it', async () => {
    const count = statement('SELECT COUNT(*) AS "n" FROM "Figure"');
    const before = (await readers.query<{ n: bigint }>(file, count))![0]!.n;
    await prisma.$executeRawUnsafe(`INSERT INTO "Figure" ("id", "unitPath") VALUES (4, '/4307/430721/430721101/')`);
    // Every reader thread, not only the one that happens to answer first.
    const answers = await Promise.all(Array.from({ length: 6 }, () => readers.query<{ n: bigint }>(file, count)));
    expect(answers.map((rows) => rows![0]!.n)).toEqual(Array(6).fill(before + 1n));
  });

  it('answers statements sent together and counts what it answered', async () => {
    const before = readers.answered;
    const slow = statement('WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 300000) SELECT SUM(i) AS "total" FROM n');
    const answers = await Promise.all([readers.query(file, slow), readers.query(file, slow)]);
    expect(answers).toEqual([[{ total: 45000150000n }], [{ total: 45000150000n }]]);
    expect(readers.answered - before).toBe(2);
  });

  it.skipIf(!existsSync('/proc/self/fd'))('closes a file on every thread when it is released', async () => {
    await Promise.all(Array.from({ length: 4 }, () => readers.query(file, statement('SELECT 1 AS "one"'))));
    const openOnFile = () => readdirSync('/proc/self/fd').filter((fd) => {
      try {
        return readlinkSync(`/proc/self/fd/${fd}`) === file;
      } catch {
        return false;
      }
    }).length;
    // Prisma's own connection holds one.
    const withPrisma = openOnFile();
    await readers.release(file);
    expect(openOnFile()).toBeLessThan(withPrisma);
    await prisma.$disconnect();
    expect(openOnFile()).toBe(0);
  });
});

describe('reader settings', () => {
  it('reads the file a database URL names, relative ones from the working directory', () => {
    expect(sqliteFile('file:/data/approvals.db')).toBe('/data/approvals.db');
    expect(sqliteFile('file:./data/approvals.db?connection_limit=1')).toBe(path.resolve('data/approvals.db'));
  });

  it('takes the number of threads from YG_SQLITE_READERS, 0 for none, and refuses nonsense', () => {
    expect(sqliteReaderCount({ YG_SQLITE_READERS: '0' })).toBe(0);
    expect(sqliteReaderCount({ YG_SQLITE_READERS: '3' })).toBe(3);
    expect(sqliteReaderCount({})).toBeGreaterThanOrEqual(2);
    expect(sqliteReaderCount({})).toBeLessThanOrEqual(4);
    expect(() => sqliteReaderCount({ YG_SQLITE_READERS: 'many' })).toThrow(/YG_SQLITE_READERS/);
  });
});
