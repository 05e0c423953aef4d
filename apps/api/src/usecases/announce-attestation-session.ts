// A1: the territorial justice body of a region announces the date, time and place of an attestation; candidates
// apply until 5 working days before that day. The session names the Commission's chair (A8: decides a tie) from
// the region's commission, and the announcing officer is the secretary who signs the minutes (A9).
// Where the law is silent: a session is announced at least 5 working days ahead, so that the period of A1 exists
// (an announcement whose closing date has already passed could admit nobody).
import { almatyDate, ATTESTATION_SESSION, attestationApplicationsCloseOn } from '@oryndau/domain';
import { requireJusticeOfficerOfRegion } from '../access.ts';
import { DomainError } from '../errors.ts';
import { dbDate } from '../dates.ts';
import { createAs } from '../transitions.ts';
import { commissionOf, type AttestationContext } from './attestation-common.ts';
import { rowById } from './idempotency.ts';
import { inTransaction } from './transaction.ts';

export interface AnnounceAttestationSessionInput {
  regionId: string;
  heldAt: Date;
  place: string;
  chairUserId: string;
  idempotencyKey?: string | null;
}

export async function announceAttestationSession(ctx: AttestationContext, input: AnnounceAttestationSessionInput) {
  requireJusticeOfficerOfRegion(ctx.viewer, input.regionId, ['input', 'regionId']);
  return inTransaction(ctx, async (tx, audit) => {
    const region = await tx.region.findUnique({ where: { id: input.regionId } });
    if (!region) throw new DomainError('NOT_FOUND', 'Unknown region.', ['input', 'regionId']);
    const now = ctx.now();
    const cal = await ctx.calendar.get(tx);
    const heldOn = almatyDate(input.heldAt);
    const closeOn = attestationApplicationsCloseOn(heldOn, cal);
    if (closeOn < almatyDate(now)) {
      throw new DomainError('INVALID_INPUT', 'An attestation is announced at least 5 working days ahead, so that candidates can apply (A1).', ['input', 'heldAt'], {
        key: 'attestation.announcedTooLate', rule: 'A1', params: { earliest: cal.addWorkingDays(almatyDate(now), 5) },
      });
    }
    if (!cal.isWorkingDay(heldOn)) throw new DomainError('INVALID_INPUT', 'An attestation is held on a working day.', ['input', 'heldAt'], { key: 'attestation.heldOnWorkingDay', rule: 'A1', params: { date: heldOn } });
    if (input.place.trim().length < 5) throw new DomainError('INVALID_INPUT', 'The place is required (A1).', ['input', 'place'], { key: 'input.required', rule: 'A1' });
    const members = await commissionOf(tx, region.id);
    if (!members.includes(input.chairUserId)) throw new DomainError('INVALID_INPUT', 'The chair must be a member of the region\'s attestation commission (A8).', ['input', 'chairUserId'], { key: 'attestation.chairNotMember', rule: 'A8' });
    const status = createAs(ATTESTATION_SESSION, 'ANNOUNCED');
    const session = await tx.attestationSession.create({
      data: { regionId: region.id, heldAt: input.heldAt, place: input.place.trim(), applicationsCloseOn: dbDate(closeOn), status, chairId: input.chairUserId, secretaryId: ctx.viewer!.id },
    });
    await audit({ action: 'attestation.sessionAnnounced', entityType: 'AttestationSession', entityId: session.id, data: { regionId: region.id, heldOn, closeOn } });
    return session;
  }, { idempotency: rowById('announceAttestationSession', input, (tx, id) => tx.attestationSession.findUniqueOrThrow({ where: { id } })) });
}
