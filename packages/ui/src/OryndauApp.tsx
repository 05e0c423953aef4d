// One app of Oryndau, whole: the router, the session (token, typed urql client, viewer) for the roles the app
// serves, and the shell with its navigation around the app's pages. Each app's App.tsx only says which.
import type { Role } from '@oryndau/client';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from './feedback.tsx';
import { AppShell, type NavItem } from './AppShell.tsx';
import { NotFoundPage } from './PageHeader.tsx';
import { RequireViewer } from './RequireViewer.tsx';
import { RouterProvider, Routes, matchPath, useLocation, type RouteDefinition } from './router.tsx';
import { OryndauProvider, type OryndauProviderProps } from './session.tsx';

export interface OryndauAppProps {
  /** The app's key ("portal", "chamber", "oversight", "desk"): its sign-in is kept under it. */
  app: string;
  /** The roles this app serves; anyone else who signs in sees "no access". */
  roles: readonly Role[];
  /** The app's Graphcache configuration, if any (a module-level constant). */
  cache?: OryndauProviderProps['cache'];
  routes: readonly RouteDefinition[];
  /** The navigation, as a hook (entries may depend on the viewer's roles and the language). */
  useNavItems: () => readonly NavItem[];
}

function Shell({ routes, useNavItems }: Pick<OryndauAppProps, 'routes' | 'useNavItems'>) {
  const { t } = useTranslation();
  const navItems = useNavItems();
  // complaints (issue 10): a public page (the status check) needs no sign-in
  const { pathname } = useLocation();
  const open = routes.filter((r) => r.public && matchPath(r.path, pathname));
  return (
    <AppShell appName={t('app.name')} navItems={navItems}>
      {/* frontend: a page loaded on demand (lazyPage, issue 11) announces itself while its code arrives */}
      <Suspense fallback={<Loading label={t('common.loadingPage')} />}>
        {open.length > 0 ? <Routes routes={open} notFound={<NotFoundPage />} /> : <RequireViewer>
          <Routes routes={routes} notFound={<NotFoundPage />} />
        </RequireViewer>}
      </Suspense>
    </AppShell>
  );
}

export function OryndauApp({ app, roles, cache, routes, useNavItems }: OryndauAppProps) {
  return (
    <RouterProvider>
      <OryndauProvider app={app} roles={roles} cache={cache}>
        <Shell routes={routes} useNavItems={useNavItems} />
      </OryndauProvider>
    </RouterProvider>
  );
}
