import { AppShell, NotFoundPage, OryndauProvider, RequireViewer, RouterProvider, Routes, useTranslation } from '@oryndau/ui';
import type { Role } from '@oryndau/client';
import { chamberCache } from './cache.ts';
import { routes, useNavItems } from './routes.tsx';

/** The roles this app serves; anyone else who signs in sees "no access". */
export const APP_ROLES: readonly Role[] = ['CHAMBER_OFFICIAL', 'PRIVATE_BAILIFF'];

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
      <OryndauProvider app="chamber" roles={APP_ROLES} cache={chamberCache}>
        <Shell />
      </OryndauProvider>
    </RouterProvider>
  );
}
