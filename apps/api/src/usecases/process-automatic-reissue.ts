// L8 (App.2 p.13), T5: the automatic reissue — no staff at all. The "Individuals" database must confirm the change
// of name (without that confirmation the application cannot be completed: refused, with reasons), applied for
// within 30 calendar days of the new identity document; then the licence is reissued under the new name (the old
// one becomes REISSUED, the bailiff keeps acting under the new one), signed by the platform, the result in the form
// of Annex 5. Its state is the application's (REGISTERED → IN_REVIEW → APPROVED / REFUSED) and its state-system
// requests: a system down leaves it waiting, and the scheduler (licence-jobs.ts) picks it up again, on any API
// instance, after any restart. Each application is taken with FOR UPDATE SKIP LOCKED: processed once.
import { APPLICATION, LICENCE, REISSUE_CHECKS, almatyDate, checkReissueApplication } from '@oryndau/domain';
import type { Prisma } from '@oryndau/db';
import type { Services } from '../services.ts';
import { SYSTEM_VIEWER } from '../auth/system.ts';
import { createAs, moveTo } from '../transitions.ts';
import { signDocument } from '../documents/sign.ts';
import { licenceContent, refusalContent } from '../documents/content.ts';
import { callStateSystems, recordStateAnswers } from '../state-systems/checks.ts';
import type { IdentityData, NameChange } from '../state-systems/types.ts';
import { nextLicenceNumber } from './issue-licence.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

export type ReissueContext = UseCaseContext & Pick<Services, 'stateSystems' | 'signing'>;
// dashperf: NO_LICENCE — refused because the application names no licence of the holder to reissue (L8), never a throw
export type ReissueOutcome = 'REISSUED' | 'REFUSED' | 'NO_LICENCE' | 'WAITING' | 'SKIPPED';

const sameName = (a: { lastName: string; firstName: string; patronymic: string | null }, b: { lastName: string; firstName: string; patronymic?: string | null }) =>
  a.lastName.trim().toLowerCase() === b.lastName.trim().toLowerCase() && a.firstName.trim().toLowerCase() === b.firstName.trim().toLowerCase() && (a.patronymic ?? '').trim().toLowerCase() === (b.patronymic ?? '').trim().toLowerCase();

