// Portable raw SQL for statistics (SQLite and PostgreSQL): parameters by marker and the CASE-sum
// idiom every grouped stats statement is made of. Pure: builds text and parameters.

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

