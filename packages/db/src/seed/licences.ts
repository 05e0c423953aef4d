// Licence area (issue 9): the demo of the licence service — sandbox records of the state systems (every answer:
// each negative one, a timeout, a system that comes back), demo candidates who can apply on the portal and meet
// each answer, a holder whose change of name the "Individuals" database confirms (the automatic reissue, L8) and
// one it does not, a bank receipt the gateway knows, and the answers of the state systems for the licence
// applications of the demo seed (so the desk shows what was pulled, and from where). One application waits for
// the narcology register: the API's scheduler asks again a few seconds after `npm start` and completes it.
// Signed documents are made by the API (it holds the key), never by the seed.
import type { Prisma } from '../generated/prisma/client.ts';
import type { StateSystem } from '../generated/prisma/enums.ts';
import { makeIin } from './iin.ts';

export interface Candidate {
  login: string;
  lastName: string;
  firstName: string;
  patronymic: string;
  gender: 'MALE' | 'FEMALE';
  birth: string;
  locale: 'KK' | 'RU' | 'EN';
  displayName: string;
  /** the sandbox's scripted answers for this person */
  records: Array<{ system: StateSystem; answer: 'CLEAR' | 'NEGATIVE' | 'NOT_FOUND' | 'TIMEOUT' | 'UNAVAILABLE'; data?: Prisma.InputJsonValue; failuresLeft?: number }>;
}

/** The demo candidates (applicants on the portal), each meeting one answer of the state systems. */
export const LICENCE_DEMO_CANDIDATES: readonly Candidate[] = [
  { login: 'candidate', lastName: 'Жақсылықов', firstName: 'Ерлан', patronymic: 'Серікұлы', gender: 'MALE', birth: '1985-06-14', locale: 'KK', displayName: 'Ерлан Жақсылықов', records: [] },
  { login: 'cand.criminal', lastName: 'Петров', firstName: 'Игорь', patronymic: 'Васильевич', gender: 'MALE', birth: '1980-02-02', locale: 'RU', displayName: 'Игорь Петров', records: [{ system: 'CRIMINAL_RECORD', answer: 'NEGATIVE', data: { records: [{ kind: 'conviction, art. 190 of the Criminal Code', date: '2017-09-12', authority: 'Almaly district court' }] } }] },
  { login: 'cand.corruption', lastName: 'Садыков', firstName: 'Марат', patronymic: 'Ерланович', gender: 'MALE', birth: '1979-11-20', locale: 'RU', displayName: 'Марат Садыков', records: [{ system: 'CORRUPTION_OFFENCES', answer: 'NEGATIVE', data: { records: [{ kind: 'corruption offence', date: '2022-03-01' }] } }] },
  { login: 'cand.dismissed', lastName: 'Қалиева', firstName: 'Гүлнар', patronymic: 'Бекқызы', gender: 'FEMALE', birth: '1984-04-04', locale: 'KK', displayName: 'Гүлнар Қалиева', records: [{ system: 'NEGATIVE_DISMISSALS', answer: 'NEGATIVE', data: { records: [{ kind: 'dismissed for a disciplinary offence discrediting the service', date: '2021-06-30', authority: 'Ministry of Internal Affairs' }] } }] },
  { login: 'cand.deprived', lastName: 'Ахметов', firstName: 'Данияр', patronymic: 'Болатович', gender: 'MALE', birth: '1977-07-07', locale: 'RU', displayName: 'Данияр Ахметов', records: [{ system: 'LICENCE_DEPRIVATION', answer: 'NEGATIVE', data: { records: [{ kind: 'licence revoked by court', date: '2020-12-15', authority: 'Specialised inter-district economic court of Astana' }] } }] },
  { login: 'cand.mental', lastName: 'Smith', firstName: 'John', patronymic: '', gender: 'MALE', birth: '1982-08-08', locale: 'EN', displayName: 'John Smith', records: [{ system: 'MENTAL_HEALTH_REGISTER', answer: 'NEGATIVE', data: { records: [{ kind: 'dispensary registration' }] } }] },
  { login: 'cand.narcology', lastName: 'Омаров', firstName: 'Азамат', patronymic: 'Қайратұлы', gender: 'MALE', birth: '1986-01-30', locale: 'KK', displayName: 'Азамат Омаров', records: [{ system: 'NARCOLOGY_REGISTER', answer: 'NEGATIVE', data: { records: [{ kind: 'narcology registration' }] } }] },
  { login: 'cand.unknown', lastName: 'Нұрланова', firstName: 'Айгүл', patronymic: 'Маратқызы', gender: 'FEMALE', birth: '1990-10-10', locale: 'KK', displayName: 'Айгүл Нұрланова', records: [{ system: 'IDENTITY', answer: 'NOT_FOUND' }] },
  { login: 'cand.timeout', lastName: 'Ким', firstName: 'Виктор', patronymic: 'Сергеевич', gender: 'MALE', birth: '1983-05-05', locale: 'RU', displayName: 'Виктор Ким', records: [{ system: 'NARCOLOGY_REGISTER', answer: 'CLEAR', failuresLeft: 3 }, { system: 'MENTAL_HEALTH_REGISTER', answer: 'TIMEOUT' }] },
  { login: 'cand.declined', lastName: 'Бекова', firstName: 'Сәуле', patronymic: 'Ержанқызы', gender: 'FEMALE', birth: '1988-12-12', locale: 'KK', displayName: 'Сәуле Бекова', records: [{ system: 'PAYMENT_GATEWAY', answer: 'NEGATIVE' }] },
];

