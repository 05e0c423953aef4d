// A9, A10, A13: the chair signs the minutes of a held attestation (Appendix 4): who passed, who did not, who did
// not show up; signed by the chair, the members and the secretary. Every candidate the Commission passed then gets
// the signed attestation decision in their account (A10: within 1 working day of the decision — a later signature
// is still given and its stage records the term missed). For a one application (A13) the licence part continues
// by itself: a licence application on the basis of the attestation decision is registered at the Ministry.
import { almatyDate, APPLICATION, ATTESTATION_SESSION, attestationResultSignedBy } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { moveTo } from '../transitions.ts';
import { askHandedOverChecks, continueLicencePart } from './licence-part-hand-over.ts';
import { addStage, commissionOf, heldOnOf, issueDocument, lockSession, type AttestationApp, type AttestationContext } from './attestation-common.ts';
import { inTransaction, type Audit, type Tx } from './transaction.ts';

/** A10, A13: the positive result, signed, in the candidate's account; the licence part of a one application continues. */
export async function issueAttestationResult(tx: Tx, ctx: AttestationContext, audit: Audit, app: Pick<AttestationApp, 'id' | 'kind' | 'status' | 'applicantId' | 'number'>, region: { code: string }, decidedOn: string) {
  const now = ctx.now();
  const cal = await ctx.calendar.get(tx);
  const status = moveTo(APPLICATION, app.status, 'APPROVED', { service: app.kind }, ['input', 'sessionId']);
  const signBy = attestationResultSignedBy(decidedOn, cal);
  const doc = await issueDocument(tx, ctx, app.id, 'ATTESTATION_DECISION', region.code, `The candidate passed the attestation for private bailiff (application ${app.number}); decision of the Commission of ${decidedOn}.`);
  await tx.serviceApplication.update({ where: { id: app.id }, data: { status, decidedAt: now } });
  const late = almatyDate(now) > signBy;
  await addStage(tx, ctx, app.id, status, 'RESULT_ISSUED', `Attestation decision ${doc.number} signed and sent to your account (A10; due by ${signBy}${late ? ', signed late' : ''}).`);
  await audit({ action: 'attestation.resultIssued', entityType: 'ServiceApplication', entityId: app.id, data: { document: doc.number, signBy, late } });
  // A13: the licence part of a one application continues at the Ministry (licence-part-hand-over.ts)
  const child = await continueLicencePart(tx, ctx, audit, app, { number: doc.number, date: decidedOn, region: region.code });
  if (child) await addStage(tx, ctx, app.id, status, 'LICENCE_APPLICATION_CONTINUED', `The licence part continues at the Ministry as application ${child.number} (A13).`);
  return { document: doc, child };
}

export async function signAttestationMinutes(ctx: AttestationContext, input: { sessionId: string }) {
  const children: string[] = [];
  const minutes = await inTransaction(ctx, async (tx, audit) => {
    children.length = 0;
    const session = await lockSession(tx, input.sessionId);
    if (!ctx.viewer || session.chairId !== ctx.viewer.id) throw new DomainError('FORBIDDEN', 'The chair signs the minutes (A9).', ['input', 'sessionId'], { key: 'attestation.onlyChair', rule: 'A9' });
    const apps = await tx.serviceApplication.findMany({
      where: { attestationSessionId: session.id, status: { in: ['REGISTERED', 'IN_REVIEW', 'HEARING', 'APPROVED', 'REFUSED'] } },
      include: { testResult: true, stages: { where: { stage: { in: ['COMMISSION_DECIDED', 'DID_NOT_SHOW_UP'] } }, orderBy: { at: 'asc' } } },
      orderBy: { number: 'asc' },
    });
    const undecided = apps.filter((a) => a.status === 'REGISTERED' || (a.status === 'IN_REVIEW' && !a.stages.some((s) => s.stage === 'COMMISSION_DECIDED')));
    if (undecided.length) {
      throw new DomainError('INVALID_STATE', `${undecided.length} candidate(s) have no result yet: ${undecided.map((a) => a.number).join(', ')} (A9).`, ['input', 'sessionId'], {
        key: 'attestation.undecidedCandidates', rule: 'A9', params: { count: undecided.length, numbers: undecided.map((a) => a.number).join(', ') },
      });
    }
    const status = moveTo(ATTESTATION_SESSION, session.status, 'MINUTES_SIGNED', undefined, ['input', 'sessionId']);
    const passedApps = apps.filter((a) => a.status === 'IN_REVIEW');
    const noShow = apps.filter((a) => a.status !== 'IN_REVIEW' && a.stages.some((s) => s.stage === 'DID_NOT_SHOW_UP')).map((a) => a.id);
    const notPassed = apps.filter((a) => a.status !== 'IN_REVIEW' && !noShow.includes(a.id)).map((a) => a.id);
    const members = await commissionOf(tx, session.regionId);
    const now = ctx.now();
    const decidedAt = passedApps.flatMap((a) => a.stages.filter((s) => s.stage === 'COMMISSION_DECIDED').map((s) => s.at)).sort((a, b) => b.getTime() - a.getTime())[0] ?? now;
    await tx.attestationSession.update({ where: { id: session.id }, data: { status } });
    const minutes = await tx.attestationMinutes.create({
      data: {
        sessionId: session.id, decidedAt, signedAt: now, chairId: session.chairId!, secretaryId: session.secretaryId ?? session.chairId!,
        memberIds: members.filter((m) => m !== session.chairId), passed: passedApps.map((a) => a.id), notPassed, noShow,
      },
    });
    await audit({ action: 'attestation.minutesSigned', entityType: 'AttestationSession', entityId: session.id, data: { passed: passedApps.length, notPassed: notPassed.length, noShow: noShow.length } });
    for (const a of passedApps) {
      const decided = a.stages.find((s) => s.stage === 'COMMISSION_DECIDED')!;
      await addStage(tx, ctx, a.id, a.status, 'MINUTES_SIGNED', `The minutes of the attestation of ${heldOnOf(session)} are signed (A9).`);
      const { child } = await issueAttestationResult(tx, ctx, audit, a, session.region, almatyDate(decided.at));
      if (child) children.push(child.id);
    }
    return minutes;
  });
  await askHandedOverChecks(ctx, children);
  return minutes;
}
