import { OryndauApp } from '@oryndau/ui';
import type { Role } from '@oryndau/client';
import { routes, useNavItems } from './routes.tsx';

/** The roles this app serves (the staff who provide the services: territorial justice officers, attestation
 * commissions, the Ministry's licensing officers, and the courts' staff as legal assistance joins); anyone else
 * who signs in sees "no access". */
export const APP_ROLES: readonly Role[] = ['JUSTICE_OFFICER', 'COMMISSION_MEMBER', 'LICENSING_OFFICER', 'COURT_OFFICER', 'JUDICIAL_DEPARTMENT_OFFICER'];

export function App() {
  return <OryndauApp app="desk" roles={APP_ROLES} routes={routes} useNavItems={useNavItems} />;
}
