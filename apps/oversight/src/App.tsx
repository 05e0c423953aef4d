import { OryndauApp } from '@oryndau/ui';
import type { Role } from '@oryndau/client';
import { routes, useNavItems } from './routes.tsx';

/** The roles this app serves; anyone else who signs in sees "no access". */
export const APP_ROLES: readonly Role[] = [
  'MINISTRY_INSPECTOR',
  'QUALITY_INSPECTOR',
  // complaints (issue 10): the staff of the bodies complaints are addressed to work their queue here (C1)
  'JUSTICE_OFFICER',
  'CHAMBER_OFFICIAL',
  'LICENSING_OFFICER',
];

export function App() {
  return <OryndauApp app="oversight" roles={APP_ROLES} routes={routes} useNavItems={useNavItems} />;
}
