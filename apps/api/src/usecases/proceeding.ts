// The enforcing bailiff's side (E4–E6): the decision to initiate or refuse, within 3 working days of
// registration (a late decision is still recorded, and shown as late); then the enforcement measures.
import { almatyDate, APPLICATION, PROCEEDING, unchangedStatus, validateRefusal, ENFORCEMENT_REFUSAL_GROUNDS } from '@oryndau/domain';
import type { MeasureKind, ProceedingRefusalGround } from '@oryndau/db';
import { requireEnforcingBailiff } from '../access.ts';
import { DomainError, invalid } from '../errors.ts';
import { dbDate, isoDate, isValidIsoDate } from '../dates.ts';
import { moveTo } from '../transitions.ts';
import { inTransaction, type Tx, type UseCaseContext } from './transaction.ts';
import { rowById } from './idempotency.ts';
import { actingRole } from './stages.ts';

/** G2: the enforcing bailiff's role on a stage: a state bailiff on the state bailiff's route, else a private bailiff. */
const bailiffRole = (ctx: UseCaseContext, p: { document: { routing: string } }) =>
  actingRole(ctx.viewer, p.document.routing === 'STATE_BAILIFF' ? ['STATE_BAILIFF'] : ['PRIVATE_BAILIFF']);

/** The enforcing bailiff: the private bailiff assigned, or a state bailiff of the region for state-bailiff cases. */
async function lockOwnProceeding(tx: Tx, ctx: UseCaseContext, proceedingId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "EnforcementProceeding" WHERE "id" = ${proceedingId} FOR UPDATE`;
  if (!rows.length) throw new DomainError('NOT_FOUND', 'Unknown proceeding.', ['input', 'proceedingId']);
  const p = await tx.enforcementProceeding.findUniqueOrThrow({
    where: { id: proceedingId },
    include: { bailiff: { select: { userId: true } }, document: { select: { id: true, applicationId: true, routing: true, application: { select: { status: true, kind: true } }, district: { select: { regionId: true } } } } },
  });
  requireEnforcingBailiff(ctx.viewer, p);
  return p;
}

export interface DecideInput {
  proceedingId: string;
  decision: 'INITIATE' | 'REFUSE';
  refusalGround?: ProceedingRefusalGround | null;
  reason?: string | null;
}

export async function decideProceeding(ctx: UseCaseContext, input: DecideInput) {
  if (input.decision === 'REFUSE') {
    // G1, E5: a refusal names a ground of E5 and states its reasons
    const check = validateRefusal({ grounds: input.refusalGround ? [input.refusalGround] : [], reason: input.reason ?? '' }, ENFORCEMENT_REFUSAL_GROUNDS.map((g) => g.code));
    if (!check.ok) {
      throw new DomainError(check.errors.map((e) => ({ code: 'INVALID_INPUT' as const, field: ['input', e.code === 'EMPTY_REASON' ? 'reason' : 'refusalGround'], message: e.message, key: e.code === 'EMPTY_REASON' ? 'refusal.reasonRequired' : 'refusal.groundInvalid', rule: e.code === 'EMPTY_REASON' ? 'G1' : 'E5' })));
    }
  } else if (input.refusalGround) {
    throw invalid(['input', 'refusalGround'], 'A decision to initiate has no refusal ground.', { key: 'proceeding.initiateWithGround' });
  }
  return inTransaction(ctx, async (tx, audit) => {
    const p = await lockOwnProceeding(tx, ctx, input.proceedingId);
    // E4: the proceeding's decision, and the application's result with it — both from their tables. On the
    // Chamber's route the application is IN_REVIEW since the assignment; on the state bailiff's since the
    // proceeding was registered with the state bailiff at intake. REGISTERED → APPROVED is refused.
    const to = moveTo(PROCEEDING, p.status, input.decision === 'INITIATE' ? 'INITIATED' : 'REFUSED', undefined, ['input', 'decision']);
    const app = p.document.application;
    const status = app
      ? moveTo(APPLICATION, app.status, to === 'INITIATED' ? 'APPROVED' : 'REFUSED', { service: app.kind }, ['input', 'decision'])
      : null;
    const now = ctx.now();
    const late = almatyDate(now) > isoDate(p.decisionDueOn);
    const updated = await tx.enforcementProceeding.update({
      where: { id: p.id },
      data: { status: to, decidedAt: now, refusalGround: input.refusalGround ?? null, refusalReason: input.decision === 'REFUSE' ? input.reason!.trim() : null },
    });
    if (p.document.applicationId && status) {
      await tx.serviceApplication.update({
        where: { id: p.document.applicationId },
        data: {
          status,
          decidedAt: now,
          ...(to === 'REFUSED' ? { refusalGrounds: [input.refusalGround!], refusalReason: input.reason!.trim() } : {}),
          stages: {
            create: {
              status,
              stage: to === 'INITIATED' ? 'PROCEEDINGS_INITIATED' : 'INITIATION_REFUSED',
              actorId: ctx.viewer?.id,
              actorRole: bailiffRole(ctx, p),
              at: now,
              note: `${to === 'INITIATED' ? `Enforcement proceedings ${p.number} initiated` : `Initiation refused: ${input.reason!.trim()}`}${late ? ` — after the deadline of ${isoDate(p.decisionDueOn)} (E4)` : ''}.`,
            },
          },
        },
      });
    }
    await audit({ action: `proceeding.${to.toLowerCase()}`, entityType: 'EnforcementProceeding', entityId: p.id, data: { late, refusalGround: input.refusalGround ?? null } });
    return { proceeding: updated, late };
  });
}

export interface MeasureInput {
  proceedingId: string;
  kind: MeasureKind;
  description: string;
  amountTenge?: number | null;
  takenOn: string;
  idempotencyKey?: string | null;
}

export async function recordMeasure(ctx: UseCaseContext, input: MeasureInput) {
  if (!isValidIsoDate(input.takenOn)) throw invalid(['input', 'takenOn'], 'Date must be YYYY-MM-DD.', { key: 'input.dateFormat' });
  if (input.takenOn > almatyDate(ctx.now())) throw invalid(['input', 'takenOn'], 'A measure cannot be recorded for a future date.', { key: 'input.dateInFuture', params: { today: almatyDate(ctx.now()) } });
  if (input.description.trim().length < 5) throw invalid(['input', 'description'], 'Describe the measure (at least 5 characters).', { key: 'input.tooShort', params: { min: 5 } });
  if (input.amountTenge != null && !(input.amountTenge >= 0)) throw invalid(['input', 'amountTenge'], 'The amount cannot be negative.', { key: 'input.amountNegative' });
  return inTransaction(ctx, async (tx, audit) => {
    const p = await lockOwnProceeding(tx, ctx, input.proceedingId);
    if (p.status !== 'INITIATED') throw new DomainError('INVALID_STATE', 'Measures are taken only in initiated proceedings (E6).');
    if (p.decidedAt && input.takenOn < almatyDate(p.decidedAt)) throw invalid(['input', 'takenOn'], 'A measure cannot precede the initiation of the proceedings.', { key: 'measure.beforeInitiation', rule: 'E6', params: { initiatedOn: almatyDate(p.decidedAt) } });
    const row = await tx.enforcementMeasure.create({
      data: { proceedingId: p.id, kind: input.kind, description: input.description.trim(), amountTenge: input.amountTenge ?? null, takenOn: dbDate(input.takenOn), recordedById: ctx.viewer!.id },
    });
    if (p.document.applicationId && p.document.application) {
      // the stage records the status the application keeps (APPROVED since the initiation)
      const status = unchangedStatus(APPLICATION, p.document.application.status);
      await tx.applicationStage.create({ data: { applicationId: p.document.applicationId, status, stage: 'MEASURE_TAKEN', actorId: ctx.viewer?.id, actorRole: bailiffRole(ctx, p), at: ctx.now(), note: `${input.kind.replace(/_/g, ' ').toLowerCase()}: ${input.description.trim()}` } });
    }
    await audit({ action: 'proceeding.measure', entityType: 'EnforcementMeasure', entityId: row.id, data: { proceedingId: p.id, kind: input.kind } });
    return row;
  }, { idempotency: rowById('recordMeasure', input, (tx, id) => tx.enforcementMeasure.findUniqueOrThrow({ where: { id } })) });
}
