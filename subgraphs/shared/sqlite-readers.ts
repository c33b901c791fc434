// Reader threads for statistics statements on SQLite. better-sqlite3 runs a statement on the
// calling thread, so in embedded mode (every subgraph and the gateway in one Node process) the
// overview's dozen grouped statements ran one after another on the thread that also serves
// GraphQL: ~0.8 s of a county's first view. Each reader thread holds its own read-only connection
// to the subgraph's file, so statements run side by side on the machine's other cores while the
// main thread goes on. PostgreSQL needs none of this: its server already works in parallel.
//
// Only statements that read committed data go here (the stats cache's statements on the root
// client, never inside a write transaction). A reader's connection sees every committed write, as
// the subgraph's own connection does; rows come typed as Prisma's $queryRawUnsafe types them, and
// a statement with a column type the reader does not convert, or one that fails on a reader, is
// answered by Prisma instead.
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { z } from 'zod';
import { parseEnv } from './env';
import type { BuiltQuery } from './sql-params';

type Reply = { id: number; rows: unknown[] } | { id: number; unsupported: true } | { id: number; error: { message: string; code: string | null } } | { type: 'released'; id: number };

interface Job {
  resolve(rows: unknown[] | null): void;
  reject(error: Error): void;
}

interface Reader {
  worker: Worker;
  jobs: Map<number, Job>;
}

export interface SqliteReaders {
  readonly size: number;
  /** Statements a reader has answered with rows so far (tests check the readers did the work). */
  readonly answered: number;
  /**
   * The statement's rows from a reader thread; null when the reader leaves it to the caller (a
   * column type it does not convert). Rejects when the statement failed on the reader.
   */
  query<R>(file: string, built: BuiltQuery): Promise<R[] | null>;
  /** Closes `file` on every reader (its subgraph stopped; the file may be deleted next). */
  release(file: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Reader threads for a process: YG_SQLITE_READERS (0 = none), by default one per core, at least 2
 * and at most 4. Two beat one even on two cores (a county's first overview 2.0 s against 2.5 s on
 * a busy 2-core machine): the main thread and the browser spend much of a view waiting, not
 * computing. Four were slower there than two.
 */
export function sqliteReaderCount(env: NodeJS.ProcessEnv): number {
  const fallback = Math.min(4, Math.max(2, availableParallelism()));
  return parseEnv(z.object({ YG_SQLITE_READERS: z.coerce.number().int().min(0).max(16).default(fallback) }), env).YG_SQLITE_READERS;
}

/** The SQLite file a `file:` database URL names, as the Prisma adapter opens it. */
export function sqliteFile(databaseUrl: string): string {
  const withoutScheme = databaseUrl.replace(/^file:/, '').replace(/\?.*$/, '');
  return path.resolve(withoutScheme);
}

const WORKER_URL = new URL('./sqlite-reader-worker.mjs', import.meta.url);

export function createSqliteReaders(size: number): SqliteReaders {
  const readers: (Reader | null)[] = Array.from({ length: size }, () => null);
  let nextId = 1;
  let answered = 0;

  function start(slot: number): Reader {
    const worker = new Worker(WORKER_URL);
    // Idle readers never keep the process alive; a running statement holds it through its promise.
    worker.unref();
    const reader: Reader = { worker, jobs: new Map() };
    worker.on('message', (reply: Reply) => {
      const job = reader.jobs.get(reply.id);
      if (!job) return;
      reader.jobs.delete(reply.id);
      if ('rows' in reply) {
        answered++;
        job.resolve(reply.rows);
      }
      else if ('unsupported' in reply) job.resolve(null);
      else if ('error' in reply) job.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
      else job.resolve(null);
    });
    const fail = (error: Error) => {
      if (readers[slot] === reader) readers[slot] = null;
      for (const job of reader.jobs.values()) job.reject(error);
      reader.jobs.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`SQLite reader thread exited (${code})`)));
    readers[slot] = reader;
    return reader;
  }

  /** The reader with the fewest statements in hand (started on first use). */
  function pick(): Reader {
    let best: Reader | null = null;
    for (let slot = 0; slot < readers.length; slot++) {
      const reader = readers[slot] ?? start(slot);
      if (!best || reader.jobs.size < best.jobs.size) best = reader;
      if (reader.jobs.size === 0) break;
    }
    return best!;
  }

  function send<T>(reader: Reader, message: Record<string, unknown>): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      reader.jobs.set(id, { resolve: resolve as (rows: unknown[] | null) => void, reject });
      if (reader.jobs.size === 1) reader.worker.ref();
      reader.worker.postMessage({ ...message, id });
    }).finally(() => {
      if (reader.jobs.size === 0) reader.worker.unref();
    });
  }

  return {
    size,
    get answered() {
      return answered;
    },
    query<R>(file: string, built: BuiltQuery) {
      return send<R[] | null>(pick(), { type: 'query', file, sql: built.sql, params: built.params });
    },
    async release(file: string) {
      await Promise.all(readers.filter((r): r is Reader => r !== null).map((reader) => send(reader, { type: 'release', file }).catch(() => {})));
    },
    async close() {
      const running = readers.filter((r): r is Reader => r !== null);
      readers.fill(null);
      await Promise.all(running.map((reader) => reader.worker.terminate()));
    },
  };
}

let shared: SqliteReaders | null = null;

/**
 * The process's reader threads, shared by its subgraphs (embedded mode runs them all in one
 * process); null when YG_SQLITE_READERS is 0. Threads start on first use.
 */
export function sharedSqliteReaders(env: NodeJS.ProcessEnv): SqliteReaders | null {
  const size = sqliteReaderCount(env);
  if (size === 0) return null;
  shared ??= createSqliteReaders(size);
  return shared;
}

/** Closes a stopped subgraph's file on the shared readers, if any were started. */
export async function releaseSharedSqliteReaders(databaseUrl: string): Promise<void> {
  if (shared && databaseUrl.startsWith('file:')) await shared.release(sqliteFile(databaseUrl));
}
