// Reference data another subgraph needs at write time (a unit's path, a department's unit, an
// item's promised days) comes from the departments subgraph over real HTTP, never from its
// database. One `_entities` call answers a whole write or import batch. The caller signs a
// system viewer with the gateway's key, scoped to the whole tree and read-only: reference data
// is public, and the request never carries the original caller's rights beyond reading it.
import DataLoader from 'dataloader';
import { signViewer, type Viewer, VIEWER_HEADER } from './viewer';

export interface UnitRef {
  id: string;
  code: string;
  name: string;
  tier: 'CITY' | 'COUNTY' | 'TOWNSHIP' | 'VILLAGE';
  path: string;
  active: boolean;
}

export interface DepartmentRef {
  id: string;
  code: string;
  name: string;
  active: boolean;
  orgUnit: { id: string; path: string };
}

export interface ItemRef {
  id: string;
  code: string;
  name: string;
  kind: 'IMMEDIATE' | 'PROMISED';
  legalDays: number;
  promisedDays: number;
  onlineAvailable: boolean;
  active: boolean;
  department: { id: string };
}

export interface DirectoryLookup {
  unitIds?: readonly string[];
  departmentIds?: readonly string[];
  itemIds?: readonly string[];
}

export interface DirectoryResult {
  units: Map<string, UnitRef>;
  departments: Map<string, DepartmentRef>;
  items: Map<string, ItemRef>;
}

export interface Catalogue {
  units: UnitRef[];
  departments: DepartmentRef[];
  items: ItemRef[];
}

export interface DepartmentsDirectory {
  lookup(request: DirectoryLookup): Promise<DirectoryResult>;
  /** Every active unit, department and item (demo loading, benchmarks). */
  catalogue(): Promise<Catalogue>;
}

export class DirectoryUnavailableError extends Error {
  readonly code = 'DIRECTORY_UNAVAILABLE';
}

const UNIT_FIELDS = 'id code name tier path active';
const DEPARTMENT_FIELDS = 'id code name active orgUnit { id path }';
const ITEM_FIELDS = 'id code name kind legalDays promisedDays onlineAvailable active department { id }';

export interface HttpDirectoryOptions {
  /** The departments subgraph's /graphql URL; a function when it is known only after start-up. */
  url: string | (() => string);
  signingKey: Uint8Array;
  /** Who is asking, for the departments subgraph's logs. */
  caller: string;
  timeoutMs?: number;
}

export function createHttpDirectory(options: HttpDirectoryOptions): DepartmentsDirectory {
  const viewer: Viewer = {
    sub: `subgraph:${options.caller}`,
    name: `${options.caller} subgraph`,
    role: 'system',
    scopePath: '/',
    orgUnitCode: null,
    departmentId: null,
    permissions: ['read'],
    locale: 'en',
  };

  async function request<T>(query: string, variables: Record<string, unknown>): Promise<T> {
    const url = typeof options.url === 'function' ? options.url() : options.url;
    const send = async () =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [VIEWER_HEADER]: await signViewer(viewer, options.signingKey) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
      });
    let response: Response;
    try {
      try {
        response = await send();
      } catch (error) {
        // A kept-alive connection can be closed by the server just as it is reused, most often
        // after the event loop was blocked (a long synchronous SQLite import in embedded mode).
        // The lookup only reads, so one fresh attempt is safe; a timeout is not retried.
        if ((error as Error).name === 'TimeoutError') throw error;
        response = await send();
      }
    } catch (error) {
      throw new DirectoryUnavailableError(`departments subgraph unreachable at ${url}: ${(error as Error).message}`);
    }
    const body = (await response.json().catch(() => null)) as { data?: T; errors?: { message: string }[] } | null;
    if (!response.ok || !body?.data || (body.errors && body.errors.length > 0)) {
      throw new DirectoryUnavailableError(`departments subgraph answered ${response.status}: ${body?.errors?.map((e) => e.message).join('; ') ?? 'no data'}`);
    }
    return body.data;
  }

  return {
    async lookup({ unitIds = [], departmentIds = [], itemIds = [] }) {
      const representations = [
        ...[...new Set(unitIds)].map((id) => ({ __typename: 'OrgUnit', id })),
        ...[...new Set(departmentIds)].map((id) => ({ __typename: 'Department', id })),
        ...[...new Set(itemIds)].map((id) => ({ __typename: 'ServiceItem', id })),
      ];
      const result: DirectoryResult = { units: new Map(), departments: new Map(), items: new Map() };
      if (representations.length === 0) return result;
      const data = await request<{ _entities: (({ __typename: string } & Record<string, unknown>) | null)[] }>(
        `query Lookup($representations: [_Any!]!) {
          _entities(representations: $representations) {
            __typename
            ... on OrgUnit { ${UNIT_FIELDS} }
            ... on Department { ${DEPARTMENT_FIELDS} }
            ... on ServiceItem { ${ITEM_FIELDS} }
          }
        }`,
        { representations },
      );
      for (const entity of data._entities) {
        if (!entity) continue;
        if (entity.__typename === 'OrgUnit') result.units.set(entity.id as string, entity as unknown as UnitRef);
        if (entity.__typename === 'Department') result.departments.set(entity.id as string, entity as unknown as DepartmentRef);
        if (entity.__typename === 'ServiceItem') result.items.set(entity.id as string, entity as unknown as ItemRef);
      }
      return result;
    },

    async catalogue() {
      const pages = async <T>(field: string, fields: string): Promise<T[]> => {
        const rows: T[] = [];
        let after: string | null = null;
        for (;;) {
          const data: Record<string, { edges: { node: T }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } }> =
            await request(
              `query Page($after: String) {
                ${field}(first: 100, after: $after) {
                  edges { node { ${fields} } }
                  pageInfo { hasNextPage endCursor }
                }
              }`,
              { after },
            );
          const page = data[field]!;
          rows.push(...page.edges.map((e) => e.node));
          if (!page.pageInfo.hasNextPage) return rows;
          after = page.pageInfo.endCursor;
        }
      };
      const [units, departments, items] = await Promise.all([
        pages<UnitRef>('orgUnits', UNIT_FIELDS),
        pages<DepartmentRef>('departments', DEPARTMENT_FIELDS),
        pages<ItemRef>('serviceItems', ITEM_FIELDS),
      ]);
      return { units, departments, items };
    },
  };
}

