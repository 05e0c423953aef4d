// The pages of this app. To add one: a route below (paths like `/cases/:id`; every page is behind
// <RequireViewer>, so it can call useViewer()) and, for a top-level section, a navigation entry in
// useNavItems (with `roles` when only some of the app's roles may see it).
import { useTranslation, type NavItem, type RouteDefinition } from '@oryndau/ui';
import { HomePage } from './pages/HomePage.tsx';
// inspections (issue 10)
import { InspectionPage } from './pages/InspectionPage.tsx';
import { InspectionPlanPage } from './pages/InspectionPlanPage.tsx';
import { InspectionsPage } from './pages/InspectionsPage.tsx';

export const routes: readonly RouteDefinition[] = [
  { path: '/', render: () => <HomePage /> },
  // inspections (issue 10): quality-control inspections, the plan, the Chambers' CH5 inspections
  { path: '/inspections', render: () => <InspectionsPage /> },
  { path: '/inspections/plan', render: () => <InspectionPlanPage /> },
  { path: '/inspections/:id', render: ({ id }) => <InspectionPage key={id} id={id ?? ''} /> },
];

export function useNavItems(): NavItem[] {
  const { t } = useTranslation();
  return [
    { to: '/', label: t('common.home') },
    // inspections (issue 10)
    { to: '/inspections', label: t('app.inspections.nav') },
  ];
}
