// The attestation's demo data (issue 9), on top of what demo.ts seeds (a held Almaty session with its minutes, an
// upcoming Almaty and Astana session with candidates at every stage of the paperwork):
//  - the question bank of the test (A7), in Kazakh and Russian, 130 questions each, so that 100 distinct are
//    drawn per candidate: the periods of the three services and the terms a bailiff counts by the working
//    calendar (the last day to apply for a session held on a given day, a completeness check due …);
//  - the chair and secretary of the demo's Almaty sessions (commission.almaty chairs, justice.almaty records);
//  - a session in Almaty City today at 09:00 with three candidates: one to take the test in the portal
//    (candidate.today.1), one who passed the test and waits for the interview (candidate.today.2), one
//    interviewed with three of four votes cast (candidate.today.3: the chair commission.almaty votes last and
//    decides); so the commission's whole day can be played in the desk;
//  - sessions in Shymkent (in 3 working days: already closed to applications, A1) and Karaganda region (in 15
//    working days: open).
import { almatyDate, almatyInstant, attestationApplicationsCloseOn, attestationServiceDueOn, dueOn, PERIODS, WorkingCalendar, type IsoDate } from '@oryndau/domain';
import type { Prisma } from '../generated/prisma/client.ts';
import { DEMO_CALENDAR_CORRECTIONS } from './demo.ts';
import { makeIin } from './iin.ts';
import { randomId } from './util.ts';

type Lang = 'KK' | 'RU';
interface Q { language: Lang; topic: string; text: string; options: string[]; correctOption: number }

const day = (d: IsoDate) => new Date(`${d}T00:00:00.000Z`);
const fmt = (d: IsoDate) => `${d.slice(8, 10)}.${d.slice(5, 7)}.${d.slice(0, 4)}`;

