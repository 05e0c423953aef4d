// complaints (issue 10) — C1, C2, T3, T6: an applicant complains about a decision, an action or an inaction on
// one of their applications (any service), or about a private bailiff's action in their enforcement case, to
// the head of the provider, the Ministry or the quality-control body. Registered on receipt within acceptance
// hours, else on the next working day (T3, the providers' rule, as for an application); the term runs from the
// day after registration (T6): 5 working days, 15 for the quality-control body (C2).
import { COMPLAINT, complaintDueOn, complaintHandler, register, type ComplaintAbout, type ComplaintAddressee } from '@oryndau/domain';
import { DomainError, invalid } from '../errors.ts';
import { dbDate } from '../dates.ts';
import { hasRole } from '../access.ts';
import { createAs } from '../transitions.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { nextNumber } from './numbers.ts';
import { recordComplaintStage } from './complaint-stages.ts';
import { issueAccessCode } from './status-access-code.ts';

export interface FileComplaintInput {
  addressee: ComplaintAddressee;
  about: ComplaintAbout;
  applicationId?: string | null;
  proceedingId?: string | null;
  subject: string;
  text: string;
  idempotencyKey?: string | null;
}

export async function fileComplaint(ctx: UseCaseContext, input: FileComplaintInput): Promise<{ complaintId: string; accessCode: string | null }> {
  const viewer = ctx.viewer;
  if (!viewer || !hasRole(viewer, 'APPLICANT')) throw new DomainError('FORBIDDEN', 'Only applicants file complaints, about their own applications and cases.', null, { key: 'complaint.applicantsOnly', rule: 'C1' });
  const subject = input.subject.trim();
  const text = input.text.trim();
  const errors: DomainError[] = [];
  if (!subject) errors.push(invalid(['input', 'subject'], 'Say in a line what the complaint is about.', { key: 'input.required' }));
  if (!text) errors.push(invalid(['input', 'text'], 'Describe the decision, action or inaction complained about.', { key: 'input.required' }));
  if (input.about === 'BAILIFF_ACTION' ? !input.proceedingId : !input.applicationId) {
    errors.push(invalid(['input', input.about === 'BAILIFF_ACTION' ? 'proceedingId' : 'applicationId'], 'Name the application (or, for a bailiff’s action, the enforcement case) complained about.', { key: 'complaint.itemRequired', rule: 'C1' }));
  }
  if (errors.length) throw new DomainError(errors.flatMap((e) => e.errors));

  return inTransaction<{ complaintId: string; accessCode: string | null }>(ctx, async (tx, audit) => {
    // the item complained about: the complainant's own, or "not found" (another's is never revealed)
    let applicationId: string | null = null;
    let proceedingId: string | null = null;
    let bailiffId: string | null = null;
    let item: Parameters<typeof complaintHandler>[1];
    if (input.about === 'BAILIFF_ACTION') {
      const p = await tx.enforcementProceeding.findUnique({
        where: { id: input.proceedingId! },
        select: { id: true, bailiffId: true, bailiff: { select: { chamberId: true } }, document: { select: { applicationId: true, application: { select: { applicantId: true } } } } },
      });
      if (!p || p.document.application?.applicantId !== viewer.id) throw new DomainError('NOT_FOUND', 'No such case of yours.', ['input', 'proceedingId']);
      if (!p.bailiffId) throw new DomainError('INVALID_INPUT', 'No private bailiff acts in this case: complain about the state bailiff’s action to the provider.', ['input', 'about'], { key: 'complaint.noPrivateBailiff', rule: 'C1' });
      proceedingId = p.id;
      applicationId = p.document.applicationId;
      bailiffId = p.bailiffId;
      item = { about: input.about, serviceKind: 'ENFORCEMENT_INITIATION', providerRegionId: null, chamberId: p.bailiff!.chamberId };
    } else {
      const a = await tx.serviceApplication.findUnique({ where: { id: input.applicationId! }, select: { id: true, applicantId: true, kind: true, providerRegionId: true, document: { select: { proceeding: { select: { id: true } } } } } });
      if (!a || a.applicantId !== viewer.id) throw new DomainError('NOT_FOUND', 'No such application of yours.', ['input', 'applicationId']);
      applicationId = a.id;
      proceedingId = a.document?.proceeding?.id ?? null;
      item = { about: input.about, serviceKind: a.kind, providerRegionId: a.providerRegionId, chamberId: null };
    }
    const h = complaintHandler(input.addressee, item);
    if (!h.ok) {
      throw h.code === 'NOT_HANDLED_ON_PLATFORM'
        ? new DomainError('INVALID_INPUT', 'The State Corporation considers complaints about its own offices on paper; address this one to the provider’s head, the Ministry or the quality-control body.', ['input', 'addressee'], { key: 'complaint.addresseeNotOnPlatform', rule: 'C1' })
        : new DomainError('INVALID_INPUT', 'This item has no provider to complain to yet; address the complaint to the Ministry or the quality-control body.', ['input', 'addressee'], { key: 'complaint.noProvider', rule: 'C1' });
    }

    const now = ctx.now();
    const calendar = await ctx.calendar.get(tx);
    const registration = register(now, 'PORTAL', calendar);
    const due = complaintDueOn(registration.periodStartsAfter, input.addressee, calendar);
    const number = await nextNumber(tx, `CMP-${registration.registeredOn.slice(0, 4)}`);
    const status = createAs(COMPLAINT, 'REGISTERED');
    const complaint = await tx.complaint.create({
      data: {
        number, complainantId: viewer.id, addressee: input.addressee, about: input.about, applicationId, proceedingId, bailiffId,
        subject, text, status, registeredAt: registration.registeredAt, dueOn: dbDate(due), currentDueOn: dbDate(due),
        handlerRole: h.handler.role, handlerRegionId: h.handler.regionId, handlerChamberId: h.handler.chamberId,
      },
    });
    await recordComplaintStage(tx, {
      complaintId: complaint.id, stage: 'REGISTERED', status, at: registration.registeredAt, actorRole: 'APPLICANT', actorId: viewer.id,
      note: registration.afterHours ? `Received after hours; registered on ${registration.registeredOn} (T3). Considered by ${due} (C2).` : `Considered by ${due} (C2).`,
    });
    const accessCode = await issueAccessCode(tx, { number, complaintId: complaint.id });
    await audit({ action: 'complaint.file', entityType: 'Complaint', entityId: complaint.id, data: { number, addressee: input.addressee, about: input.about, dueOn: due, handlerRole: h.handler.role } });
    return { complaintId: complaint.id, accessCode };
  }, {
    idempotency: {
      mutation: 'fileComplaint',
      key: input.idempotencyKey,
      input,
      save: (r) => ({ complaintId: r.complaintId }),
      // a replay does not show the code again (only its hash is kept): the complainant can issue a new one
      load: async (_tx, saved) => ({ complaintId: (saved as { complaintId: string }).complaintId, accessCode: null as string | null }),
    },
  });
}
