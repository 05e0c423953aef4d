// What the attestation use cases share (issue 9): loading an application under its row lock, the commission of a
// region, the documents issued to the candidate's account, and the preliminary decision before a refusal (A11).
//  - `issueDocument`: every decision is a SignedDocument (documents/sign.ts: the platform's Ed25519 key, the
//    candidate's language, PDF, public verification);
//  - `sendPreliminaryDecision`: the attestation's automatic outcomes (a test not passed, a suspension, a no-show,
//    the Commission's "fail") go through the general preliminary decision (send-preliminary-decision.ts) on the
//    ground ATTESTATION_NOT_PASSED; a refusal on an A5 ground is the staff's, through the same use case;
//  - `pullStateRecords`: the identity as the form shows it; the state systems themselves are asked through the
//    adapters in apply-for-attestation.ts (A3).
import { almatyDate, APPLICATION, ATTESTATION_OUTCOME_GROUND, unchangedStatus, type ApplicationStatus } from '@oryndau/domain';
import type { ApplicationStageKind, Prisma, Role } from '@oryndau/db';

/** The roles in which staff and candidates act on an attestation (G2: the stage shows the role). */
export const ATTESTATION_ROLES: readonly Role[] = ['COMMISSION_MEMBER', 'JUSTICE_OFFICER', 'APPLICANT'];
import { DomainError } from '../errors.ts';
import type { Services } from '../services.ts';
import { signDocument } from '../documents/sign.ts';
import { FIELD, SERVICE_TEXT, TITLES, tr } from '../documents/labels.ts';
import type { Audit, Tx, UseCaseContext } from './transaction.ts';
import { actingRole } from './stages.ts';
import { withApplicant } from './service-provider.ts';
import { sendPreliminaryDecisionIn } from './send-preliminary-decision.ts';

export const ATTESTATION_KINDS = ['ATTESTATION', 'ATTESTATION_AND_LICENCE'] as const;

export type AttestationApp = Prisma.ServiceApplicationGetPayload<{ include: { attestationSession: { include: { region: true } }; testResult: true; interview: true } }>;

/** The attestation application, locked for this transaction (FOR UPDATE), with its session. */
export async function lockAttestationApplication(tx: Tx, id: string, field: string[] = ['input', 'applicationId']): Promise<AttestationApp & { attestationSession: NonNullable<AttestationApp['attestationSession']> }> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ServiceApplication" WHERE "id" = ${id} FOR UPDATE`;
  if (!rows.length) throw new DomainError('NOT_FOUND', 'Unknown application.', field);
  const app = await tx.serviceApplication.findUniqueOrThrow({ where: { id }, include: { attestationSession: { include: { region: true } }, testResult: true, interview: true } });
  if (!(ATTESTATION_KINDS as readonly string[]).includes(app.kind) || !app.attestationSession) {
    throw new DomainError('INVALID_STATE', 'This is not an attestation application.', field, { key: 'attestation.notAttestation' });
  }
  return app as never;
}

