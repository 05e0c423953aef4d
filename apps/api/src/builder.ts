// The schema builder: plugins and their options only. Types live in one module per domain type (src/schema/*).
import SchemaBuilder from '@pothos/core';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import SimpleObjectsPlugin from '@pothos/plugin-simple-objects';
import ValidationPlugin from '@pothos/plugin-validation';
import { GraphQLError } from 'graphql';
import { getDatamodel, type PrismaTypes, type Role } from '@oryndau/db';
import { hasRole, type Context } from './context.ts';

/** Prisma's P2025: the record a global id names does not exist. */
async function nullWhenMissing<T>(load: () => T | Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch (e) {
    if ((e as { code?: unknown }).code === 'P2025') return null;
    throw e;
  }
}

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  Scalars: {
    ID: { Input: string; Output: string | number | bigint };
    DateTime: { Input: Date; Output: Date };
    Date: { Input: string; Output: string | Date };
    JSON: { Input: unknown; Output: unknown };
  };
  AuthScopes: {
    authenticated: boolean;
    role: Role;
    anyRole: Role[];
    devAuth: boolean;
  };
}>({
  plugins: [ScopeAuthPlugin, PrismaPlugin, RelayPlugin, ValidationPlugin, SimpleObjectsPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  prisma: {
    client: (ctx) => ctx.db.prisma,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    onUnusedQuery: null,
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    // a well-formed global id of a record that does not exist is null, as described, not Prisma's "not found" error
    nodeQueryOptions: {
      description: 'Fetches an object by its global id; null when it does not exist or is not visible to you.',
      resolve: (_root, { id }, _ctx, _info, resolveNode) => nullWhenMissing(() => resolveNode(id)),
    },
    nodesQueryOptions: {
      description: 'Fetches objects by their global ids, in order; null for each that is missing or not visible.',
      resolve: (_root, { ids }, _ctx, _info, resolveNodes) => ids.map((id) => nullWhenMissing(async () => (await resolveNodes([id]))[0])),
    },
  },
  validation: {
    // argument validation failures are the client's: typed BAD_USER_INPUT errors naming the argument
    validationError: (result) =>
      new GraphQLError(`Invalid arguments: ${result.issues.map((i) => `${i.path?.map((p) => (typeof p === 'object' ? p.key : p)).join('.') || 'input'}: ${i.message}`).join('; ')}`, {
        extensions: { code: 'BAD_USER_INPUT' },
      }),
  },
  scopeAuth: {
    // read path: a type's scopes (the record checks, record-auth.ts) run once per object, where graphql-js
    // completes it (isTypeOf), not again in every field of every row
    runScopesOnType: true,
    authScopes: (ctx) => ({
      authenticated: !!ctx.viewer,
      role: (role: Role) => hasRole(ctx.viewer, role),
      anyRole: (roles: Role[]) => hasRole(ctx.viewer, ...roles),
      devAuth: ctx.config.devAuth,
    }),
    unauthorizedError: (_parent, ctx) =>
      ctx.viewer
        ? new GraphQLError('You are not allowed to see this.', { extensions: { code: 'FORBIDDEN' } })
        : new GraphQLError(ctx.authError ?? 'Authentication required: send Authorization: Bearer <token>.', {
            extensions: { code: 'UNAUTHENTICATED' },
          }),
  },
});
