// L7, L9 (Annex 5): the licensing officer issues the licence — a unique number, the holder (name, IIN), the
// licensed activity, special conditions, the note, the licensor, the authorised manager and the place of issue —
// signed by the platform (the PDF of Annex 5). Only when every state system has answered and nothing bars it (L2,
// L4: otherwise the refusal goes through the hearing, A11), on a basis of L5, with the fee paid (L6). After a
// hearing that withdrew the preliminary decision (RECONSIDER), the grounds it was about no longer bar the issue;
// the fee still does. IN_REVIEW (or HEARING) → APPROVED; the licence is ACTIVE (its table).
import { APPLICATION, LICENCE, almatyDate, isFeePaid, licenceFeeTenge, suggestedLicenceGrounds, validateLicenceBasis, type LabourEntry } from '@oryndau/domain';
import type { LicenceBasis, Prisma } from '@oryndau/db';
import { DomainError } from '../errors.ts';
import { createAs, moveTo } from '../transitions.ts';
import { signDocument } from '../documents/sign.ts';
import { licenceContent } from '../documents/content.ts';
import { summaries } from '../state-systems/checks.ts';
import { loadForProvider } from './service-provider.ts';
import type { LicenceContext } from './submit-licence-application.ts';
import { mciOn } from './pay-licence-fee.ts';
import { nextInSeries } from './numbers.ts';
import { actingRole } from './stages.ts';
import { inTransaction, type Tx } from './transaction.ts';

export interface IssueLicenceInput {
  applicationId: string;
  specialConditions?: string | null;
  placeOfIssue?: string | null;
}

export interface LicenceForm {
  basis: 'LABOUR_RECORD' | 'ATTESTATION';
  labourRecord: LabourEntry[] | null;
  attestationDecision: { number: string; date: string; region: string } | null;
}

/** L9: a unique licence number, `PB-<year>-<serial>`, gap-free per year. */
export async function nextLicenceNumber(tx: Tx, now: Date): Promise<string> {
  const year = almatyDate(now).slice(0, 4);
  return `PB-${year}-${String(await nextInSeries(tx, `licence-number-${year}`)).padStart(6, '0')}`;
}

export async function issueLicence(ctx: LicenceContext, input: IssueLicenceInput) {
  return inTransaction(ctx, async (tx, audit) => {
    const app = await loadForProvider(tx, ctx.viewer, input.applicationId);
    if (app.kind !== 'LICENCE' && app.kind !== 'ATTESTATION_AND_LICENCE') throw new DomainError('INVALID_STATE', 'Not a licence application.', ['input', 'applicationId'], { key: 'licence.notLicenceApplication' });
    const person = app.applicant.person;
    if (!person) throw new DomainError('INVALID_STATE', 'The applicant is not an individual.', ['input', 'applicationId'], { key: 'licence.notIndividual', rule: 'L9' });
    const status = moveTo(APPLICATION, app.status, 'APPROVED', { service: app.kind as never }, ['input', 'applicationId']);
    const states = await summaries(tx, app.id);
    const waiting = states.filter((s) => s.status === 'WAITING').map((s) => s.system);
    if (waiting.length) throw new DomainError('INVALID_STATE', `Waiting for ${waiting.join(', ')}.`, ['input', 'applicationId'], { key: 'licence.waitingForStateSystems', rule: 'L2', params: { systems: waiting.join(', ') } });
    const now = ctx.now();
    const form = app.form as unknown as LicenceForm;
    const payments = await tx.payment.findMany({ where: { applicationId: app.id } });
    const fee = licenceFeeTenge(app.kind as 'LICENCE', await mciOn(tx, Number(almatyDate(now).slice(0, 4))));
    if (!isFeePaid(payments, fee)) throw new DomainError('INVALID_STATE', `The fee of ${fee} tenge is not paid: refuse through the hearing (L4) or wait for the payment.`, ['input', 'applicationId'], { key: 'licence.feeNotPaid', rule: 'L6', params: { fee } });
    const grounds = suggestedLicenceGrounds({ answers: states, basis: { labourRecord: form.labourRecord, attestationDecision: form.attestationDecision }, payments, feeTenge: fee });
    const reconsidered = await tx.hearing.count({ where: { applicationId: app.id, outcome: 'RECONSIDERED' } });
    if (grounds.length && !reconsidered) {
      throw new DomainError('INVALID_STATE', `The checks support a refusal (${grounds.join(', ')}): send the preliminary decision and hold the hearing first (A11).`, ['input', 'applicationId'], {
        key: 'licence.groundsToResolve',
        rule: 'L4',
        params: { grounds: grounds.join(', ') },
      });
    }
    const basis = validateLicenceBasis({ labourRecord: form.labourRecord, attestationDecision: form.attestationDecision });
    const number = await nextLicenceNumber(tx, now);
    const placeOfIssue = input.placeOfIssue?.trim() || 'Astana';
    const specialConditions = input.specialConditions?.trim() || null;
    const licence = await tx.licence.create({
      data: {
        number,
        holderId: person.id,
        status: createAs(LICENCE, 'ACTIVE'),
        basis: form.basis as LicenceBasis,
        basisDetails: { ...(form.basis === 'ATTESTATION' ? { attestationDecision: form.attestationDecision } : { labourRecord: form.labourRecord, qualifiesAs: basis.ok && basis.basis === 'LABOUR_RECORD' ? basis.qualifiesAs : null }) } as Prisma.InputJsonValue,
        specialConditions,
        note: 'Not alienable; permit class 1',
        authorisedManager: ctx.viewer?.displayName ?? 'Ministry of Justice',
        placeOfIssue,
        issuedAt: now,
        applicationId: app.id,
      },
    });
    const document = await signDocument(
      tx,
      ctx.signing,
      {
        kind: 'LICENCE',
        number,
        locale: app.applicant.locale,
        applicationId: app.id,
        licenceId: licence.id,
        content: licenceContent({ number, issuedAt: now, holder: person, basis: form.basis, specialConditions, authorisedManager: licence.authorisedManager, placeOfIssue }, app.applicant.locale),
      },
      now,
    );
    const updated = await tx.serviceApplication.update({ where: { id: app.id }, data: { status, decidedAt: now } });
    await tx.applicationStage.create({ data: { applicationId: app.id, status, stage: 'RESULT_ISSUED', actorId: ctx.viewer?.id, actorRole: actingRole(ctx.viewer, ['LICENSING_OFFICER', 'JUSTICE_OFFICER', 'COMMISSION_MEMBER']), at: now, note: `Licence ${number} issued, signed (${document.number}) (L7, L9).` } });
    await audit({ action: 'licence.issue', entityType: 'Licence', entityId: licence.id, data: { applicationId: app.id, number, documentId: document.id } });
    return { application: updated, licence, document };
  });
}
