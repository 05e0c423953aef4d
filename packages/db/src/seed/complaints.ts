// complaints (issue 10): the demo's complaints, written after the rest of the demo data (one call from demo.ts).
// - the demo's earlier complaints get what issue 10 records: what they are about, their handlers (C1), their
//   current last day, the extension's ground and notice (C3), whether decided on time, and their stages (G2);
// - more complaints so that every addressee has one at every stage: registered, extended (with its notice),
//   upheld, partly upheld, rejected; one overdue; the quality-control body's proposals (C4) directed and checked;
//   a private bailiff's action before its Chamber; a licence before the Ministry's licensing unit;
// - aigerim's attestation application whose service period ended without a decision, for "complain about
//   inaction" (its public status check code, and that of her open complaint, is DEMO_ACCESS_CODE).
// Terms come from the domain's rules and the calendar, as the API computes them.
import {
  WorkingCalendar, accessCodeHash, almatyDate, almatyInstant, complaintDueOn, complaintHandler, dueOn, PERIODS, proposalDueOn,
  type ComplaintAbout, type ComplaintAddressee, type IsoDate,
} from '@oryndau/domain';
import type { Prisma } from '../generated/prisma/client.ts';
import type { ComplaintStageKind, ComplaintStatus, Role } from '../generated/prisma/enums.ts';

/** The demo's public status check code (README): for aigerim's overdue application and her open complaint. */
export const DEMO_ACCESS_CODE = 'QAZAQ234';

