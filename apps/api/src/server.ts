// HTTP front: Apollo Server's framework-neutral request handler behind node:http, so that /healthz and CORS
// sit next to /graphql without another framework.
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import { ApolloServer, HeaderMap, type BaseContext } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { schema as builtSchema } from './schema/index.ts';
import type { Context, Services } from './context.ts';
import { introspectionEnabled, servedSchema, withoutSuggestions } from './auth/exposure.ts';
import { costPlugin, isMutation, limitRules, LIMITS, type Limits } from './limits/index.ts';
import { applyGuards } from './limits/guards.ts';
import { REQUEST_TIMEOUT, timeoutError, whenAborted } from './limits/timeout.ts';
// licence area (issue 9): signed documents as PDF
import { serveDocumentPdf } from './documents/http.ts';
import { openDataHttp } from './aggregates/open-data.ts'; // open data (issue 11)
import { FigureCache } from './aggregates/figure-cache.ts'; // dashperf: open-data files from a snapshot ≤ 10 s old
import { completeResponse, openDataResponseKey, NotKept, type CompleteResponse } from './aggregates/open-data-response.ts';

const schema = applyGuards(builtSchema);

const EXPOSED_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'BAD_USER_INPUT', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'PERSISTED_QUERY_NOT_FOUND', 'BAD_REQUEST', 'OPERATION_RESOLUTION_FAILURE', 'QUERY_TOO_COSTLY', REQUEST_TIMEOUT]);
/** Extensions a client error may carry besides its code: what the limit or the input policy said. */
const EXPOSED_EXTENSIONS = ['cost', 'timeoutMs', 'field', 'key', 'params'] as const;

/** Internal errors are masked to clients and logged in full; known client errors pass through. */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const original = unwrapResolverError(error);
  if (code && EXPOSED_CODES.has(code)) {
    const extensions: Record<string, unknown> = { code };
    for (const k of EXPOSED_EXTENSIONS) if (formatted.extensions?.[k] !== undefined) extensions[k] = formatted.extensions[k];
    return { message: withoutSuggestions(formatted.message), locations: formatted.locations, path: formatted.path, extensions };
  }
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

