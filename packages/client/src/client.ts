// The urql client every Oryndau app uses: Graphcache (normalized, schema-aware, relay pagination on
// every connection) + fetch, with the bearer token read on every request.
import { Client, fetchExchange, mapExchange, type RequestPolicy } from 'urql';
import {
  cacheExchange,
  type CacheExchangeOpts,
  type KeyingConfig,
  type Resolver,
  type ResolverConfig,
} from '@urql/exchange-graphcache';
import { relayPagination } from '@urql/exchange-graphcache/extras';
import type { IntrospectionQuery, IntrospectionTypeRef } from 'graphql';
import { isUnauthenticated } from './errors.ts';
import { introspection } from './generated/introspection.ts';

export interface OryndauClientOptions {
  /** The GraphQL endpoint, usually `API_URL`. */
  url: string;
  /** Read before every request; sent as `Authorization: Bearer <token>` when present. */
  getToken: () => string | null | undefined;
  /** The UI language (`kk`, `ru`, `en`), sent as `Accept-Language`. */
  getLocale?: () => string | null | undefined;
  /** Called when the API answers UNAUTHENTICATED (expired or revoked token). */
  onUnauthenticated?: () => void;
  /** App-specific Graphcache configuration, merged over the defaults (mutation updates, optimistic results…). */
  cache?: Pick<Partial<CacheExchangeOpts>, 'updates' | 'optimistic' | 'keys' | 'resolvers' | 'directives'>;
  /** Defaults to `cache-and-network`: officials work on shared data, so cached screens refresh. */
  requestPolicy?: RequestPolicy;
  fetch?: typeof fetch;
}

/**
 * Types that are always embedded in their parent and have no identity of their own: Graphcache must
 * not warn about them nor try to normalize them.
 */
export const EMBEDDED_TYPES = ['RoleGrant', 'UserError', 'DemoUser', 'PageInfo'] as const;

type IntrospectionSchema = IntrospectionQuery['__schema'];
type SchemaType = IntrospectionSchema['types'][number];

function namedType(ref: IntrospectionTypeRef): string {
  let current: IntrospectionTypeRef = ref;
  while ('ofType' in current && current.ofType) current = current.ofType;
  return 'name' in current ? current.name : '';
}

function objectTypes(schema: IntrospectionSchema): Extract<SchemaType, { kind: 'OBJECT' }>[] {
  return schema.types.filter((t): t is Extract<SchemaType, { kind: 'OBJECT' }> => t.kind === 'OBJECT');
}

/**
 * `() => null` for the embedded types and every other object type without an `id`: payloads, edges,
 * connections, grants, errors.
 */
export function keylessTypeKeys(schema: IntrospectionSchema = introspection.__schema): KeyingConfig {
  const roots = new Set([schema.queryType?.name, schema.mutationType?.name, schema.subscriptionType?.name]);
  const embedded = new Set<string>(EMBEDDED_TYPES);
  const keys: KeyingConfig = {};
  // Only types the schema has: Graphcache warns about keys for unknown types.
  for (const type of objectTypes(schema)) {
    if (roots.has(type.name) || type.name.startsWith('__')) continue;
    if (embedded.has(type.name) || !type.fields.some((f) => f.name === 'id')) keys[type.name] = () => null;
  }
  return keys;
}

/** A relay connection type: has `edges` and `pageInfo`. */
function isConnectionType(schema: IntrospectionSchema, name: string): boolean {
  const type = schema.types.find((t) => t.name === name);
  return !!type && type.kind === 'OBJECT' && ['edges', 'pageInfo'].every((f) => type.fields.some((x) => x.name === f));
}

/**
 * `relayPagination()` on every field of the schema that returns a connection, so that "load more"
 * (`after: endCursor`) appends to the list already on screen.
 */
export function connectionResolvers(schema: IntrospectionSchema = introspection.__schema): ResolverConfig {
  const resolvers: ResolverConfig = {};
  for (const type of objectTypes(schema)) {
    for (const field of type.fields) {
      if (!isConnectionType(schema, namedType(field.type))) continue;
      (resolvers[type.name] ??= {})[field.name] = relayPagination();
    }
  }
  return resolvers;
}

/**
 * `Query.node(id)` answered from the cache when the entity is already there (ids are global, see
 * `globalIDs` below), so that a details page opened from a list renders at once.
 */
const nodeResolver: Resolver = (_parent, args, cache, info) => {
  const id = args['id'];
  if (typeof id === 'string' && cache.resolve(id, '__typename')) return id;
  return cache.resolve(info.parentKey, info.fieldName, args) as ReturnType<Resolver>;
};

function mergeResolvers(...configs: (ResolverConfig | undefined)[]): ResolverConfig {
  const merged: ResolverConfig = {};
  for (const config of configs) {
    if (!config) continue;
    for (const [typeName, fields] of Object.entries(config)) {
      if (fields) merged[typeName] = { ...merged[typeName], ...fields };
    }
  }
  return merged;
}

export function createOryndauClient(options: OryndauClientOptions): Client {
  const { url, getToken, getLocale, onUnauthenticated, cache = {}, requestPolicy = 'cache-and-network' } = options;
  const schema = introspection.__schema;
  const queryType = schema.queryType?.name ?? 'Query';
  const hasNodeField = objectTypes(schema).some((t) => t.name === queryType && t.fields.some((f) => f.name === 'node'));

  return new Client({
    url,
    requestPolicy,
    // Queries go as POST: Apollo Server's CSRF prevention refuses simple GET requests.
    preferGetMethod: false,
    fetch: options.fetch,
    fetchOptions: () => {
      const headers: Record<string, string> = {};
      const token = getToken();
      if (token) headers['authorization'] = `Bearer ${token}`;
      const locale = getLocale?.();
      if (locale) headers['accept-language'] = locale;
      return { headers };
    },
    exchanges: [
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) onUnauthenticated?.();
        },
      }),
      cacheExchange({
        schema: introspection,
        // Relay global ids are unique across types, so an entity's key is its id alone.
        globalIDs: true,
        keys: { ...keylessTypeKeys(schema), ...cache.keys },
        resolvers: mergeResolvers(
          connectionResolvers(schema),
          hasNodeField ? { [queryType]: { node: nodeResolver } } : undefined,
          cache.resolvers,
        ),
        updates: cache.updates,
        optimistic: cache.optimistic,
        directives: cache.directives,
      }),
      fetchExchange,
    ],
  });
}
