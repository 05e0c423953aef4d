import { getIntrospectedSchema, minifyIntrospectionQuery } from '@urql/introspection';
import { describe, expect, it } from 'vitest';
import { connectionResolvers, createOryndauClient, keylessTypeKeys } from './client.ts';
import { resolveApiUrl, DEFAULT_API_URL } from './env.ts';
import { isUnauthenticated, userErrorFieldName } from './errors.ts';
import { createTokenStore, tokenStorageKey } from './token.ts';
import { CombinedError } from 'urql';

const SDL = /* GraphQL */ `
  interface Node { id: ID! }
  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  type Case implements Node { id: ID! number: String! }
  type CaseEdge { cursor: String! node: Case! }
  type CaseConnection { edges: [CaseEdge!]! pageInfo: PageInfo! }
  type RoleGrant { role: String! }
  type User implements Node { id: ID! roles: [RoleGrant!]! cases(first: Int, after: String): CaseConnection! }
  type Query { viewer: User cases(first: Int, after: String): CaseConnection! }
`;
const schema = minifyIntrospectionQuery(getIntrospectedSchema(SDL)).__schema;

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(index: number) {
    return [...this.items.keys()][index] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

describe('Graphcache configuration', () => {
  it('puts relay pagination on every connection field, on any type', () => {
    const resolvers = connectionResolvers(schema);
    expect(Object.keys(resolvers).sort()).toEqual(['Query', 'User']);
    expect(typeof resolvers['Query']?.['cases']).toBe('function');
    expect(typeof resolvers['User']?.['cases']).toBe('function');
    expect(resolvers['User']?.['roles']).toBeUndefined();
  });

  it('keys every object type without an id as embedded (null key)', () => {
    const keys = keylessTypeKeys(schema);
    for (const name of ['PageInfo', 'CaseEdge', 'CaseConnection', 'RoleGrant']) {
      expect(keys[name]?.({ __typename: name })).toBeNull();
    }
    expect(keys['Case']).toBeUndefined();
    expect(keys['User']).toBeUndefined();
    expect(keys['Query']).toBeUndefined();
    expect(keys['UserError']).toBeUndefined(); // not in this schema: no key, no Graphcache warning
  });

  it('sends the bearer token and the UI language with every request', async () => {
    const seen: Headers[] = [];
    let token: string | null = 'first';
    const client = createOryndauClient({
      url: 'http://api.test/graphql',
      getToken: () => token,
      getLocale: () => 'kk',
      fetch: async (_input, init) => {
        seen.push(new Headers(init?.headers));
        expect(init?.method).toBe('POST');
        return new Response(JSON.stringify({ data: { viewer: null } }), { headers: { 'content-type': 'application/json' } });
      },
    });
    await client.query('query { viewer { id } }', {}, { requestPolicy: 'network-only' }).toPromise();
    token = null;
    await client.query('query { viewer { id } }', {}, { requestPolicy: 'network-only' }).toPromise();
    expect(seen[0]?.get('authorization')).toBe('Bearer first');
    expect(seen[0]?.get('accept-language')).toBe('kk');
    expect(seen[1]?.get('authorization')).toBeNull();
  });

  it('reports UNAUTHENTICATED answers', async () => {
    let calls = 0;
    const client = createOryndauClient({
      url: 'http://api.test/graphql',
      getToken: () => 'expired',
      onUnauthenticated: () => calls++,
      fetch: async () =>
        new Response(
          JSON.stringify({ data: null, errors: [{ message: 'Token expired', extensions: { code: 'UNAUTHENTICATED' } }] }),
          { headers: { 'content-type': 'application/json' } },
        ),
    });
    const result = await client.query('query { viewer { id } }', {}).toPromise();
    expect(isUnauthenticated(result.error)).toBe(true);
    expect(calls).toBe(1);
  });
});

describe('user errors', () => {
  it('maps an input path to a form field name', () => {
    expect(userErrorFieldName({ field: ['input', 'debtor', 'iin'] })).toBe('debtor.iin');
    expect(userErrorFieldName({ field: ['login'] })).toBe('login');
    expect(userErrorFieldName({ field: ['input'] })).toBeNull();
    expect(userErrorFieldName({ field: null })).toBeNull();
  });

  it('recognises a 401 as unauthenticated', () => {
    const error = new CombinedError({ networkError: new Error('401'), response: { status: 401 } });
    expect(isUnauthenticated(error)).toBe(true);
    expect(isUnauthenticated(new CombinedError({ graphQLErrors: [{ message: 'x', extensions: { code: 'FORBIDDEN' } }] }))).toBe(false);
  });
});

describe('token store', () => {
  it('keeps one token per app key and notifies subscribers', () => {
    const storage = new MemoryStorage();
    const portal = createTokenStore(tokenStorageKey('portal'), storage);
    const chamber = createTokenStore(tokenStorageKey('chamber'), storage);
    let changes = 0;
    const unsubscribe = portal.subscribe(() => changes++);
    portal.set('abc');
    expect(portal.get()).toBe('abc');
    expect(chamber.get()).toBeNull();
    expect(storage.getItem('oryndau.portal.token')).toBe('abc');
    portal.clear();
    expect(portal.get()).toBeNull();
    expect(changes).toBe(2);
    unsubscribe();
    portal.set('def');
    expect(changes).toBe(2);
  });

  it('works in memory when storage is unavailable', () => {
    const store = createTokenStore('k', null);
    store.set('t');
    expect(store.get()).toBe('t');
  });
});

describe('API_URL', () => {
  it('falls back to the local dev API', () => {
    expect(resolveApiUrl(undefined)).toBe(DEFAULT_API_URL);
    expect(resolveApiUrl('')).toBe(DEFAULT_API_URL);
    expect(resolveApiUrl(' https://api.example.kz/graphql ')).toBe('https://api.example.kz/graphql');
  });
});