/**
 * The references one write needs: prefetched in one call, and any that are only known on the way
 * (e.g. the department a case was forwarded to) fetched when first asked for. Lookups made in the
 * same tick share one `_entities` call.
 */
export interface ReferenceCache {
  prefetch(request: DirectoryLookup): Promise<void>;
  unit(id: string): Promise<UnitRef | undefined>;
  department(id: string): Promise<DepartmentRef | undefined>;
  item(id: string): Promise<ItemRef | undefined>;
}

type RefKey = `${'unit' | 'department' | 'item'}:${string}`;

export function referenceCache(directory: DepartmentsDirectory): ReferenceCache {
  const loader = new DataLoader<RefKey, UnitRef | DepartmentRef | ItemRef | undefined>(async (keys) => {
    const ids = (kind: string) => keys.filter((k) => k.startsWith(`${kind}:`)).map((k) => k.slice(kind.length + 1));
    const found = await directory.lookup({ unitIds: ids('unit'), departmentIds: ids('department'), itemIds: ids('item') });
    const maps = { unit: found.units, department: found.departments, item: found.items } as const;
    return keys.map((key) => {
      const [kind, id] = [key.slice(0, key.indexOf(':')) as keyof typeof maps, key.slice(key.indexOf(':') + 1)];
      return maps[kind].get(id);
    });
  });
  return {
    async prefetch({ unitIds = [], departmentIds = [], itemIds = [] }) {
      await loader.loadMany([
        ...unitIds.map((id): RefKey => `unit:${id}`),
        ...departmentIds.map((id): RefKey => `department:${id}`),
        ...itemIds.map((id): RefKey => `item:${id}`),
      ]);
    },
    unit: async (id) => (await loader.load(`unit:${id}`)) as UnitRef | undefined,
    department: async (id) => (await loader.load(`department:${id}`)) as DepartmentRef | undefined,
    item: async (id) => (await loader.load(`item:${id}`)) as ItemRef | undefined,
  };
}

/** Units change rarely (divisions merge): a few minutes of staleness is fine for roll-ups. */
const UNIT_CACHE_MS = 5 * 60 * 1000;

/** Active units of the tree (for roll-ups over units that have no records), cached for a few minutes; a failed fetch is not cached. */
export function cachedActiveUnits(directory: DepartmentsDirectory): () => Promise<UnitRef[]> {
  let cached: { at: number; units: Promise<UnitRef[]> } | null = null;
  return () => {
    const now = Date.now();
    if (!cached || now - cached.at > UNIT_CACHE_MS) {
      const units = directory.catalogue().then((c) => c.units.filter((u) => u.active));
      cached = { at: now, units };
      units.catch(() => {
        if (cached?.units === units) cached = null;
      });
    }
    return cached.units;
  };
}
