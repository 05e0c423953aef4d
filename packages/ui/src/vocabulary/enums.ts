// The schema's enums as TypeScript unions (from schema.graphql through gql.tada). The labels of every app
// (../i18n/{en,kk,ru}.ts, group `enum`) and the tones (./tones.ts) are exhaustive `Record`s over these types:
// a value the schema gains fails the typecheck until it is labelled in the three languages.
import type { graphql } from '@oryndau/client';

type Enum<Name extends string> = ReturnType<typeof graphql.scalar<Name>>;

export type ApplicationStageKind = Enum<'ApplicationStageKind'>;
export type ApplicationStatus = Enum<'ApplicationStatus'>;
export type AssignmentKind = Enum<'AssignmentKind'>;
export type AvailabilityKind = Enum<'AvailabilityKind'>;
export type BreachAuthority = Enum<'BreachAuthority'>;
export type CalendarCorrectionKind = Enum<'CalendarCorrectionKind'>;
export type ChamberQueueStatus = Enum<'ChamberQueueStatus'>;
export type Channel = Enum<'Channel'>;
export type ClaimCategory = Enum<'ClaimCategory'>;
export type DayReason = Enum<'DayReason'>;
export type DocumentCategory = Enum<'DocumentCategory'>;
export type DocumentRouting = Enum<'DocumentRouting'>;
export type DocumentStatus = Enum<'DocumentStatus'>;
export type EnforcementDocumentKind = Enum<'EnforcementDocumentKind'>;
export type ExclusionReason = Enum<'ExclusionReason'>;
export type InspectionGround = Enum<'InspectionGround'>;
export type InspectionKind = Enum<'InspectionKind'>;
export type InspectionStatus = Enum<'InspectionStatus'>;
export type LicenceBasis = Enum<'LicenceBasis'>;
export type LicenceStatus = Enum<'LicenceStatus'>;
export type MeasureKind = Enum<'MeasureKind'>;
export type ProceedingDecision = Enum<'ProceedingDecision'>;
export type ProceedingRefusalGround = Enum<'ProceedingRefusalGround'>;
export type ProceedingStatus = Enum<'ProceedingStatus'>;
export type RegionKind = Enum<'RegionKind'>;
export type ServiceKind = Enum<'ServiceKind'>;
export type UserErrorCode = Enum<'UserErrorCode'>;
export type AuditProblem = Enum<'AuditProblem'>;
// licence area (issue 9)
export type StateSystem = Enum<'StateSystem'>;
export type StateQueryStatus = Enum<'StateQueryStatus'>;
export type SignedDocumentKind = Enum<'SignedDocumentKind'>;
export type DocumentProblem = Enum<'DocumentProblem'>;
export type HearingDecision = Enum<'HearingDecision'>;
// attestation (issue 9)
export type AttestationSessionStatus = Enum<'AttestationSessionStatus'>;
export type TestLanguage = Enum<'TestLanguage'>;
export type CommissionVoteValue = Enum<'CommissionVoteValue'>;
export type AttestationDeadlineKind = Enum<'AttestationDeadlineKind'>;
// dashboards (issue 11)
export type ResponsibleBody = Enum<'ResponsibleBody'>;
export type OpenItemKind = Enum<'OpenItemKind'>;
export type OpenItemStanding = Enum<'OpenItemStanding'>;
export type VolumeDimension = Enum<'VolumeDimension'>;
export type TermOutcome = Enum<'TermOutcome'>;
export type BailiffExclusion = Enum<'BailiffExclusion'>;
// legal assistance (issue 12, area: legal)
export type ExecutiveDocumentKind = Enum<'ExecutiveDocumentKind'>;
export type JudicialBodyKind = Enum<'JudicialBodyKind'>;
export type IncomingOrderStatus = Enum<'IncomingOrderStatus'>;
export type IncomingOrderOutcome = Enum<'IncomingOrderOutcome'>;
export type OutgoingOrderStatus = Enum<'OutgoingOrderStatus'>;
export type PetitionStatus = Enum<'PetitionStatus'>;
export type LegalAssistanceStageKind = Enum<'LegalAssistanceStageKind'>;
export type LegalAssistanceDeadlineKind = Enum<'LegalAssistanceDeadlineKind'>;
export type LegalPersonRole = Enum<'LegalPersonRole'>;
export type LegalPersonKind = Enum<'LegalPersonKind'>;
export type IncomingOrderResultAction = Enum<'IncomingOrderResultAction'>;
export type OutgoingOrderDepartmentAction = Enum<'OutgoingOrderDepartmentAction'>;
export type RecognitionDecision = Enum<'RecognitionDecision'>;
export type RecognitionCategory = Enum<'RecognitionCategory'>;
// inspections (issue 10)
export type InspectionStageKind = Enum<'InspectionStageKind'>;
export type ServiceProviderKind = Enum<'ServiceProviderKind'>;
export type InspectingBody = Enum<'InspectingBody'>;
export type InspectionSuspensionReason = Enum<'InspectionSuspensionReason'>;
export type PlanCriterion = Enum<'PlanCriterion'>;
export type MonitoringRecommendationState = Enum<'MonitoringRecommendationState'>;
export type InspectionViolation = Enum<'InspectionViolation'>;
export type InspectionSource = Enum<'InspectionSource'>;
// complaints (issue 10)
export type ComplaintAddressee = Enum<'ComplaintAddressee'>;
export type ComplaintAbout = Enum<'ComplaintAbout'>;
export type ComplaintStatus = Enum<'ComplaintStatus'>;
export type ComplaintOutcome = Enum<'ComplaintOutcome'>;
export type ComplaintExtensionGround = Enum<'ComplaintExtensionGround'>;
export type ComplaintStageKind = Enum<'ComplaintStageKind'>;
export type ComplaintProposalStatus = Enum<'ComplaintProposalStatus'>;
export type PublicItemKind = Enum<'PublicItemKind'>;
export type DeadlineKind = Enum<'DeadlineKind'>;
export type LicencePackageItem = Enum<'LicencePackageItem'>;
export type PaymentMethod = Enum<'PaymentMethod'>;
export type LabourPosition = Enum<'LabourPosition'>;

