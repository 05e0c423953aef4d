// complaints (issue 10) — G1, C2, C4: the handler records the outcome (upheld, partly upheld, rejected) with its
// reasons; whether it was decided within the (extended) term is recorded with it, for the dashboards. The decision
// is issued as a document signed by the platform in the complainant's language, in the same transaction, so that
// the complainant holds a verifiable paper to take to court (C4).
import { COMPLAINT, almatyDate, currentComplaintDueOn, decideComplaint, type ComplaintOutcome } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { isoDate } from '../dates.ts';
import { complaintActorRole, requireComplaintHandler } from '../access.ts';
import { moveTo } from '../transitions.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { recordComplaintStage } from './complaint-stages.ts';
import type { Services } from '../services.ts';
import { signDocument } from '../documents/sign.ts';
import { complaintDecisionContent } from '../documents/content.ts';
import { complaintForDocuments, complaintHeadOf } from './complaint-documents.ts';

export async function decideComplaintOutcome(ctx: UseCaseContext & Pick<Services, 'signing'>, input: { complaintId: string; outcome: ComplaintOutcome; reasons: string }) {
  return inTransaction(ctx, async (tx, audit) => {
    const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Complaint" WHERE "id" = ${input.complaintId} FOR UPDATE`;
    if (!rows.length) throw new DomainError('NOT_FOUND', 'Unknown complaint.', ['input', 'complaintId']);
    const c = await complaintForDocuments(tx, input.complaintId);
    requireComplaintHandler(ctx.viewer, c);
    const now = ctx.now();
    const due = currentComplaintDueOn({ dueOn: isoDate(c.dueOn), extendedDueOn: c.extendedDueOn ? isoDate(c.extendedDueOn) : null });
    const r = decideComplaint({ outcome: input.outcome, reasons: input.reasons, decidedOn: almatyDate(now), dueOn: due });
    if (!r.ok) {
      throw r.code === 'REASONS_REQUIRED'
        ? new DomainError('INVALID_INPUT', 'A decision states its reasons (G1).', ['input', 'reasons'], { key: 'complaint.reasonsRequired', rule: 'G1', params: { min: r.min ?? null } })
        : new DomainError('INVALID_INPUT', 'Not an outcome.', ['input', 'outcome']);
    }
    const status = moveTo(COMPLAINT, c.status, input.outcome, undefined, ['input', 'complaintId']);
    const reasons = input.reasons.trim();
    await tx.complaint.update({ where: { id: c.id }, data: { status, decidedAt: now, decision: reasons, decidedOnTime: r.onTime } });
    const locale = c.complainant.locale;
    const document = await signDocument(
      tx,
      ctx.signing,
      {
        kind: 'COMPLAINT_DECISION',
        locale,
        complaintId: c.id,
        content: complaintDecisionContent({ ...complaintHeadOf(c), dueOn: due, decidedOn: almatyDate(now), onTime: r.onTime, outcome: input.outcome, reasons }, locale),
      },
      now,
    );
    await recordComplaintStage(tx, {
      complaintId: c.id, stage: 'DECIDED', status, at: now, actorRole: complaintActorRole(ctx.viewer, c), actorId: ctx.viewer!.id,
      note: `${r.onTime ? `Decided within the term (by ${due}).` : `Decided after the term ended on ${due} (C2).`} Decision ${document.number}.`,
    });
    await audit({ action: 'complaint.decide', entityType: 'Complaint', entityId: c.id, data: { outcome: input.outcome, onTime: r.onTime, dueOn: due, documentId: document.id } });
    return { complaintId: c.id, documentId: document.id };
  });
}
