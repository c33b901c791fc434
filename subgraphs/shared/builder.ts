// One builder factory for every subgraph, so plugin order, scalars and defaults never drift.
import SchemaBuilder from '@pothos/core';
import DirectivesPlugin from '@pothos/plugin-directives';
import FederationPlugin from '@pothos/plugin-federation';
import PrismaPlugin, { type PrismaClient } from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ValidationPlugin from '@pothos/plugin-validation';
import { DateTimeResolver, LocalDateResolver } from 'graphql-scalars';
import type { Viewer } from './viewer';
import { badInput } from './errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination';

/** What every resolver receives. `db` is the subgraph's own Prisma client; `loaders` batch lookups. */
export interface SubgraphContext<DB, Loaders, Services = undefined> {
  viewer: Viewer;
  db: DB;
  loaders: Loaders;
  /** Long-lived per-process services (calendar, peer clients, configuration). */
  services: Services;
}

export interface SubgraphSchemaTypes<PT extends object, DB, Loaders, Services = undefined> {
  Context: SubgraphContext<DB, Loaders, Services>;
  PrismaTypes: PT;
  DefaultFieldNullability: false;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    LocalDate: { Input: string; Output: string };
    ID: { Input: string; Output: string };
  };
}

export function createBuilder<PT extends object, DB extends object, Loaders, Services = undefined>(options: {
  /** The generated datamodel (prisma-pothos-types `getDatamodel()`). */
  dmmf: unknown;
}) {
  const builder = new SchemaBuilder<SubgraphSchemaTypes<PT, DB, Loaders, Services>>({
    // Order matters: directives before federation (it emits @key etc.); prisma before relay so
    // prismaConnection is available; validation wraps argument parsing.
    plugins: [DirectivesPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin, FederationPlugin],
    defaultFieldNullability: false,
    prisma: {
      client: (ctx) => ctx.db as unknown as PrismaClient,
      dmmf: options.dmmf as never,
      // Descriptions are written in code (Chinese term + English), not taken from the models.
      exposeDescriptions: false,
      // Every connection pages the same way (first defaults to 20, at most 100).
      defaultConnectionSize: DEFAULT_PAGE_SIZE,
      maxConnectionSize: MAX_PAGE_SIZE,
      filterConnectionTotalCount: true,
      onUnusedQuery: null,
    },
    relay: {
      clientMutationId: 'omit',
      cursorType: 'String',
      defaultConnectionTypeOptions: {
        description: '分页结果 (Relay connection) / a page of results, Relay cursor connection',
      },
      defaultEdgeTypeOptions: { description: '分页中的一条记录 / one result in a page' },
      pageInfoTypeOptions: { description: '分页信息 / cursor pagination state', shareable: true } as never,
      firstArgOptions: { description: '取前 N 条 — page size from the start (default 20, at most 100)' },
      lastArgOptions: { description: '取后 N 条 — page size from the end (default 20, at most 100)' },
      afterArgOptions: { description: '游标之后 — cursor to continue after (pageInfo.endCursor)' },
      beforeArgOptions: { description: '游标之前 — cursor to continue before (pageInfo.startCursor)' },
      edgesFieldOptions: { description: '记录 — the results on this page' },
      pageInfoFieldOptions: { description: '分页信息 — where this page is' },
      cursorFieldOptions: { description: '游标 — opaque cursor of this result' },
      nodeFieldOptions: { description: '记录 — the result' },
      hasNextPageFieldOptions: { description: '是否有下一页 — more results after this page' },
      hasPreviousPageFieldOptions: { description: '是否有上一页 — more results before this page' },
      startCursorFieldOptions: { description: '首条游标 — cursor of the first result' },
      endCursorFieldOptions: { description: '末条游标 — cursor of the last result' },
      brandLoadedObjects: false,
      nodeQueryOptions: false,
      nodesQueryOptions: false,
    },
    validation: {
      validationError: (result) => {
        const issue = result.issues[0];
        const field = issue?.path?.map((p) => (typeof p === 'object' ? String(p.key) : String(p))).join('.') ?? '';
        return badInput({
          field,
          rule: 'INVALID_ARGUMENT',
          message: `参数 ${field} 不合法：${issue?.message ?? ''}`,
          messageEn: `argument ${field} is invalid: ${issue?.message ?? ''}`,
        });
      },
    },
  });

  builder.addScalarType('DateTime', DateTimeResolver, {
    description: '时间戳 (UTC, ISO 8601) / a UTC timestamp in ISO 8601',
  });
  builder.addScalarType('LocalDate', LocalDateResolver, {
    description: '日期 (YYYY-MM-DD，北京时间) / a calendar date in Asia/Shanghai, e.g. a due date or a period bound',
  });
  builder.queryType({ description: '查询 / queries' });
  builder.mutationType({ description: '变更 / mutations' });
  return builder;
}

