import { OryndauApp } from '@oryndau/ui';
import type { Role } from '@oryndau/client';
import { chamberCache } from './cache.ts';
import { routes, useNavItems } from './routes.tsx';

/** The roles this app serves; anyone else who signs in sees "no access". */
export const APP_ROLES: readonly Role[] = ['CHAMBER_OFFICIAL', 'PRIVATE_BAILIFF'];

export function App() {
  return <OryndauApp app="chamber" roles={APP_ROLES} cache={chamberCache} routes={routes} useNavItems={useNavItems} />;
}
