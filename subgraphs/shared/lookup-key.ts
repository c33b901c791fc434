// Single-record queries take an id or another unique key (a code, a case or request number).

/** `where` for a lookup by id or by the other unique field; null when the caller gave neither. */
export function idOr<F extends string>(id: string | null | undefined, field: F, value: string | null | undefined): { id: string } | Record<F, string> | null {
  if (id) return { id };
  return value ? ({ [field]: value } as Record<F, string>) : null;
}
