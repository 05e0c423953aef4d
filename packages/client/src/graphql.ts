// The typed `graphql()` of the whole front end. Types come from schema.graphql through gql.tada:
// `pnpm --filter @oryndau/client check` regenerates src/graphql-env.d.ts and checks every document.
import { initGraphQLTada } from 'gql.tada';
import type { introspection } from './graphql-env.d.ts';

export const graphql = initGraphQLTada<{
  introspection: introspection;
  scalars: {
    /** An instant, ISO-8601 in UTC; show it in Asia/Almaty time (rule T1). */
    DateTime: string;
    /** A calendar date in Asia/Almaty, "YYYY-MM-DD". */
    Date: string;
    JSON: unknown;
  };
}>();

export { readFragment, maskFragments } from 'gql.tada';
export type { FragmentOf, ResultOf, VariablesOf, TadaDocumentNode } from 'gql.tada';

/** The schema's enums, as TypeScript unions. */
export type Role = ReturnType<typeof graphql.scalar<'Role'>>;
export type Locale = ReturnType<typeof graphql.scalar<'Locale'>>;
export type UserErrorCode = ReturnType<typeof graphql.scalar<'UserErrorCode'>>;
