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

/** A Prisma `where` fragment for records whose `field` path lies in the subtree. */
export function subtreeWhere<F extends string>(field: F, scopePath: string): Record<F, { startsWith: string }> {
  return { [field]: { startsWith: scopePath } } as Record<F, { startsWith: string }>;
}

/** A Prisma `where` fragment for records on the viewer's line (subtree or ancestors). */
export function lineWhere<F extends string>(field: F, scopePath: string) {
  return {
    OR: [subtreeWhere(field, scopePath), { [field]: { in: linePaths(scopePath) } } as Record<F, { in: string[] }>],
  };
}