export async function startServer(
  services: Services,
  opts: { port: number; host?: string; corsOrigins?: string[]; /** tests only: other limits */ limits?: Partial<Limits> },
): Promise<RunningServer> {
  const limits: Limits = { ...LIMITS, ...opts.limits };
  const httpServer = http.createServer();
  // a client that sends its request slowly is cut off too (Node's default allows 5 minutes)
  httpServer.requestTimeout = limits.requestTimeoutMs + 5_000;
  httpServer.headersTimeout = Math.min(httpServer.headersTimeout, httpServer.requestTimeout);
  const apollo = new ApolloServer<Context>({
    schema: servedSchema(schema, services.config),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: introspectionEnabled(),
    parseOptions: { maxTokens: limits.tokens },
    validationRules: limitRules(limits),
    // GraphQL Armor's block-field-suggestions: no "Did you mean …?" that spells out the schema, in production
    hideSchemaDetailsFromClientErrors: process.env.NODE_ENV === 'production',
    // read path: no cache-control plugin (it wraps every field resolver for hints nobody reads: no CDN caches
    // the API's answers, which depend on who asks)
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginCacheControlDisabled(), costPlugin(limits)],
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
    // read path: the API's own address (the usual request) needs no parsing; it is never changed (only read)
    const url = req.url === '/graphql' ? GRAPHQL_URL : new URL(req.url ?? '/', 'http://localhost');
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
    // licence area (issue 9): GET /documents/<id>.pdf, authorised like the record (documents/http.ts)
    if (url.pathname.startsWith('/documents/')) {
      await serveDocumentPdf(services, (authorization) => buildContext(services, authorization), req, res, url.pathname);
      return;
    }
    // ---- open data (issue 11): GET /open-data/ and /open-data/<dataset>.csv | .json, without sign-in
    if (url.pathname === '/open-data' || url.pathname.startsWith('/open-data/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('Open data is read with GET.');
        return;
      }
      // dashperf: served from the shared figure cache (one computation per file and parameters; ≤ 10 s behind)
      const out = await services.figures.get(FigureCache.key('openDataHttp', null, [url.pathname, [...url.searchParams].sort()]), () => openDataHttp(services.db.prisma, services.calendar, services.now(), url.pathname, url.searchParams));
      const dated = out.asOf ? { 'last-modified': out.asOf.toUTCString(), 'x-as-of': out.asOf.toISOString() } : {};
      res.writeHead(out.status, { 'content-type': out.type, 'cache-control': 'public, max-age=10', ...dated }).end(req.method === 'HEAD' ? undefined : out.body);
      return;
    }
    if (url.pathname !== '/graphql') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found. The API is at /graphql.');
      return;
    }
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
    const declared = Number(req.headers['content-length']);
    if (declared > limits.bodyBytes) return tooLarge(res, limits.bodyBytes, req);
    // the deadline: reading the body, executing, everything; its signal stops the resolvers (limits/guards.ts)
    // A mutation that has begun is not cut short: its transaction commits or rolls back whole (bounded by the
    // transaction's own timeout and statement_timeout), and its payload tells what happened.
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), limits.requestTimeoutMs);
    try {
      const work = (async () => {
        const body = req.method === 'POST' ? await readJson(req, limits.bodyBytes) : undefined;
        if (body === TOO_LARGE) return TOO_LARGE;
        const execute = (shared?: { figures: FigureCache; signal: AbortSignal }) =>
          apollo.executeHTTPGraphQLRequest({
            httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
            context: async () => ({ ...(await buildContext(services, req.headers.authorization)), signal: controller.signal, clientIp: req.socket.remoteAddress ?? null, ...shared }),
          });
        // open data: one execution per query and variables for every anonymous caller (aggregates/open-data-response.ts).
        // The kept response is the only cache on that path: its execution computes its figures anew (a cache of its
        // own), so that the answer is never more than the cache's 10 s behind the data (not 10 s on top of 10 s)
        const shared = openDataResponseKey(req.headers.authorization, body);
        if (shared) {
          // the shared execution has a deadline of its own, not its first caller's: a caller that gives up (or whose
          // request times out) does not fail the others waiting on it; each caller still has its own deadline above
          return services.figures.get(shared, async () => completeResponse(await execute({ figures: new FigureCache(), signal: AbortSignal.timeout(limits.requestTimeoutMs) }))).catch((e: unknown) => {
            if (e instanceof NotKept) return e.response; // an error answer goes to its caller only, and is not kept
            throw e;
          });
        }
        return execute();
      })();
      let result = await Promise.race([work, whenAborted(controller.signal)]);
      if (result === 'timeout' && isMutation(controller.signal)) result = await work;
      if (result === 'timeout') {
        work.catch(() => {}); // it ends by itself: no resolver starts any more
        res.writeHead(503, { 'content-type': 'application/json' }).end(JSON.stringify({ errors: [formatError(timeoutError(limits.requestTimeoutMs).toJSON(), undefined)] }));
        return;
      }
      if (result === TOO_LARGE) return tooLarge(res, limits.bodyBytes, req);
      await send(res, result);
    } finally {
      clearTimeout(timer);
    }
  }

  async function send(res: http.ServerResponse, result: Awaited<ReturnType<typeof apollo.executeHTTPGraphQLRequest>> | CompleteResponse) {
    for (const [k, v] of result.headers) res.setHeader(k, v);
    res.statusCode = result.status ?? 200;
    if (typeof result.body === 'string') {
      res.end(result.body);
    } else if (result.body.kind === 'complete') {
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

const TOO_LARGE = Symbol('body too large');

/** 413 with a JSON body; the connection is closed, as the rest of the body is not read. */
function tooLarge(res: http.ServerResponse, max: number, req: http.IncomingMessage) {
  const error = { message: `The request body is larger than ${max} bytes.`, extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: max } };
  res.writeHead(413, { 'content-type': 'application/json', connection: 'close' }).end(JSON.stringify({ errors: [error] }));
  req.resume(); // drain what is still coming, without keeping it
}

const GRAPHQL_URL = new URL('/graphql', 'http://localhost');

/** The body, read with plain listeners (read path: a stream's async iterator costs more than the small bodies it reads). */
function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | typeof TOO_LARGE> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.off('data', onData);
        req.off('end', onEnd);
        req.off('error', reject);
        req.pause();
        resolve(TOO_LARGE);
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks));
    req.on('data', onData);
    req.once('end', onEnd);
    req.once('error', reject);
  });
}

async function readJson(req: http.IncomingMessage, max: number): Promise<unknown> {
  const body = await readBody(req, max);
  if (body === TOO_LARGE) return TOO_LARGE;
  const text = body.toString('utf8');
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
