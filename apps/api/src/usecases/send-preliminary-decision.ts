// A11 (App.1 p.14, App.2 p.11), for every service whose refusal needs a hearing: before refusing, the provider
// sends the preliminary decision with the notice of the hearing — at least 3 working days before the service
// period ends — and sets the hearing no later than 2 working days after the notice. The application moves
// IN_REVIEW → HEARING; the preliminary decision is a signed document in the applicant's language.
import { APPLICATION, almatyDate, hearingSchedule, refusalRequiresHearing, type ServiceKind as DomainServiceKind } from '@oryndau/domain';
import type { Services } from '../services.ts';
import { DomainError } from '../errors.ts';
import { dbDate, isoDate, isValidIsoDate } from '../dates.ts';
import { moveTo } from '../transitions.ts';
import { signDocument } from '../documents/sign.ts';
import { preliminaryContent } from '../documents/content.ts';
import { applicantName, loadForProvider, requireLawfulRefusal, type ProvidedApplication } from './service-provider.ts';
import { actingRole } from './stages.ts';
import { inTransaction, type Audit, type Tx, type UseCaseContext } from './transaction.ts';

export type HearingContext = UseCaseContext & Pick<Services, 'signing'>;

export interface SendPreliminaryDecisionInput {
  applicationId: string;
  grounds: string[];
  reason: string;
  /** the day of the hearing; default the last lawful day (2 working days after the notice) */
  hearingOn?: string | null;
}

export async function sendPreliminaryDecision(ctx: HearingContext, input: SendPreliminaryDecisionInput) {
  if (input.hearingOn != null && !isValidIsoDate(input.hearingOn)) throw new DomainError('INVALID_INPUT', 'Not a date.', ['input', 'hearingOn'], { key: 'input.date' });
  return inTransaction(ctx, async (tx, audit) => {
    const app = await loadForProvider(tx, ctx.viewer, input.applicationId);
    if (!refusalRequiresHearing(app.kind as DomainServiceKind)) {
      throw new DomainError('INVALID_STATE', 'This service is refused without a hearing.', ['input', 'applicationId'], { key: 'hearing.notForService', rule: 'A11' });
    }
    requireLawfulRefusal(app.kind, input.grounds, input.reason);
    const sent = await sendPreliminaryDecisionIn(tx, ctx, audit, app, input, { lateNotice: 'refuse' });
    return { application: await tx.serviceApplication.findUniqueOrThrow({ where: { id: app.id } }), ...sent };
  });
}

/**
 * A11, in the caller's transaction: the preliminary decision, its hearing and the signed notice. Staff decisions
 * (`lateNotice: 'refuse'`) are refused after the notice's last day; the attestation's automatic outcomes
 * (`'record'`: a failed test, a suspension, a no-show, the Commission's "not passed", on the ground
 * ATTESTATION_NOT_PASSED) still send it — a candidate is never refused without one — and the stage records the
 * term missed, for the dashboards.
 */
export async function sendPreliminaryDecisionIn(tx: Tx, ctx: HearingContext, audit: Audit, app: ProvidedApplication, input: Omit<SendPreliminaryDecisionInput, 'applicationId'>, opts: { lateNotice: 'refuse' | 'record' }) {
  const status = moveTo(APPLICATION, app.status, 'HEARING', { service: app.kind as DomainServiceKind }, ['input', 'applicationId']);
  if (!app.dueOn) throw new DomainError('INVALID_STATE', 'The application has no service period.', ['input', 'applicationId'], { key: 'hearing.noServicePeriod', rule: 'A11' });
  const now = ctx.now();
  const today = almatyDate(now);
  const cal = await ctx.calendar.get(tx);
  const dueOn = isoDate(app.dueOn);
  const schedule = hearingSchedule(dueOn, cal);
  // A11: the notice goes out at least 3 working days before the period ends
  const late = today > schedule.noticeLatestOn;
  if (late && opts.lateNotice === 'refuse') {
    throw new DomainError('DEADLINE_PASSED', `The hearing notice had to go out by ${schedule.noticeLatestOn} (3 working days before ${dueOn}).`, ['input', 'applicationId'], {
      key: 'hearing.noticeTooLate',
      rule: 'A11',
      params: { noticeLatestOn: schedule.noticeLatestOn, serviceDueOn: dueOn },
    });
  }
  const latestOn = schedule.hearingLatestAfterNotice(today);
  const hearingOn = input.hearingOn ?? latestOn;
  // A11: the hearing within 2 working days after the notice, on a working day, not on the notice's own day (T6)
  if (hearingOn <= today || hearingOn > latestOn || !cal.isWorkingDay(hearingOn)) {
    throw new DomainError('INVALID_INPUT', `The hearing must be on a working day after ${today} and no later than ${latestOn}.`, ['input', 'hearingOn'], {
      key: 'hearing.dayOutOfRange',
      rule: 'A11',
      params: { earliest: cal.nextWorkingDay(today), latestOn },
    });
  }
  const reason = input.reason.trim();
  const hearing = await tx.hearing.create({ data: { applicationId: app.id, preliminaryDecision: reason, grounds: input.grounds, noticeSentAt: now, latestOn: dbDate(latestOn), scheduledOn: dbDate(hearingOn) } });
  const document = await signDocument(
    tx,
    ctx.signing,
    {
      kind: 'PRELIMINARY_DECISION',
      locale: app.applicant.locale,
      applicationId: app.id,
      content: { ...preliminaryContent({ applicationNumber: app.number, service: app.kind, applicantName: applicantName(app), grounds: input.grounds, reason, hearingOn, hearingLatestOn: latestOn, serviceDueOn: dueOn }, app.applicant.locale), hearingId: hearing.id },
    },
    now,
  );
  await tx.serviceApplication.update({ where: { id: app.id }, data: { status } });
  await tx.applicationStage.create({
    data: { applicationId: app.id, status, stage: 'PRELIMINARY_DECISION_SENT', actorId: ctx.viewer?.id, actorRole: actingRole(ctx.viewer, ['LICENSING_OFFICER', 'JUSTICE_OFFICER', 'COMMISSION_MEMBER']), at: now, note: `${opts.lateNotice === 'record' ? `${reason} ` : ''}Preliminary decision ${document.number} (grounds: ${input.grounds.join(', ')}); hearing on ${hearingOn}, no later than ${latestOn} (A11).${late ? ` The notice was due by ${schedule.noticeLatestOn}.` : ''}` },
  });
  await audit({ action: 'hearing.preliminaryDecision', entityType: 'ServiceApplication', entityId: app.id, data: { hearingId: hearing.id, documentId: document.id, grounds: input.grounds, hearingOn, latestOn, noticeLate: late } });
  return { hearing, document };
}
