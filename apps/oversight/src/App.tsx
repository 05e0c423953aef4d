import { AppShell, NotFoundPage, OryndauProvider, RequireViewer, RouterProvider, Routes, useTranslation } from '@oryndau/ui';
import type { Role } from '@oryndau/client';
import { routes, useNavItems } from './routes.tsx';

/** The roles this app serves; anyone else who signs in sees "no access". */
export const APP_ROLES: readonly Role[] = ['MINISTRY_INSPECTOR', 'QUALITY_INSPECTOR'];

function Shell() {
  const { t } = useTranslation();
  const navItems = useNavItems();
  return (
    <AppShell appName={t('app.name')} navItems={navItems}>
      <RequireViewer>
        <Routes routes={routes} notFound={<NotFoundPage />} />
      </RequireViewer>
    </AppShell>
  );
}

export function App() {
  return (
    <RouterProvider>
      <OryndauProvider app="oversight" roles={APP_ROLES}>
        <Shell />
      </OryndauProvider>
    </RouterProvider>
  );
}