/** A7: the bank. Every question has four options, one correct; the options are shuffled by a fixed rule. */
export function attestationQuestionBank(cal: WorkingCalendar, from: IsoDate): Q[] {
  const out: Q[] = [];
  const add = (topic: string, kk: string, ru: string, correct: [string, string], wrong: Array<[string, string]>, n: number) => {
    const at = n % 4;
    for (const [lang, i] of [['KK', 0], ['RU', 1]] as const) {
      const options = wrong.map((w) => w[i]);
      options.splice(at, 0, correct[i]);
      out.push({ language: lang, topic, text: lang === 'KK' ? kk : ru, options, correctOption: at });
    }
  };
  const wdays = (n: number): [string, string] => [`${n} жұмыс күні`, `${n} рабочих дней`.replace(/^1 рабочих дней$/, '1 рабочий день').replace(/^([234]) рабочих дней$/, '$1 рабочих дня')];
  const periods: Array<[string, string, string, number, number[]]> = [
    ['A1', 'Аттестаттауға өтініш ол өткізілетін күнге дейін кемінде қанша уақыт бұрын беріледі?', 'Не позднее какого срока до дня аттестации подаётся заявление?', 5, [3, 7, 10]],
    ['A4', 'Аттестаттауға өтініштің толықтығы қанша мерзімде тексеріледі?', 'В какой срок проверяется полнота документов на аттестацию?', 2, [1, 3, 5]],
    ['A10', 'Аттестаттау нәтижесіне Комиссия шешімінен кейін қанша мерзімде қол қойылады?', 'В какой срок после решения Комиссии подписывается результат аттестации?', 1, [2, 3, 5]],
    ['A12', 'Аттестаттау бойынша мемлекеттік қызмет көрсету мерзімі қандай?', 'Каков срок оказания государственной услуги по аттестации?', 10, [5, 15, 20]],
    ['A11', 'Тыңдау туралы хабарлама қызмет көрсету мерзімі аяқталғанға дейін кемінде қанша уақыт бұрын жіберіледі?', 'Не менее чем за какой срок до окончания срока оказания услуги направляется уведомление о заслушивании?', 3, [1, 2, 5]],
    ['A11', 'Тыңдау хабарламадан кейін қанша мерзімнен кешіктірілмей өткізіледі?', 'Не позднее какого срока после уведомления проводится заслушивание?', 2, [1, 3, 5]],
    ['L7', 'Жеке сот орындаушысының лицензиясы қанша мерзімде беріледі?', 'В какой срок выдаётся лицензия частного судебного исполнителя?', 10, [5, 15, 30]],
    ['E4', 'Сот орындаушысы атқарушылық іс жүргізуді қозғау туралы шешімді қанша мерзімде шығарады?', 'В какой срок судебный исполнитель выносит постановление о возбуждении исполнительного производства?', 3, [1, 5, 10]],
    ['C2', 'Көрсетілетін қызметті берушіге шағым қанша мерзімде қаралады?', 'В какой срок рассматривается жалоба услугодателем?', 5, [3, 10, 15]],
    ['C2', 'Мемлекеттік қызметтер сапасын бақылау органына шағым қанша мерзімде қаралады?', 'В какой срок рассматривается жалоба уполномоченным органом по контролю качества госуслуг?', 15, [5, 10, 20]],
    ['C3', 'Шағымды қарау мерзімі ең көбі қаншаға ұзартылады?', 'На какой наибольший срок может быть продлено рассмотрение жалобы?', 10, [5, 15, 20]],
    ['Q3', 'Жоспарлы тексеру ең көбі қанша уақытқа созылады?', 'Какова наибольшая продолжительность плановой проверки?', 20, [10, 15, 30]],
    ['Q3', 'Жоспардан тыс тексеру ең көбі қанша уақытқа созылады?', 'Какова наибольшая продолжительность внеплановой проверки?', 10, [5, 15, 20]],
  ];
  periods.forEach(([topic, kk, ru, n, wrong], i) => add(topic, kk, ru, wdays(n), wrong.map(wdays), i));
  const facts: Array<[string, string, string, [string, string], Array<[string, string]>]> = [
    ['A7', 'Аттестаттау тестінде қанша сұрақ бар?', 'Сколько вопросов в тесте аттестации?', ['100', '100'], [['50', '50'], ['70', '70'], ['120', '120']]],
    ['A7', 'Тест тапсыруға қанша уақыт беріледі?', 'Сколько времени отводится на тестирование?', ['90 минут', '90 минут'], [['60 минут', '60 минут'], ['120 минут', '120 минут'], ['45 минут', '45 минут']]],
    ['A7', 'Тесттен өту үшін кемінде қанша дұрыс жауап қажет?', 'Сколько правильных ответов необходимо, чтобы пройти тест?', ['70', '70'], [['60', '60'], ['75', '75'], ['80', '80']]],
    ['A7', 'Әңгімелесуде кемінде қанша сұрақ қойылады?', 'Сколько вопросов задаётся на собеседовании как минимум?', ['3', '3'], [['1', '1'], ['2', '2'], ['5', '5']]],
    ['A7', 'Тест нәтижелерінің парағы қанша данада басылады?', 'В скольких экземплярах распечатывается лист результатов тестирования?', ['2', '2'], [['1', '1'], ['3', '3'], ['4', '4']]],
    ['A6', 'Көмекші құралдарды пайдаланғаны үшін шеттетілген үміткер қашан қайта өтініш бере алады?', 'Когда кандидат, отстранённый за использование вспомогательных материалов, вправе вновь подать заявление?', ['Комиссия шешімінен 3 ай өткен соң', 'По истечении 3 месяцев со дня решения Комиссии'], [['1 айдан кейін', 'Через 1 месяц'], ['6 айдан кейін', 'Через 6 месяцев'], ['1 жылдан кейін', 'Через 1 год']]],
    ['A8', 'Комиссия шешімді қалай қабылдайды?', 'Как принимает решение Комиссия?', ['Көпшілік дауыспен', 'Большинством голосов'], [['Бірауыздан', 'Единогласно'], ['Төраға жеке-дара', 'Единолично председателем'], ['Үштен екі даусымен', 'Двумя третями голосов']]],
    ['A8', 'Дауыстар тең болғанда не шешеді?', 'Что решает при равенстве голосов?', ['Төрағаның даусы', 'Голос председателя'], [['Қайта дауыс беру', 'Повторное голосование'], ['Хатшының даусы', 'Голос секретаря'], ['Жеребе', 'Жребий']]],
    ['A8', 'Комиссия мүшесі дауыс беруден қалыс қала ала ма?', 'Вправе ли член Комиссии воздержаться при голосовании?', ['Жоқ, қалыс қалуға болмайды', 'Нет, воздерживаться нельзя'], [['Иә, кез келген уақытта', 'Да, в любое время'], ['Иә, төрағаның рұқсатымен', 'Да, с разрешения председателя'], ['Иә, жазбаша өтініш бойынша', 'Да, по письменному заявлению']]],
    ['A8', 'Шешіммен келіспейтін мүше не істейді?', 'Что делает член Комиссии, не согласный с решением?', ['Ерекше пікір жазады, ол сақталады', 'Излагает особое мнение, которое хранится'], [['Хаттамаға қол қоймайды', 'Не подписывает протокол'], ['Шешімге шағымданады', 'Обжалует решение'], ['Дауысын кері қайтарады', 'Отзывает свой голос']]],
    ['A9', 'Аттестаттау хаттамасына кім қол қояды?', 'Кто подписывает протокол аттестации?', ['Төраға, мүшелер және хатшы', 'Председатель, члены и секретарь'], [['Тек төраға', 'Только председатель'], ['Үміткер', 'Кандидат'], ['Министр', 'Министр']]],
    ['A3', 'Үміткердің жеке басы және есепте тұруы туралы мәліметтер қайдан алынады?', 'Откуда берутся сведения о личности кандидата и о его учёте?', ['Мемлекеттік ақпараттық жүйелерден', 'Из государственных информационных систем'], [['Үміткердің анықтамаларынан', 'Из справок кандидата'], ['Палатадан', 'Из палаты'], ['Жұмыс берушіден', 'От работодателя']]],
    ['A13', '«Бір өтініш» бойынша аттестаттаудан кейін не болады?', 'Что происходит после аттестации по «одному заявлению»?', ['Лицензия беру жалғасады', 'Продолжается выдача лицензии'], [['Жаңа өтініш қажет', 'Нужно новое заявление'], ['Өтініш жабылады', 'Заявление закрывается'], ['Қайта аттестаттау', 'Повторная аттестация']]],
  ];
  facts.forEach(([topic, kk, ru, c, w], i) => add(topic, kk, ru, c, w, i + 1));
  // the working calendar: the last day to apply for a session held on a given day (A1), a completeness check due (A4)
  let d = cal.nextWorkingDay(from, { inclusive: true });
  let n = 0;
  while (out.length < 260) {
    const close = attestationApplicationsCloseOn(d, cal);
    const wrong = [cal.addWorkingDays(d, -3), addCal(d, -5), cal.addWorkingDays(d, -7)].filter((x) => x !== close);
    while (wrong.length < 3) wrong.push(addCal(d, -8 - wrong.length));
    add('A1', `Аттестаттау ${fmt(d)} күні өткізіледі. Өтініш берудің соңғы күні қандай?`, `Аттестация проводится ${fmt(d)}. Какой последний день подачи заявления?`, [fmt(close), fmt(close)], wrong.slice(0, 3).map((x) => [fmt(x), fmt(x)]), n++);
    const due = dueOn(d, PERIODS.completenessCheck, cal);
    const wrong2 = [cal.addWorkingDays(d, 1), cal.addWorkingDays(d, 3), addCal(d, 2)].filter((x) => x !== due);
    while (wrong2.length < 3) wrong2.push(addCal(d, 4 + wrong2.length));
    add('A4', `Өтініш ${fmt(d)} күні тіркелді. Толықтығын тексерудің соңғы күні қандай?`, `Заявление зарегистрировано ${fmt(d)}. Какой последний день проверки полноты документов?`, [fmt(due), fmt(due)], wrong2.slice(0, 3).map((x) => [fmt(x), fmt(x)]), n++);
    d = cal.addWorkingDays(d, 3);
  }
  return out;
}

