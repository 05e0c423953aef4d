// A13 demo (issue 9, hand-over): a one application (attestation and licence) a few clicks from the licence. An
// Almaty City session held on the previous working day with a single candidate, `candidate.onestep` (Арман
// Бекенов), who passed the test (82 of 100), was interviewed, and has three of the four votes (PASS, PASS and a
// FAIL with a dissenting opinion). In the desk the chair `commission.almaty` casts the last vote, records the
// Commission's decision and signs the minutes: the signed attestation decision goes to the candidate and the licence
// part is registered at the Ministry by itself, its state systems asked (A13, L2). The candidate pays the fee in
// the portal (L6); `licensing` checks completeness (L3) and issues the licence (L7, L9); the candidate downloads it
// and anyone verifies it at /verify/:id.
import { almatyDate, almatyInstant, attestationApplicationsCloseOn, attestationServiceDueOn, WorkingCalendar, type IsoDate } from '@oryndau/domain';
import type { Prisma } from '../generated/prisma/client.ts';
import { DEMO_CALENDAR_CORRECTIONS } from './demo.ts';
import { makeIin } from './iin.ts';

const day = (d: IsoDate) => new Date(`${d}T00:00:00.000Z`);
export const HANDOVER_CANDIDATE = 'candidate.onestep';