type Tx = Prisma.TransactionClient;
const day = (iso: IsoDate) => new Date(`${iso}T00:00:00.000Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const DECIDED: ComplaintStatus[] = ['UPHELD', 'PARTLY_UPHELD', 'REJECTED'];

async function next(tx: Tx, series: string): Promise<string> {
  const rows = await tx.$queryRaw<{ value: number }[]>`
    INSERT INTO "NumberSequence" ("key", "value") VALUES (${series}, 1)
    ON CONFLICT ("key") DO UPDATE SET "value" = "NumberSequence"."value" + 1 RETURNING "value"`;
  return `${series}-${String(rows[0]!.value).padStart(6, '0')}`;
}

interface Stage { stage: ComplaintStageKind; status: ComplaintStatus; at: Date; actorRole: Role | null; note?: string }

export async function seedComplaints(tx: Tx, now: Date): Promise<void> {
  const corrections = await tx.calendarCorrection.findMany();
  const cal = new WorkingCalendar(corrections.map((c) => ({ date: iso(c.date), kind: c.kind, name: c.name })));
  const today = almatyDate(now);
  const wdAgo = (n: number) => cal.addWorkingDays(today, -n);
  const at = (d: IsoDate, hhmm: string) => almatyInstant(d, hhmm);
  const user = async (login: string) => (await tx.user.findUniqueOrThrow({ where: { login }, select: { id: true } })).id;
  const handlerOf = (h: ReturnType<typeof complaintHandler>) => (h.ok ? { handlerRole: h.handler.role as Role, handlerRegionId: h.handler.regionId, handlerChamberId: h.handler.chamberId } : { handlerRole: null, handlerRegionId: null, handlerChamberId: null });
  const stages: Prisma.ComplaintStageCreateManyInput[] = [];
  const addStages = (complaintId: string, list: Stage[]) => stages.push(...list.map((s) => ({ complaintId, stage: s.stage, status: s.status, at: s.at, actorRole: s.actorRole, note: s.note ?? null })));

  // ------------------------------------------------ the demo's earlier complaints
  const earlier = await tx.complaint.findMany({
    where: { handlerRole: null },
    include: {
      application: { select: { kind: true, providerRegionId: true } },
      proceeding: { select: { bailiffId: true, bailiff: { select: { chamberId: true } }, document: { select: { district: { select: { regionId: true } } } } } },
    },
  });
  for (const c of earlier) {
    const about: ComplaintAbout = /^(Inaction|No )/.test(c.subject) ? 'INACTION' : 'DECISION';
    const item = c.proceeding
      ? { about, serviceKind: 'ENFORCEMENT_INITIATION', providerRegionId: c.proceeding.document.district.regionId, chamberId: c.proceeding.bailiff?.chamberId ?? null }
      : { about, serviceKind: c.application?.kind ?? null, providerRegionId: c.application?.providerRegionId ?? null, chamberId: null };
    const h = handlerOf(complaintHandler(c.addressee, item));
    const extendedAt = c.status === 'EXTENDED' && c.extensionNotifiedAt ? new Date(c.extensionNotifiedAt.getTime() - 24 * 3600_000) : null;
    const extendedOn = extendedAt ? almatyDate(extendedAt) : null;
    const notice = extendedOn && c.extendedDueOn ? `The term of complaint ${c.number} is extended by 10 working days, to ${iso(c.extendedDueOn)} (on site check): the test sheets are checked at the commission’s office.` : null;
    await tx.complaint.update({
      where: { id: c.id },
      data: {
        about, ...h,
        currentDueOn: c.extendedDueOn ?? c.dueOn,
        ...(extendedAt ? { extensionGround: 'ON_SITE_CHECK', extensionDays: 10, extendedAt, extensionNotifyBy: day(dueOn(extendedOn!, PERIODS.complaintExtensionNotice, cal)), extensionNotice: notice } : {}),
        decidedOnTime: DECIDED.includes(c.status) && c.decidedAt ? almatyDate(c.decidedAt) <= iso(c.extendedDueOn ?? c.dueOn) : null,
      },
    });
    const list: Stage[] = [{ stage: 'REGISTERED', status: 'REGISTERED', at: c.registeredAt, actorRole: 'APPLICANT' }];
    if (extendedAt) list.push({ stage: 'EXTENDED', status: 'EXTENDED', at: extendedAt, actorRole: h.handlerRole }, { stage: 'EXTENSION_NOTICE_SENT', status: 'EXTENDED', at: c.extensionNotifiedAt!, actorRole: h.handlerRole, note: notice ?? undefined });
    if (DECIDED.includes(c.status) && c.decidedAt) list.push({ stage: 'DECIDED', status: c.status, at: c.decidedAt, actorRole: h.handlerRole });
    if (c.status === 'WITHDRAWN' && c.decidedAt) list.push({ stage: 'WITHDRAWN', status: 'WITHDRAWN', at: c.decidedAt, actorRole: 'APPLICANT' });
    addStages(c.id, list);
  }

  // ------------------------------------------------ aigerim's application past its service period (C1 "inaction")
  const aigerim = await user('aigerim');
  const almaty = (await tx.roleGrant.findFirstOrThrow({ where: { user: { login: 'justice.almaty' }, role: 'JUSTICE_OFFICER' }, select: { regionId: true } })).regionId!;
  const justice = await user('justice.almaty');
  const draft = await tx.serviceApplication.findFirst({ where: { applicantId: aigerim, status: 'DRAFT' }, select: { form: true } });
  const regOn = wdAgo(14);
  const appDue = dueOn(regOn, PERIODS.attestationService, cal); // 10 working days: ended 4 working days ago
  const overdueApp = await tx.serviceApplication.create({
    data: {
      number: await next(tx, `ATT-${regOn.slice(0, 4)}`), kind: 'ATTESTATION', channel: 'PORTAL', status: 'IN_REVIEW', applicantId: aigerim, providerRegionId: almaty,
      receivedAt: at(regOn, '10:05'), registeredAt: at(regOn, '10:05'), dueOn: day(appDue), form: (draft?.form ?? {}) as Prisma.InputJsonValue,
      stages: {
        create: [
          { status: 'REGISTERED', stage: 'REGISTERED', at: at(regOn, '10:05'), actorId: aigerim, actorRole: 'APPLICANT' },
          { status: 'IN_REVIEW', stage: 'COMPLETENESS_CHECKED', at: at(cal.addWorkingDays(regOn, 2), '11:40'), actorId: justice, actorRole: 'JUSTICE_OFFICER', note: 'Complete (A4); the attestation decision is due within the service period (A12).' },
        ],
      },
    },
  });
  await tx.statusAccessCode.create({ data: { number: overdueApp.number, applicationId: overdueApp.id, codeHash: accessCodeHash(overdueApp.number, DEMO_ACCESS_CODE) } });

  // ------------------------------------------------ more complaints: every addressee at every stage
  const citizens = await tx.serviceApplication.findMany({
    // the attestation and enforcement applications of Almaty's citizens (the licence is the Ministry's: its complaint is below)
    where: { providerRegionId: almaty, kind: { in: ['ATTESTATION', 'ENFORCEMENT_INITIATION'] }, registeredAt: { lt: new Date(now.getTime() - 70 * 86_400_000) }, applicantId: { not: aigerim }, applicant: { roles: { some: { role: 'APPLICANT' } }, login: { notIn: ['timur', 'kazlogistics'] } }, channel: { in: ['PORTAL', 'JUSTICE_OFFICE'] }, status: { not: 'DRAFT' } },
    select: { id: true, applicantId: true, kind: true, providerRegionId: true },
    orderBy: { number: 'asc' },
    take: 8,
  });
  const licenceApp = await tx.serviceApplication.findFirst({ where: { kind: { in: ['LICENCE', 'LICENCE_REISSUE'] }, status: { not: 'DRAFT' }, registeredAt: { lt: new Date(now.getTime() - 7 * 86_400_000) } }, select: { id: true, applicantId: true, kind: true, providerRegionId: true }, orderBy: { number: 'asc' } });
  const bailiffCase = await tx.enforcementProceeding.findFirst({
    where: { bailiffId: { not: null }, bailiff: { chamber: { regionId: almaty } }, document: { application: { applicant: { roles: { some: { role: 'APPLICANT' } } } } } },
    select: { id: true, bailiffId: true, bailiff: { select: { chamberId: true } }, document: { select: { applicationId: true, application: { select: { applicantId: true } } } } },
    orderBy: { number: 'asc' },
  });

  interface Spec {
    complainantId: string; addressee: ComplaintAddressee; about: ComplaintAbout; applicationId: string | null; proceedingId?: string | null; bailiffId?: string | null;
    serviceKind: string | null; providerRegionId: string | null; chamberId?: string | null;
    subject: string; text: string; daysAgo: number;
    extend?: { afterDays: number; days: number; ground: 'ADDITIONAL_STUDY' | 'ON_SITE_CHECK' | 'MORE_INFORMATION'; reason: string };
    decide?: { afterDays: number; outcome: 'UPHELD' | 'PARTLY_UPHELD' | 'REJECTED'; reasons: string };
    proposals?: { text: string; afterDays: number; check?: { afterDays: number; fulfilled: boolean; note: string } }[];
    code?: boolean;
  }
  const c = (i: number) => citizens[i % Math.max(citizens.length, 1)];
  const specs: Spec[] = [];
  const onApp = (i: number) => {
    const a = c(i);
    return a ? { complainantId: a.applicantId, applicationId: a.id, serviceKind: a.kind, providerRegionId: a.providerRegionId } : { complainantId: aigerim, applicationId: overdueApp.id, serviceKind: 'ATTESTATION', providerRegionId: almaty };
  };
  specs.push(
    // the head of the provider (the Department of Justice of Almaty City)
    { ...onApp(0), addressee: 'PROVIDER_HEAD', about: 'ACTION', daysAgo: 8, subject: 'Documents demanded that the state systems hold', text: 'The officer asked me to bring a certificate from the narcology registry, which the provider obtains itself (A3).' },
    { ...onApp(1), addressee: 'PROVIDER_HEAD', about: 'DECISION', daysAgo: 4, subject: 'Refusal without a hearing', text: 'I received a refusal without a preliminary decision or an invitation to a hearing (A11).',
      extend: { afterDays: 2, days: 5, ground: 'MORE_INFORMATION', reason: 'The minutes of the commission are requested from its secretary.' } },
    { ...onApp(2), addressee: 'PROVIDER_HEAD', about: 'DECISION', daysAgo: 12, subject: 'Incomplete-package refusal', text: 'My package was complete: the internship conclusion was attached.',
      decide: { afterDays: 4, outcome: 'UPHELD', reasons: 'The internship conclusion was attached to the application; the refusal is cancelled and the application is considered anew.' } },
    { ...onApp(3), addressee: 'PROVIDER_HEAD', about: 'ACTION', daysAgo: 15, subject: 'Rudeness at the reception', text: 'The officer at the reception refused to accept my documents before 17:30.',
      decide: { afterDays: 5, outcome: 'REJECTED', reasons: 'The documents were brought at 17:42, after the acceptance hours of 09:00–17:30 (T2); they were accepted the next morning.' } },
    { ...onApp(4), addressee: 'PROVIDER_HEAD', about: 'INACTION', daysAgo: 10, subject: 'No answer to my request', text: 'My request for a copy of the test result sheet has not been answered.',
      decide: { afterDays: 3, outcome: 'PARTLY_UPHELD', reasons: 'The copy is sent today; the request to repeat the test is outside the complaint: the result stands.' } },
    // the Ministry
    { ...onApp(5), addressee: 'MINISTRY', about: 'INACTION', daysAgo: 5, subject: 'The department does not answer', text: 'The Department of Justice has not answered my complaint.',
      extend: { afterDays: 3, days: 10, ground: 'ADDITIONAL_STUDY', reason: 'The department’s correspondence for the last month is studied.' } },
    { ...onApp(6), addressee: 'MINISTRY', about: 'DECISION', daysAgo: 11, subject: 'Refusal on unreliable data', text: 'The data in my diploma are reliable; the refusal must be cancelled.',
      decide: { afterDays: 4, outcome: 'UPHELD', reasons: 'The registry of education confirms the diploma; the refusal on ground A5 is cancelled.' } },
    // the quality-control body
    { complainantId: aigerim, applicationId: overdueApp.id, serviceKind: 'ATTESTATION', providerRegionId: almaty, addressee: 'QUALITY_CONTROL_BODY', about: 'ACTION', daysAgo: 3, code: true,
      subject: 'The commission did not publish the session date', text: 'The date and place of the attestation were not announced on the portal (A1).' },
    { ...onApp(7), addressee: 'QUALITY_CONTROL_BODY', about: 'INACTION', daysAgo: 30, subject: 'Service period missed', text: 'The attestation result was not issued within 10 working days (A12).',
      decide: { afterDays: 12, outcome: 'UPHELD', reasons: 'The result was issued 6 working days late without any ground; the applicant’s right to a timely service was violated.' },
      proposals: [
        { text: 'Issue the result to the applicant’s personal account and report.', afterDays: 12, check: { afterDays: 16, fulfilled: true, note: 'The result was issued on the portal; the department reported.' } },
        { text: 'Train the department’s officers on the service periods of Order No. 69 (A12) and report.', afterDays: 12 },
      ] },
    { ...onApp(1), addressee: 'QUALITY_CONTROL_BODY', about: 'DECISION', daysAgo: 40, subject: 'A second refusal for the same reason', text: 'The department refused again for a reason I had removed (G1 p.3).',
      decide: { afterDays: 14, outcome: 'PARTLY_UPHELD', reasons: 'The second refusal repeated a removed reason; the other ground (fee) stands.' },
      proposals: [{ text: 'Reconsider the application without the removed reason.', afterDays: 14, check: { afterDays: 30, fulfilled: false, note: 'The department has not reconsidered; an unscheduled inspection is considered (Q2).' } }] },
  );
  if (licenceApp) specs.push({ complainantId: licenceApp.applicantId, applicationId: licenceApp.id, serviceKind: licenceApp.kind, providerRegionId: licenceApp.providerRegionId, addressee: 'PROVIDER_HEAD', about: 'ACTION', daysAgo: 2, subject: 'Receipt not considered', text: 'The licensing unit did not consider my bank receipt for the licence fee (L6).' });
  if (bailiffCase?.document.application) {
    specs.push({
      complainantId: bailiffCase.document.application.applicantId, applicationId: bailiffCase.document.applicationId, proceedingId: bailiffCase.id, bailiffId: bailiffCase.bailiffId,
      serviceKind: 'ENFORCEMENT_INITIATION', providerRegionId: null, chamberId: bailiffCase.bailiff!.chamberId, addressee: 'PROVIDER_HEAD', about: 'BAILIFF_ACTION', daysAgo: 1,
      subject: 'The bailiff does not answer', text: 'The appointed private bailiff has not answered my calls or letters for a week.',
    });
  }

  for (const s of specs) {
    const registeredOn = wdAgo(s.daysAgo);
    const registeredAt = at(registeredOn, '10:20');
    const due = complaintDueOn(registeredOn, s.addressee, cal);
    const h = handlerOf(complaintHandler(s.addressee, { about: s.about, serviceKind: s.serviceKind, providerRegionId: s.providerRegionId, chamberId: s.chamberId ?? null }));
    const list: Stage[] = [{ stage: 'REGISTERED', status: 'REGISTERED', at: registeredAt, actorRole: 'APPLICANT', note: `Considered by ${due} (C2).` }];
    let status: ComplaintStatus = 'REGISTERED';
    const data: Prisma.ComplaintUncheckedCreateInput = {
      number: await next(tx, `CMP-${registeredOn.slice(0, 4)}`), complainantId: s.complainantId, addressee: s.addressee, about: s.about, applicationId: s.applicationId,
      proceedingId: s.proceedingId ?? null, bailiffId: s.bailiffId ?? null, subject: s.subject, text: s.text, registeredAt, dueOn: day(due), currentDueOn: day(due), ...h,
    };
    if (s.extend) {
      const extendedOn = cal.addWorkingDays(registeredOn, s.extend.afterDays);
      const newDue = cal.addWorkingDays(due, s.extend.days);
      const extendedAt = at(extendedOn, '15:10');
      const notice = `The term of complaint ${data.number} is extended by ${s.extend.days} working days, to ${newDue} (${s.extend.ground.toLowerCase().replace(/_/g, ' ')}): ${s.extend.reason}`;
      status = 'EXTENDED';
      Object.assign(data, {
        extendedDueOn: day(newDue), currentDueOn: day(newDue), extensionGround: s.extend.ground, extensionReason: s.extend.reason, extensionDays: s.extend.days, extendedAt,
        extensionNotifyBy: day(dueOn(extendedOn, PERIODS.complaintExtensionNotice, cal)), extensionNotifiedAt: extendedAt, extensionNotice: notice,
      });
      list.push({ stage: 'EXTENDED', status, at: extendedAt, actorRole: h.handlerRole }, { stage: 'EXTENSION_NOTICE_SENT', status, at: extendedAt, actorRole: h.handlerRole, note: notice });
    }
    if (s.decide) {
      const decidedOn = cal.addWorkingDays(registeredOn, s.decide.afterDays);
      const decidedAt = at(decidedOn, '16:30');
      status = s.decide.outcome;
      Object.assign(data, { decidedAt, decision: s.decide.reasons, decidedOnTime: decidedOn <= iso(data.currentDueOn as Date) });
      list.push({ stage: 'DECIDED', status, at: decidedAt, actorRole: h.handlerRole });
    }
    data.status = status;
    const row = await tx.complaint.create({ data, select: { id: true, number: true } });
    for (const p of s.proposals ?? []) {
      const directedOn = cal.addWorkingDays(registeredOn, p.afterDays);
      const directedAt = at(directedOn, '17:00');
      const checkedOn = p.check ? cal.addWorkingDays(registeredOn, p.check.afterDays) : null;
      await tx.complaintProposal.create({
        data: {
          complaintId: row.id, text: p.text, directedAt, dueOn: day(proposalDueOn(directedOn, cal)),
          status: p.check ? (p.check.fulfilled ? 'FULFILLED' : 'NOT_FULFILLED') : 'DIRECTED', checkedAt: checkedOn ? at(checkedOn, '12:00') : null, checkNote: p.check?.note ?? null,
        },
      });
      list.push({ stage: 'PROPOSAL_DIRECTED', status, at: directedAt, actorRole: h.handlerRole, note: `Fulfilment due by ${proposalDueOn(directedOn, cal)} (C4).` });
      if (p.check && checkedOn) list.push({ stage: p.check.fulfilled ? 'PROPOSAL_FULFILLED' : 'PROPOSAL_NOT_FULFILLED', status, at: at(checkedOn, '12:00'), actorRole: h.handlerRole, note: p.check.note });
    }
    addStages(row.id, list);
    if (s.code) await tx.statusAccessCode.create({ data: { number: row.number, complaintId: row.id, codeHash: accessCodeHash(row.number, DEMO_ACCESS_CODE) } });
  }
  await tx.complaintStage.createMany({ data: stages.sort((a, b) => +(a.at as Date) - +(b.at as Date)) });
  await tx.auditLog.create({ data: { action: 'seed.complaints', entityType: 'System', entityId: 'demo', data: { complaints: specs.length + earlier.length } } });
}
