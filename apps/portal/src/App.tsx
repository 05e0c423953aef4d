import { OryndauApp } from '@oryndau/ui';
import type { Role } from '@oryndau/client';
import { portalCache } from './cache.ts';
import { routes, useNavItems } from './routes.tsx';

/** The roles this app serves; anyone else who signs in sees "no access". */
export const APP_ROLES: readonly Role[] = ['APPLICANT'];

export function App() {
  return <OryndauApp app="portal" roles={APP_ROLES} cache={portalCache} routes={routes} useNavItems={useNavItems} />;
}
