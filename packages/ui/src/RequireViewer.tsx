import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isUnauthenticated, type Role } from '@oryndau/client';
import { usePageTitle } from './app-info.tsx';
import { ErrorNotice, Loading } from './feedback.tsx';
import { LoginScreen } from './LoginScreen.tsx';
import { hasAnyRole, useRoleLabel } from './roles.ts';
import { useSession, useViewerState } from './session.tsx';

/**
 * Renders `children` only for a signed-in user holding one of `roles` (by default the roles the app
 * serves, as given to <OryndauProvider>); otherwise the login screen or a "no access" page.
 */
export function RequireViewer({ roles, children }: { roles?: readonly Role[]; children: ReactNode }) {
  const session = useSession();
  const { viewer, fetching, error, refetch } = useViewerState();
  if (!session.token) return <LoginScreen />;
  if (!viewer) {
    if (fetching) return <Loading />;
    if (error && !isUnauthenticated(error)) return <ErrorNotice error={error} onRetry={refetch} />;
    return <LoginScreen />;
  }
  const accepted = roles ?? session.roles;
  if (!hasAnyRole(viewer.roles, accepted)) return <AccessDenied login={viewer.login} roles={accepted} onSignOut={session.signOut} />;
  return <>{children}</>;
}

function AccessDenied({ login, roles, onSignOut }: { login: string; roles: readonly Role[]; onSignOut: () => void }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  usePageTitle(t('access.deniedTitle'));
  return (
    <div className="or-access-denied">
      <h1>{t('access.deniedTitle')}</h1>
      <p>{t('access.denied', { login, roles: roles.map(roleLabel).join(', ') })}</p>
      <button type="button" className="or-button" onClick={onSignOut}>
        {t('access.switchAccount')}
      </button>
    </div>
  );
}
