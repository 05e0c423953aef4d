// HTTP front: Apollo Server's framework-neutral request handler behind node:http, so that /healthz and CORS
// sit next to /graphql without another framework.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { schema } from './schema/index.ts';
import type { Context, Services } from './context.ts';
import { introspectionEnabled, servedSchema, withoutSuggestions } from './auth/exposure.ts';

const EXPOSED_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE']);

/** Internal errors are masked to clients and logged in full; known client errors pass through. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const original = unwrapResolverError(error);
  if (code && EXPOSED_CODES.has(code)) return { message: withoutSuggestions(formatted.message), locations: formatted.locations, path: formatted.path, extensions: { code } };
  if (original instanceof GraphQLError && original.extensions?.code === undefined && !original.originalError) {
    // errors graphql-js raises itself while coercing arguments and variables (a malformed Date, an unknown enum)
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code: 'BAD_USER_INPUT' } };
  }
  console.error('[oryndau] internal error', { path: formatted.path, error: original });
  return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function startServer(services: Services, opts: { port: number; host?: string; corsOrigins?: string[] }): Promise<RunningServer> {
  const httpServer = http.createServer();
  const apollo = new ApolloServer<Context>({
    schema: servedSchema(schema, services.config),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: introspectionEnabled(),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  httpServer.on('request', (req, res) => {
    handle(req, res).catch((err) => {
      console.error('[oryndau] request failed', err);
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Internal server error' }] }));
    });
  });

  const allowOrigin = (origin: string | undefined) =>
    !origin ? null : !opts.corsOrigins || opts.corsOrigins.includes('*') || opts.corsOrigins.includes(origin) ? origin : null;

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const origin = allowOrigin(req.headers.origin);
    if (origin) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'origin');
      res.setHeader('access-control-allow-headers', 'authorization, content-type, apollo-require-preflight');
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/healthz') {
      try {
        await services.db.prisma.$queryRaw`SELECT 1`;
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'ok', database: services.db.target.kind }));
      } catch {
        res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ status: 'database unavailable' }));
      }
      return;
    }
    if (url.pathname !== '/graphql') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found. The API is at /graphql.');
      return;
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const body = req.method === 'POST' ? await readJson(req) : undefined;
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => buildContext(services, req.headers.authorization),
    });
    for (const [k, v] of result.headers) res.setHeader(k, v);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  await new Promise<void>((resolve) => httpServer.listen(opts.port, opts.host ?? '0.0.0.0', resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : opts.port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    port,
    close: () => apollo.stop(),
  };
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 2_000_000) throw new GraphQLError('Request body too large.');
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text; // Apollo answers 400 for a body it cannot read
  }
}

export async function buildContext(services: Services, authorization: string | undefined): Promise<Context & BaseContext> {
  const base = { ...services, viewer: null, requestId: randomUUID(), authError: null, visible: new Set<string>() };
  if (!authorization) return base;
  const match = /^Bearer\s+(.+)$/i.exec(authorization);
  if (!match?.[1]) return { ...base, authError: 'The Authorization header must be "Bearer <token>".' };
  try {
    const claims = await services.tokens.verify(match[1]);
    const viewer = await services.viewers.viewerFor(claims);
    return viewer ? { ...base, viewer } : { ...base, authError: 'The token names no known user.' };
  } catch {
    return { ...base, authError: 'The token is invalid or expired.' };
  }
}
