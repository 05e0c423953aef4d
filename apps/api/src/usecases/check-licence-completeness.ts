// L3 (App.2 p.9–10): within 2 working days of registration the licensing officer checks the package; a complete
// one goes on to consideration (REGISTERED → IN_REVIEW), an incomplete one (or with expired documents) ends
// consideration with a reasoned refusal, signed and sent to the applicant (REGISTERED → REJECTED_INCOMPLETE).
// The check made after its due day is still recorded, with the lateness in its stage note (the dashboards count it).
import { APPLICATION, LICENCE_PACKAGE_ITEMS, almatyDate, completenessCheckDueOn, register, type LicencePackageItem } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { moveTo } from '../transitions.ts';
import { signDocument } from '../documents/sign.ts';
import { incompleteContent } from '../documents/content.ts';
import { applicantName, loadForProvider } from './service-provider.ts';
import type { LicenceContext } from './submit-licence-application.ts';
import { actingRole } from './stages.ts';
import { inTransaction } from './transaction.ts';

export interface CheckLicenceCompletenessInput {
  applicationId: string;
  /** the items missing or expired; empty: complete */
  missing: string[];
  reason?: string | null;
}

export async function checkLicenceCompleteness(ctx: LicenceContext, input: CheckLicenceCompletenessInput) {
  const unknown = input.missing.filter((m) => !(LICENCE_PACKAGE_ITEMS as readonly string[]).includes(m));
  if (unknown.length) throw new DomainError('INVALID_INPUT', `Unknown package items: ${unknown.join(', ')}.`, ['input', 'missing'], { key: 'licence.unknownPackageItem', rule: 'L3', params: { items: unknown.join(', ') } });
  const reason = input.reason?.trim() ?? '';
  if (input.missing.length && reason.length < 10) throw new DomainError('INVALID_INPUT', 'State the reasons of the refusal (at least 10 characters).', ['input', 'reason'], { key: 'refusal.reasonRequired', rule: 'L3' });
  return inTransaction(ctx, async (tx, audit) => {
    const app = await loadForProvider(tx, ctx.viewer, input.applicationId);
    if (app.kind !== 'LICENCE' && app.kind !== 'ATTESTATION_AND_LICENCE') throw new DomainError('INVALID_STATE', 'Not a licence application.', ['input', 'applicationId'], { key: 'licence.notLicenceApplication' });
    if (app.status !== 'REGISTERED') throw new DomainError('INVALID_STATE', 'The completeness was already checked.', ['input', 'applicationId'], { key: 'licence.completenessAlreadyChecked', rule: 'L3' });
    const now = ctx.now();
    const cal = await ctx.calendar.get(tx);
    const due = completenessCheckDueOn(register(app.receivedAt ?? now, 'PORTAL', cal), cal);
    const today = almatyDate(now);
    const late = today > due ? ` Checked after its due day ${due}.` : ` Due by ${due}.`;
    if (!input.missing.length) {
      const status = moveTo(APPLICATION, app.status, 'IN_REVIEW', { service: app.kind as never }, ['input', 'applicationId']);
      const updated = await tx.serviceApplication.update({ where: { id: app.id }, data: { status } });
      await tx.applicationStage.create({ data: { applicationId: app.id, status, stage: 'COMPLETENESS_CHECKED', actorId: ctx.viewer?.id, actorRole: actingRole(ctx.viewer, ['LICENSING_OFFICER', 'JUSTICE_OFFICER', 'COMMISSION_MEMBER']), at: now, note: `The package is complete (L3).${late}` } });
      await audit({ action: 'licence.completenessChecked', entityType: 'ServiceApplication', entityId: app.id, data: { complete: true, due, late: today > due } });
      return { application: updated, document: null };
    }
    const status = moveTo(APPLICATION, app.status, 'REJECTED_INCOMPLETE', { service: app.kind as never }, ['input', 'applicationId']);
    const document = await signDocument(
      tx,
      ctx.signing,
      { kind: 'INCOMPLETE_REFUSAL', locale: app.applicant.locale, applicationId: app.id, content: incompleteContent({ applicationNumber: app.number, service: app.kind, applicantName: applicantName(app), missing: input.missing as LicencePackageItem[], reason }, app.applicant.locale) },
      now,
    );
    const updated = await tx.serviceApplication.update({ where: { id: app.id }, data: { status, decidedAt: now, missingDocuments: input.missing, refusalGrounds: ['INCOMPLETE_PACKAGE'], refusalReason: reason } });
    await tx.applicationStage.create({ data: { applicationId: app.id, status, stage: 'COMPLETENESS_CHECK_FAILED', actorId: ctx.viewer?.id, actorRole: actingRole(ctx.viewer, ['LICENSING_OFFICER', 'JUSTICE_OFFICER', 'COMMISSION_MEMBER']), at: now, note: `Incomplete: ${input.missing.join(', ')}; refusal ${document.number} (L3).${late}` } });
    await audit({ action: 'licence.completenessChecked', entityType: 'ServiceApplication', entityId: app.id, data: { complete: false, missing: input.missing, documentId: document.id, due } });
    return { application: updated, document };
  });
}