/** `Assignment.rule` is a String in the schema; these are the values it documents. */
export const ASSIGNMENT_RULES = ['CONSOLIDATED_WITH_DEBTOR', 'LOWEST_LOAD', 'LOWEST_LOAD_TIE_DRAW'] as const;
export type AssignmentRule = (typeof ASSIGNMENT_RULES)[number];

/** `AssignmentPolicy.period` is a String in the schema; these are the values it documents. */
export const POLICY_PERIODS = ['CALENDAR_YEAR', 'ROLLING_365_DAYS'] as const;
export type PolicyPeriod = (typeof POLICY_PERIODS)[number];

/** Every value of an enum, in a fixed order, for choices in forms (the compiler names a value missing). */
function everyValue<E extends string>() {
  return <const L extends readonly E[]>(list: L & ([Exclude<E, L[number]>] extends [never] ? unknown : { missing: Exclude<E, L[number]> })) => list;
}

export const AVAILABILITY_KINDS = everyValue<AvailabilityKind>()(['LEAVE', 'SICKNESS', 'SUSPENSION', 'PAUSE']);
export const BREACH_AUTHORITIES = everyValue<BreachAuthority>()(['CHAMBER', 'COURT']);
export const REFUSAL_GROUNDS = everyValue<ProceedingRefusalGround>()(['UNRELIABLE_DATA', 'ARTICLE_38_NONCOMPLIANCE']);
export const PROCEEDING_STATUSES = everyValue<ProceedingStatus>()(['AWAITING_DECISION', 'INITIATED', 'REFUSED', 'COMPLETED', 'TERMINATED']);
export const CLAIM_CATEGORIES = everyValue<ClaimCategory>()(['PRIVATE_CLAIM', 'ALIMONY', 'STATE_CLAIM', 'NON_PROPERTY']);
export const MEASURE_KINDS = everyValue<MeasureKind>()([
  'ATTACH_MOVABLES',
  'ATTACH_MOVABLES_THIRD_PARTY',
  'ATTACH_IMMOVABLES',
  'ATTACH_EARNINGS',
  'ATTACH_FUNDS_OWED',
  'ATTACH_INTANGIBLES',
  'ATTACH_VEHICLE',
  'ATTACH_SHIP',
  'ATTACH_AIRCRAFT',
  'ATTACH_CROPS',
  'ATTACH_SAFE_CONTENTS',
  'EVICTION',
  'HANDOVER_OF_CHILD',
  'PROVISIONAL_MEASURE',
  'E_AUCTION',
  'DISTRIBUTION_OF_PROCEEDS',
]);

/** Statuses after which nothing more happens to an application (no deadline warnings). */
export const FINAL_APPLICATION_STATUSES: readonly ApplicationStatus[] = ['APPROVED', 'REFUSED', 'REJECTED_INCOMPLETE', 'WITHDRAWN'];

/** Statuses counted as "active": the service period runs or a hearing is pending. */
export const ACTIVE_APPLICATION_STATUSES: readonly ApplicationStatus[] = ['REGISTERED', 'IN_REVIEW', 'HEARING'];

// complaints (issue 10): the choices of the complaint forms
export const COMPLAINT_ADDRESSEES_ON_PLATFORM = ['PROVIDER_HEAD', 'MINISTRY', 'QUALITY_CONTROL_BODY'] as const satisfies readonly ComplaintAddressee[];
export const COMPLAINT_ABOUTS = everyValue<ComplaintAbout>()(['DECISION', 'ACTION', 'INACTION', 'BAILIFF_ACTION']);
export const COMPLAINT_OUTCOMES = everyValue<ComplaintOutcome>()(['UPHELD', 'PARTLY_UPHELD', 'REJECTED']);
export const COMPLAINT_EXTENSION_GROUNDS = everyValue<ComplaintExtensionGround>()(['ADDITIONAL_STUDY', 'ON_SITE_CHECK', 'MORE_INFORMATION']);
