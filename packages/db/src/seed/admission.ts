// admit (issue 9): licence holders waiting to be admitted to a chamber, so that the chamber console's "Licensed
// bailiffs to admit" is not empty on first start — two in Almaty City (attested there, and one on a labour record,
// which any chamber may admit) and one attested in Astana (on the Astana chamber's list only). Each can sign in
// (an applicant today; admitted, also a private bailiff). Licence numbers are 7-digit serials with a leading 0,
// outside the API's gap-free `PB-<year>-NNNNNN` series (issue-licence.ts), so they never meet an issued number.
import type { Prisma } from '../generated/prisma/client.ts';
import { makeIin } from './iin.ts';
import type { Candidate } from './licences.ts';

type WaitingHolder = Pick<Candidate, 'login' | 'lastName' | 'firstName' | 'patronymic' | 'gender' | 'birth' | 'locale'> & {
  /** the attestation decision's region (code), or null for a labour record (L5 a) */
  region: string | null;
  issuedDaysAgo: number;
};

export const ADMISSION_DEMO_HOLDERS: readonly WaitingHolder[] = [
  { login: 'licensed.almaty', lastName: 'Бекенов', firstName: 'Серік', patronymic: 'Маратұлы', gender: 'MALE', birth: '1986-04-18', locale: 'KK', region: 'ALA', issuedDaysAgo: 9 },
  { login: 'licensed.labour', lastName: 'Исаева', firstName: 'Жанна', patronymic: 'Викторовна', gender: 'FEMALE', birth: '1979-09-02', locale: 'RU', region: null, issuedDaysAgo: 23 },
  { login: 'licensed.astana', lastName: 'Қасымов', firstName: 'Нұржан', patronymic: 'Ерланұлы', gender: 'MALE', birth: '1990-01-27', locale: 'KK', region: 'AST', issuedDaysAgo: 5 },
];

export const ADMISSION_DEMO_LOGINS = ADMISSION_DEMO_HOLDERS.map((h) => ({
  login: h.login,
  role: 'APPLICANT' as const,
  description: `${h.lastName} ${h.firstName}: licensed private bailiff ${h.region ? `attested in ${h.region}` : 'on a labour record'}, not yet a member of a chamber (the chamber console admits them)`,
}));

export async function seedAdmission(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  let serial = 9600;
  for (const [i, h] of ADMISSION_DEMO_HOLDERS.entries()) {
    const birthDate = new Date(`${h.birth}T00:00:00Z`);
    let iin = '';
    while (!iin) {
      try {
        iin = makeIin(birthDate, h.gender, serial++);
      } catch (e) {
        if (!(e instanceof RangeError)) throw e;
      }
    }
    const person = await tx.person.create({ data: { iin, lastName: h.lastName, firstName: h.firstName, patronymic: h.patronymic, birthDate } });
    await tx.user.create({ data: { login: h.login, displayName: `${h.firstName} ${h.lastName}`, locale: h.locale, personId: person.id, roles: { create: { role: 'APPLICANT' } } } });
    const issuedAt = new Date(now.getTime() - h.issuedDaysAgo * 86_400_000);
    const year = issuedAt.toISOString().slice(0, 4);
    await tx.licence.create({
      data: {
        number: `PB-${year}-${String(950 + i).padStart(7, '0')}`,
        holderId: person.id,
        status: 'ACTIVE',
        basis: h.region ? 'ATTESTATION' : 'LABOUR_RECORD',
        basisDetails: h.region
          ? { attestationDecision: { number: `АК-${year}-${h.region}-0${i + 5}`, date: new Date(issuedAt.getTime() - 30 * 86_400_000).toISOString().slice(0, 10), region: h.region } }
          : { labourRecord: [{ position: 'STATE_ENFORCEMENT_BODY', organisation: 'Department of Justice of Almaty City', startedOn: '2012-09-01', endedOn: '2025-08-31', dismissedForNegativeReasons: false }] },
        authorisedManager: 'Department of Legal Services, Ministry of Justice',
        placeOfIssue: 'Astana',
        issuedAt,
      },
    });
  }
}
