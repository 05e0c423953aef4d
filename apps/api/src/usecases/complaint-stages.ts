// complaints (issue 10) — G2: every step of a complaint is a stage (who by role, when), written in the use
// case's transaction with the status the complaint has after it.
import type { ComplaintStageKind, Role } from '@oryndau/db';
import type { NextStatus } from '@oryndau/domain';
import type { ComplaintStatus } from '@oryndau/domain';
import type { Tx } from './transaction.ts';

export async function recordComplaintStage(
  tx: Tx,
  s: { complaintId: string; stage: ComplaintStageKind; status: NextStatus<'complaint', ComplaintStatus>; at: Date; actorRole: Role | null; actorId: string | null; note?: string | null },
): Promise<void> {
  await tx.complaintStage.create({ data: { complaintId: s.complaintId, stage: s.stage, status: s.status, at: s.at, actorRole: s.actorRole, actorId: s.actorId, note: s.note ?? null } });
}
