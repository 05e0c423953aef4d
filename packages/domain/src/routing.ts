// CH1: which executive documents go to the Chamber of Private Bailiffs; CH3, CH4: preconditions.

export type DocumentCategory = 'PRIVATE_CLAIM' | 'ALIMONY' | 'STATE_CLAIM_SMALL' | 'STATE_CLAIM_LARGE' | 'NON_PROPERTY';
export type DocumentRouting = 'CHAMBER' | 'STATE_BAILIFF';

export const DOCUMENT_CATEGORIES: readonly DocumentCategory[] = [
  'PRIVATE_CLAIM',
  'ALIMONY',
  'STATE_CLAIM_SMALL',
  'STATE_CLAIM_LARGE',
  'NON_PROPERTY',
];

/** CH1 (Rules No. 652): decisions in favour of the state "up to 4.3 million tenge" go to the Chamber. */
export const STATE_CLAIM_CHAMBER_LIMIT_TENGE = 4_300_000;

/** CH1: a state claim of at most 4,300,000 tenge (inclusive: "up to") is small. */
export function classifyStateClaim(amountTenge: number): 'STATE_CLAIM_SMALL' | 'STATE_CLAIM_LARGE' {
  if (!Number.isFinite(amountTenge) || amountTenge < 0) throw new RangeError(`invalid amount ${amountTenge}`);
  return amountTenge <= STATE_CLAIM_CHAMBER_LIMIT_TENGE ? 'STATE_CLAIM_SMALL' : 'STATE_CLAIM_LARGE';
}

export interface RoutingDecision {
  routing: DocumentRouting;
  /** the category after classifying a state claim by its amount */
  category: DocumentCategory;
  reason: string;
}

/**
 * CH1: private claims, alimony, non-property decisions and state claims up to 4.3 million tenge go
 * to the regional Chamber, which appoints a private bailiff; larger state claims stay with the
 * state bailiff. For a state claim the amount, when given, decides the category (a document filed
 * as "small" with 5 million tenge is routed as large).
 */
export function routeDocument(category: DocumentCategory, amountTenge?: number | null): RoutingDecision {
  let cat = category;
  if ((category === 'STATE_CLAIM_SMALL' || category === 'STATE_CLAIM_LARGE') && amountTenge != null) {
    cat = classifyStateClaim(amountTenge);
  }
  if (cat === 'STATE_CLAIM_LARGE') {
    return {
      routing: 'STATE_BAILIFF',
      category: cat,
      reason: `A decision in favour of the state above ${STATE_CLAIM_CHAMBER_LIMIT_TENGE.toLocaleString('en-US')} tenge is enforced by a state bailiff.`,
    };
  }
  const what: Record<Exclude<DocumentCategory, 'STATE_CLAIM_LARGE'>, string> = {
    PRIVATE_CLAIM: 'A decision in favour of an individual or legal entity',
    ALIMONY: 'An alimony decision',
    STATE_CLAIM_SMALL: `A decision in favour of the state up to ${STATE_CLAIM_CHAMBER_LIMIT_TENGE.toLocaleString('en-US')} tenge`,
    NON_PROPERTY: 'A non-property decision',
  };
  return { routing: 'CHAMBER', category: cat, reason: `${what[cat]} goes to the Chamber of Private Bailiffs, which appoints a bailiff.` };
}

/** CH1: shorthand for `routeDocument(...).routing`. */
export function route(category: DocumentCategory, amountTenge?: number | null): DocumentRouting {
  return routeDocument(category, amountTenge).routing;
}

export type AssignmentPreconditionError = { code: 'ORIGINAL_NOT_RECEIVED'; message: string } | { code: 'NOT_FOR_CHAMBER'; message: string };

/** CH3: the paper original of the court decision must be with the Chamber before assignment. */
export function checkReadyForAssignment(doc: {
  category: DocumentCategory;
  amountTenge?: number | null;
  originalReceived: boolean;
}): { ok: true } | { ok: false; errors: AssignmentPreconditionError[] } {
  const errors: AssignmentPreconditionError[] = [];
  if (route(doc.category, doc.amountTenge) !== 'CHAMBER') {
    errors.push({ code: 'NOT_FOR_CHAMBER', message: 'This document is enforced by a state bailiff, not assigned by the Chamber.' });
  }
  if (!doc.originalReceived) {
    errors.push({ code: 'ORIGINAL_NOT_RECEIVED', message: 'The original court decision on paper has not been handed to the Chamber.' });
  }
  return errors.length ? { ok: false, errors } : { ok: true };
}

export interface BreachDecisionFacts {
  authority: 'CHAMBER' | 'COURT';
  /** the decision confirms a breach of duty by this bailiff */
  confirmsBreach: boolean;
  /** final and legally effective (appeal periods over or exhausted) */
  legallyEffective: boolean;
  bailiffId: string;
}

/**
 * CH4: a bailiff is replaced on a case only after a final, legally effective decision of the
 * Chamber or a court confirming a breach of duty by that bailiff.
 */
export function canReplaceBailiff(currentBailiffId: string, decision: BreachDecisionFacts | null | undefined): boolean {
  return decision != null && decision.bailiffId === currentBailiffId && decision.confirmsBreach && decision.legallyEffective;
}
