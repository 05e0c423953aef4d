// What the served schema shows of itself. Dev sign-in (devLogin, demoUsers) exists in the served schema only when
// dev sign-in is on; introspection and "Did you mean …" field suggestions are off with NODE_ENV=production unless
// ORYNDAU_INTROSPECTION=1.
//
// The schema is built once, whole (the committed schema.graphql is this full dev schema, which the apps'
// typed client is generated from); without dev sign-in a copy without those fields and their types is served.
import type { GraphQLObjectType, GraphQLSchema } from 'graphql';

/** Query and mutation fields that exist only with dev sign-in. */
export const DEV_FIELDS = { Query: ['demoUsers'], Mutation: ['devLogin'] } as const;
const DEV_TYPES = new Set(['DemoUser', 'DevLoginInput', 'DevLoginPayload']);

const served = new WeakMap<GraphQLSchema, GraphQLSchema>();

/** The schema to serve: the full one with dev sign-in, else the same schema without the dev sign-in fields. */
export function servedSchema(full: GraphQLSchema, config: { devAuth: boolean }): GraphQLSchema {
  if (config.devAuth) return full;
  const hit = served.get(full);
  if (hit) return hit;
  // the classes of the schema's own graphql-js copy (Pothos may load another copy than this module: ESM/CJS)
  const ObjectType = full.getQueryType()!.constructor as typeof GraphQLObjectType;
  const Schema = full.constructor as typeof GraphQLSchema;
  const strip = (type: GraphQLObjectType | null | undefined, drop: readonly string[]) => {
    if (!type) return undefined;
    const c = type.toConfig();
    return new ObjectType({ ...c, fields: Object.fromEntries(Object.entries(c.fields).filter(([name]) => !drop.includes(name))) });
  };
  const c = full.toConfig();
  const query = strip(c.query, DEV_FIELDS.Query);
  const mutation = strip(c.mutation, DEV_FIELDS.Mutation);
  const roots = new Set([c.query, c.mutation, c.subscription].filter(Boolean).map((t) => t!.name));
  const schema = new Schema({
    ...c,
    query,
    mutation,
    types: c.types.filter((t) => !DEV_TYPES.has(t.name) && !roots.has(t.name)),
  });
  served.set(full, schema);
  return schema;
}

/** Introspection (and field suggestions) are on outside production, or when ORYNDAU_INTROSPECTION=1. */
export function introspectionEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.ORYNDAU_INTROSPECTION !== undefined) return env.ORYNDAU_INTROSPECTION === '1' || env.ORYNDAU_INTROSPECTION === 'true';
  return env.NODE_ENV !== 'production';
}

/**
 * graphql-js names close matches in validation messages ('Cannot query field "x" on type "Query". Did you mean
 * "y"?'), which tells a stranger the schema introspection would have hidden: removed unless introspection is on.
 */
export function withoutSuggestions(message: string, env: NodeJS.ProcessEnv = process.env): string {
  return introspectionEnabled(env) ? message : message.replace(/\s*Did you mean [^?]*\?\s*$/, '');
}
