// The pages of this app. To add one: a route below (paths like `/cases/:id`; every page is behind
// <RequireViewer>, so it can call useViewer()) and, for a top-level section, a navigation entry in
// useNavItems (with `roles` when only some of the app's roles may see it).
import { useTranslation, type NavItem, type RouteDefinition } from '@oryndau/ui';
import { ApplicationPage } from './pages/ApplicationPage.tsx';
import { ApplicationsPage } from './pages/ApplicationsPage.tsx';
import { ApplyEnforcementPage } from './pages/ApplyEnforcementPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
// attestation (issue 9)
import { AttestationApplyPage } from './pages/AttestationApplyPage.tsx';
import { AttestationSessionsPage } from './pages/AttestationSessionsPage.tsx';
import { AttestationTestPage } from './pages/AttestationTestPage.tsx';
// legal assistance (issue 12, area: legal)
import { RecognitionPetitionNewPage } from './pages/RecognitionPetitionNewPage.tsx';
import { RecognitionPetitionPage } from './pages/RecognitionPetitionPage.tsx';
import { RecognitionPetitionsPage } from './pages/RecognitionPetitionsPage.tsx';
// complaints (issue 10)
import { ComplaintDecisionPage } from './pages/ComplaintDecisionPage.tsx';
import { ComplaintNewPage } from './pages/ComplaintNewPage.tsx';
import { ComplaintPage } from './pages/ComplaintPage.tsx';
import { ComplaintsPage } from './pages/ComplaintsPage.tsx';
import { StatusCheckPage } from './pages/StatusCheckPage.tsx';
// licence area (issue 9)
import { LicencesPage } from './pages/LicencesPage.tsx';
import { LicenceApplyPage } from './pages/LicenceApplyPage.tsx';
import { LicenceApplicationPage } from './pages/LicenceApplicationPage.tsx';
import { LicenceRegisterPage } from './pages/LicenceRegisterPage.tsx';
import { VerifyDocumentPage } from './pages/VerifyDocumentPage.tsx';

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
