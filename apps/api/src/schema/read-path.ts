// Read path (issue 11): per-field costs of the built schema taken out where the answer is already known.
// - A node's `id`: Pothos' relay plugin answers every `id` with an async function (two promises per object, and
//   graphql-js then completes the object through Promise.all). Every node type here is a `prismaNode` with
//   `id: { field: 'id' }`, whose global id is encode("Type:" + the row's id column): answered synchronously from
//   the row. Anything else (a row without a string id) goes to the plugin's own resolver, and
//   `test/read-path-ids.test.ts` proves both give the same id for every node type of the schema.
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { GraphQLFieldResolver, GraphQLObjectType, GraphQLSchema } from 'graphql';

type Resolver = GraphQLFieldResolver<unknown, unknown, Record<string, unknown>>;

/** The resolvers replaced, kept beside the fast ones for the test that compares them. */
export const pluginIdResolvers = new Map<string, Resolver>();

const tag = (t: unknown) => (t as { [Symbol.toStringTag]?: string })[Symbol.toStringTag];

export function syncNodeIds(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (tag(type) !== 'GraphQLObjectType' || type.name.startsWith('__')) continue;
    const object = type as GraphQLObjectType;
    if (!object.getInterfaces().some((i) => i.name === 'Node')) continue;
    const field = object.getFields().id;
    if (!field?.resolve) continue;
    const inner = field.resolve as Resolver;
    const name = object.name;
    pluginIdResolvers.set(name, inner);
    field.resolve = (source, args, ctx, info) => {
      const id = (source as { id?: unknown } | null)?.id;
      return typeof id === 'string' ? encodeGlobalID(name, id) : inner(source, args, ctx, info);
    };
  }
  return schema;
}
