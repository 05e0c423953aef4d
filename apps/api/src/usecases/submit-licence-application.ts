// L1–L3, L5 (App.2 p.2–10): an applicant applies on the portal for the private-bailiff licence on exactly one
// basis (L5: a labour record, or an attestation decision — number, date, region). What the state holds is pulled
// from its systems, never asked (L2): identity and the six registers; a system that does not answer leaves the
// application waiting for it (state-systems/checks.ts), never lost. Registered on the day of receipt, the next
// working day after hours (L3, T3); the term is 10 working days from registration (L7, T6).
import { APPLICATION, LICENCE_CHECKS, PERIODS, almatyDate, register, serviceDueOn, unchangedStatus, validateLicenceBasis, type LabourEntry } from '@oryndau/domain';
import type { Prisma } from '@oryndau/db';
import type { Services } from '../services.ts';
import { hasRole, requireSignedIn } from '../access.ts';
import { DomainError } from '../errors.ts';
import { dbDate, isValidIsoDate } from '../dates.ts';
import { createAs } from '../transitions.ts';
import { callStateSystems, recordStateAnswers } from '../state-systems/checks.ts';
import { newId, nextNumber } from './numbers.ts';
import { actingRole } from './stages.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

export type LicenceContext = UseCaseContext & Pick<Services, 'stateSystems' | 'signing'>;

export interface SubmitLicenceApplicationInput {
  labourRecord?: LabourEntry[] | null;
  attestationDecision?: { number: string; date: string; region: string } | null;
  idempotencyKey?: string | null;
}

const basisErrorKey: Record<string, string> = {
  NO_BASIS: 'licence.noBasis',
  MORE_THAN_ONE_BASIS: 'licence.moreThanOneBasis',
  INVALID_ENTRY: 'licence.labourEntryInvalid',
  INCOMPLETE_ATTESTATION_DECISION: 'licence.attestationDecisionIncomplete',
};

/** The portal's applicant, with their person (identity comes from the token, never from the form). */
export async function requirePortalApplicant(ctx: UseCaseContext) {
  const viewer = ctx.viewer;
  requireSignedIn(viewer);
  if (!hasRole(viewer, 'APPLICANT') || !viewer.personId) {
    throw new DomainError('FORBIDDEN', 'Only a signed-in individual applies for a licence, through the portal (L1).', null, { key: 'licence.portalApplicantOnly', rule: 'L1' });
  }
  const person = await ctx.db.prisma.person.findUniqueOrThrow({ where: { id: viewer.personId } });
  return { viewer, person };
}

export async function submitLicenceApplication(ctx: LicenceContext, input: SubmitLicenceApplicationInput) {
  const { viewer, person } = await requirePortalApplicant(ctx);
  for (const [i, e] of (input.labourRecord ?? []).entries()) {
    for (const k of ['startedOn', 'endedOn'] as const) {
      if (!isValidIsoDate(e[k])) throw new DomainError('INVALID_INPUT', 'Not a date.', ['input', 'labourRecord', String(i), k], { key: 'input.dateFormat' });
    }
  }
  if (input.attestationDecision && !isValidIsoDate(input.attestationDecision.date)) {
    throw new DomainError('INVALID_INPUT', 'Not a date.', ['input', 'attestationDecision', 'date'], { key: 'input.dateFormat' });
  }
  const basisInput = { labourRecord: input.labourRecord ?? null, attestationDecision: input.attestationDecision ?? null };
  const basis = validateLicenceBasis(basisInput);
  // L5: exactly one basis, well formed, before anything is stored; whether the record is long enough (or clean)
  // is a qualification question, decided through the hearing (L4 "qualification requirements not met")
  if (!basis.ok) {
    const formal = basis.errors.filter((e) => basisErrorKey[e.code]);
    if (formal.length) {
      throw new DomainError(
        formal.map((e) => ({
          code: 'INVALID_INPUT' as const,
          field: e.code === 'INVALID_ENTRY' ? ['input', 'labourRecord', String(e.index)] : e.code === 'INCOMPLETE_ATTESTATION_DECISION' ? ['input', 'attestationDecision'] : ['input'],
          message: e.code === 'NO_BASIS' ? 'Give one basis: the labour record or the attestation decision (L5).' : e.code === 'MORE_THAN_ONE_BASIS' ? 'Give exactly one basis, not both (L5).' : e.code === 'INVALID_ENTRY' ? e.message : 'The attestation decision needs its number, date and region (L5).',
          key: basisErrorKey[e.code]!,
          rule: 'L5',
          params: { missing: e.code === 'INCOMPLETE_ATTESTATION_DECISION' ? e.missing.join(', ') : null },
        })),
      );
    }
  }
  const id = newId();
  const asked = await callStateSystems(ctx.stateSystems, ctx.db.prisma, id, person.iin, LICENCE_CHECKS);
  return inTransaction(
    ctx,
    async (tx, audit) => {
      const now = ctx.now();
      const cal = await ctx.calendar.get(tx);
      const registration = register(now, 'PORTAL', cal);
      const dueOn = serviceDueOn(registration, PERIODS.licenceIssue, cal);
      const status = createAs(APPLICATION, 'REGISTERED');
      const number = await nextNumber(tx, `LIC-${almatyDate(now).slice(0, 4)}`);
      const identity = asked.find((a) => a.system === 'IDENTITY')?.answer;
      const form = {
        basis: basis.ok ? basis.basis : input.labourRecord?.length ? 'LABOUR_RECORD' : 'ATTESTATION',
        labourRecord: input.labourRecord ?? null,
        attestationDecision: input.attestationDecision ?? null,
        qualifiesAs: basis.ok && basis.basis === 'LABOUR_RECORD' ? basis.qualifiesAs : null,
        // L2: pulled, not asked — what the identity register said, with its source
        identity: identity?.ok ? { ...(identity.data as object), source: identity.source, found: identity.found } : null,
      } as unknown as Prisma.InputJsonValue;
      const app = await tx.serviceApplication.create({
        data: {
          id, number, kind: 'LICENCE', channel: 'PORTAL', status, applicantId: viewer.id, receivedAt: now, registeredAt: registration.registeredAt, dueOn: dbDate(dueOn), form,
          stages: { create: [{ status, stage: 'REGISTERED', actorId: viewer.id, actorRole: actingRole(viewer, ['APPLICANT']), at: now, note: registration.afterHours ? `Received after hours; registered on ${registration.registeredOn} (L3, T3).` : 'Registered on the day of receipt (L3).' }] },
        },
      });
      const states = await recordStateAnswers(tx, audit, app, asked, now, viewer.id);
      if (!states.some((s) => s.status === 'WAITING')) {
        await tx.applicationStage.create({ data: { applicationId: app.id, status: unchangedStatus(APPLICATION, status), stage: 'STATE_SYSTEMS_CHECKED', actorId: viewer.id, actorRole: actingRole(viewer, ['APPLICANT']), at: now, note: 'Identity and the registers were asked; nothing was asked of the applicant (L2).' } });
      }
      await audit({ action: 'licence.apply', entityType: 'ServiceApplication', entityId: app.id, data: { number, basis: (form as { basis: string }).basis, dueOn } });
      return app;
    },
    {
      idempotency: {
        mutation: 'submitLicenceApplication',
        key: input.idempotencyKey,
        input,
        save: (a) => ({ id: a.id }),
        load: (tx, saved) => tx.serviceApplication.findUniqueOrThrow({ where: { id: (saved as { id: string }).id } }),
      },
    },
  );
}
