// A13 (App.1 p.15; 001 art. 1(1-4)): the hand-over of a one application's licence part to the Ministry. The
// attestation's final outcome decides what becomes of the licence part, in the transaction of that outcome:
//  - passed (the signed attestation decision, A10): the licence application on the basis of the decision (L5 b)
//    is registered at the Ministry (L1) by itself — `continueLicencePart`;
//  - not passed (a final refusal after the hearing, A11, or an incomplete attestation application, A4): the licence
//    part ends with a reasoned refusal of its own, signed and in the candidate's account — `endLicencePart` — so it
//    never hangs.
// Choices where the text is silent (written down here, as DOMAIN.md asks):
//  - Registration (L3, T3): the moment the signed decision reaches the Ministry, i.e. when it is signed — not the
//    Commission's decision date (the decision exists for the Ministry only once signed, A10 allows a working day
//    between them) and not the day of the one application (its basis did not exist yet; the L7 term would be spent
//    on the attestation). After hours it is the next working day, like any portal application; the L7 term of
//    10 working days runs from the day after (T6).
//  - State systems (L2): they are never called inside a transaction (state-systems/checks.ts). The hand-over
//    writes every licence check as a WAITING request due now; the scheduler's retry job (licence-jobs.ts) asks
//    them — so it survives a restart and waits, then retries, when a system is down — and right after the commit
//    the use case asks once itself (`askHandedOverChecks`) so that nobody waits 30 seconds for the sandbox.
//  - Completeness (L3) and the decision (L4, L7, A11) are the licensing officer's, exactly as for a licence
//    application on basis ATTESTATION filed directly (the desk's licence queue lists it).
//  - Fee (L6): the attestation is free (A12) but the licence issue is not; the fee (6 MCI of the year) is asked at
//    the hand-over — not at the one application's filing: the candidate pays only once the attestation is passed —
//    and paid in the portal on the licence part (payLicenceFee), which the hand-over stage states.
//  - A failed attestation: the licence part is registered and its completeness check fails at once (L3: the basis
//    document of L5 b is missing), REGISTERED → REJECTED_INCOMPLETE with the signed INCOMPLETE_REFUSAL; no second
//    hearing: the candidate was heard on the attestation's refusal itself (A11).
import { almatyDate, APPLICATION, LICENCE_CHECKS, licenceFeeTenge, PERIODS, register, serviceDueOn, STATE_QUERY, unchangedStatus } from '@oryndau/domain';
import type { StateSystem } from '@oryndau/db';
import { dbDate } from '../dates.ts';
import { createAs, moveTo } from '../transitions.ts';
import { signDocument } from '../documents/sign.ts';
import { incompleteContent } from '../documents/content.ts';
import { retryWaitingStateQueries } from '../state-systems/retry.ts';
import { DomainError } from '../errors.ts';
import { SYSTEM_VIEWER } from '../auth/system.ts';
import { ATTESTATION_ROLES, type AttestationContext } from './attestation-common.ts';
import { mciOn } from './pay-licence-fee.ts';
import { nextNumber } from './numbers.ts';
import { applicantName } from './service-provider.ts';
import { actingRole } from './stages.ts';
import type { Audit, Tx, UseCaseContext } from './transaction.ts';
import type { Services } from '../services.ts';

type OneApplication = { id: string; kind: string; applicantId: string; number: string };

/** The licence part of a one application, registered at the Ministry now (L3, T3), in REGISTERED. */
async function registerLicencePart(tx: Tx, ctx: UseCaseContext, parent: OneApplication, form: Record<string, unknown>, note: string) {
  const now = ctx.now();
  const cal = await ctx.calendar.get(tx);
  const registration = register(now, 'PORTAL', cal);
  const status = createAs(APPLICATION, 'REGISTERED');
  const number = await nextNumber(tx, `LIC-${almatyDate(now).slice(0, 4)}`);
  const registered = registration.afterHours ? ` Received after hours; registered on ${registration.registeredOn} (L3, T3).` : ' Registered on the day of receipt (L3).';
  return tx.serviceApplication.create({
    data: {
      number, kind: 'LICENCE', channel: 'PORTAL', status, applicantId: parent.applicantId, parentId: parent.id,
      receivedAt: now, registeredAt: registration.registeredAt, dueOn: dbDate(serviceDueOn(registration, PERIODS.licenceIssue, cal)),
      form: { ...form, continuedFrom: parent.number } as never,
      stages: { create: [{ status, stage: 'REGISTERED', actorId: ctx.viewer?.id ?? null, actorRole: actingRole(ctx.viewer, ATTESTATION_ROLES), at: now, note: `${note}${registered}` }] },
    },
    select: { id: true, number: true, status: true },
  });
}

/** The fee of the licence issue this year (L6), or null when the year's MCI is not recorded yet. */
async function feeNow(tx: Tx, now: Date): Promise<number | null> {
  try {
    return licenceFeeTenge('LICENCE', await mciOn(tx, Number(almatyDate(now).slice(0, 4))));
  } catch (e) {
    if (e instanceof DomainError) return null;
    throw e;
  }
}

