// A11: the hearing is held no later than 2 working days after the notice; what the applicant said (or that they
// did not come) is recorded and signed as the record of the hearing. The application stays HEARING until the
// final decision (decide-after-hearing.ts).
import { APPLICATION, almatyDate, unchangedStatus } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { isoDate } from '../dates.ts';
import { signDocument } from '../documents/sign.ts';
import { hearingRecordContent } from '../documents/content.ts';
import type { Hearing } from '@oryndau/db';
import { applicantName, loadForProvider, type ProvidedApplication } from './service-provider.ts';
import type { HearingContext } from './send-preliminary-decision.ts';
import { actingRole } from './stages.ts';
import { inTransaction, type Audit, type Tx } from './transaction.ts';

export interface HoldHearingInput {
  hearingId: string;
  applicantAttended: boolean;
  /** what the applicant said or sent, and the provider's record of it */
  record: string;
}

export async function holdHearing(ctx: HearingContext, input: HoldHearingInput) {
  if (input.record.trim().length < 10) throw new DomainError('INVALID_INPUT', 'Record what was said (at least 10 characters).', ['input', 'record'], { key: 'input.tooShort', params: { min: 10 } });
  return inTransaction(ctx, async (tx, audit) => {
    const found = await tx.hearing.findUnique({ where: { id: input.hearingId } });
    if (!found) throw new DomainError('NOT_FOUND', 'Unknown hearing.', ['input', 'hearingId']);
    const app = await loadForProvider(tx, ctx.viewer, found.applicationId);
    const hearing = await tx.hearing.findUniqueOrThrow({ where: { id: found.id } });
    if (app.status !== 'HEARING' || hearing.heldOn || hearing.decidedAt) {
      throw new DomainError('INVALID_STATE', 'This hearing was already held or decided.', ['input', 'hearingId'], { key: 'hearing.alreadyHeld', rule: 'A11' });
    }
    const { held, document } = await holdHearingIn(tx, ctx, audit, app, hearing, input);
    return { hearing: held, document, application: app };
  });
}

/** A11, in the caller's transaction: the hearing held and its signed record (the attestation's hearing uses it too). */
export async function holdHearingIn(tx: Tx, ctx: HearingContext, audit: Audit, app: ProvidedApplication, hearing: Hearing, input: Omit<HoldHearingInput, 'hearingId'>) {
  const now = ctx.now();
  const today = almatyDate(now);
  const latestOn = isoDate(hearing.latestOn);
  const noticeOn = almatyDate(hearing.noticeSentAt);
  if (today > latestOn) {
    throw new DomainError('DEADLINE_PASSED', `The hearing had to be held by ${latestOn} (2 working days after the notice).`, ['input', 'hearingId'], { key: 'hearing.tooLate', rule: 'A11', params: { latestOn } });
  }
  if (today <= noticeOn) {
    throw new DomainError('INVALID_STATE', 'The hearing is held after the day of the notice.', ['input', 'hearingId'], { key: 'hearing.tooEarly', rule: 'A11', params: { noticeOn } });
  }
  const held = await tx.hearing.update({ where: { id: hearing.id }, data: { heldOn: new Date(`${today}T00:00:00Z`), applicantAttended: input.applicantAttended, record: input.record.trim() } });
  const document = await signDocument(
    tx,
    ctx.signing,
    {
      kind: 'HEARING_RECORD',
      locale: app.applicant.locale,
      applicationId: app.id,
      content: { ...hearingRecordContent({ applicationNumber: app.number, service: app.kind, applicantName: applicantName(app), heldOn: today, attended: input.applicantAttended, record: input.record.trim() }, app.applicant.locale), hearingId: hearing.id },
    },
    now,
  );
  await tx.applicationStage.create({
    data: { applicationId: app.id, status: unchangedStatus(APPLICATION, app.status), stage: 'HEARING_HELD', actorId: ctx.viewer?.id, actorRole: actingRole(ctx.viewer, ['LICENSING_OFFICER', 'JUSTICE_OFFICER', 'COMMISSION_MEMBER']), at: now, note: `Hearing held on ${today} (applicant ${input.applicantAttended ? 'attended' : 'did not attend'}); record ${document.number} (A11).` },
  });
  await audit({ action: 'hearing.held', entityType: 'Hearing', entityId: hearing.id, data: { applicationId: app.id, attended: input.applicantAttended, documentId: document.id } });
  return { held, document };
}
