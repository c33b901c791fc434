// The subtree a list filter names (`withinId` or `withinPath`), shared by every domain's lists.
import type { UnitRef } from './departments-directory';
import { badInput, userError } from './errors';

const PATH = /^\/(\d+\/)+$/;

/** A materialized path from a filter, or a typed error naming the field. */
export function checkedPath(path: string, field = 'filter.withinPath'): string {
  if (!PATH.test(path)) throw badInput(userError(field, 'PATH_FORMAT', '路径格式应为 /4307/430721/', 'a path looks like /4307/430721/'));
  return path;
}

/**
 * The subtree's path; undefined when the filter names none; null when it names a unit that does
 * not exist (the list is then empty, not an error: the unit may have been merged away).
 */
export async function filterSubtree(
  filter: { withinId?: string | null; withinPath?: string | null } | null | undefined,
  refs: { unit(id: string): Promise<UnitRef | undefined> },
): Promise<string | null | undefined> {
  if (filter?.withinId) return (await refs.unit(filter.withinId))?.path ?? null;
  if (filter?.withinPath) return checkedPath(filter.withinPath);
  return undefined;
}
