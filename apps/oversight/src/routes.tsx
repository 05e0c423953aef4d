// The pages of this app. To add one: a route below (paths like `/cases/:id`; every page is behind
// <RequireViewer>, so it can call useViewer()) and, for a top-level section, a navigation entry in
// useNavItems (with `roles` when only some of the app's roles may see it).
import { lazy, Suspense, type ReactNode } from 'react';
import { lazyPage, Loading, useTranslation, useViewer, type NavItem, type RouteDefinition } from '@oryndau/ui';
import type { Role } from '@oryndau/client';
import { HomePage } from './pages/HomePage.tsx';
// complaints (issue 10)
import { ComplaintHandlePage } from './pages/ComplaintHandlePage.tsx';
import { ComplaintsQueuePage } from './pages/ComplaintsQueuePage.tsx';
// inspections (issue 10)
import { InspectionPage } from './pages/InspectionPage.tsx';
import { InspectionPlanPage } from './pages/InspectionPlanPage.tsx';
import { InspectionsPage } from './pages/InspectionsPage.tsx';
import { SUBJECTS_PATH } from './paths.ts';

// ---- dashboards (issue 11): the home page is the dashboards' overview; the pages (and the charting library)
// load when first opened
const DashboardPage = lazy(() => import('./pages/DashboardPage.tsx').then((m) => ({ default: m.DashboardPage })));
const DashboardOpenItemsPage = lazy(() => import('./pages/DashboardOpenItemsPage.tsx').then((m) => ({ default: m.DashboardOpenItemsPage })));
const DashboardChambersPage = lazy(() => import('./pages/DashboardChambersPage.tsx').then((m) => ({ default: m.DashboardChambersPage })));
const DashboardChamberPage = lazy(() => import('./pages/DashboardChamberPage.tsx').then((m) => ({ default: m.DashboardChamberPage })));
const DashboardWorkPage = lazy(() => import('./pages/DashboardWorkPage.tsx').then((m) => ({ default: m.DashboardWorkPage })));
const DashboardItemPage = lazy(() => import('./pages/DashboardItemPage.tsx').then((m) => ({ default: m.DashboardItemPage })));
// Q1 (4), (5): the subjects of quality control and the plan's records, loaded when first opened
const SubjectsPage = lazyPage(() => import('./pages/SubjectsPage.tsx'), 'SubjectsPage');
const SubjectPage = lazyPage(() => import('./pages/SubjectPage.tsx'), 'SubjectPage');
const page = (content: ReactNode) => <Suspense fallback={<Loading />}>{content}</Suspense>;

export const routes: readonly RouteDefinition[] = [
  { path: '/', render: () => <HomeRoute /> },
  // ---- dashboards (issue 11)
  { path: '/dashboards/overdue', render: () => page(<DashboardOpenItemsPage key="overdue" standing="OVERDUE" />) },
  { path: '/dashboards/due-soon', render: () => page(<DashboardOpenItemsPage key="soon" standing="DUE_SOON" />) },
  { path: '/dashboards/chambers', render: () => page(<DashboardChambersPage />) },
  { path: '/dashboards/chambers/:id', render: ({ id }) => page(<DashboardChamberPage key={id} id={id ?? ''} />) },
  { path: '/dashboards/work', render: () => page(<DashboardWorkPage />) },
  { path: '/dashboards/items/:id', render: ({ id }) => page(<DashboardItemPage key={id} id={id ?? ''} />) },
  // inspections (issue 10): quality-control inspections, the plan, the Chambers' CH5 inspections
  { path: '/inspections', render: () => <InspectionsPage /> },
  { path: '/inspections/plan', render: () => <InspectionPlanPage /> },
  { path: '/inspections/:id', render: ({ id }) => <InspectionPage key={id} id={id ?? ''} /> },
  // Q1 (4), (5): the subjects of quality control, each with its fines and monitoring recommendations
  { path: SUBJECTS_PATH, render: () => page(<SubjectsPage />) },
  { path: `${SUBJECTS_PATH}/:id`, render: ({ id = '' }) => page(<SubjectPage key={id} id={id} />) },
  // complaints (issue 10): the handlers' queue
  { path: '/complaints', render: () => <ComplaintsQueuePage /> },
  { path: '/complaints/:id', render: ({ id = '' }) => <ComplaintHandlePage key={id} id={id} /> },
];

/** complaints (issue 10): who handles complaints (C1): the addressed bodies' staff, and Ministry inspectors (read all). */
export const COMPLAINT_ROLES: readonly Role[] = ['MINISTRY_INSPECTOR', 'QUALITY_INSPECTOR', 'JUSTICE_OFFICER', 'CHAMBER_OFFICIAL', 'LICENSING_OFFICER'];

/** The inspectors read the dashboards and run inspections; the complaint handlers of the other bodies (issue 10)
 * use this app only for their complaints queue, and their home page is the welcome card. */
const INSPECTOR_ROLES: readonly Role[] = ['MINISTRY_INSPECTOR', 'QUALITY_INSPECTOR'];
const HANDLER_ONLY_ROLES: readonly Role[] = ['JUSTICE_OFFICER', 'CHAMBER_OFFICIAL', 'LICENSING_OFFICER'];

function HomeRoute() {
  const viewer = useViewer();
  return viewer.roles.some((r) => INSPECTOR_ROLES.includes(r.role)) ? page(<DashboardPage />) : <HomePage />;
}

export function useNavItems(): NavItem[] {
  const { t } = useTranslation();
  return [
    { to: '/', label: t('app.dashboards.nav.overview'), roles: INSPECTOR_ROLES },
    { to: '/', label: t('common.home'), roles: HANDLER_ONLY_ROLES },
    // ---- dashboards (issue 11)
    { to: '/dashboards/overdue', label: t('app.dashboards.nav.overdue'), roles: INSPECTOR_ROLES },
    { to: '/dashboards/chambers', label: t('app.dashboards.nav.chambers'), roles: INSPECTOR_ROLES },
    { to: '/dashboards/work', label: t('app.dashboards.nav.work'), roles: INSPECTOR_ROLES },
    // inspections (issue 10)
    { to: '/inspections', label: t('app.inspections.nav'), roles: INSPECTOR_ROLES },
    { to: SUBJECTS_PATH, label: t('app.subjects.nav'), roles: INSPECTOR_ROLES }, // Q1 (4), (5)
    { to: '/complaints', label: t('app.nav.complaints'), roles: COMPLAINT_ROLES }, // complaints (issue 10)
  ];
}
