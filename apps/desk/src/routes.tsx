// The pages of this app. To add one: a route below (paths like `/cases/:id`; every page is behind
// <RequireViewer>, so it can call useViewer()) and, for a top-level section, a navigation entry in
// useNavItems (with `roles` when only some of the app's roles may see it).
import { useTranslation, type NavItem, type RouteDefinition } from '@oryndau/ui';
import { HomePage } from './pages/HomePage.tsx';
// attestation (issue 9)
import { AttestationSessionPage } from './pages/AttestationSessionPage.tsx';
import { AttestationSessionsPage } from './pages/AttestationSessionsPage.tsx';

export const routes: readonly RouteDefinition[] = [
  { path: '/', render: () => <HomePage /> },
  // attestation (issue 9)
  { path: '/attestation', render: () => <AttestationSessionsPage /> },
  { path: '/attestation/sessions/:id', render: ({ id = '' }) => <AttestationSessionPage key={id} id={id} /> },
];

export function useNavItems(): NavItem[] {
  const { t } = useTranslation();
  return [
    { to: '/', label: t('common.home') },
    { to: '/attestation', label: t('app.attestation.nav'), roles: ['JUSTICE_OFFICER', 'COMMISSION_MEMBER'] }, // attestation (issue 9)
  ];
}
