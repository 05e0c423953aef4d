// The pages of this app. To add one: a route below (paths like `/cases/:id`; every page is behind
// <RequireViewer>, so it can call useViewer()) and, for a top-level section, a navigation entry in
// useNavItems (with `roles` when only some of the app's roles may see it).
import { lazyPage, useTranslation, type NavItem, type RouteDefinition } from '@oryndau/ui';
import { HomePage } from './pages/HomePage.tsx';

// frontend (issue 11): every page but the home page is loaded when first opened (the shell shows a localised
// role="status" meanwhile), so the first route carries only the shell and the home page.
const ApplicationPage = lazyPage(() => import('./pages/ApplicationPage.tsx'), 'ApplicationPage');
const ApplicationsPage = lazyPage(() => import('./pages/ApplicationsPage.tsx'), 'ApplicationsPage');
const ApplyEnforcementPage = lazyPage(() => import('./pages/ApplyEnforcementPage.tsx'), 'ApplyEnforcementPage');
// attestation (issue 9)
const AttestationApplyPage = lazyPage(() => import('./pages/AttestationApplyPage.tsx'), 'AttestationApplyPage');
const AttestationSessionsPage = lazyPage(() => import('./pages/AttestationSessionsPage.tsx'), 'AttestationSessionsPage');
const AttestationTestPage = lazyPage(() => import('./pages/AttestationTestPage.tsx'), 'AttestationTestPage');
// legal assistance (issue 12, area: legal)
const RecognitionPetitionNewPage = lazyPage(() => import('./pages/RecognitionPetitionNewPage.tsx'), 'RecognitionPetitionNewPage');
const RecognitionPetitionPage = lazyPage(() => import('./pages/RecognitionPetitionPage.tsx'), 'RecognitionPetitionPage');
const RecognitionPetitionsPage = lazyPage(() => import('./pages/RecognitionPetitionsPage.tsx'), 'RecognitionPetitionsPage');
// complaints (issue 10)
const ComplaintDecisionPage = lazyPage(() => import('./pages/ComplaintDecisionPage.tsx'), 'ComplaintDecisionPage');
const ComplaintNewPage = lazyPage(() => import('./pages/ComplaintNewPage.tsx'), 'ComplaintNewPage');
const ComplaintPage = lazyPage(() => import('./pages/ComplaintPage.tsx'), 'ComplaintPage');
const ComplaintsPage = lazyPage(() => import('./pages/ComplaintsPage.tsx'), 'ComplaintsPage');
const StatusCheckPage = lazyPage(() => import('./pages/StatusCheckPage.tsx'), 'StatusCheckPage');
// licence area (issue 9)
const LicencesPage = lazyPage(() => import('./pages/LicencesPage.tsx'), 'LicencesPage');
const LicenceApplyPage = lazyPage(() => import('./pages/LicenceApplyPage.tsx'), 'LicenceApplyPage');
const LicenceApplicationPage = lazyPage(() => import('./pages/LicenceApplicationPage.tsx'), 'LicenceApplicationPage');
const LicenceRegisterPage = lazyPage(() => import('./pages/LicenceRegisterPage.tsx'), 'LicenceRegisterPage');
const VerifyDocumentPage = lazyPage(() => import('./pages/VerifyDocumentPage.tsx'), 'VerifyDocumentPage');

export const routes: readonly RouteDefinition[] = [
  { path: '/', render: () => <HomePage /> },
  { path: '/apply/enforcement', render: () => <ApplyEnforcementPage /> },
  { path: '/applications', render: () => <ApplicationsPage /> },
  // keyed by id: another application's page starts from a clean state (verification, scroll)
  { path: '/applications/:id', render: ({ id = '' }) => <ApplicationPage key={id} id={id} /> },
  // attestation (issue 9)
  { path: '/attestation', render: () => <AttestationSessionsPage /> },
  { path: '/attestation/apply/:sessionId', render: ({ sessionId = '' }) => <AttestationApplyPage key={sessionId} sessionId={sessionId} /> },
  { path: '/attestation/test/:id', render: ({ id = '' }) => <AttestationTestPage key={id} id={id} /> },
  // legal assistance (issue 12, area: legal)
  { path: '/recognition', render: () => <RecognitionPetitionsPage /> },
  { path: '/recognition/new', render: () => <RecognitionPetitionNewPage /> },
  { path: '/recognition/:id', render: ({ id = '' }) => <RecognitionPetitionPage key={id} id={id} /> },
  // complaints (issue 10); the status check is public (no sign-in)
  { path: '/complaints', render: () => <ComplaintsPage /> },
  { path: '/complaints/new', render: () => <ComplaintNewPage /> },
  { path: '/complaints/:id/decision', render: ({ id = '' }) => <ComplaintDecisionPage key={id} id={id} /> },
  { path: '/complaints/:id', render: ({ id = '' }) => <ComplaintPage key={id} id={id} /> },
  { path: '/status', render: () => <StatusCheckPage />, public: true },
  // licence area (issue 9); the register and the document check are public (no sign-in)
  { path: '/licences', render: () => <LicencesPage /> },
  { path: '/licences/apply', render: () => <LicenceApplyPage /> },
  { path: '/licences/applications/:id', render: ({ id = '' }) => <LicenceApplicationPage key={id} id={id} /> },
  { path: '/register', public: true, render: () => <LicenceRegisterPage /> },
  { path: '/verify', public: true, render: () => <VerifyDocumentPage id="" /> },
  { path: '/verify/:id', public: true, render: ({ id = '' }) => <VerifyDocumentPage key={id} id={id} /> },
];

export function useNavItems(): NavItem[] {
  const { t } = useTranslation();
  return [
    { to: '/', label: t('common.home') },
    { to: '/apply/enforcement', label: t('app.nav.apply') },
    { to: '/applications', label: t('app.nav.applications') },
    { to: '/attestation', label: t('app.attestation.nav') }, // attestation (issue 9)
    // legal assistance (issue 12, area: legal)
    { to: '/recognition', label: t('app.recognition.nav') },
    { to: '/complaints', label: t('app.nav.complaints') }, // complaints (issue 10)
    // licence area (issue 9)
    { to: '/licences', label: t('app.licence.nav') },
    { to: '/register', label: t('app.licence.register') },
  ];
}