export async function seedHandover(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  if (await tx.user.findUnique({ where: { login: HANDOVER_CANDIDATE }, select: { id: true } })) return;
  const cal = new WorkingCalendar(DEMO_CALENDAR_CORRECTIONS.map((c) => ({ ...c })));
  const heldOn = cal.addWorkingDays(cal.nextWorkingDay(almatyDate(now), { inclusive: true }), -1);
  const region = await tx.region.findUnique({ where: { code: 'ALA' }, select: { id: true } });
  const staff = await tx.user.findMany({ where: { login: { in: ['commission.almaty', 'commission.almaty.2', 'commission.almaty.3', 'commission.almaty.4', 'justice.almaty'] } }, select: { id: true, login: true } });
  if (!region || staff.length < 5) return;
  const uid = (l: string) => staff.find((u) => u.login === l)!.id;
  const heldAt = almatyInstant(heldOn, '14:00');
  const session = await tx.attestationSession.create({
    data: {
      regionId: region.id, heldAt, place: 'г. Алматы, ул. Толе би, д. 155, Департамент юстиции города Алматы, зал № 2', applicationsCloseOn: day(attestationApplicationsCloseOn(heldOn, cal)),
      status: 'HELD', createdAt: almatyInstant(cal.addWorkingDays(heldOn, -20), '09:30'), chairId: uid('commission.almaty'), secretaryId: uid('justice.almaty'),
    },
  });
  const birth = '1993-05-17';
  const person = await tx.person.create({ data: { iin: makeIin(new Date(`${birth}T00:00:00Z`), 'MALE', 7190), lastName: 'Бекенов', firstName: 'Арман', patronymic: 'Талгатович', birthDate: new Date(`${birth}T00:00:00Z`), address: 'г. Алматы, ул. Абая, д. 31', phone: '+7 701 555 01 90', email: 'arman.bekenov@mail.kz' } });
  const user = await tx.user.create({ data: { login: HANDOVER_CANDIDATE, displayName: 'Arman Bekenov', locale: 'RU', personId: person.id, roles: { create: { role: 'APPLICANT' } } } });
  const closeOn = attestationApplicationsCloseOn(heldOn, cal);
  const receivedAt = almatyInstant(cal.addWorkingDays(closeOn, -2), '10:40');
  const checkedAt = almatyInstant(cal.addWorkingDays(closeOn, -1), '09:50');
  const series = `ATL-${heldOn.slice(0, 4)}`;
  const [seq] = await tx.$queryRaw<{ value: number }[]>`INSERT INTO "NumberSequence" ("key", "value") VALUES (${series}, 1)
    ON CONFLICT ("key") DO UPDATE SET "value" = "NumberSequence"."value" + 1 RETURNING "value"`;
  const form = {
    diploma: { institution: 'Kazakh Humanitarian Law University', specialtyCode: '6B04201', number: 'JB-B 1234599', issuedOn: '2015-06-26', foreign: false },
    nostrification: null,
    internship: { conclusionApprovedOn: '2026-05-20', regionalChamber: 'Региональная палата частных судебных исполнителей города Алматы', supervisor: 'Оспанов Асхат Каиржанович', startedOn: '2025-08-01', endedOn: '2026-02-01' },
    address: person.address, email: person.email, phone: person.phone, confirmations: true, healthRegistryConsent: true, signedWithEds: true,
    stateRecords: {
      identity: { iin: person.iin, lastName: person.lastName, firstName: person.firstName, patronymic: person.patronymic, birthDate: birth, source: 'IDENTITY_REGISTER' },
      registers: { mentalHealth: 'NOT_REGISTERED', narcology: 'NOT_REGISTERED', source: 'HEALTH_REGISTERS_SANDBOX' },
      pulledAt: receivedAt.toISOString(),
    },
  };
  const started = new Date(heldAt.getTime() + 10 * 60_000);
  const finished = new Date(started.getTime() + 68 * 60_000);
  const interviewedAt = new Date(heldAt.getTime() + 120 * 60_000);
  const app = await tx.serviceApplication.create({
    data: {
      number: `${series}-${String(seq!.value).padStart(6, '0')}`, kind: 'ATTESTATION_AND_LICENCE', channel: 'PORTAL', status: 'IN_REVIEW', applicantId: user.id, providerRegionId: region.id,
      receivedAt, registeredAt: receivedAt, dueOn: day(attestationServiceDueOn(heldOn, cal)), form, attestationSessionId: session.id, createdAt: receivedAt,
      stages: {
        create: [
          { status: 'REGISTERED', stage: 'REGISTERED', actorId: user.id, actorRole: 'APPLICANT', at: receivedAt, note: 'Identity and the mental-health and narcology registers pulled from the state systems (A3).' },
          { status: 'IN_REVIEW', stage: 'COMPLETENESS_CHECKED', actorId: uid('justice.almaty'), actorRole: 'JUSTICE_OFFICER', at: checkedAt, note: 'The application is complete (A4).' },
          { status: 'IN_REVIEW', stage: 'TEST_TAKEN', actorId: uid('commission.almaty.2'), actorRole: 'COMMISSION_MEMBER', at: finished, note: '82 of 100; passed, admitted to the interview (A7, testing centre).' },
          { status: 'IN_REVIEW', stage: 'INTERVIEW_HELD', actorId: uid('commission.almaty'), actorRole: 'COMMISSION_MEMBER', at: interviewedAt, note: '3 questions (A7).' },
        ],
      },
    },
  });
  await tx.testResult.create({ data: { applicationId: app.id, language: 'RU', questions: 100, correct: 82, startedAt: started, finishedAt: finished } });
  await tx.interview.create({ data: { applicationId: app.id, heldAt: interviewedAt, questions: ['Порядок ареста имущества должника', 'Сроки совершения исполнительных действий', 'Очерёдность удовлетворения требований взыскателей'] } });
  const votes: Array<[string, 'PASS' | 'FAIL', string | null]> = [
    ['commission.almaty.2', 'PASS', null], ['commission.almaty.3', 'FAIL', 'Ответ об очерёдности требований взыскателей был неполным.'], ['commission.almaty.4', 'PASS', null],
  ];
  await tx.commissionVote.createMany({ data: votes.map(([l, vote, dissent], k) => ({ applicationId: app.id, memberId: uid(l), vote, isChair: false, dissentingOpinion: dissent, castAt: new Date(interviewedAt.getTime() + (10 + k) * 60_000) })) });
}
