// A request's context: the services (services.ts, built by app.ts) and who asks.
import type { Services } from './services.ts';
import type { Viewer } from './auth/viewer.ts';

export type { AppConfig, Services } from './services.ts';
export type { Viewer, ViewerGrant } from './auth/viewer.ts';
export { hasRole } from './access.ts';

export interface Context extends Services {
  viewer: Viewer | null;
  requestId: string;
  /** set when the Authorization header was present but invalid */
  authError: string | null;
  /** aborts when the request's deadline passes (server.ts): no resolver starts after it (src/limits/guards.ts) */
  signal?: AbortSignal;
  /** records already authorised by a scoped list query in this request ("Type:id"), to skip re-checks */
  visible: Set<string>;
  /** complaints (issue 10): the client's address, for the public status check's rate limit */
  clientIp?: string | null;
}
