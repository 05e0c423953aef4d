// What the use cases of legal assistance (issue 12; LA1–LA4) share — not a use case itself: the viewer's courts
// and departments (JudicialStaff), the stage record every step writes (G2: who by role, when, the deadline it
// opens), and the validation of persons and dates.
import { almatyDate, type LegalAssistanceStageKind, type LegalPerson, type NextStatus } from '@oryndau/domain';
import type { Role } from '@oryndau/db';
import type { Viewer } from '../auth/viewer.ts';
import type { JudicialBodies } from '../access.ts';
import { dbDate, isValidIsoDate } from '../dates.ts';
import { DomainError, type UserErrorShape } from '../errors.ts';
import type { Tx, UseCaseContext } from './transaction.ts';

export async function judicialBodiesOf(tx: Tx, viewer: Viewer | null): Promise<JudicialBodies> {
  if (!viewer) return { courtIds: [], departmentIds: [] };
  const rows = await tx.judicialStaff.findMany({ where: { userId: viewer.id }, select: { courtId: true, departmentId: true } });
  return { courtIds: rows.flatMap((r) => (r.courtId ? [r.courtId] : [])), departmentIds: rows.flatMap((r) => (r.departmentId ? [r.departmentId] : [])) };
}

/** The role the viewer acts in, for the stage record (the first of `prefer` they hold). */
export function actingRole(viewer: Viewer | null, ...prefer: Role[]): Role | null {
  for (const r of prefer) if (viewer?.grants.some((g) => g.role === r)) return r;
  return null;
}

export interface StageWrite {
  owner: { incomingOrderId: string } | { outgoingOrderId: string } | { petitionId: string };
  stage: LegalAssistanceStageKind;
  /** the status the record took at this stage, from its transition table */
  status: NextStatus;
  role: Role | null;
  dueOn?: string | null;
  rule?: string | null;
  note?: string | null;
}

/** G2: one stage of an order or petition, with who (their role) and when, and the deadline it opens. */
export async function writeStage(tx: Tx, ctx: UseCaseContext, w: StageWrite): Promise<void> {
  const at = ctx.now();
  await tx.legalAssistanceStage.create({
    data: {
      ...w.owner,
      stage: w.stage,
      status: w.status,
      actorId: ctx.viewer?.id ?? null,
      actorRole: w.role,
      at,
      on: dbDate(almatyDate(at)),
      dueOn: w.dueOn ? dbDate(w.dueOn) : null,
      rule: w.rule ?? null,
      note: w.note ?? null,
    },
  });
}

export type ErrorSink = (field: string[], message: string, key: string, params?: Record<string, string | number>) => void;

export function collector(): { errors: UserErrorShape[]; bad: ErrorSink; text: (v: string | null | undefined, field: string[], label: string, max?: number) => void; date: (v: string | null | undefined, field: string[], label: string) => boolean; throwIfAny: () => void } {
  const errors: UserErrorShape[] = [];
  const bad: ErrorSink = (field, message, key, params) => errors.push({ code: 'INVALID_INPUT', field: ['input', ...field], message, key, rule: null, params: params ?? null });
  return {
    errors,
    bad,
    text(v, field, label, max = 300) {
      if (!v || v.trim().length < 2) bad(field, `${label} is required.`, 'input.required');
      else if (v.length > max) bad(field, `${label} is too long (at most ${max} characters).`, 'input.tooLong', { max });
    },
    date(v, field, label) {
      if (!v || !isValidIsoDate(v)) {
        bad(field, `${label} must be YYYY-MM-DD.`, 'input.dateFormat');
        return false;
      }
      return true;
    },
    throwIfAny() {
      if (errors.length) throw new DomainError(errors);
    },
  };
}

/** Persons as stored (trimmed, empty strings as null). */
export function cleanPersons(persons: LegalPerson[]): LegalPerson[] {
  const t = (v: string | null | undefined) => (v == null || v.trim() === '' ? null : v.trim());
  return persons.map((p) => ({
    role: p.role,
    kind: p.kind,
    name: p.name.trim(),
    birthDate: t(p.birthDate),
    birthPlace: t(p.birthPlace),
    residence: t(p.residence),
    citizenship: t(p.citizenship),
    legalAddress: t(p.legalAddress),
    bankDetails: t(p.bankDetails),
    fiscalCode: t(p.fiscalCode),
    representatives: (p.representatives ?? []).map((r) => ({ name: r.name.trim(), address: r.address.trim() })),
  }));
}

/** A date the user states (receipt of originals, a decision) may not be in the future. */
export function notInFuture(sink: ErrorSink, ctx: UseCaseContext, v: string, field: string[]): void {
  const today = almatyDate(ctx.now());
  if (v > today) sink(field, 'This date cannot be in the future.', 'input.dateInFuture', { today });
}
