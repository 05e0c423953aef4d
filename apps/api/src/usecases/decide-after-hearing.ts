// A11: after the hearing, the final decision. REFUSE: the reasoned refusal (G1) on grounds of the service (L4, A5)
// — at most those of the preliminary decision (the applicant was heard on them, no other) — signed and sent;
// HEARING → REFUSED. RECONSIDER: the hearing convinced the provider; the preliminary decision is withdrawn and
// the application stays HEARING until the service's own positive result (issueLicence, the attestation's
// decision) moves it HEARING → APPROVED.
import { APPLICATION, almatyDate, hearingGroundsFor, unchangedStatus, type ServiceKind as DomainServiceKind } from '@oryndau/domain';
import type { Hearing, SignedDocument } from '@oryndau/db';
import { DomainError } from '../errors.ts';
import { moveTo } from '../transitions.ts';
import { signDocument } from '../documents/sign.ts';
import { refusalContent } from '../documents/content.ts';
import { applicantName, loadForProvider, requireLawfulRefusal, type ProvidedApplication } from './service-provider.ts';
import { endLicencePart } from './licence-part-hand-over.ts';
import type { HearingContext } from './send-preliminary-decision.ts';
import { actingRole } from './stages.ts';
import { inTransaction, type Audit, type Tx } from './transaction.ts';

export type HearingDecision = 'REFUSE' | 'RECONSIDER';

export interface DecideAfterHearingInput {
  hearingId: string;
  decision: HearingDecision;
  /** REFUSE: the grounds kept (a subset of the preliminary decision's); default all of them */
  grounds?: string[] | null;
  reason: string;
}

export async function decideAfterHearing(ctx: HearingContext, input: DecideAfterHearingInput) {
  return inTransaction(ctx, async (tx, audit) => {
    const found = await tx.hearing.findUnique({ where: { id: input.hearingId } });
    if (!found) throw new DomainError('NOT_FOUND', 'Unknown hearing.', ['input', 'hearingId']);
    const app = await loadForProvider(tx, ctx.viewer, found.applicationId);
    const hearing = await tx.hearing.findUniqueOrThrow({ where: { id: found.id } });
    if (hearing.decidedAt) throw new DomainError('INVALID_STATE', 'This hearing was already decided.', ['input', 'hearingId'], { key: 'hearing.alreadyDecided', rule: 'A11' });
    // A11: the final decision follows the hearing, never precedes it
    if (!hearing.heldOn) throw new DomainError('INVALID_STATE', 'Hold the hearing first.', ['input', 'hearingId'], { key: 'hearing.notHeld', rule: 'A11' });
    const { decided, document, application } = await decideAfterHearingIn(tx, ctx, audit, app, hearing, input);
    return { hearing: decided, document, application };
  });
}

/** A11, in the caller's transaction: the final decision after the hearing (the attestation's hearing uses it too). */
export async function decideAfterHearingIn(tx: Tx, ctx: HearingContext, audit: Audit, app: ProvidedApplication, hearing: Hearing, input: Omit<DecideAfterHearingInput, 'hearingId'>) {
  const now = ctx.now();
  const reason = input.reason.trim();
  let document: SignedDocument | null = null;
  let application = app;
  if (input.decision === 'REFUSE') {
    const grounds = input.grounds?.length ? input.grounds : hearing.grounds;
    const notHeard = grounds.filter((g) => !hearing.grounds.includes(g));
    if (notHeard.length) {
      throw new DomainError('INVALID_INPUT', `The applicant was not heard on ${notHeard.join(', ')}: send a new preliminary decision for them.`, ['input', 'grounds'], { key: 'hearing.groundNotHeard', rule: 'A11', params: { grounds: notHeard.join(', ') } });
    }
    requireLawfulRefusal(app.kind, grounds, reason, hearingGroundsFor(app.kind as DomainServiceKind));
    const status = moveTo(APPLICATION, app.status, 'REFUSED', { service: app.kind as never }, ['input', 'hearingId']);
    document = await signDocument(
      tx,
      ctx.signing,
      { kind: 'REFUSAL', locale: app.applicant.locale, applicationId: app.id, content: { ...refusalContent({ applicationNumber: app.number, service: app.kind, applicantName: applicantName(app), grounds, reason, afterHearing: true }, app.applicant.locale), hearingId: hearing.id } },
      now,
    );
    application = { ...app, ...(await tx.serviceApplication.update({ where: { id: app.id }, data: { status, decidedAt: now, refusalGrounds: grounds, refusalReason: reason } })) };
    // handover (A13): a one application's licence part ends with the attestation's final refusal
    await endLicencePart(tx, ctx, audit, app, `${reason} (${document.number}).`);
    await tx.applicationStage.create({ data: { applicationId: app.id, status, stage: 'REFUSED', actorId: ctx.viewer?.id, actorRole: actingRole(ctx.viewer, ['LICENSING_OFFICER', 'JUSTICE_OFFICER', 'COMMISSION_MEMBER']), at: now, note: `Refused after the hearing (${grounds.join(', ')}); refusal ${document.number} (A11, G1).` } });
  } else {
    if (reason.length < 10) throw new DomainError('INVALID_INPUT', 'State why the preliminary decision is withdrawn (at least 10 characters).', ['input', 'reason'], { key: 'input.tooShort', params: { min: 10 } });
    await tx.applicationStage.create({
      data: { applicationId: app.id, status: unchangedStatus(APPLICATION, app.status), stage: 'HEARING_HELD', actorId: ctx.viewer?.id, actorRole: actingRole(ctx.viewer, ['LICENSING_OFFICER', 'JUSTICE_OFFICER', 'COMMISSION_MEMBER']), at: now, note: `The preliminary decision is withdrawn after the hearing: ${reason} (A11).` },
    });
  }
  const decided = await tx.hearing.update({ where: { id: hearing.id }, data: { decidedAt: now, outcome: input.decision === 'REFUSE' ? 'REFUSED' : 'RECONSIDERED' } });
  await audit({ action: 'hearing.decided', entityType: 'Hearing', entityId: hearing.id, data: { applicationId: app.id, decision: input.decision, documentId: document?.id ?? null, on: almatyDate(now) } });
  return { decided, document, application };
}
