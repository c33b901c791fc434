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
