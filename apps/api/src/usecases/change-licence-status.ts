// L9, CH2: Ministry licensing staff suspend, revoke, terminate or restore a licence; a bailiff without a valid
// licence receives no cases, and their open cases move to others in the same transaction.
import { LICENCE } from '@oryndau/domain';
import type { LicenceStatus } from '@oryndau/db';
import { moveTo } from '../transitions.ts';
import { requireLicensingOfficer } from '../access.ts';
import { DomainError, invalid } from '../errors.ts';
import type { AssignerContext } from './chamber-assigner.ts';
import { redistributeOpenCases } from './redistribute-open-cases.ts';
import { inTransaction } from './transaction.ts';

/** Licensing: suspend, revoke, terminate or restore a licence; without a valid licence a bailiff's cases move. */
export async function changeLicenceStatus(ctx: AssignerContext, input: { licenceId: string; status: LicenceStatus; reason: string }) {
  requireLicensingOfficer(ctx.viewer);
  if (input.status === 'REISSUED') throw invalid(['input', 'status'], 'A licence becomes REISSUED only by a reissue.', { key: 'licence.reissuedOnlyByReissue' });
  if (input.reason.trim().length < 10) throw invalid(['input', 'reason'], 'State the reason (at least 10 characters).', { key: 'input.tooShort', params: { min: 10 } });
  return inTransaction(ctx, async (tx, audit) => {
    const licence = await tx.licence.findUnique({ where: { id: input.licenceId }, include: { bailiff: true } });
    if (!licence) throw new DomainError('NOT_FOUND', 'Unknown licence.', ['input', 'licenceId']);
    // L9: the licence's life cycle (its table) decides; a revoked, terminated or reissued licence never changes again
    const status = moveTo(LICENCE, licence.status, input.status, { byReissue: false }, ['input', 'status']);
    const now = ctx.now();
    const updated = await tx.licence.update({
      where: { id: licence.id },
      data: { status, ...(input.status === 'SUSPENDED' ? { suspendedAt: now } : {}), ...(input.status === 'REVOKED' || input.status === 'TERMINATED' ? { revokedAt: now } : {}) },
    });
    await audit({ action: 'licence.status', entityType: 'Licence', entityId: licence.id, data: { from: licence.status, to: input.status, reason: input.reason } });
    const redistribution = licence.bailiff && input.status !== 'ACTIVE'
      ? await redistributeOpenCases(ctx, tx, audit, licence.bailiff.id, `licence ${licence.number} ${input.status.toLowerCase()}`)
      : null;
    return { licence: updated, redistributed: redistribution?.moved.length ?? 0, stranded: redistribution?.stranded.length ?? 0 };
  });
}
