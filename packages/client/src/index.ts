export { graphql, readFragment, maskFragments } from './graphql.ts';
export type { FragmentOf, ResultOf, VariablesOf, TadaDocumentNode, Role, Locale, UserErrorCode } from './graphql.ts';
export {
  createOryndauClient,
  connectionResolvers,
  keylessTypeKeys,
  EMBEDDED_TYPES,
  type OryndauClientOptions,
} from './client.ts';
export { createTokenStore, tokenStorageKey, type TokenStore } from './token.ts';
export { API_URL, DEFAULT_API_URL, resolveApiUrl } from './env.ts';
export { userErrorFieldName, graphQLErrorCodes, isUnauthenticated, type UserErrorLike } from './errors.ts';
export { introspection } from './generated/introspection.ts';