/** A13: the attestation passed — the licence part continues at the Ministry on the basis of the decision (L5 b). */
export async function continueLicencePart(tx: Tx, ctx: AttestationContext, audit: Audit, parent: OneApplication, decision: { number: string; date: string; region: string }) {
  if (parent.kind !== 'ATTESTATION_AND_LICENCE') return null;
  const now = ctx.now();
  const child = await registerLicencePart(tx, ctx, parent, { basis: 'ATTESTATION', labourRecord: null, attestationDecision: decision }, `The licence part of the one application ${parent.number}, on the basis of attestation decision ${decision.number} (A13, L5).`);
  // L2: every licence check, due now; asked after the commit and, while a system is down, by the scheduler
  await tx.stateSystemQuery.createMany({
    data: LICENCE_CHECKS.map((system) => ({ applicationId: child.id, system: system as StateSystem, status: createAs(STATE_QUERY, 'WAITING'), found: false, attempts: 0, askedAt: now, nextAttemptAt: now })),
  });
  const fee = await feeNow(tx, now);
  await tx.applicationStage.create({
    data: {
      applicationId: child.id, status: unchangedStatus(APPLICATION, child.status), stage: 'WAITING_FOR_STATE_SYSTEM', actorId: ctx.viewer?.id ?? null, actorRole: actingRole(ctx.viewer, ATTESTATION_ROLES), at: now,
      note: `The Ministry asks the state systems (${LICENCE_CHECKS.join(', ')}); nothing is asked of the candidate (L2).${fee != null ? ` The licence fee of ${fee} tenge (6 MCI) is payable in the portal (L6).` : ''}`,
    },
  });
  await audit({ action: 'attestation.licencePartContinued', entityType: 'ServiceApplication', entityId: child.id, data: { parentId: parent.id, decision: decision.number, feeTenge: fee } });
  return child;
}

/** A13: the attestation was not passed — the licence part ends with its own reasoned refusal (L3, G1). */
export async function endLicencePart(tx: Tx, ctx: UseCaseContext & Pick<Services, 'signing'>, audit: Audit, parent: OneApplication, why: string) {
  if (parent.kind !== 'ATTESTATION_AND_LICENCE') return null;
  if (await tx.serviceApplication.count({ where: { parentId: parent.id } })) return null;
  const now = ctx.now();
  const child = await registerLicencePart(tx, ctx, parent, { basis: 'ATTESTATION', labourRecord: null, attestationDecision: null }, `The licence part of the one application ${parent.number}: the attestation was not passed (A13).`);
  const status = moveTo(APPLICATION, child.status, 'REJECTED_INCOMPLETE', { service: 'LICENCE' });
  const app = await tx.serviceApplication.findUniqueOrThrow({ where: { id: child.id }, include: { applicant: { include: { person: true } } } });
  const reason = `The licence part of the one application ${parent.number} is not considered: it has no attestation decision to rest on (L5 b). ${why}`;
  const document = await signDocument(
    tx,
    ctx.signing,
    { kind: 'INCOMPLETE_REFUSAL', locale: app.applicant.locale, applicationId: child.id, content: incompleteContent({ applicationNumber: child.number, service: 'LICENCE', applicantName: applicantName(app), missing: ['BASIS_DOCUMENT'], reason }, app.applicant.locale) },
    now,
  );
  await tx.serviceApplication.update({ where: { id: child.id }, data: { status, decidedAt: now, missingDocuments: ['BASIS_DOCUMENT'], refusalGrounds: ['INCOMPLETE_PACKAGE'], refusalReason: reason } });
  await tx.applicationStage.create({
    data: { applicationId: child.id, status, stage: 'COMPLETENESS_CHECK_FAILED', actorId: ctx.viewer?.id ?? null, actorRole: actingRole(ctx.viewer, ATTESTATION_ROLES), at: now, note: `No attestation decision: the licence part ends; refusal ${document.number} (A13, L3, G1).` },
  });
  await audit({ action: 'attestation.licencePartEnded', entityType: 'ServiceApplication', entityId: child.id, data: { parentId: parent.id, document: document.number } });
  return child;
}

/** After the commit: ask the handed-over licence parts' state systems once now; what does not answer waits for the scheduler. */
export async function askHandedOverChecks(ctx: AttestationContext, childIds: readonly string[]): Promise<void> {
  if (!childIds.length) return;
  try {
    await retryWaitingStateQueries({ ...ctx, viewer: SYSTEM_VIEWER, requestId: `${ctx.requestId}-hand-over` }, childIds.length, childIds);
  } catch (e) {
    // the requests stay WAITING in the database: the scheduler asks again (licence-jobs.ts)
    console.error('[oryndau] hand-over: asking the state systems failed; the scheduler will retry', e);
  }
}