/** Logins for the README and the sign-in screens. */
export const LICENCE_DEMO_LOGINS = [
  ...LICENCE_DEMO_CANDIDATES.map((c) => ({ login: c.login, role: 'APPLICANT' as const, description: c.records.length ? `Licence candidate ${c.displayName}: the sandbox answers ${c.records.map((r) => `${r.system} ${r.answer}`).join(', ')}` : `Licence candidate ${c.displayName}: every state system clear (apply, pay, get the licence)` })),
  { login: 'holder.renamed', role: 'APPLICANT' as const, description: 'Licence holder Айжан Серікова (née Тоқтарова): the "Individuals" database confirms her change of surname — the automatic reissue (L8)' },
  { login: 'holder.unconfirmed', role: 'APPLICANT' as const, description: 'Licence holder Бауыржан Әлиев: no change of name recorded — a reissue is refused automatically (L8)' },
];

/** A bank receipt the sandbox gateway knows: 25,950 tenge, the issue fee of 2026 (L6). */
export const DEMO_BANK_RECEIPT = 'KASPI-DEMO-25950';

const isoDaysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);

export async function seedLicenceArea(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  let serial = 9100;
  const person = async (p: { lastName: string; firstName: string; patronymic: string | null; gender: 'MALE' | 'FEMALE'; birth: string }) => {
    for (;;) {
      try {
        const iin = makeIin(new Date(`${p.birth}T00:00:00Z`), p.gender, serial++);
        return await tx.person.create({ data: { iin, lastName: p.lastName, firstName: p.firstName, patronymic: p.patronymic || null, birthDate: new Date(`${p.birth}T00:00:00Z`) } });
      } catch (e) {
        if (!(e instanceof RangeError)) throw e;
      }
    }
  };
  const user = async (login: string, displayName: string, locale: 'KK' | 'RU' | 'EN', personId: string) =>
    tx.user.create({ data: { login, displayName, locale, personId, roles: { create: { role: 'APPLICANT' } } } });

  const records: Prisma.SandboxStateRecordCreateManyInput[] = [];
  for (const c of LICENCE_DEMO_CANDIDATES) {
    const p = await person(c);
    await user(c.login, c.displayName, c.locale, p.id);
    for (const r of c.records) records.push({ system: r.system, subject: p.iin, answer: r.answer, data: r.data ?? {}, failuresLeft: r.failuresLeft ?? 0 });
  }
  records.push({ system: 'PAYMENT_GATEWAY', subject: `receipt:${DEMO_BANK_RECEIPT}`, answer: 'CLEAR', data: { amountTenge: 25_950 } });

  // L8: two holders of active licences; one changed her surname 6 days ago and the "Individuals" database has it
  const issuedAt = new Date(now.getTime() - 400 * 86_400_000);
  const renamed = await person({ lastName: 'Тоқтарова', firstName: 'Айжан', patronymic: 'Асқарқызы', gender: 'FEMALE', birth: '1987-03-03' });
  await user('holder.renamed', 'Айжан Серікова', 'KK', renamed.id);
  const unconfirmed = await person({ lastName: 'Әлиев', firstName: 'Бауыржан', patronymic: 'Нұрланұлы', gender: 'MALE', birth: '1981-09-09' });
  await user('holder.unconfirmed', 'Бауыржан Әлиев', 'RU', unconfirmed.id);
  for (const [i, h] of [renamed, unconfirmed].entries()) {
    await tx.licence.create({
      data: {
        number: `PB-2025-${String(900 + i).padStart(6, '0')}`, holderId: h.id, status: 'ACTIVE', basis: 'ATTESTATION',
        basisDetails: { attestationDecision: { number: `АК-2025-ALA-0${i + 3}`, date: isoDaysBefore(now, 430), region: 'ALA' } },
        authorisedManager: 'Department of Legal Services, Ministry of Justice', placeOfIssue: 'Astana', issuedAt,
      },
    });
  }
  records.push(
    { system: 'IDENTITY', subject: renamed.iin, answer: 'CLEAR', data: { iin: renamed.iin, lastName: 'Серікова', firstName: 'Айжан', patronymic: 'Асқарқызы', birthDate: '1987-03-03', document: { kind: 'identity card', number: '054321987', issuedOn: isoDaysBefore(now, 6) } } },
    {
      system: 'INDIVIDUALS', subject: renamed.iin, answer: 'CLEAR',
      data: { changes: [{ previous: { lastName: 'Тоқтарова', firstName: 'Айжан', patronymic: 'Асқарқызы' }, current: { lastName: 'Серікова', firstName: 'Айжан', patronymic: 'Асқарқызы' }, documentIssuedOn: isoDaysBefore(now, 6), documentNumber: '054321987', reason: 'marriage' }] },
    },
  );
  await tx.sandboxStateRecord.createMany({ data: records, skipDuplicates: true });

  // what the state systems answered for the demo seed's licence applications (all clear), and one that waits for
  // the narcology register until the scheduler asks again
  const apps = await tx.serviceApplication.findMany({ where: { kind: 'LICENCE' }, select: { id: true, receivedAt: true, status: true }, orderBy: { receivedAt: 'asc' } });
  const systems: StateSystem[] = ['IDENTITY', 'CORRUPTION_OFFENCES', 'CRIMINAL_RECORD', 'NEGATIVE_DISMISSALS', 'LICENCE_DEPRIVATION', 'MENTAL_HEALTH_REGISTER', 'NARCOLOGY_REGISTER'];
  const waitingApp = apps.find((a) => a.status === 'REGISTERED');
  const rows: Prisma.StateSystemQueryCreateManyInput[] = [];
  for (const a of apps) {
    const at = a.receivedAt ?? now;
    for (const system of systems) {
      const waits = a.id === waitingApp?.id && system === 'NARCOLOGY_REGISTER';
      rows.push(
        waits
          ? { applicationId: a.id, system, status: 'WAITING', found: false, attempts: 1, lastError: 'UNAVAILABLE', nextAttemptAt: now, askedAt: at }
          : { applicationId: a.id, system, status: 'ANSWERED', found: system === 'IDENTITY', negative: false, answer: system === 'IDENTITY' ? { source: 'sandbox' } : { records: [] }, askedAt: at, answeredAt: at },
      );
    }
  }
  await tx.stateSystemQuery.createMany({ data: rows, skipDuplicates: true });
  if (waitingApp) {
    await tx.applicationStage.create({
      data: { applicationId: waitingApp.id, status: waitingApp.status, stage: 'WAITING_FOR_STATE_SYSTEM', at: waitingApp.receivedAt ?? now, actorId: null, note: 'Waiting for NARCOLOGY_REGISTER: the system did not answer (UNAVAILABLE); asked again automatically (L2).' },
    });
  }
}
