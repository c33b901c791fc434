// Org scope: a viewer sees its subtree; for reference data also the units above it (its "line"),
// because a village agency point serves the county's items and shows the county as breadcrumb.
// Paths are materialized code paths such as /4307/430721/430721100/ (ARCHITECTURE.md).

/** The paths of every unit from the root down to and including the one at `path`. */
export function linePaths(path: string): string[] {
  const codes = path.split('/').filter(Boolean);
  return codes.map((_, i) => `/${codes.slice(0, i + 1).join('/')}/`);
}

export function isWithin(path: string, scopePath: string): boolean {
  return path.startsWith(scopePath);
}

/** Visible reference data: in the subtree, or an ancestor of the scope root. */
export function isOnLine(path: string, scopePath: string): boolean {
  return path.startsWith(scopePath) || scopePath.startsWith(path);
}

/**
 * A Prisma `where` fragment for records whose `field` path lies in the subtree, as LIKE 'path%':
 * fine for the small reference tables. Large tables use `subtreeRangeWhere` below.
 */
export function subtreeWhere<F extends string>(field: F, scopePath: string): Record<F, { startsWith: string }> {
  return { [field]: { startsWith: scopePath } } as Record<F, { startsWith: string }>;
}

/** A looked-up record, or null when it lies off the viewer's line of the tree. */
export const ifOnLine = <T>(row: T | null, path: (row: T) => string, scopePath: string): T | null =>
  row && isOnLine(path(row), scopePath) ? row : null;

/** A Prisma `where` fragment for records on the viewer's line (subtree or ancestors). */
export function lineWhere<F extends string>(field: F, scopePath: string) {
  return {
    OR: [subtreeWhere(field, scopePath), { [field]: { in: linePaths(scopePath) } } as Record<F, { in: string[] }>],
  };
}

// A subtree as a range of materialized paths: every path below /4307/430721/ sorts at or after it
// and before /4307/4307210 ('0' is the character after '/'). Unlike LIKE 'prefix%', a range uses
// a plain B-tree index on SQLite and, with COLLATE "C" columns, on PostgreSQL (the approvals
// tables; the departments tables are small and keep the default collation).

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
