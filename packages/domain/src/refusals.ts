// Refusal grounds of each service (A5, L4, E5, 001 art. 19-1) and the rule that a refusal states them (G1).

/** G1: the general grounds of 001 art. 19-1 p.2 (1–6). */
export const GENERAL_REFUSAL_GROUNDS = [
  { code: 'UNRELIABLE_DATA', text: 'The documents submitted, or the data in them, are unreliable (art. 19-1 p.2(1)).' },
  { code: 'REQUIREMENTS_NOT_MET', text: 'The recipient or the materials do not meet the requirements of normative legal acts (art. 19-1 p.2(2)).' },
  { code: 'NEGATIVE_APPROVAL', text: 'An authorised state body answered negatively, or an examination or check was negative (art. 19-1 p.2(3)).' },
  { code: 'COURT_BAN', text: 'A court decision in force bans the activity (art. 19-1 p.2(4)).' },
  { code: 'SPECIAL_RIGHT_DEPRIVED', text: 'A court decision in force deprives the recipient of the special right (art. 19-1 p.2(5)).' },
  { code: 'NO_PERSONAL_DATA_CONSENT', text: 'No consent to access restricted personal data (art. 19-1 p.2(6)).' },
] as const;

/** A5 (App.1 p.8): grounds to refuse attestation. */
export const ATTESTATION_REFUSAL_GROUNDS = [
  { code: 'UNRELIABLE_DATA', text: 'The documents submitted, or the data in them, are unreliable.' },
  { code: 'ARTICLE_140_RESTRICTION', text: 'A restriction of art. 140 p.2 of the Law on Enforcement Proceedings applies.' },
  { code: 'INTERNSHIP_NONCOMPLIANCE', text: 'The internship does not comply with the internship rules (Order No. 561).' },
] as const;

/** L4 (App.2 p.12): exactly these seven grounds to refuse a licence. */
export const LICENCE_REFUSAL_GROUNDS = [
  { code: 'ACTIVITY_PROHIBITED', text: 'The activity is prohibited by law for this category of persons.' },
  { code: 'FEE_NOT_PAID', text: 'The licence fee has not been paid.' },
  { code: 'QUALIFICATION_NOT_MET', text: 'The applicant does not meet the qualification requirements.' },
  { code: 'NEGATIVE_APPROVAL', text: 'The approving state body answered that the applicant does not meet the licensing requirements.' },
  { code: 'COURT_BAN', text: 'A final court decision suspends or bans the licensed activity for the applicant.' },
  { code: 'COURT_TEMPORARY_PROHIBITION', text: 'A court temporarily prohibits licensing the applicant-debtor on a bailiff’s submission.' },
  { code: 'UNRELIABLE_DATA', text: 'The documents submitted, or the data in them, are unreliable.' },
] as const;

/** E5 (App.3 List p.9): grounds to refuse initiating enforcement proceedings. */
export const ENFORCEMENT_REFUSAL_GROUNDS = [
  { code: 'UNRELIABLE_DATA', text: 'The documents submitted, or the data in them, are unreliable.' },
  { code: 'ARTICLE_38_NONCOMPLIANCE', text: 'The materials do not meet art. 38 of the Law on Enforcement Proceedings.' },
] as const;

export type GeneralRefusalGround = (typeof GENERAL_REFUSAL_GROUNDS)[number]['code'];
export type AttestationRefusalGround = (typeof ATTESTATION_REFUSAL_GROUNDS)[number]['code'];
export type LicenceRefusalGround = (typeof LICENCE_REFUSAL_GROUNDS)[number]['code'];
export type EnforcementRefusalGround = (typeof ENFORCEMENT_REFUSAL_GROUNDS)[number]['code'];
/**
 * handover (A11, A6–A9): the ground of the attestation's automatic outcomes — a test not passed, a suspension for
 * using aids, a no-show, the Commission's "not passed". It is not one of A5's admission grounds (no official picks
 * it: the outcome itself is the reason, stated in full), so it is never offered for a staff refusal; it is the
 * ground of the preliminary decision and of the final refusal after the hearing on such an outcome.
 */
