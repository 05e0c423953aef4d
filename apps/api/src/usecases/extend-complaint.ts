// complaints (issue 10) — C3: the handler extends the term once, by at most 10 working days, for an additional
// study, an on-site check or more information; the complainant is told with the reasons. The platform tells them
// at once, on their personal account (the notice is the extension's own stage, within the 3 working days the law
// allows, whose last day is recorded for the dashboards) and with a notice signed by the platform in their
// language (COMPLAINT_EXTENSION_NOTICE); a second extension is refused.
import { COMPLAINT, almatyDate, extendComplaint, type ExtensionReason } from '@oryndau/domain';
import { DomainError, type UserErrorShape } from '../errors.ts';
import { dbDate, isoDate } from '../dates.ts';
import { complaintActorRole, requireComplaintHandler } from '../access.ts';
import { moveTo } from '../transitions.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { recordComplaintStage } from './complaint-stages.ts';
import { complaintForDocuments, complaintHeadOf } from './complaint-documents.ts';
import type { Services } from '../services.ts';
import { signDocument } from '../documents/sign.ts';
import { complaintExtensionContent } from '../documents/content.ts';

const ERROR_TEXT = {
  ALREADY_EXTENDED: ['complaint.alreadyExtended', 'The term was already extended once; a second extension is not allowed (C3).'],
  TOO_LONG: ['complaint.extensionTooLong', 'An extension is at most 10 working days (C3).'],
  INVALID_LENGTH: ['complaint.extensionLength', 'An extension is a whole number of working days, at least 1.'],
  NOT_A_LAWFUL_REASON: ['complaint.extensionGround', 'An extension is only for an additional study, an on-site check or more information (C3).'],
  TERM_ALREADY_EXPIRED: ['complaint.termExpired', 'The term has already ended: it can no longer be extended.'],
  ADDRESSEE_MAY_NOT_EXTEND: ['complaint.mayNotExtend', 'This body may not extend the term (C3).'],
} as const;

export async function extendComplaintTerm(ctx: UseCaseContext & Pick<Services, 'signing'>, input: { complaintId: string; workingDays: number; ground: ExtensionReason; reason: string }) {
  return inTransaction(ctx, async (tx, audit) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Complaint" WHERE "id" = ${input.complaintId} FOR UPDATE`;
    if (!rows.length) throw new DomainError('NOT_FOUND', 'Unknown complaint.', ['input', 'complaintId']);
    const c = await complaintForDocuments(tx, input.complaintId);
    requireComplaintHandler(ctx.viewer, c);
    const reason = input.reason.trim();
    if (reason.length < 10) throw new DomainError('INVALID_INPUT', 'Tell the complainant why the term is extended (C3).', ['input', 'reason'], { key: 'complaint.extensionReasonRequired', rule: 'C3' });
    // C3 "once": the table has no EXTENDED → EXTENDED edge; the rule says why first
    const now = ctx.now();
    const today = almatyDate(now);
    const calendar = await ctx.calendar.get(tx);
    const r = extendComplaint({ addressee: c.addressee, dueOn: isoDate(c.dueOn), extendedOn: today, workingDays: input.workingDays, reason: input.ground, alreadyExtended: c.extendedAt !== null || c.status === 'EXTENDED' }, calendar);
    if (!r.ok) {
      throw new DomainError(r.errors.map((e): UserErrorShape => {
        const [key, message] = ERROR_TEXT[e.code];
        const field = e.code === 'TOO_LONG' || e.code === 'INVALID_LENGTH' ? ['input', 'workingDays'] : e.code === 'NOT_A_LAWFUL_REASON' ? ['input', 'ground'] : null;
        return { code: e.code === 'ALREADY_EXTENDED' || e.code === 'TERM_ALREADY_EXPIRED' ? 'INVALID_STATE' as const : 'INVALID_INPUT' as const, message, field, key, rule: 'C3', params: e.code === 'TOO_LONG' ? { max: e.max } : e.code === 'ALREADY_EXTENDED' ? { extendedDueOn: c.extendedDueOn ? isoDate(c.extendedDueOn) : null } : null } as UserErrorShape;
      }));
    }
    const status = moveTo(COMPLAINT, c.status, 'EXTENDED', undefined, ['input', 'complaintId']);
    const actorRole = complaintActorRole(ctx.viewer, c);
    const notice = `The term of complaint ${c.number} is extended by ${input.workingDays} working days, to ${r.newDueOn} (${input.ground.toLowerCase().replace(/_/g, ' ')}): ${reason}`;
    await tx.complaint.update({
      where: { id: c.id },
      data: {
        status, extendedDueOn: dbDate(r.newDueOn), currentDueOn: dbDate(r.newDueOn), extensionGround: input.ground, extensionReason: reason, extensionDays: input.workingDays,
        extendedAt: now, extensionNotifyBy: dbDate(r.notifyBy), extensionNotifiedAt: now, extensionNotice: notice,
      },
    });
    const document = await signDocument(
      tx,
      ctx.signing,
      {
        kind: 'COMPLAINT_EXTENSION_NOTICE',
        locale: c.complainant.locale,
        complaintId: c.id,
        content: complaintExtensionContent({ ...complaintHeadOf(c), originalDueOn: isoDate(c.dueOn), workingDays: input.workingDays, newDueOn: r.newDueOn, ground: input.ground, reasons: reason }, c.complainant.locale),
      },
      now,
    );
    await recordComplaintStage(tx, { complaintId: c.id, stage: 'EXTENDED', status, at: now, actorRole, actorId: ctx.viewer!.id, note: `Extended by ${input.workingDays} working days to ${r.newDueOn} (C3).` });
    await recordComplaintStage(tx, { complaintId: c.id, stage: 'EXTENSION_NOTICE_SENT', status, at: now, actorRole, actorId: ctx.viewer!.id, note: `${notice} (due by ${r.notifyBy}, C3) Notice ${document.number}.` });
    await audit({ action: 'complaint.extend', entityType: 'Complaint', entityId: c.id, data: { workingDays: input.workingDays, ground: input.ground, newDueOn: r.newDueOn, notifyBy: r.notifyBy, documentId: document.id } });
    return { complaintId: c.id };
  });
}
