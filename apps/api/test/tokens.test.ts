// Tokens: exp required and bounded, algorithms pinned, issuer and audience checked, on the secret path (dev
// sign-in's installation secret) and on the JWKS path (a local JWKS on 127.0.0.1) alike. Each forged token is
// refused as UNAUTHENTICATED.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload } from 'jose';
import { startTestApi, type TestApi } from './harness.ts';
import { createServices } from '../src/app.ts';
import { startServer, type RunningServer } from '../src/server.ts';
import { devSecret } from '../src/auth/installation.ts';
import type { Services } from '../src/context.ts';

let api: TestApi;
let jwks: http.Server;
let idp: { services: Services; server: RunningServer };
let keys: Awaited<ReturnType<typeof generateKeyPair>>;
const ISS = 'https://idp.test';
const AUD = 'oryndau-api';

beforeAll(async () => {
  api = await startTestApi();
  keys = await generateKeyPair('RS256', { extractable: true });
  const jwk = { ...(await exportJWK(keys.publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
  jwks = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] })));
  await new Promise<void>((r) => jwks.listen(0, '127.0.0.1', r));
  const port = (jwks.address() as { port: number }).port;
  const services = await createServices({ target: { kind: 'postgres', url: api.database.url, max: 4 }, devAuth: false, jwksUrl: `http://127.0.0.1:${port}/jwks.json`, tokens: { issuer: ISS, audience: AUD } });
  idp = { services, server: await startServer(services, { port: 0, host: '127.0.0.1' }) };
});
afterAll(async () => {
  await idp?.server.close();
  await idp?.services.db.close();
  await new Promise((r) => jwks?.close(r));
  await api?.close();
});

const now = () => Math.floor(Date.now() / 1000);
async function viewerWith(url: string, token: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query: '{ viewer { login } applications(first: 1) { edges { cursor } } }' }) });
  return (await res.json()) as { data?: { viewer: { login: string } | null }; errors?: { extensions?: { code?: string } }[] };
}
const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');

async function hs256(payload: JWTPayload, secret: string | Uint8Array) {
  return new SignJWT(payload).setProtectedHeader({ alg: 'HS256' }).sign(typeof secret === 'string' ? new TextEncoder().encode(secret) : secret);
}
async function rs256(payload: JWTPayload) {
  return new SignJWT(payload).setProtectedHeader({ alg: 'RS256', kid: 'k1' }).sign(keys.privateKey);
}

describe('tokens on the secret path (dev sign-in)', () => {
  const good = () => ({ sub: undefined, login: 'aigerim', iss: 'oryndau', aud: AUD, iat: now(), exp: now() + 3600 });

  it('a well-formed token of the installation secret is accepted (the control)', async () => {
    expect((await viewerWith(api.url, await hs256(good(), devSecret(null)))).data?.viewer?.login).toBe('aigerim');
  });

  it('the old secret written in the source signs nothing any more', async () => {
    const r = await viewerWith(api.url, await hs256(good(), 'oryndau-dev-secret-do-not-use-in-production'));
    expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  const forged: [string, () => Promise<string>][] = [
    ['alg none', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(good())}.`],
    ['wrong issuer', async () => hs256({ ...good(), iss: 'evil' }, devSecret(null))],
    ['wrong audience', async () => hs256({ ...good(), aud: 'other-api' }, devSecret(null))],
    ['no exp', async () => hs256({ ...good(), exp: undefined }, devSecret(null))],
    ['exp in 10 years', async () => hs256({ ...good(), exp: now() + 10 * 365 * 86400 }, devSecret(null))],
    ['expired', async () => hs256({ ...good(), iat: now() - 7200, exp: now() - 3600 }, devSecret(null))],
  ];
  for (const [name, make] of forged) {
    it(`refuses a token with ${name}`, async () => {
      const r = await viewerWith(api.url, await make());
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(r.data?.viewer ?? null).toBeNull();
    });
  }
});

describe('tokens on the JWKS path', () => {
  const good = () => ({ preferred_username: 'aigerim', iss: ISS, aud: AUD, iat: now(), exp: now() + 3600 });

  it('a well-formed RS256 token of the identity provider is accepted (the control)', async () => {
    expect((await viewerWith(idp.server.url, await rs256(good()))).data?.viewer?.login).toBe('aigerim');
  });

  const forged: [string, () => Promise<string>][] = [
    ['alg none', async () => `${b64({ alg: 'none', typ: 'JWT' })}.${b64(good())}.`],
    ['HS256 signed with the JWKS public key', async () => hs256(good(), new TextEncoder().encode(JSON.stringify(await exportJWK(keys.publicKey))))],
    ['wrong issuer', async () => rs256({ ...good(), iss: 'https://evil.test' })],
    ['wrong audience', async () => rs256({ ...good(), aud: 'other-api' })],
    ['no exp', async () => rs256({ ...good(), exp: undefined })],
    ['exp in 10 years', async () => rs256({ ...good(), exp: now() + 10 * 365 * 86400 })],
    ['expired', async () => rs256({ ...good(), iat: now() - 7200, exp: now() - 3600 })],
  ];
  for (const [name, make] of forged) {
    it(`refuses a token with ${name}`, async () => {
      const r = await viewerWith(idp.server.url, await make());
      expect(r.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    });
  }

  it('without dev sign-in, devLogin and demoUsers are not in the schema', async () => {
    const res = await fetch(idp.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __schema { queryType { fields { name } } mutationType { fields { name } } } }' }) });
    const data = ((await res.json()) as { data: { __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } } } }).data.__schema;
    expect(data.queryType.fields.map((f) => f.name)).not.toContain('demoUsers');
    expect(data.mutationType.fields.map((f) => f.name)).not.toContain('devLogin');
    expect(data.queryType.fields.map((f) => f.name)).toContain('viewer');
    const login = await fetch(idp.server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: 'mutation { devLogin(input: { login: "aigerim" }) { token } }' }) });
    expect(((await login.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