export const ATTESTATION_OUTCOME_GROUND = 'ATTESTATION_NOT_PASSED' as const;
export type AttestationOutcomeGround = typeof ATTESTATION_OUTCOME_GROUND;

export type RefusalGround = GeneralRefusalGround | AttestationRefusalGround | LicenceRefusalGround | EnforcementRefusalGround | AttestationOutcomeGround;

export type ServiceKind = 'ATTESTATION' | 'LICENCE' | 'ATTESTATION_AND_LICENCE' | 'LICENCE_REISSUE' | 'ENFORCEMENT_INITIATION';

/**
 * The grounds a refusal of `service` may cite. Licences (issue and reissue) use only the seven of
 * L4: art. 19-1 p.2 does not apply to licences (art. 19-1 p.4). A13: the one application for attestation and
 * licence is, itself, the attestation part — its refusal cites A5's grounds; its licence part is an application of
 * its own (kind LICENCE, `parentId`), handed over after the attestation and refused on L4's grounds there
 * (usecases/licence-part-hand-over.ts). (Until stop 17 it accepted the grounds of either part, so an attestation
 * could be refused for a licence fee that is asked only at the hand-over.)
 */
export function refusalGroundsFor(service: ServiceKind): readonly RefusalGround[] {
  switch (service) {
    case 'ATTESTATION':
    case 'ATTESTATION_AND_LICENCE':
      return ATTESTATION_REFUSAL_GROUNDS.map((g) => g.code);
    case 'LICENCE':
    case 'LICENCE_REISSUE':
      return LICENCE_REFUSAL_GROUNDS.map((g) => g.code);
    case 'ENFORCEMENT_INITIATION':
      return ENFORCEMENT_REFUSAL_GROUNDS.map((g) => g.code);
  }
}

/** handover (A11): the grounds a final refusal after a hearing may keep — the service's, and for an attestation its outcome's. */
export function hearingGroundsFor(service: ServiceKind): readonly RefusalGround[] {
  const own = refusalGroundsFor(service);
  return service === 'ATTESTATION' || service === 'ATTESTATION_AND_LICENCE' ? [...own, ATTESTATION_OUTCOME_GROUND] : own;
}

export type RefusalError =
  | { code: 'NO_GROUND'; message: string }
  | { code: 'EMPTY_REASON'; message: string }
  | { code: 'UNKNOWN_GROUND'; ground: string; message: string }
  | { code: 'DUPLICATE_GROUND'; ground: string; message: string };

export interface RefusalInput {
  grounds: readonly string[];
  reason: string;
}

/** Minimum length of a stated reason, so that "-" or "no" cannot pass as reasons. */
export const MIN_REASON_LENGTH = 10;

/**
 * G1 (001 art. 19-1 p.1): a refusal names at least one lawful ground of its service and states its
 * reasons. Where the law is silent: a reason shorter than 10 characters (after trimming) is treated
 * as no reason.
 */
export function validateRefusal(
  input: RefusalInput,
  allowed: readonly string[],
): { ok: true } | { ok: false; errors: RefusalError[] } {
  const errors: RefusalError[] = [];
  if (input.grounds.length === 0) errors.push({ code: 'NO_GROUND', message: 'A refusal must cite at least one ground.' });
  const seen = new Set<string>();
  for (const g of input.grounds) {
    if (seen.has(g)) errors.push({ code: 'DUPLICATE_GROUND', ground: g, message: `Ground ${g} is cited twice.` });
    seen.add(g);
    if (!allowed.includes(g)) errors.push({ code: 'UNKNOWN_GROUND', ground: g, message: `${g} is not a ground for this service.` });
  }
  if (input.reason.trim().length < MIN_REASON_LENGTH) {
    errors.push({ code: 'EMPTY_REASON', message: 'A refusal must state its reasons.' });
  }
  return errors.length ? { ok: false, errors } : { ok: true };
}

/** G1 for a given service: `validateRefusal` against that service's grounds. */
export function validateServiceRefusal(service: ServiceKind, input: RefusalInput) {
  return validateRefusal(input, refusalGroundsFor(service));
}
