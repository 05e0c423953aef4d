// Q4 (art. 27-2 p.5–6): the draft certificate goes to the subject no later than 3 working days before the end
// (a later draft is recorded and flagged late: the subject's right to object must not be lost); the subject may
// object within 2 working days of its receipt. Where the law is silent: the draft is delivered through the
// platform, so it is received on the day it is sent.
import { draftCertificateLatestOn, INSPECTION, objectionsDueOn } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { dbDate, isoDate } from '../dates.ts';
import { moveTo } from '../transitions.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { loadForWrite, recordStage, today } from './quality-inspection-common.ts';

export async function sendDraftCertificate(ctx: UseCaseContext, input: { inspectionId: string; findings: string; violationsFound: boolean }) {
  if (input.findings.trim().length < 10) throw new DomainError('INVALID_INPUT', 'Record the findings (at least 10 characters).', ['input', 'findings'], { key: 'inspection.findingsRequired', rule: 'Q4' });
  return inTransaction(ctx, async (tx, audit) => {
    const row = await loadForWrite(ctx, tx, input.inspectionId);
    const status = moveTo(INSPECTION, row.status, 'DRAFT_CERTIFICATE_SENT', {}, ['input', 'inspectionId']);
    const cal = await ctx.calendar.get(tx);
    const on = today(ctx);
    const latest = draftCertificateLatestOn(isoDate(row.endsOn), cal);
    const late = on > latest;
    const due = objectionsDueOn(on, cal);
    const updated = await tx.inspection.update({
      where: { id: row.id },
      data: { status, draftCertificate: input.findings.trim(), findingsViolations: input.violationsFound, draftCertificateSentAt: ctx.now(), objectionsDueOn: dbDate(due) },
    });
    await recordStage(ctx, tx, { inspectionId: row.id, status, stage: 'DRAFT_CERTIFICATE_SENT', dueOn: due, late, note: `latest ${latest}` });
    await audit({ action: 'inspection.draftCertificate', entityType: 'Inspection', entityId: row.id, data: { latest, late, objectionsDueOn: due, violationsFound: input.violationsFound } });
    return updated;
  });
}
