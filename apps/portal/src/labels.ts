// Translated names of the schema's enums and the helpers the pages share (money, dates, status tones).
// Every enum value has a key in ./locales; a value the schema gains later falls back to its raw name.
import { useCallback, useMemo } from 'react';
import type { graphql } from '@oryndau/client';
import { formatDate, formatDateTime, formatTenge, useLanguage, useTranslation, type BadgeTone } from '@oryndau/ui';

export type ApplicationStatus = ReturnType<typeof graphql.scalar<'ApplicationStatus'>>;
export type ServiceKind = ReturnType<typeof graphql.scalar<'ServiceKind'>>;
export type ClaimCategory = ReturnType<typeof graphql.scalar<'ClaimCategory'>>;
export type EnforcementDocumentKind = ReturnType<typeof graphql.scalar<'EnforcementDocumentKind'>>;
export type DocumentStatus = ReturnType<typeof graphql.scalar<'DocumentStatus'>>;
export type ProceedingStatus = ReturnType<typeof graphql.scalar<'ProceedingStatus'>>;

/** Statuses after which nothing more happens to an application (no deadline warnings). */
export const FINAL_STATUSES: readonly ApplicationStatus[] = ['APPROVED', 'REFUSED', 'REJECTED_INCOMPLETE', 'WITHDRAWN'];

/** Statuses the home page counts as "active": the service period runs or a hearing is pending. */
export const ACTIVE_STATUSES: readonly ApplicationStatus[] = ['REGISTERED', 'IN_REVIEW', 'HEARING'];

export function applicationStatusTone(status: string): BadgeTone {
  switch (status) {
    case 'APPROVED':
      return 'success';
    case 'REFUSED':
    case 'REJECTED_INCOMPLETE':
      return 'danger';
    case 'HEARING':
      return 'warning';
    case 'REGISTERED':
    case 'IN_REVIEW':
      return 'info';
    default:
      return 'neutral';
  }
}

export function documentStatusTone(status: string): BadgeTone {
  switch (status) {
    case 'AWAITING_ORIGINAL':
      return 'warning';
    case 'ASSIGNED':
    case 'WITH_STATE_BAILIFF':
      return 'success';
    case 'AWAITING_ASSIGNMENT':
      return 'info';
    default:
      return 'neutral';
  }
}

export function proceedingStatusTone(status: string): BadgeTone {
  switch (status) {
    case 'INITIATED':
    case 'COMPLETED':
      return 'success';
    case 'REFUSED':
      return 'danger';
    case 'AWAITING_DECISION':
      return 'info';
    default:
      return 'neutral';
  }
}

/**
 * `label('status', 'REGISTERED')` → the translated name under `app.status.REGISTERED`, or the raw value
 * when the dictionary does not know it (a value added to the schema later).
 */
export function useLabel(): (group: string, value: string, options?: Record<string, unknown>) => string {
  const { t } = useTranslation();
  return useCallback((group: string, value: string, options?: Record<string, unknown>) => t(`app.${group}.${value}`, { defaultValue: value, ...options }), [t]);
}

/** Money, dates and times in the UI language; dates and times in Asia/Almaty (T1). */
export function useFormat() {
  const [language] = useLanguage();
  return useMemo(
    () => ({
      language,
      tenge: (amount: number) => formatTenge(amount, language),
      date: (value: string) => formatDate(value, language),
      dateTime: (value: string) => formatDateTime(value, language),
    }),
    [language],
  );
}
