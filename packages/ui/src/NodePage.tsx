// frontend (issue 7): the states every details page shows in place of its node, once for all the apps.
import type { ReactNode } from 'react';
import type { CombinedError, OperationContext } from 'urql';
import { ErrorNotice, Loading } from './feedback.tsx';
import { NotFoundPage } from './PageHeader.tsx';

/** The part of a `useQuery` result a details page needs to tell why its node is not there. */
export interface NodeQueryState {
  fetching: boolean;
  stale?: boolean;
  data?: unknown;
  error?: CombinedError;
}

export interface NodePageFallbackProps {
  result: NodeQueryState;
  /** The query's re-execute function: offered as "Try again" (network-only) on an error. */
  refetch?: (context?: Partial<OperationContext>) => void;
  /** The page's own explanation of "not found" (default: the shared one). */
  notFound?: ReactNode;
}

/**
 * What a details page shows while its node is not there: loading (also while a stale result refreshes), the
 * query's error with a retry, else "not found". Usage: `if (!node) return <NodePageFallback result={result} refetch={refetch} />`.
 */
export function NodePageFallback({ result, refetch, notFound }: NodePageFallbackProps) {
  if (result.fetching || result.stale || (!result.data && !result.error)) return <Loading />;
  if (result.error) return <ErrorNotice error={result.error} onRetry={refetch && (() => refetch({ requestPolicy: 'network-only' }))} />;
  return <NotFoundPage lead={notFound} />;
}
