// Plain GraphQL calls from tests (set-up and expectations), without the browser.

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

export async function graphqlRequest<T>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string | null,
): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  if (body.errors?.length || !body.data) {
    throw new Error(`GraphQL request failed (HTTP ${response.status}): ${JSON.stringify(body.errors ?? body)}`);
  }
  return body.data;
}

/** GraphQL calls as one user: `graphqlAs(apiUrl, token)<T>(query, variables)`. */
export function graphqlAs(apiUrl: string, token: string) {
  return <T>(query: string, variables: Record<string, unknown> = {}) => graphqlRequest<T>(apiUrl, query, variables, token);
}

export interface DemoUser {
  login: string;
  displayName: string;
  roles: string[];
}

/** The seeded demo users (dev mode). */
export async function demoUsers(apiUrl: string): Promise<DemoUser[]> {
  const data = await graphqlRequest<{ demoUsers: DemoUser[] }>(apiUrl, 'query { demoUsers { login displayName roles } }');
  return data.demoUsers;
}

export async function demoUser(apiUrl: string, login: string): Promise<DemoUser> {
  const users = await demoUsers(apiUrl);
  const user = users.find((u) => u.login === login);
  if (!user) throw new Error(`No demo user "${login}" (the API seeded: ${users.map((u) => u.login).join(', ') || 'none'}).`);
  return user;
}

/** A bearer token for a demo user, for calling the API directly in a test. */
export async function devLoginToken(apiUrl: string, login: string): Promise<string> {
  const data = await graphqlRequest<{ devLogin: { token: string | null; userErrors: { message: string }[] } }>(
    apiUrl,
    'mutation ($input: DevLoginInput!) { devLogin(input: $input) { token userErrors { message } } }',
    { input: { login } },
  );
  if (!data.devLogin.token) throw new Error(`devLogin("${login}") failed: ${data.devLogin.userErrors.map((e) => e.message).join('; ')}`);
  return data.devLogin.token;
}
