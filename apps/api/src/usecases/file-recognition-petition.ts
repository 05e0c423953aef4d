// LA4 (004 p.17; CPC art. 501, 126): a petition to recognise and permit the execution of a foreign judgment is
// filed with the court within 3 years of the judgment's entry into force; later only with a request to restore the
// period missed for a good reason, on which the court decides with the petition. A late petition without that
// request is refused at once with the reason (DEADLINE_PASSED, rule LA4, the last day) and nothing is stored.
// Filed by the party in whose favour the judgment was given on the portal (identity from the token), or
// registered by the court's staff from a paper petition.
import { almatyDate, checkRecognitionFiling, departmentDueOn, isValidIinBin, RECOGNITION_PETITION } from '@oryndau/domain';
import type { DocumentCategory } from '@oryndau/db';
import { hasRole, requireCourtStaff } from '../access.ts';
import { dbDate } from '../dates.ts';
import { DomainError } from '../errors.ts';
import { createAs } from '../transitions.ts';
import { rowById } from './idempotency.ts';
import { actingRole, collector, judicialBodiesOf, notInFuture, writeStage } from './legal-assistance-shared.ts';
import { nextNumber } from './numbers.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

export interface FileRecognitionPetitionInput {
  courtId: string;
  stateId: string;
  treatyId?: string | null;
  foreignCourt: string;
  foreignCaseNumber: string;
  judgmentDate: string;
  entryIntoForceOn: string;
  petitioner: { name: string; idNumber: string; address?: string | null };
  debtor: { name: string; idNumber: string; address: string };
  category: Extract<DocumentCategory, 'PRIVATE_CLAIM' | 'ALIMONY' | 'NON_PROPERTY'>;
  amountTenge?: number | null;
  subject: string;
  /** LA4: the good reason the 3 years were missed, asking the court to restore the period */
  restorationReason?: string | null;
  idempotencyKey?: string | null;
}

