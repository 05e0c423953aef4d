// Issue 11 (open data at national scale): an anonymous request that asks only for `openData` has the same answer
// for everyone who asks it (no viewer, no personal data), so its whole response is kept in the shared figure cache
// (≤ 5 s fresh, ≤ 10 s behind the data, every dataset says as of when) instead of executing its thousands of rows
// through GraphQL again for every caller. Anything else — a token, a mutation, another root field, a fragment at
// the root, a large document — is executed as usual.
import { Kind, parse, type DocumentNode } from 'graphql';
import { FigureCache } from './figure-cache.ts';

const MAX_QUERY = 4_000;

/** The cache key of an anonymous open-data-only GraphQL request, or null when it is not one. */
export function openDataResponseKey(authorization: string | undefined, body: unknown): string | null {
  if (authorization) return null;
  if (!body || typeof body !== 'object') return null;
  const { query, variables, operationName } = body as { query?: unknown; variables?: unknown; operationName?: unknown };
  if (typeof query !== 'string' || query.length > MAX_QUERY || !query.includes('openData')) return null;
  let doc: DocumentNode;
  try {
    doc = parse(query, { maxTokens: 1_000 });
  } catch {
    return null; // executed as usual: the error is Apollo's to report
  }
  if (doc.definitions.length !== 1) return null;
  const op = doc.definitions[0]!;
  if (op.kind !== Kind.OPERATION_DEFINITION || op.operation !== 'query') return null;
  const onlyOpenData = op.selectionSet.selections.every((s) => s.kind === Kind.FIELD && (s.name.value === 'openData' || s.name.value === '__typename'));
  if (!onlyOpenData) return null;
  return FigureCache.key('openDataGraphQL', null, [query, variables ?? null, operationName ?? null]);
}

export interface CompleteResponse {
  status: number;
  headers: [string, string][];
  body: string;
}

/** An answer that is not kept (not a 200 without errors): thrown so that the cache drops it, and sent as it is. */
export class NotKept extends Error {
  constructor(readonly response: CompleteResponse) {
    super('open-data response not kept');
  }
}

/** Apollo's response read to its end (open data is never streamed), to be kept and sent again; NotKept when it failed. */
export async function completeResponse(result: { status?: number; headers: Iterable<[string, string]>; body: { kind: 'complete'; string: string } | { kind: 'chunked'; asyncIterator: AsyncIterableIterator<string> } }): Promise<CompleteResponse> {
  let body: string;
  if (result.body.kind === 'complete') body = result.body.string;
  else {
    body = '';
    for await (const chunk of result.body.asyncIterator) body += chunk;
  }
  const response: CompleteResponse = { status: result.status ?? 200, headers: [...result.headers], body };
  if (response.status !== 200 || body.includes('"errors"')) throw new NotKept(response);
  return response;
}
