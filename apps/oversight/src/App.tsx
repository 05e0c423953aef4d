import { OryndauApp } from '@oryndau/ui';
import type { Role } from '@oryndau/client';
import { routes, useNavItems } from './routes.tsx';

/** The roles this app serves; anyone else who signs in sees "no access". */
export const APP_ROLES: readonly Role[] = ['MINISTRY_INSPECTOR', 'QUALITY_INSPECTOR'];

export function App() {
  return <OryndauApp app="oversight" roles={APP_ROLES} routes={routes} useNavItems={useNavItems} />;
}
