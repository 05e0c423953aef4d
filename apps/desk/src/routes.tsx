// The pages of this app. To add one: a route below (paths like `/cases/:id`; every page is behind
// <RequireViewer>, so it can call useViewer()) and, for a top-level section, a navigation entry in
// useNavItems (with `roles` when only some of the app's roles may see it).
import { lazy, Suspense, type ReactNode } from 'react';
import { Loading, RequireViewer, useTranslation, type NavItem, type RouteDefinition } from '@oryndau/ui';
import type { Role } from '@oryndau/client';
import { HomePage } from './pages/HomePage.tsx';
// attestation (issue 9)
import { AttestationSessionPage } from './pages/AttestationSessionPage.tsx';
import { AttestationSessionsPage } from './pages/AttestationSessionsPage.tsx';
// licence area (issue 9)
import { LicenceQueuePage } from './pages/LicenceQueuePage.tsx';
// enforcement intake at a justice office (E1–E4, G2), loaded when opened
const EnforcementIntakePage = lazy(() => import('./pages/EnforcementIntakePage.tsx').then((m) => ({ default: m.EnforcementIntakePage })));
import { LicenceReviewPage } from './pages/LicenceReviewPage.tsx';

// pages loaded when opened, each for its roles (legal assistance, issue 12: the courts' and departments' staff)
const LegalAssistancePage = lazy(() => import('./pages/LegalAssistancePage.tsx').then((m) => ({ default: m.LegalAssistancePage })));
const OrderRegisterPage = lazy(() => import('./pages/OrderRegisterPage.tsx').then((m) => ({ default: m.OrderRegisterPage })));
const OrderIncomingPage = lazy(() => import('./pages/OrderIncomingPage.tsx').then((m) => ({ default: m.OrderIncomingPage })));
const OrderOutgoingNewPage = lazy(() => import('./pages/OrderOutgoingNewPage.tsx').then((m) => ({ default: m.OrderOutgoingNewPage })));
const OrderOutgoingPage = lazy(() => import('./pages/OrderOutgoingPage.tsx').then((m) => ({ default: m.OrderOutgoingPage })));
const LegalAssistancePetitionPage = lazy(() => import('./pages/LegalAssistancePetitionPage.tsx').then((m) => ({ default: m.LegalAssistancePetitionPage })));
const LEGAL: readonly Role[] = ['COURT_OFFICER', 'JUDICIAL_DEPARTMENT_OFFICER'];
const onDemand = (content: ReactNode, roles: readonly Role[] = LEGAL) => <RequireViewer roles={roles}><Suspense fallback={<Loading />}>{content}</Suspense></RequireViewer>;

export const routes: readonly RouteDefinition[] = [
  { path: '/', render: () => <HomePage /> },
  // attestation (issue 9)
  { path: '/attestation', render: () => <AttestationSessionsPage /> },
  { path: '/attestation/sessions/:id', render: ({ id = '' }) => <AttestationSessionPage key={id} id={id} /> },
  // legal assistance (issue 12, area: legal)
  { path: '/legal', render: () => onDemand(<LegalAssistancePage />) },
  { path: '/legal/incoming/new', render: () => onDemand(<OrderRegisterPage />, ['JUDICIAL_DEPARTMENT_OFFICER']) },
  { path: '/legal/incoming/:id', render: ({ id }) => onDemand(<OrderIncomingPage key={id} id={id ?? ''} />) },
  { path: '/legal/outgoing/new', render: () => onDemand(<OrderOutgoingNewPage />, ['COURT_OFFICER']) },
  { path: '/legal/outgoing/:id', render: ({ id }) => onDemand(<OrderOutgoingPage key={id} id={id ?? ''} />) },
  { path: '/legal/petitions/:id', render: ({ id }) => onDemand(<LegalAssistancePetitionPage key={id} id={id ?? ''} />) },
  // licence area (issue 9)
  { path: '/licences', render: () => <LicenceQueuePage /> },
  { path: '/licences/:id', render: ({ id = '' }) => <LicenceReviewPage key={id} id={id} /> },
  // enforcement intake (E1–E4, G2): justice officers register paper applications
  { path: '/enforcement/new', render: () => onDemand(<EnforcementIntakePage />, ['JUSTICE_OFFICER']) },
];

export function useNavItems(): NavItem[] {
  const { t } = useTranslation();
  return [
    { to: '/', label: t('common.home') },
    { to: '/attestation', label: t('app.attestation.nav'), roles: ['JUSTICE_OFFICER', 'COMMISSION_MEMBER'] }, // attestation (issue 9)
    // legal assistance (issue 12, area: legal)
    { to: '/legal', label: t('app.legal.nav'), roles: LEGAL },
    // licence area (issue 9)
    { to: '/licences', label: t('app.licence.nav'), roles: ['LICENSING_OFFICER'] },
    { to: '/enforcement/new', label: t('app.intake.nav'), roles: ['JUSTICE_OFFICER'] }, // enforcement intake (E1–E4, G2)
  ];
}
