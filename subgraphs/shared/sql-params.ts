// Portable raw SQL for statistics (SQLite and PostgreSQL): parameters by marker and the CASE-sum
// idiom every grouped stats statement is made of. Pure: builds text and parameters.

import { subtreeRange } from './scope';

export type Dialect = 'sqlite' | 'postgres';

export interface BuiltQuery {
  sql: string;
  params: string[];
}

/**
 * Parameters by marker: a value may appear several times in the text. PostgreSQL reuses $n;
 * SQLite's driver binds anonymous `?` in order, so each occurrence gets its own copy.
 */
export class Params {
  private readonly values: string[] = [];
  constructor(private readonly dialect: Dialect) {}
  add(value: string): string {
    this.values.push(value);
    return `{{param:${this.values.length - 1}}}`;
  }
  build(text: string): BuiltQuery {
    if (this.dialect === 'postgres') {
      return { sql: text.replace(/\{\{param:(\d+)\}\}/g, (_m, i: string) => `$${Number(i) + 1}`), params: [...this.values] };
    }
    const params: string[] = [];
    const sql = text.replace(/\{\{param:(\d+)\}\}/g, (_m, i: string) => {
      params.push(this.values[Number(i)]!);
      return '?';
    });
    return { sql, params };
  }
}

/** Counts (or sums `value` over) the rows meeting `condition`, as an integer on both databases. */
export const sum = (condition: string, value = '1') => `CAST(SUM(CASE WHEN ${condition} THEN ${value} ELSE 0 END) AS INTEGER)`;

/** Groups items by a string key, keeping their order. */
export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}


/**
 * The one path length of sibling units, so one `GROUP BY substr(path, 1, length)` groups rows by
 * subtree; throws for paths of different lengths (`statement` names the caller in the message).
 */
export function siblingPathLength(paths: readonly string[], statement: string): number {
  if (new Set(paths.map((path) => path.length)).size !== 1) throw new Error(`${statement} groups sibling paths of one length`);
  return paths[0]!.length;
}

/** `column` lies in any of the subtrees: range conditions (index-friendly) joined by OR. */
export function subtreeRanges(p: Params, column: string, paths: readonly string[]): string {
  return paths
    .map((path) => {
      const range = subtreeRange(path);
      return `(${column} >= ${p.add(range.from)} AND ${column} < ${p.add(range.below)})`;
    })
    .join(' OR ');
}

/**
 * Where a statistics statement reads its window's bounds from. One window: parameters in the text.
 * Several (a monthly trend): a `"w"` table of one row per window the rows are joined with, so the
 * same metric expressions are evaluated per window in one pass and grouped by `"w"."idx"` too.
 */
export interface WindowSource<K extends string> {
  /** SQL for each bound: a parameter marker, or a column of `"w"`. */
  bounds: Record<K, string>;
  /** `WITH …` before the statement (empty for one window). */
  with: string;
  /** Appended to a FROM clause (empty for one window). */
  join: string;
  /** The window's index: `"w"."idx"`, or 0. */
  idx: string;
  /** Appended to a GROUP BY list (empty for one window). */
  groupBy: string;
}

/**
 * Each bound becomes a parameter when the statement first uses it: PostgreSQL cannot type a
 * parameter the text never mentions (a department's statement has no board part).
 */
export function singleWindow<K extends string>(p: Params, bounds: Record<K, string>): WindowSource<K> {
  const out = {} as Record<K, string>;
  for (const key of Object.keys(bounds) as K[]) {
    let marker: string | undefined;
    Object.defineProperty(out, key, { enumerable: true, get: () => (marker ??= p.add(bounds[key])) });
  }
  return { bounds: out, with: '', join: '', idx: '0', groupBy: '' };
}

/** One window, or several (a monthly trend), as a list. */
export const windowList = <W extends object>(windows: W | readonly W[]): readonly W[] => (Array.isArray(windows) ? (windows as readonly W[]) : [windows as W]);

/** Several windows as a joined table, one as parameters. */
export function windowSource<W extends object, K extends string>(
  p: Params,
  windows: W | readonly W[],
  keys: readonly K[],
  boundsOf: (window: W) => Record<K, string>,
): WindowSource<K> {
  return Array.isArray(windows) ? windowTable(p, keys, (windows as readonly W[]).map(boundsOf)) : singleWindow(p, boundsOf(windows as W));
}

/** The last day any window reaches (`key` names the bound): nothing dated after it counts. */
export const lastOf = <W extends object>(windows: W | readonly W[], day: (window: W) => string) =>
  windowList(windows).reduce((max, w) => (day(w) > max ? day(w) : max), '');

/**
 * Windows as a `WITH "w"("idx", …) AS (VALUES …)` table (SQLite and PostgreSQL both accept it).
 * `CROSS JOIN` keeps SQLite from putting the window table first and scanning the rows once per
 * window. Bounds are cast to text so PostgreSQL can type the parameters (the columns compared
 * with them are text too).
 */
export function windowTable<K extends string>(p: Params, keys: readonly K[], windows: readonly Record<K, string>[]): WindowSource<K> {
  if (windows.length === 0) throw new Error('windowTable needs at least one window');
  const rows = windows.map((window, i) => `(${[String(i), ...keys.map((k) => `CAST(${p.add(window[k])} AS TEXT)`)].join(', ')})`);
  const bounds = Object.fromEntries(keys.map((k) => [k, `"w"."${k}"`])) as Record<K, string>;
  return {
    bounds,
    with: `WITH "w"("idx", ${keys.map((k) => `"${k}"`).join(', ')}) AS (VALUES ${rows.join(', ')})\n`,
    join: ' CROSS JOIN "w"',
    idx: '"w"."idx"',
    groupBy: ', "w"."idx"',
  };
}
