// A subtree as a range of materialized paths: every path below /4307/430721/ sorts at or after
// it and before /4307/4307210 ('0' is the character after '/'). Unlike LIKE 'prefix%', a range
// uses a plain B-tree index on SQLite and, with COLLATE "C" columns, on PostgreSQL.

export interface PathRange {
  /** Inclusive lower bound: the subtree root's own path. */
  from: string;
  /** Exclusive upper bound. */
  below: string;
}

export function subtreeRange(path: string): PathRange {
  if (!path.endsWith('/')) throw new Error(`a materialized path ends with '/': ${path}`);
  return { from: path, below: `${path.slice(0, -1)}0` };
}

/** A Prisma `where` fragment: `field` lies in the subtree rooted at `path`. */
export function subtreeRangeWhere<F extends string>(field: F, path: string): Record<F, { gte: string; lt: string }> {
  const range = subtreeRange(path);
  return { [field]: { gte: range.from, lt: range.below } } as Record<F, { gte: string; lt: string }>;
}
