// complaints (issue 10) — the public status check: the applicant gets (or replaces) the access code of one of
// their applications or complaints; shown once, stored hashed. A complaint's first code is issued at filing.
import { DomainError } from '../errors.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';
import { issueAccessCode } from './status-access-code.ts';

export async function issueStatusAccessCode(ctx: UseCaseContext, input: { applicationId?: string | null; complaintId?: string | null }): Promise<{ number: string; accessCode: string }> {
  const viewer = ctx.viewer;
  if (!viewer) throw new DomainError('FORBIDDEN', 'Sign in first.');
  if (!!input.applicationId === !!input.complaintId) throw new DomainError('INVALID_INPUT', 'Name one application or one complaint.', ['input'], { key: 'statusCheck.oneItem' });
  return inTransaction(ctx, async (tx, audit) => {
    let number: string;
    if (input.applicationId) {
      const a = await tx.serviceApplication.findUnique({ where: { id: input.applicationId }, select: { id: true, number: true, applicantId: true } });
      if (!a || a.applicantId !== viewer.id) throw new DomainError('NOT_FOUND', 'No such application of yours.', ['input', 'applicationId']);
      number = a.number;
    } else {
      const c = await tx.complaint.findUnique({ where: { id: input.complaintId! }, select: { id: true, number: true, complainantId: true } });
      if (!c || c.complainantId !== viewer.id) throw new DomainError('NOT_FOUND', 'No such complaint of yours.', ['input', 'complaintId']);
      number = c.number;
    }
    const accessCode = await issueAccessCode(tx, { number, applicationId: input.applicationId ?? undefined, complaintId: input.complaintId ?? undefined });
    await audit({ action: 'statusAccessCode.issue', entityType: input.applicationId ? 'ServiceApplication' : 'Complaint', entityId: (input.applicationId ?? input.complaintId)!, data: { number } });
    return { number, accessCode };
  });
}
