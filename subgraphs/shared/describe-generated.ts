// plugin-prisma adds `totalCount` to connections without a way to describe it; every field of
// the API carries a description (the schema is other systems' documentation), so fill it in.
import type { GraphQLSchema } from 'graphql';

const TOTAL_COUNT = '总数 — number of results matching the filter, across all pages';

export function describeGeneratedFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!type.name.endsWith('Connection') || !('getFields' in type)) continue;
    const field = (type.getFields() as Record<string, { description?: string | null }>).totalCount;
    if (field && !field.description) field.description = TOTAL_COUNT;
  }
  return schema;
}