export async function processAutomaticReissue(services: ReissueContext, applicationId: string): Promise<{ outcome: ReissueOutcome; ms: number | null }> {
  const ctx = { ...services, viewer: SYSTEM_VIEWER, requestId: `reissue-${applicationId}` };
  const app0 = await ctx.db.prisma.serviceApplication.findUnique({ where: { id: applicationId }, include: { applicant: { include: { person: true } } } });
  if (!app0 || app0.kind !== 'LICENCE_REISSUE' || !['REGISTERED', 'IN_REVIEW'].includes(app0.status) || !app0.applicant.person) return { outcome: 'SKIPPED', ms: null };
  const person0 = app0.applicant.person;
  const asked = await callStateSystems(ctx.stateSystems, ctx.db.prisma, applicationId, person0.iin, REISSUE_CHECKS);
  return inTransaction(ctx, async (tx, audit) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ServiceApplication" WHERE "id" = ${applicationId} FOR UPDATE SKIP LOCKED`;
    const app = locked.length ? await tx.serviceApplication.findUniqueOrThrow({ where: { id: applicationId }, include: { applicant: { include: { person: true } } } }) : null;
    if (!app || !['REGISTERED', 'IN_REVIEW'].includes(app.status)) {
      await audit({ action: 'licence.reissueSkipped', entityType: 'ServiceApplication', entityId: applicationId });
      return { outcome: 'SKIPPED' as const, ms: null };
    }
    const now = ctx.now();
    const states = await recordStateAnswers(tx, audit, app, asked, now, SYSTEM_VIEWER.id);
    if (states.some((s) => s.status === 'WAITING')) return { outcome: 'WAITING' as const, ms: null };
    let status = app.status;
    if (status === 'REGISTERED') {
      const inReview = moveTo(APPLICATION, status, 'IN_REVIEW', { service: 'LICENCE_REISSUE' });
      await tx.serviceApplication.update({ where: { id: app.id }, data: { status: inReview } });
      await tx.applicationStage.create({ data: { applicationId: app.id, status: inReview, stage: 'STATE_SYSTEMS_CHECKED', actorId: SYSTEM_VIEWER.id, at: now, note: 'Identity and the "Individuals" database answered (L8, L2).' } });
      status = inReview;
    }
    const person = app.applicant.person!;
    const form = (app.form ?? {}) as { licenceId?: unknown };
    // dashperf: the licence to reissue must exist and be the holder's; without it the application is refused (L8)
    const found = typeof form.licenceId === 'string' ? await tx.licence.findUnique({ where: { id: form.licenceId }, include: { bailiff: true } }) : null;
    const licence = found && found.holderId === person.id ? found : null;
    const queries = await tx.stateSystemQuery.findMany({ where: { applicationId: app.id } });
    const identity = queries.find((q) => q.system === 'IDENTITY');
    const individuals = queries.find((q) => q.system === 'INDIVIDUALS');
    const current = identity?.found ? (identity.answer as unknown as IdentityData) : null;
    const changes = ((individuals?.answer as { changes?: NameChange[] } | undefined)?.changes ?? []).filter((c) => sameName(c.previous, person) && (!current || sameName(c.current, current)));
    const change = changes.sort((a, b) => (a.documentIssuedOn < b.documentIssuedOn ? 1 : -1))[0] ?? null;
    const cal = await ctx.calendar.get(tx);
    const check = checkReissueApplication({ newDocumentIssuedOn: change?.documentIssuedOn ?? almatyDate(app.receivedAt ?? now), appliedAt: app.receivedAt ?? now, nameChangeConfirmed: !!change && !!current }, cal);
    const ms = now.getTime() - (app.receivedAt ?? now).getTime();
    if (!check.ok || !change || !licence) {
      const reasons = (licence ? [] : ['the application names no licence of the holder to reissue']).concat(check.errors.map((e) => (e.code === 'NAME_CHANGE_NOT_CONFIRMED' ? 'the "Individuals" database does not confirm a change of name of the holder' : e.code === 'APPLIED_TOO_LATE' ? `the application came later than 30 calendar days after the new identity document (last day ${e.latestOn})` : 'the application came before the new identity document')));
      const reason = `Reissue refused (L8): ${reasons.join('; ')}.`;
      const errorCodes = (licence ? [] : ['NO_LICENCE_TO_REISSUE']).concat(check.errors.map((e) => e.code));
      const refused = moveTo(APPLICATION, status, 'REFUSED', { service: 'LICENCE_REISSUE' });
      const document = await signDocument(tx, ctx.signing, { kind: 'REFUSAL', locale: app.applicant.locale, applicationId: app.id, content: { ...refusalContent({ applicationNumber: app.number, service: app.kind, applicantName: [person.lastName, person.firstName, person.patronymic].filter(Boolean).join(' '), grounds: ['UNRELIABLE_DATA'], reason, afterHearing: false }, app.applicant.locale), errors: errorCodes } }, now);
      await tx.serviceApplication.update({ where: { id: app.id }, data: { status: refused, decidedAt: now, refusalGrounds: ['UNRELIABLE_DATA'], refusalReason: reason } });
      await tx.applicationStage.create({ data: { applicationId: app.id, status: refused, stage: 'REFUSED', actorId: SYSTEM_VIEWER.id, at: now, note: `${reason} Refusal ${document.number}, ${Math.round(ms / 1000)} s after submission.` } });
      await audit({ action: 'licence.reissueRefused', entityType: 'ServiceApplication', entityId: app.id, data: { errors: errorCodes, documentId: document.id, ms } });
      return { outcome: licence ? ('REFUSED' as const) : ('NO_LICENCE' as const), ms };
    }
    // the holder's name as the identity register now has it; the old licence is superseded by the new one
    const renamed = await tx.person.update({ where: { id: person.id }, data: { lastName: change.current.lastName, firstName: change.current.firstName, patronymic: change.current.patronymic ?? null } });
    await tx.licence.update({ where: { id: licence.id }, data: { status: moveTo(LICENCE, licence.status, 'REISSUED', { byReissue: true }), note: `Superseded after a change of name (L8), application ${app.number}` } });
    const number = await nextLicenceNumber(tx, now);
    const reissued = await tx.licence.create({
      data: {
        number, holderId: person.id, status: createAs(LICENCE, 'ACTIVE', { byReissue: true }), basis: licence.basis, basisDetails: licence.basisDetails as Prisma.InputJsonValue,
        activity: licence.activity, specialConditions: licence.specialConditions, note: licence.note?.startsWith('Superseded') ? null : licence.note, licensor: licence.licensor,
        authorisedManager: 'Automatic reissue (portal transport signature)', placeOfIssue: licence.placeOfIssue, issuedAt: now, applicationId: app.id, previousId: licence.id,
      },
    });
    if (licence.bailiff) await tx.privateBailiff.update({ where: { id: licence.bailiff.id }, data: { licenceId: reissued.id } });
    const document = await signDocument(
      tx,
      ctx.signing,
      {
        kind: 'LICENCE',
        number,
        locale: app.applicant.locale,
        applicationId: app.id,
        licenceId: reissued.id,
        content: licenceContent({ number, issuedAt: now, holder: renamed, basis: reissued.basis, specialConditions: reissued.specialConditions, authorisedManager: reissued.authorisedManager, placeOfIssue: reissued.placeOfIssue, previousNumber: licence.number }, app.applicant.locale),
      },
      now,
    );
    const approved = moveTo(APPLICATION, status, 'APPROVED', { service: 'LICENCE_REISSUE' });
    await tx.serviceApplication.update({ where: { id: app.id }, data: { status: approved, decidedAt: now } });
    await tx.applicationStage.create({ data: { applicationId: app.id, status: approved, stage: 'RESULT_ISSUED', actorId: SYSTEM_VIEWER.id, at: now, note: `Licence ${number} reissued for ${licence.number} (Annex 5), signed ${document.number}, ${Math.round(ms / 1000)} s after submission (L8).` } });
    await audit({ action: 'licence.reissue', entityType: 'Licence', entityId: reissued.id, data: { applicationId: app.id, previous: licence.number, number, documentId: document.id, ms } });
    return { outcome: 'REISSUED' as const, ms };
  });
}

/** The scheduler's job: every reissue not yet decided whose waiting requests are due (or that waits on nothing). */
export async function processWaitingReissues(services: ReissueContext, limit = 50): Promise<Array<{ applicationId: string; outcome: ReissueOutcome }>> {
  const now = services.now();
  const apps = await services.db.prisma.serviceApplication.findMany({
    where: { kind: 'LICENCE_REISSUE', status: { in: ['REGISTERED', 'IN_REVIEW'] }, NOT: { stateQueries: { some: { status: 'WAITING', nextAttemptAt: { gt: now } } } } },
    select: { id: true },
    orderBy: { receivedAt: 'asc' },
    take: limit,
  });
  const out: Array<{ applicationId: string; outcome: ReissueOutcome }> = [];
  for (const a of apps) out.push({ applicationId: a.id, outcome: (await processAutomaticReissue(services, a.id)).outcome });
  return out;
}