function addCal(d: IsoDate, n: number): IsoDate {
  const x = new Date(`${d}T00:00:00.000Z`);
  x.setUTCDate(x.getUTCDate() + n);
  return x.toISOString().slice(0, 10) as IsoDate;
}

async function insert(tx: Prisma.TransactionClient, table: string, rows: object[]) {
  if (!rows.length) return;
  const cols = Object.keys(rows[0]!).map((c) => `"${c}"`).join(', ');
  await tx.$executeRawUnsafe(`INSERT INTO "${table}" (${cols}) SELECT ${cols} FROM json_populate_recordset(NULL::"${table}", $1::json)`, JSON.stringify(rows));
}

export async function seedAttestation(tx: Prisma.TransactionClient, now: Date): Promise<void> {
  const cal = new WorkingCalendar(DEMO_CALENDAR_CORRECTIONS.map((c) => ({ ...c })));
  const today = almatyDate(now);
  await insert(tx, 'AttestationQuestion', attestationQuestionBank(cal, '2026-01-05').map((q) => ({ id: randomId(), ...q, active: true, createdAt: now })));

  const users = await tx.user.findMany({ where: { login: { in: ['commission.almaty', 'commission.almaty.2', 'commission.almaty.3', 'commission.almaty.4', 'justice.almaty'] } }, select: { id: true, login: true } });
  const uid = (l: string) => users.find((u) => u.login === l)!.id;
  const regions = await tx.region.findMany({ select: { id: true, code: true } });
  const rid = (code: string) => regions.find((r) => r.code === code)!.id;
  const almaty = { id: rid('ALA') };
  // the demo's Almaty sessions: the chair and the secretary
  await tx.attestationSession.updateMany({ where: { regionId: almaty.id }, data: { chairId: uid('commission.almaty'), secretaryId: uid('justice.almaty') } });

  const place = { ALA: 'г. Алматы, ул. Толе би, д. 155, Департамент юстиции города Алматы, зал заседаний', SHY: 'г. Шымкент, ул. Толе би, д. 2, Департамент юстиции города Шымкент, зал № 1', KAR: 'г. Караганда, пр. Бухар-Жырау, д. 47, Департамент юстиции Карагандинской области, зал № 3' };
  const working = cal.isWorkingDay(today) ? today : cal.nextWorkingDay(today);
  const sessionRow = (regionId: string, heldOn: IsoDate, hhmm: string, where: string, chair: string | null) => ({
    id: randomId(), regionId, heldAt: almatyInstant(heldOn, hhmm), place: where, applicationsCloseOn: day(attestationApplicationsCloseOn(heldOn, cal)),
    status: 'ANNOUNCED', createdAt: almatyInstant(cal.addWorkingDays(heldOn, -20), '09:30'), chairId: chair, secretaryId: chair ? uid('justice.almaty') : null,
  });
  // the tests of two candidates are recorded already: the session is being held
  const todaySession = { ...sessionRow(almaty.id, working, '09:00', place.ALA, uid('commission.almaty')), status: 'HELD' };
  const others = [
    regions.some((r) => r.code === 'SHY') ? sessionRow(rid('SHY'), cal.addWorkingDays(working, 3), '10:00', place.SHY, null) : null,
    regions.some((r) => r.code === 'KAR') ? sessionRow(rid('KAR'), cal.addWorkingDays(working, 15), '10:00', place.KAR, null) : null,
  ].filter((x) => x !== null);
  await insert(tx, 'AttestationSession', [todaySession, ...others]);

  // three candidates of today's Almaty session
  const heldAt = todaySession.heldAt;
  const closeOn = attestationApplicationsCloseOn(working, cal);
  const receivedAt = almatyInstant(cal.addWorkingDays(closeOn, -2), '11:20');
  const checkedAt = almatyInstant(cal.addWorkingDays(closeOn, -1), '10:05');
  const names = [
    ['Жумабаев', 'Zhumabayev', 'Ерлан', 'Yerlan', 'Серикович', 'MALE', '1992-03-14'],
    ['Нурланова', 'Nurlanova', 'Айдана', 'Aidana', 'Маратовна', 'FEMALE', '1994-07-02'],
    ['Калиев', 'Kaliyev', 'Данияр', 'Daniyar', 'Асетович', 'MALE', '1990-11-23'],
  ] as const;
  for (const [i, [lastRu, lastEn, firstRu, firstEn, patronymic, gender, birth]] of names.entries()) {
    const login = `candidate.today.${i + 1}`;
    if (await tx.user.findUnique({ where: { login }, select: { id: true } })) continue;
    const person = await tx.person.create({ data: { iin: makeIin(new Date(`${birth}T00:00:00Z`), gender, 7100 + i), lastName: lastRu, firstName: firstRu, patronymic, birthDate: new Date(`${birth}T00:00:00Z`), address: `г. Алматы, ул. Абая, д. ${20 + i}`, phone: `+7 701 555 01 0${i}`, email: `${firstEn.toLowerCase()}.${lastEn.toLowerCase()}@mail.kz` } });
    const user = await tx.user.create({ data: { login, displayName: `${firstEn} ${lastEn}`, locale: i === 1 ? 'KK' : 'RU', personId: person.id, roles: { create: { role: 'APPLICANT' } } } });
    const series = `${i === 0 ? 'ATL' : 'ATT'}-${almatyDate(receivedAt).slice(0, 4)}`;
    const [seq] = await tx.$queryRaw<{ value: number }[]>`INSERT INTO "NumberSequence" ("key", "value") VALUES (${series}, 1)
      ON CONFLICT ("key") DO UPDATE SET "value" = "NumberSequence"."value" + 1 RETURNING "value"`;
    const number = `${series}-${String(seq!.value).padStart(6, '0')}`;
    const form = {
      diploma: { institution: 'Al-Farabi Kazakh National University', specialtyCode: '6B04201', number: `JB-B ${1_234_560 + i}`, issuedOn: '2016-06-25', foreign: false },
      nostrification: null,
      internship: { conclusionApprovedOn: '2026-06-12', regionalChamber: 'Региональная палата частных судебных исполнителей города Алматы', supervisor: 'Оспанов Асхат Каиржанович', startedOn: '2025-09-01', endedOn: '2026-03-01' },
      address: person.address, email: person.email, phone: person.phone, confirmations: true, healthRegistryConsent: true, signedWithEds: true,
      stateRecords: {
        identity: { iin: person.iin, lastName: lastRu, firstName: firstRu, patronymic, birthDate: birth, source: 'IDENTITY_REGISTER' },
        registers: { mentalHealth: 'NOT_REGISTERED', narcology: 'NOT_REGISTERED', source: 'HEALTH_REGISTERS_SANDBOX' },
        pulledAt: receivedAt.toISOString(),
      },
    };
    const app = await tx.serviceApplication.create({
      data: {
        number, kind: i === 0 ? 'ATTESTATION_AND_LICENCE' : 'ATTESTATION', channel: 'PORTAL', status: 'IN_REVIEW', applicantId: user.id, providerRegionId: almaty.id,
        receivedAt, registeredAt: receivedAt, dueOn: day(attestationServiceDueOn(working, cal)), form, attestationSessionId: todaySession.id, createdAt: receivedAt,
        stages: {
          create: [
            { status: 'REGISTERED', stage: 'REGISTERED', actorId: user.id, actorRole: 'APPLICANT', at: receivedAt, note: 'Identity and the mental-health and narcology registers pulled from the state systems (A3).' },
            { status: 'IN_REVIEW', stage: 'COMPLETENESS_CHECKED', actorId: uid('justice.almaty'), actorRole: 'JUSTICE_OFFICER', at: checkedAt, note: 'The application is complete (A4).' },
          ],
        },
      },
    });
    if (i >= 1) {
      const started = new Date(heldAt.getTime() + 10 * 60_000);
      const finished = new Date(started.getTime() + (i === 1 ? 71 : 64) * 60_000);
      const correct = i === 1 ? 78 : 88;
      await tx.testResult.create({ data: { applicationId: app.id, language: i === 1 ? 'KK' : 'RU', questions: 100, correct, startedAt: started, finishedAt: finished } });
      await tx.applicationStage.create({ data: { applicationId: app.id, status: 'IN_REVIEW', stage: 'TEST_TAKEN', actorId: uid('commission.almaty.2'), actorRole: 'COMMISSION_MEMBER', at: finished, note: `${correct} of 100; passed, admitted to the interview (A7, testing centre).` } });
    }
    if (i === 2) {
      const at = new Date(heldAt.getTime() + 150 * 60_000);
      await tx.interview.create({ data: { applicationId: app.id, heldAt: at, questions: ['Порядок обращения взыскания на заработную плату должника', 'Основания для приостановления исполнительного производства', 'Распределение взысканных сумм между взыскателями'] } });
      await tx.applicationStage.create({ data: { applicationId: app.id, status: 'IN_REVIEW', stage: 'INTERVIEW_HELD', actorId: uid('commission.almaty'), actorRole: 'COMMISSION_MEMBER', at, note: '3 questions (A7).' } });
      const votes: Array<[string, 'PASS' | 'FAIL', string | null]> = [
        ['commission.almaty.2', 'PASS', null], ['commission.almaty.3', 'FAIL', 'Ответ о распределении взысканных сумм был неполным; считаю собеседование не пройденным.'], ['commission.almaty.4', 'PASS', null],
      ];
      await tx.commissionVote.createMany({ data: votes.map(([l, vote, dissent], k) => ({ applicationId: app.id, memberId: uid(l), vote, isChair: false, dissentingOpinion: dissent, castAt: new Date(at.getTime() + (10 + k) * 60_000) })) });
    }
  }
}