/** The session, locked (FOR UPDATE). */
export async function lockSession(tx: Tx, id: string, field: string[] = ['input', 'sessionId']) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "AttestationSession" WHERE "id" = ${id} FOR UPDATE`;
  if (!rows.length) throw new DomainError('NOT_FOUND', 'Unknown attestation session.', field, { key: 'attestation.sessionUnknown' });
  return tx.attestationSession.findUniqueOrThrow({ where: { id }, include: { region: true } });
}

export function requireStatus(app: { status: ApplicationStatus }, allowed: ApplicationStatus[], what: string): void {
  if (!allowed.includes(app.status)) {
    throw new DomainError('INVALID_STATE', `${what} is possible only when the application is ${allowed.join(' or ')} (it is ${app.status}).`, ['input', 'applicationId'], {
      key: 'attestation.wrongStage',
      params: { status: app.status, allowed: allowed.join(', ') },
    });
  }
}

/** A8: the members of the region's attestation commission (user ids, sorted), from their grants. */
export async function commissionOf(tx: Tx | UseCaseContext['db']['prisma'], regionId: string): Promise<string[]> {
  const grants = await tx.roleGrant.findMany({ where: { role: 'COMMISSION_MEMBER', regionId }, select: { userId: true }, orderBy: { userId: 'asc' } });
  return [...new Set(grants.map((g) => g.userId))];
}

/** A stage of the application's history (G2), in the status it has after this step. */
export async function addStage(tx: Tx, ctx: UseCaseContext, applicationId: string, status: ApplicationStatus, stage: ApplicationStageKind, note: string | null, at = ctx.now()) {
  await tx.applicationStage.create({ data: { applicationId, status: unchangedStatus(APPLICATION, status), stage, actorId: ctx.viewer?.id ?? null, actorRole: actingRole(ctx.viewer, ATTESTATION_ROLES), at, note } });
}

/** The documents the attestation issues (SignedDocumentKind of the signed-documents service). */
export type AttestationDocumentKind = 'INCOMPLETE_REFUSAL' | 'PRELIMINARY_DECISION' | 'REFUSAL' | 'ATTESTATION_DECISION';

/** What the attestation's use cases are given: the use case context and the platform's signing key. */
export type AttestationContext = UseCaseContext & Pick<Services, 'signing' | 'stateSystems'>;

/**
 * A4, A10, A11: a document in the candidate's personal account, signed by the platform (Ed25519, documents/sign.ts),
 * in the candidate's language, downloadable as PDF and verifiable by anyone (verifyDocument).
 */
export async function issueDocument(tx: Tx, ctx: AttestationContext, applicationId: string, kind: AttestationDocumentKind, _regionCode: string, text: string) {
  const app = await tx.serviceApplication.findUniqueOrThrow({ where: { id: applicationId }, include: { applicant: { include: { person: true } } } });
  const locale = app.applicant.locale;
  const p = app.applicant.person;
  const name = p ? [p.lastName, p.firstName, p.patronymic].filter(Boolean).join(' ') : app.applicant.displayName;
  const content = {
    title: tr(TITLES[kind], locale),
    lines: [
      [tr(FIELD.application!, locale), app.number],
      [tr(FIELD.service!, locale), tr(SERVICE_TEXT[app.kind]!, locale)],
      [tr(FIELD.applicant!, locale), name],
    ],
    paragraphs: [text],
  };
  return signDocument(tx, ctx.signing, { kind, locale, applicationId, content }, ctx.now());
}

/**
 * A11: the attestation's automatic outcomes (a test not passed, A7; a suspension, A6; a no-show, A9; the
 * Commission's "not passed", A8) refuse through the general preliminary decision and hearing
 * (send-preliminary-decision.ts, hold-hearing.ts, decide-after-hearing.ts), on the ground ATTESTATION_NOT_PASSED
 * (they are not A5 grounds: nobody chooses them, the outcome is the reason). A notice later than 3 working days
 * before the period ends is still sent and its stage records the term missed.
 */
export async function sendPreliminaryDecision(tx: Tx, ctx: AttestationContext, audit: Audit, app: Pick<AttestationApp, 'id'>, reason: string) {
  const provided = await tx.serviceApplication.findUniqueOrThrow({ where: { id: app.id }, include: withApplicant });
  const { hearing } = await sendPreliminaryDecisionIn(tx, ctx, audit, provided, { grounds: [ATTESTATION_OUTCOME_GROUND], reason }, { lateNotice: 'record' });
  return hearing;
}

export interface StateRecords {
  identity: { iin: string; lastName: string; firstName: string; patronymic: string | null; birthDate: string | null; source: string };
  registers: { mentalHealth: 'NOT_REGISTERED' | 'REGISTERED'; narcology: 'NOT_REGISTERED' | 'REGISTERED'; source: string };
  pulledAt: string;
}

/**
 * A3: the identity and registers as the form shows them (the answers themselves are the StateSystemQuery rows the
 * adapters wrote): the identity the candidate signed in with, the health registers as the sandbox answers them.
 */
export async function pullStateRecords(tx: Tx, ctx: UseCaseContext, personId: string): Promise<StateRecords> {
  const p = await tx.person.findUniqueOrThrow({ where: { id: personId } });
  return {
    identity: { iin: p.iin, lastName: p.lastName, firstName: p.firstName, patronymic: p.patronymic, birthDate: p.birthDate ? p.birthDate.toISOString().slice(0, 10) : null, source: 'IDENTITY_REGISTER' },
    registers: { mentalHealth: 'NOT_REGISTERED', narcology: 'NOT_REGISTERED', source: 'HEALTH_REGISTERS_SANDBOX' },
    pulledAt: ctx.now().toISOString(),
  };
}

/** The session's day (Asia/Almaty). */
export const heldOnOf = (s: { heldAt: Date }) => almatyDate(s.heldAt);
