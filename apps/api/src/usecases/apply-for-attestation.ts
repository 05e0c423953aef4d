// A1, A2, A3, A6, A12, A13, T3: a candidate applies on the portal for an announced attestation, as attestation only
// or as one application for attestation and the licence (A13). Refused before anything is stored: a form missing
// what A2 requires; an application fewer than 5 working days before the session (A1, with the next session still
// open as the first admissible date); a candidate suspended for using aids less than 3 months ago (A6, with the
// date from which they may apply). Identity and the health registers are pulled, never asked (A3). Registered on
// receipt, the next working day after hours (T3); the service period is 10 working days from the closing date (A12).
import { admissionRefusals, almatyDate, APPLICATION, attestationServiceDueOn, missingAttestationFields, register, type AttestationApplicationForm } from '@oryndau/domain';
import type { Prisma } from '@oryndau/db';
import { requireApplicantAccount } from '../access.ts';
import { DomainError, type UserErrorShape } from '../errors.ts';
import { dbDate } from '../dates.ts';
import { createAs } from '../transitions.ts';
import { heldOnOf, lockSession, pullStateRecords, type AttestationContext } from './attestation-common.ts';
import { rowById } from './idempotency.ts';
import { newId, nextNumber } from './numbers.ts';
import { ATTESTATION_CHECKS } from '@oryndau/domain';
import { callStateSystems, recordStateAnswers } from '../state-systems/checks.ts';
import { inTransaction } from './transaction.ts';

export interface ApplyForAttestationInput {
  sessionId: string;
  kind: 'ATTESTATION' | 'ATTESTATION_AND_LICENCE';
  form: AttestationApplicationForm;
  idempotencyKey?: string | null;
}

function formErrors(form: AttestationApplicationForm): UserErrorShape[] {
  return missingAttestationFields(form).map((f) => ({
    code: 'INVALID_INPUT' as const,
    field: ['input', 'form', ...f.split('.')],
    message: `${f} is required (A2).`,
    key: f === 'email' && form.email ? 'input.emailInvalid' : 'attestation.formFieldRequired',
    rule: 'A2',
    params: { field: f },
  }));
}

export async function applyForAttestation(ctx: AttestationContext, input: ApplyForAttestationInput) {
  requireApplicantAccount(ctx.viewer);
  const viewer = ctx.viewer;
  const errors = formErrors(input.form);
  if (errors.length) throw new DomainError(errors);
  // A3: the identity and health registers are asked outside the transaction (a slow system must not hold it open)
  const applicationId = newId();
  const person = await ctx.db.prisma.person.findUniqueOrThrow({ where: { id: viewer.personId! }, select: { iin: true } });
  const asked = await callStateSystems(ctx.stateSystems, ctx.db.prisma, applicationId, person.iin, ATTESTATION_CHECKS);
  return inTransaction(ctx, async (tx, audit) => {
    const session = await lockSession(tx, input.sessionId);
    const now = ctx.now();
    const cal = await ctx.calendar.get(tx);
    const heldOn = heldOnOf(session);
    const others = await tx.attestationSession.findMany({ where: { regionId: session.regionId, status: 'ANNOUNCED', id: { not: session.id }, heldAt: { gt: now } }, select: { id: true, heldAt: true } });
    const suspended = await tx.testResult.findMany({ where: { suspended: true, application: { applicantId: viewer.id } }, select: { finishedAt: true } });
    const refusals = admissionRefusals({ now, session: { heldOn, status: session.status }, otherSessions: others.map((o) => ({ id: o.id, heldOn: almatyDate(o.heldAt) })), suspensions: suspended.map((s) => almatyDate(s.finishedAt)) }, cal);
    if (refusals.length) {
      throw new DomainError(refusals.map((r): UserErrorShape => {
        switch (r.code) {
          case 'TOO_LATE':
            return {
              code: 'DEADLINE_PASSED', field: ['input', 'sessionId'], rule: 'A1', key: 'attestation.applicationTooLate',
              message: `Applications for this attestation closed on ${r.lastDay} (5 working days before it, A1).${r.nextSession ? ` The next session in the region is on ${r.nextSession.heldOn}; apply by ${r.nextSession.closesOn}.` : ''}`,
              params: { lastDay: r.lastDay, firstAdmissibleDate: r.nextSession ? almatyDate(now) : null, nextSessionOn: r.nextSession?.heldOn ?? null, nextSessionClosesOn: r.nextSession?.closesOn ?? null },
            };
          case 'SUSPENDED':
            return {
              code: 'INVALID_STATE', field: null, rule: 'A6', key: 'attestation.suspendedRecently',
              message: `You were suspended from an attestation on ${r.suspendedOn} for using aids; you may apply again from ${r.reapplyFrom} (A6).`,
              params: { suspendedOn: r.suspendedOn, firstAdmissibleDate: r.reapplyFrom },
            };
          case 'SESSION_CLOSED':
            return { code: 'INVALID_STATE', field: ['input', 'sessionId'], rule: 'A1', key: 'attestation.sessionNotOpen', message: 'This attestation is no longer taking applications.', params: { status: session.status } };
        }
      }));
    }
    const open = await tx.serviceApplication.findFirst({ where: { applicantId: viewer.id, attestationSessionId: session.id, status: { in: ['REGISTERED', 'IN_REVIEW', 'HEARING', 'APPROVED'] } }, select: { number: true } });
    if (open) throw new DomainError('CONFLICT', `You have already applied for this attestation (${open.number}).`, ['input', 'sessionId'], { key: 'attestation.alreadyApplied', params: { number: open.number } });

    // A3: identity and the health registers from the state systems, shown on the form with their source
    const state = await pullStateRecords(tx, ctx, viewer.personId!);
    const registration = register(now, 'PORTAL', cal);
    const status = createAs(APPLICATION, 'REGISTERED');
    const number = await nextNumber(tx, `${input.kind === 'ATTESTATION' ? 'ATT' : 'ATL'}-${almatyDate(now).slice(0, 4)}`);
    const form = { ...input.form, stateRecords: state } as unknown as Prisma.InputJsonValue;
    const app = await tx.serviceApplication.create({
      data: {
        id: applicationId, number, kind: input.kind, channel: 'PORTAL', status, applicantId: viewer.id, providerRegionId: session.regionId,
        receivedAt: now, registeredAt: registration.registeredAt, dueOn: dbDate(attestationServiceDueOn(heldOn, cal)), form, attestationSessionId: session.id,
        stages: {
          create: [{
            status, stage: 'REGISTERED', actorId: viewer.id, actorRole: 'APPLICANT', at: now,
            note: `${registration.afterHours ? `Received after hours; registered on ${registration.registeredOn} (T3). ` : ''}Identity and the mental-health and narcology registers pulled from the state systems (A3).`,
          }],
        },
      },
    });
    // A3: the answers (or, for a system that did not answer, the wait and its retries) kept with the application
    await recordStateAnswers(tx, audit, { id: app.id, status: app.status }, asked, now, viewer.id);
    await audit({ action: 'attestation.applied', entityType: 'ServiceApplication', entityId: app.id, data: { number, sessionId: session.id, kind: input.kind } });
    return app;
  }, { idempotency: rowById('applyForAttestation', input, (tx, id) => tx.serviceApplication.findUniqueOrThrow({ where: { id } })) });
}
