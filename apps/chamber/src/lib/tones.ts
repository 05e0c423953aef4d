// The badge colour of each status; the text always carries the meaning, the colour only repeats it.
import type { BadgeTone } from '@oryndau/ui';
import type { DocumentStatus, LicenceStatus, ProceedingStatus } from './enums.ts';

export const DOCUMENT_STATUS_TONE: Record<DocumentStatus, BadgeTone> = {
  AWAITING_ORIGINAL: 'warning',
  AWAITING_ASSIGNMENT: 'info',
  ASSIGNED: 'success',
  WITH_STATE_BAILIFF: 'neutral',
  CLOSED: 'neutral',
};

export const PROCEEDING_STATUS_TONE: Record<ProceedingStatus, BadgeTone> = {
  AWAITING_DECISION: 'warning',
  INITIATED: 'success',
  REFUSED: 'danger',
  COMPLETED: 'neutral',
  TERMINATED: 'neutral',
};

export const LICENCE_STATUS_TONE: Record<LicenceStatus, BadgeTone> = {
  ACTIVE: 'success',
  SUSPENDED: 'danger',
  REVOKED: 'danger',
  TERMINATED: 'neutral',
  REISSUED: 'neutral',
};
