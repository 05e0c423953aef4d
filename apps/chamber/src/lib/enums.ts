// The schema's enums this app shows, as TypeScript unions (from schema.graphql through gql.tada). The
// translations in src/i18n/*.ts are typed `Record<Enum, string>`, so a value the schema gains and the
// app does not name fails to compile.
import { useCallback } from 'react';
import { type graphql } from '@oryndau/client';
import { useTranslation } from '@oryndau/ui';

export type AssignmentKind = ReturnType<typeof graphql.scalar<'AssignmentKind'>>;
export type AvailabilityKind = ReturnType<typeof graphql.scalar<'AvailabilityKind'>>;
export type BreachAuthority = ReturnType<typeof graphql.scalar<'BreachAuthority'>>;
export type ChamberQueueStatus = ReturnType<typeof graphql.scalar<'ChamberQueueStatus'>>;
export type DocumentCategory = ReturnType<typeof graphql.scalar<'DocumentCategory'>>;
export type DocumentStatus = ReturnType<typeof graphql.scalar<'DocumentStatus'>>;
export type ExclusionReason = ReturnType<typeof graphql.scalar<'ExclusionReason'>>;
export type LicenceStatus = ReturnType<typeof graphql.scalar<'LicenceStatus'>>;
export type MeasureKind = ReturnType<typeof graphql.scalar<'MeasureKind'>>;
export type ProceedingDecision = ReturnType<typeof graphql.scalar<'ProceedingDecision'>>;
export type ProceedingRefusalGround = ReturnType<typeof graphql.scalar<'ProceedingRefusalGround'>>;
export type ProceedingStatus = ReturnType<typeof graphql.scalar<'ProceedingStatus'>>;

/** `Assignment.rule` is a String in the schema; these are the values it documents. */
export const ASSIGNMENT_RULES = ['CONSOLIDATED_WITH_DEBTOR', 'LOWEST_LOAD', 'LOWEST_LOAD_TIE_DRAW'] as const;
export type AssignmentRule = (typeof ASSIGNMENT_RULES)[number];

export const AVAILABILITY_KINDS = ['LEAVE', 'SICKNESS', 'SUSPENSION', 'PAUSE'] as const satisfies readonly AvailabilityKind[];
export const BREACH_AUTHORITIES = ['CHAMBER', 'COURT'] as const satisfies readonly BreachAuthority[];
export const REFUSAL_GROUNDS = ['UNRELIABLE_DATA', 'ARTICLE_38_NONCOMPLIANCE'] as const satisfies readonly ProceedingRefusalGround[];
export const PROCEEDING_STATUSES = ['AWAITING_DECISION', 'INITIATED', 'REFUSED', 'COMPLETED', 'TERMINATED'] as const satisfies readonly ProceedingStatus[];
export const MEASURE_KINDS = [
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
] as const satisfies readonly MeasureKind[];

// Fail to compile when the schema gains a value one of the lists above lacks.
type Missing<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
const _complete: [
  Missing<AvailabilityKind, (typeof AVAILABILITY_KINDS)[number]>,
  Missing<BreachAuthority, (typeof BREACH_AUTHORITIES)[number]>,
  Missing<ProceedingRefusalGround, (typeof REFUSAL_GROUNDS)[number]>,
  Missing<ProceedingStatus, (typeof PROCEEDING_STATUSES)[number]>,
  Missing<MeasureKind, (typeof MEASURE_KINDS)[number]>,
] = [true, true, true, true, true];
void _complete;

/** The translation groups under `app.enums`. */
export type EnumGroup =
  | 'assignmentKind'
  | 'assignmentRule'
  | 'availabilityKind'
  | 'breachAuthority'
  | 'queueStatus'
  | 'documentCategory'
  | 'documentStatus'
  | 'exclusion'
  | 'licenceStatus'
  | 'measureKind'
  | 'refusalGround'
  | 'proceedingStatus'
  | 'policyPeriod';

/** The translated label of an enum value (the value itself when a translation is missing). */
export function useEnumLabel(): (group: EnumGroup, value: string) => string {
  const { t } = useTranslation();
  return useCallback((group: EnumGroup, value: string) => t(`app.enums.${group}.${value}`, { defaultValue: value }), [t]);
}
