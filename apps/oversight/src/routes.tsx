// The pages of this app. To add one: a route below (paths like `/cases/:id`; every page is behind
// <RequireViewer>, so it can call useViewer()) and, for a top-level section, a navigation entry in
// useNavItems (with `roles` when only some of the app's roles may see it).
import { useTranslation, type NavItem, type RouteDefinition } from '@oryndau/ui';
import { HomePage } from './pages/HomePage.tsx';
// complaints (issue 10)
import type { Role } from '@oryndau/client';
import { ComplaintHandlePage } from './pages/ComplaintHandlePage.tsx';
import { ComplaintsQueuePage } from './pages/ComplaintsQueuePage.tsx';

export const routes: readonly RouteDefinition[] = [
  { path: '/', render: () => <HomePage /> },
  // complaints (issue 10): the handlers' queue
  { path: '/complaints', render: () => <ComplaintsQueuePage /> },
  { path: '/complaints/:id', render: ({ id = '' }) => <ComplaintHandlePage key={id} id={id} /> },
];

/** complaints (issue 10): who handles complaints (C1): the addressed bodies' staff, and Ministry inspectors (read all). */
export const COMPLAINT_ROLES: readonly Role[] = ['MINISTRY_INSPECTOR', 'QUALITY_INSPECTOR', 'JUSTICE_OFFICER', 'CHAMBER_OFFICIAL', 'LICENSING_OFFICER'];

export function useNavItems(): NavItem[] {
  const { t } = useTranslation();
  return [
    { to: '/', label: t('common.home') },
    { to: '/complaints', label: t('app.nav.complaints'), roles: COMPLAINT_ROLES }, // complaints (issue 10)
  ];
}
