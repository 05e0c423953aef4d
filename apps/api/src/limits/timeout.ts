// The per-request deadline. server.ts starts it when a request arrives and answers with this error when it
// passes (HTTP 503); the resolvers that would start afterwards refuse to (guards.ts), and every statement
// still running is bounded by PostgreSQL's statement_timeout (the pool's, packages/db/src/client.ts).
import { GraphQLError } from 'graphql';

export const REQUEST_TIMEOUT = 'REQUEST_TIMEOUT';

export function timeoutError(timeoutMs?: number): GraphQLError {
  return new GraphQLError(
    timeoutMs ? `The request took longer than ${timeoutMs} ms and was stopped; ask for less (smaller pages, fewer fields).` : 'The request ran out of time and was stopped.',
    { extensions: { code: REQUEST_TIMEOUT, ...(timeoutMs ? { timeoutMs } : {}) } },
  );
}

/** Resolves when `signal` aborts; never rejects. */
export function whenAborted(signal: AbortSignal): Promise<'timeout'> {
  return new Promise((resolve) => {
    if (signal.aborted) resolve('timeout');
    else signal.addEventListener('abort', () => resolve('timeout'), { once: true });
  });
}