export async function fileRecognitionPetition(ctx: UseCaseContext, input: FileRecognitionPetitionInput) {
  const viewer = ctx.viewer;
  if (!viewer) throw new DomainError('FORBIDDEN', 'Sign in to file a petition.');
  const v = collector();
  v.text(input.foreignCourt, ['foreignCourt'], 'Foreign court');
  v.text(input.foreignCaseNumber, ['foreignCaseNumber'], 'Case number', 100);
  v.text(input.subject, ['subject'], 'What the judgment orders', 4000);
  v.text(input.petitioner.name, ['petitioner', 'name'], 'Petitioner');
  v.text(input.debtor.name, ['debtor', 'name'], 'Debtor');
  v.text(input.debtor.address, ['debtor', 'address'], 'Debtor address', 500);
  if (!isValidIinBin(input.petitioner.idNumber)) v.bad(['petitioner', 'idNumber'], 'IIN/BIN must be 12 digits with a valid control digit.', 'input.idNumberInvalid');
  if (!isValidIinBin(input.debtor.idNumber)) v.bad(['debtor', 'idNumber'], 'IIN/BIN must be 12 digits with a valid control digit.', 'input.idNumberInvalid');
  const okJ = v.date(input.judgmentDate, ['judgmentDate'], 'Judgment date');
  const okE = v.date(input.entryIntoForceOn, ['entryIntoForceOn'], 'Entry into force');
  if (okJ) notInFuture(v.bad, ctx, input.judgmentDate, ['judgmentDate']);
  if (okE) notInFuture(v.bad, ctx, input.entryIntoForceOn, ['entryIntoForceOn']);
  if (okJ && okE && input.entryIntoForceOn < input.judgmentDate) v.bad(['entryIntoForceOn'], 'A judgment enters into force on or after its date.', 'legal.entryBeforeJudgment');
  if (input.category === 'NON_PROPERTY') {
    if (input.amountTenge != null) v.bad(['amountTenge'], 'A non-property judgment has no amount.', 'enforcement.noAmountForNonProperty');
  } else if (input.amountTenge == null || !(input.amountTenge > 0)) v.bad(['amountTenge'], 'The amount to recover must be a positive number of tenge.', 'enforcement.amountPositive');
  if (input.restorationReason != null && input.restorationReason.trim().length < 10) v.bad(['restorationReason'], 'State the good reason the period was missed (at least 10 characters).', 'legal.restorationReasonRequired');
  v.throwIfAny();

  const onPortal = !hasRole(viewer, 'COURT_OFFICER');
  if (onPortal) {
    // identity comes from the token: on the portal the petitioner is the signed-in applicant
    if (!hasRole(viewer, 'APPLICANT')) throw new DomainError('FORBIDDEN', 'Only applicants file petitions on the portal.');
    const [own] = await ctx.db.prisma.$queryRaw<{ iin: string | null; bin: string | null }[]>`
      SELECT (SELECT p."iin" FROM "Person" p WHERE p."id" = ${viewer.personId}) AS "iin", (SELECT o."bin" FROM "Organisation" o WHERE o."id" = ${viewer.organisationId}) AS "bin"`;
    if (input.petitioner.idNumber !== own?.iin && input.petitioner.idNumber !== own?.bin) {
      throw new DomainError('FORBIDDEN', 'On the portal you petition as yourself or the organisation you represent.', ['input', 'petitioner', 'idNumber'], { key: 'identity.claimantNotViewer' });
    }
  }

  return inTransaction(ctx, async (tx, audit) => {
    const court = await tx.court.findUnique({ where: { id: input.courtId } });
    if (!court) throw new DomainError('NOT_FOUND', 'Unknown court.', ['input', 'courtId']);
    if (!onPortal) requireCourtStaff(viewer, await judicialBodiesOf(tx, viewer), court.id, ['input', 'courtId']);
    const state = await tx.foreignState.findUnique({ where: { id: input.stateId } });
    if (!state) throw new DomainError('NOT_FOUND', 'Unknown state.', ['input', 'stateId']);
    const treaty = input.treatyId ? await tx.legalAssistanceTreaty.findUnique({ where: { id: input.treatyId }, include: { parties: true } }) : null;
    if (input.treatyId && (!treaty || !treaty.parties.some((p) => p.stateId === state.id))) {
      throw new DomainError('INVALID_INPUT', 'The state is not a party to this treaty.', ['input', 'treatyId'], { key: 'legal.stateNotParty', rule: 'LA4' });
    }
    const cal = await ctx.calendar.get(tx);
    const today = almatyDate(ctx.now());
    const check = checkRecognitionFiling(today, input.entryIntoForceOn, !!input.restorationReason, cal);
    if (check.refused) {
      // G1, LA4: refused with the reason; a petition with a request to restore the period may follow
      throw new DomainError(
        'DEADLINE_PASSED',
        `A foreign judgment is presented within 3 years of its entry into force (${input.entryIntoForceOn}): the last day was ${check.dueOn}. File it with a request to restore the period, stating the good reason it was missed (LA4).`,
        ['input', 'entryIntoForceOn'],
        { key: 'legal.petitionTooLate', rule: 'LA4', params: { entryIntoForceOn: input.entryIntoForceOn, lastDay: check.dueOn, today } },
      );
    }
    const applicant = onPortal
      ? viewer.id
      : (await tx.user.findFirst({ where: { OR: [{ person: { iin: input.petitioner.idNumber } }, { organisation: { bin: input.petitioner.idNumber } }] }, select: { id: true } }))?.id ?? null;
    const number = await nextNumber(tx, `FJ-${today.slice(0, 4)}`);
    const status = createAs(RECOGNITION_PETITION, 'FILED');
    const row = await tx.recognitionPetition.create({
      data: {
        number, status, applicantId: applicant, courtId: court.id, departmentId: court.departmentId, stateId: state.id, treatyId: treaty?.id ?? null,
        foreignCourt: input.foreignCourt.trim(), foreignCaseNumber: input.foreignCaseNumber.trim(), judgmentDate: dbDate(input.judgmentDate),
        entryIntoForceOn: dbDate(input.entryIntoForceOn), filingDueOn: dbDate(check.dueOn), filedOn: dbDate(today), late: check.late,
        restorationReason: input.restorationReason?.trim() || null,
        petitionerName: input.petitioner.name.trim(), petitionerIdNumber: input.petitioner.idNumber, petitionerAddress: input.petitioner.address?.trim() || null,
        debtorName: input.debtor.name.trim(), debtorIdNumber: input.debtor.idNumber, debtorAddress: input.debtor.address.trim(),
        category: input.category, amountTenge: input.amountTenge ?? null, subject: input.subject.trim(),
      },
    });
    await writeStage(tx, ctx, {
      owner: { petitionId: row.id }, stage: 'petition-filed', status, role: actingRole(viewer, 'COURT_OFFICER', 'APPLICANT'),
      // the Department's 10 working days for a petition it receives (LA2) are not the court's: the court considers it
      // within the procedural period (004 p.18); the stage records the filing period it met (or missed)
      dueOn: check.dueOn, rule: 'LA4',
      note: check.late ? `Filed after the 3 years (last day ${check.dueOn}), with a request to restore the period: ${input.restorationReason!.trim()}` : `Filed within the 3 years (last day ${check.dueOn}).${onPortal ? ' On the portal.' : ' Registered by the court.'}`,
    });
    await audit({ action: 'legal.petition.file', entityType: 'RecognitionPetition', entityId: row.id, data: { number, late: check.late, filingDueOn: check.dueOn, departmentDueOn: departmentDueOn(today, cal) } });
    return row;
  }, { idempotency: rowById('fileRecognitionPetition', input, (tx, id) => tx.recognitionPetition.findUniqueOrThrow({ where: { id } })) });
}
