// The pages of this app. To add one: a route below (paths like `/cases/:id`; every page is behind
// <RequireViewer>, so it can call useViewer()) and, for a top-level section, a navigation entry in
// useNavItems (with `roles` when only some of the app's roles may see it).
import { lazy, Suspense, type ReactNode } from 'react';
import { Loading, RequireViewer, useTranslation, type NavItem, type RouteDefinition } from '@oryndau/ui';
import type { Role } from '@oryndau/client';
import { HomePage } from './pages/HomePage.tsx';

// The pages of one role are loaded when first opened (a private bailiff never loads the chamber's pages).
const AssignmentPage = lazy(() => import('./pages/AssignmentPage.tsx').then((m) => ({ default: m.AssignmentPage })));
const AssignmentsPage = lazy(() => import('./pages/AssignmentsPage.tsx').then((m) => ({ default: m.AssignmentsPage })));
const BailiffPage = lazy(() => import('./pages/BailiffPage.tsx').then((m) => ({ default: m.BailiffPage })));
const BailiffsPage = lazy(() => import('./pages/BailiffsPage.tsx').then((m) => ({ default: m.BailiffsPage })));
const CasePage = lazy(() => import('./pages/CasePage.tsx').then((m) => ({ default: m.CasePage })));
const DocumentPage = lazy(() => import('./pages/DocumentPage.tsx').then((m) => ({ default: m.DocumentPage })));
const EvennessPage = lazy(() => import('./pages/EvennessPage.tsx').then((m) => ({ default: m.EvennessPage })));
const MyCasesPage = lazy(() => import('./pages/MyCasesPage.tsx').then((m) => ({ default: m.MyCasesPage })));
const QueuePage = lazy(() => import('./pages/QueuePage.tsx').then((m) => ({ default: m.QueuePage })));
// admit (issue 9): licensed bailiffs to admit
const AdmissionsPage = lazy(() => import('./pages/AdmissionsPage.tsx').then((m) => ({ default: m.AdmissionsPage })));

const OFFICIAL: readonly Role[] = ['CHAMBER_OFFICIAL'];
const BAILIFF: readonly Role[] = ['PRIVATE_BAILIFF'];

const page = (content: ReactNode) => <Suspense fallback={<Loading />}>{content}</Suspense>;
/** A page only some of the app's roles may open; the others see "no access". */
const only = (roles: readonly Role[], content: ReactNode) => <RequireViewer roles={roles}>{page(content)}</RequireViewer>;

export const routes: readonly RouteDefinition[] = [
  { path: '/', render: () => <HomePage /> },
  { path: '/queue', render: () => only(OFFICIAL, <QueuePage />) },
  { path: '/documents/:id', render: ({ id }) => only(OFFICIAL, <DocumentPage key={id} id={id ?? ''} />) },
  { path: '/assignments', render: () => only(OFFICIAL, <AssignmentsPage />) },
  // A private bailiff may open the assignment of their own case (the API hides the pool from them).
  { path: '/assignments/:id', render: ({ id }) => page(<AssignmentPage key={id} id={id ?? ''} />) },
  { path: '/evenness', render: () => only(OFFICIAL, <EvennessPage />) },
  { path: '/bailiffs', render: () => only(OFFICIAL, <BailiffsPage />) },
  { path: '/bailiffs/:id', render: ({ id }) => only(OFFICIAL, <BailiffPage key={id} id={id ?? ''} />) },
  { path: '/cases', render: () => only(BAILIFF, <MyCasesPage />) },
  { path: '/cases/:id', render: ({ id }) => only(BAILIFF, <CasePage key={id} id={id ?? ''} />) },
  { path: '/admissions', render: () => only(OFFICIAL, <AdmissionsPage />) }, // admit (issue 9)
];

export function useNavItems(): NavItem[] {
  const { t } = useTranslation();
  return [
    { to: '/', label: t('common.home') },
    { to: '/queue', label: t('app.nav.queue'), roles: OFFICIAL },
    { to: '/assignments', label: t('app.nav.assignments'), roles: OFFICIAL },
    { to: '/evenness', label: t('app.nav.evenness'), roles: OFFICIAL },
    { to: '/bailiffs', label: t('app.nav.bailiffs'), roles: OFFICIAL },
    { to: '/cases', label: t('app.nav.myCases'), roles: BAILIFF },
    { to: '/admissions', label: t('app.nav.admission'), roles: OFFICIAL }, // admit (issue 9)
  ];
}
