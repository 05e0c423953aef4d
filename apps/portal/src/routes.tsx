// The pages of this app. To add one: a route below (paths like `/cases/:id`; every page is behind
// <RequireViewer>, so it can call useViewer()) and, for a top-level section, a navigation entry in
// useNavItems (with `roles` when only some of the app's roles may see it).
import { useTranslation, type NavItem, type RouteDefinition } from '@oryndau/ui';
import { ApplicationPage } from './pages/ApplicationPage.tsx';
import { ApplicationsPage } from './pages/ApplicationsPage.tsx';
import { ApplyEnforcementPage } from './pages/ApplyEnforcementPage.tsx';
import { HomePage } from './pages/HomePage.tsx';

export const routes: readonly RouteDefinition[] = [
  { path: '/', render: () => <HomePage /> },
  { path: '/apply/enforcement', render: () => <ApplyEnforcementPage /> },
  { path: '/applications', render: () => <ApplicationsPage /> },
  // keyed by id: another application's page starts from a clean state (verification, scroll)
  { path: '/applications/:id', render: ({ id = '' }) => <ApplicationPage key={id} id={id} /> },
];

export function useNavItems(): NavItem[] {
  const { t } = useTranslation();
  return [
    { to: '/', label: t('common.home') },
    { to: '/apply/enforcement', label: t('app.nav.apply') },
    { to: '/applications', label: t('app.nav.applications') },
  ];
}
