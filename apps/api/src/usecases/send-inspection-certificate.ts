// Q4 (art. 27-2 p.6–9): after the objections (or their period), the certificate is sent; the inspection is
// completed that day. Confirmed violations come with a recommendation, to be considered and acted on within
// 30 calendar days of its receipt (received on the day it is sent, through the platform).
import { INSPECTION, recommendationDueOn } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { dbDate, isoDate } from '../dates.ts';
import { moveTo } from '../transitions.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { loadForWrite, recordStage, today } from './quality-inspection-common.ts';

export async function sendInspectionCertificate(ctx: UseCaseContext, input: { inspectionId: string; findings: string; recommendation?: string | null }) {
  if (input.findings.trim().length < 10) throw new DomainError('INVALID_INPUT', 'Record the certificate’s findings (at least 10 characters).', ['input', 'findings'], { key: 'inspection.findingsRequired', rule: 'Q4' });
  return inTransaction(ctx, async (tx, audit) => {
    const row = await loadForWrite(ctx, tx, input.inspectionId);
    const status = moveTo(INSPECTION, row.status, 'COMPLETED', { byChamber: false }, ['input', 'inspectionId']);
    const on = today(ctx);
    const objectionsUntil = row.objectionsDueOn ? isoDate(row.objectionsDueOn) : on;
    if (!row.objectionsReceivedAt && on <= objectionsUntil) {
      throw new DomainError('INVALID_STATE', `The subject may object until ${objectionsUntil}; send the certificate after that, or record its answer.`, ['input', 'inspectionId'], {
        key: 'inspection.objectionsPeriodRunning',
        rule: 'Q4',
        params: { dueOn: objectionsUntil },
      });
    }
    const recommendation = input.recommendation?.trim() || null;
    if (row.findingsViolations && !recommendation) {
      throw new DomainError('INVALID_INPUT', 'Confirmed violations require a recommendation to remove them (art. 27-2 p.8).', ['input', 'recommendation'], { key: 'inspection.recommendationRequired', rule: 'Q4' });
    }
    if (!row.findingsViolations && recommendation) {
      throw new DomainError('INVALID_INPUT', 'A recommendation follows confirmed violations only.', ['input', 'recommendation'], { key: 'inspection.recommendationWithoutViolations', rule: 'Q4' });
    }
    const cal = await ctx.calendar.get(tx);
    const due = recommendation ? recommendationDueOn(on, cal) : null;
    const updated = await tx.inspection.update({
      where: { id: row.id },
      data: {
        status,
        certificate: input.findings.trim(),
        findings: input.findings.trim(),
        breachFound: row.findingsViolations,
        certificateSentAt: ctx.now(),
        completedOn: dbDate(on),
        recommendation,
        recommendationReceivedOn: recommendation ? dbDate(on) : null,
        recommendationDueOn: due ? dbDate(due) : null,
      },
    });
    await recordStage(ctx, tx, { inspectionId: row.id, status, stage: 'CERTIFICATE_SENT', dueOn: due, late: on > isoDate(row.endsOn), note: recommendation ? 'recommendation' : null });
    await audit({ action: 'inspection.certificate', entityType: 'Inspection', entityId: row.id, data: { completedOn: on, endsOn: isoDate(row.endsOn), recommendationDueOn: due } });
    return updated;
  });
}
