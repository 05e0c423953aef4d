// @oryndau/ui: the shared React UI of the Oryndau apps. Import './styles.css' once in each app.
export { OryndauProvider, useSession, useViewer, useViewerState, ViewerQuery, type OryndauProviderProps, type Viewer, type ViewerState } from './session.tsx';
export { AppShell, type AppShellProps, type NavItem } from './AppShell.tsx';
export { OryndauApp, type OryndauAppProps } from './OryndauApp.tsx';
export { LoginScreen, DemoUserFragment, DemoUsersQuery, DevLoginMutation } from './LoginScreen.tsx';
export { RequireViewer } from './RequireViewer.tsx';
export { ViewerCard, ViewerCardFragment } from './ViewerCard.tsx';
export { UserMenu, UserMenuFragment } from './UserMenu.tsx';
export { LanguageSwitcher } from './LanguageSwitcher.tsx';
export { DataTable, nodesOf, type Column, type DataTableProps, type PageInfoLike } from './DataTable.tsx';
export {
  Form,
  Field,
  TextInput,
  TextArea,
  Select,
  UserErrorFragment,
  groupUserErrors,
  type FormProps,
  type FieldProps,
  type SelectOption,
  type SelectProps,
} from './form.tsx';
export { StatusBadge, DeadlineBadge, deadlineState, type BadgeTone, type DeadlineBadgeProps, type DeadlineState } from './badges.tsx';
export { Loading, ErrorNotice, Notice, errorMessage } from './feedback.tsx';
export { MutationErrors } from './MutationErrors.tsx';
export { PageHeader, NotFoundPage, type PageHeaderProps } from './PageHeader.tsx';
export { SummaryList, type SummaryItem } from './SummaryList.tsx'; // frontend (issue 7)
export { NodePageFallback, type NodePageFallbackProps, type NodeQueryState } from './NodePage.tsx'; // frontend (issue 7)
export { useAppInfo, usePageTitle, BRAND, type AppInfo } from './app-info.tsx';
export { RouterProvider, Routes, Link, useLocation, useNavigate, useIsActive, matchPath, lazyPage, type RouteDefinition, type LinkProps, type Location } from './router.tsx';
export { ROLES, useRoleLabel, hasAnyRole } from './roles.ts';
export { useIdempotencyKey, newIdempotencyKey } from './idempotency.ts';
export { TIME_ZONE, almatyDate, formatDate, formatDateTime, formatTenge, intlKnowsKazakh, isDateOnly, localizedName, type LocalizedNames } from './format.ts';
export {
  initI18n,
  setLanguage,
  useLanguage,
  detectLanguage,
  defineAppResources,
  languageOfLocale,
  LANGUAGES,
  LANGUAGE_TAGS,
  DEFAULT_LANGUAGE,
  type Language,
  type AppResources,
  type Messages,
  type MessageTree,
  type UiMessages,
} from './i18n/index.ts';
// frontend (issue 11): only the language in use is loaded (the portal)
export { initI18nOnDemand, loadDictionary, type AppDictionaries } from './i18n/on-demand.ts';
// One vocabulary for every app: enum types, labels, tones, formatters and user-error messages.
export * from './vocabulary/enums.ts';
export { useEnumLabel, type EnumGroup, type EnumValue, type EnumLabel } from './vocabulary/labels.ts';
export { APPLICATION_STATUS_TONE, DOCUMENT_STATUS_TONE, INSPECTION_STATUS_TONE, LICENCE_STATUS_TONE, MONITORING_RECOMMENDATION_STATE_TONE, PROCEEDING_STATUS_TONE } from './vocabulary/tones.ts';
// legal assistance (issue 12, area: legal)
export { INCOMING_ORDER_STATUS_TONE, OUTGOING_ORDER_STATUS_TONE, PETITION_STATUS_TONE } from './vocabulary/tones.ts';
export { ApplicationStatusBadge, DocumentStatusBadge, InspectionStatusBadge, LicenceStatusBadge, ProceedingStatusBadge } from './vocabulary/StatusBadges.tsx';
// complaints (issue 10)
export { COMPLAINT_STATUS_TONE, COMPLAINT_PROPOSAL_STATUS_TONE } from './vocabulary/tones.ts';
export { ComplaintStatusBadge, ComplaintProposalStatusBadge } from './vocabulary/StatusBadges.tsx';
export { useFormat, formatters, todayInAlmaty, currentYear, parseTengeAmount, type Formatters } from './vocabulary/format.ts';
export { useUserErrors, localizeUserErrors, userErrorMessage, type FieldLabel } from './vocabulary/userErrors.ts';
// One i18next instance for the UI and the apps: import these from here, not from react-i18next.
export { useTranslation, Trans } from 'react-i18next';
// admit (issue 9): whether a bailiff's licence lets them receive cases, and why not
export { LICENCE_ELIGIBILITY_TONE } from './vocabulary/tones.ts';
export { LicenceEligibility, type EligibilityLicence } from './vocabulary/LicenceEligibility.tsx';
