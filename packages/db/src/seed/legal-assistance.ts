// Demo data of legal assistance (issue 12; 004, LA1–LA4): the Judicial Administration and a Department per
// region, courts, the courts' and departments' staff, foreign states with their languages and the treaties the
// Instruction names (data, not code: the Minsk Convention of 22 January 1993 and the Chisinau Convention of
// 7 October 2002, 004 p.8; and the bilateral treaty with China of 14 January 1993), and incoming and outgoing
// orders and petitions in every state, dated relative to `now` with the deadlines of @oryndau/domain. Runs inside
// the demo seed's transaction, after the rest of the demo data (it reads the applicants and regions).
//
// Treaty parties and languages are seed data for the demo, to be maintained as data by the Judicial
// Administration (the list of parties in force changes: it is not the platform's to decide).
import {
  addDays,
  almatyDate,
  departmentDueOn,
  forwardDueOn,
  incomingExecutionDueOn,
  informAuthorityDueOn,
  latestSendOn,
  recognitionFilingDueOn,
  addMonths,
  type WorkingCalendar,
  type IsoDate,
  type LegalPerson,
} from '@oryndau/domain';
import type { Prisma } from '../generated/prisma/client.ts';
import { REGIONS } from './reference.ts';
import { nextBin, nextIin } from './iin.ts';
import { randomId } from './util.ts';

type Tx = Prisma.TransactionClient;

/** The named demo accounts of legal assistance (README). */
export const LEGAL_ASSISTANCE_LOGINS = [
  { login: 'court.almaty', role: 'COURT_OFFICER', court: 'ALA-MEDEU', description: 'Clerk of the Medeu District Court of Almaty: executes incoming orders, prepares outgoing ones, decides petitions' },
  { login: 'court.bostandyk', role: 'COURT_OFFICER', court: 'ALA-BOSTANDYK', description: 'Clerk of the Bostandyk District Court of Almaty (receives forwarded orders)' },
  { login: 'court.astana', role: 'COURT_OFFICER', court: 'AST-YESIL', description: 'Clerk of the Yesil District Court of Astana' },
  { login: 'department.almaty', role: 'JUDICIAL_DEPARTMENT_OFFICER', department: 'ALA', description: 'Officer of the Department of the Judicial Administration in Almaty City' },
  { login: 'department.astana', role: 'JUDICIAL_DEPARTMENT_OFFICER', department: 'AST', description: 'Officer of the Department of the Judicial Administration in Astana' },
  { login: 'judicial.admin', role: 'JUDICIAL_DEPARTMENT_OFFICER', department: 'SA', description: 'Officer of the Judicial Administration of the Republic (international cooperation)' },
] as const;

const STATES: [code: string, kk: string, ru: string, en: string, languages: string[]][] = [
  ['AM', 'Армения', 'Армения', 'Armenia', ['hy']],
  ['AZ', 'Әзірбайжан', 'Азербайджан', 'Azerbaijan', ['az']],
  ['BY', 'Беларусь', 'Беларусь', 'Belarus', ['be', 'ru']],
  ['CN', 'Қытай', 'Китай', 'China', ['zh']],
  ['DE', 'Германия', 'Германия', 'Germany', ['de']],
  ['KG', 'Қырғызстан', 'Кыргызстан', 'Kyrgyzstan', ['ky', 'ru']],
  ['KR', 'Корея Республикасы', 'Республика Корея', 'Republic of Korea', ['ko']],
  ['MD', 'Молдова', 'Молдова', 'Moldova', ['ro']],
  ['RU', 'Ресей', 'Россия', 'Russia', ['ru']],
  ['TJ', 'Тәжікстан', 'Таджикистан', 'Tajikistan', ['tg']],
  ['TR', 'Түркия', 'Турция', 'Türkiye', ['tr']],
  ['AE', 'Біріккен Араб Әмірліктері', 'Объединённые Арабские Эмираты', 'United Arab Emirates', ['ar']],
  ['US', 'АҚШ', 'США', 'United States', ['en']],
  ['UZ', 'Өзбекстан', 'Узбекистан', 'Uzbekistan', ['uz']],
];

const TREATIES: { code: string; kk: string; ru: string; en: string; on: string; accepted: string[]; parties: string[] }[] = [
  {
    code: 'MINSK-1993',
    kk: 'Азаматтық, отбасылық және қылмыстық істер бойынша құқықтық көмек және құқықтық қатынастар туралы конвенция (Минск, 1993)',
    ru: 'Конвенция о правовой помощи и правовых отношениях по гражданским, семейным и уголовным делам (Минск, 22 января 1993 г.)',
    en: 'Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Matters (Minsk, 22 January 1993)',
    on: '1993-01-22',
    accepted: ['ru'],
    parties: ['AM', 'AZ', 'BY', 'KG', 'MD', 'RU', 'TJ', 'UZ'],
  },
  {
    code: 'CHISINAU-2002',
    kk: 'Азаматтық, отбасылық және қылмыстық істер бойынша құқықтық көмек және құқықтық қатынастар туралы конвенция (Кишинев, 2002)',
    ru: 'Конвенция о правовой помощи и правовых отношениях по гражданским, семейным и уголовным делам (Кишинёв, 7 октября 2002 г.)',
    en: 'Convention on Legal Assistance and Legal Relations in Civil, Family and Criminal Matters (Chisinau, 7 October 2002)',
    on: '2002-10-07',
    accepted: ['ru'],
    parties: ['AM', 'AZ', 'BY', 'KG', 'TJ'],
  },
  {
    code: 'KZ-CN-1993',
    kk: 'Қазақстан Республикасы мен Қытай Халық Республикасы арасындағы азаматтық және қылмыстық істер бойынша құқықтық көмек туралы шарт',
    ru: 'Договор между Республикой Казахстан и Китайской Народной Республикой о правовой помощи по гражданским и уголовным делам (14 января 1993 г.)',
    en: 'Treaty between the Republic of Kazakhstan and the People’s Republic of China on Legal Assistance in Civil and Criminal Matters (14 January 1993)',
    on: '1993-01-14',
    accepted: [],
    parties: ['CN'],
  },
];

/** Courts beyond each region's economic court: [department (region code), code, kk, ru, en]. */
const COURTS: [string, string, string, string, string][] = [
  ['ALA', 'ALA-MEDEU', 'Алматы қаласы Медеу аудандық соты', 'Медеуский районный суд города Алматы', 'Medeu District Court of Almaty'],
  ['ALA', 'ALA-BOSTANDYK', 'Алматы қаласы Бостандық аудандық соты', 'Бостандыкский районный суд города Алматы', 'Bostandyk District Court of Almaty'],
  ['ALA', 'ALA-ALMALY', 'Алматы қаласы Алмалы аудандық соты', 'Алмалинский районный суд города Алматы', 'Almaly District Court of Almaty'],
  ['AST', 'AST-YESIL', 'Астана қаласы Есіл аудандық соты', 'Есильский районный суд города Астаны', 'Yesil District Court of Astana'],
  ['SHY', 'SHY-ALFARABI', 'Шымкент қаласы Әл-Фараби аудандық соты', 'Аль-Фарабийский районный суд города Шымкента', 'Al-Farabi District Court of Shymkent'],
];

export async function seedLegalAssistance(tx: Tx, now: Date, calendar: WorkingCalendar): Promise<void> {
  const cal = calendar;
  const today = almatyDate(now);
  const date = (iso: IsoDate) => new Date(`${iso}T00:00:00.000Z`);
  const wdBefore = (n: number) => cal.addWorkingDays(today, -n);
  const regions = await tx.region.findMany({ select: { id: true, code: true } });
  const regionId = (code: string) => regions.find((r) => r.code === code)!.id;

  // ---------------- the Judicial Administration, a Department per region, courts
  const sa = randomId();
  const departments = new Map<string, string>();
  const deptRows: Prisma.JudicialDepartmentCreateManyInput[] = [
    { id: sa, code: 'SA', kind: 'ADMINISTRATION', regionId: regionId('AST'), nameKk: 'Қазақстан Республикасының Сот әкімшілігі', nameRu: 'Судебная администрация Республики Казахстан', nameEn: 'Judicial Administration of the Republic of Kazakhstan' },
  ];
  departments.set('SA', sa);
  for (const r of REGIONS) {
    const id = randomId();
    departments.set(r.code, id);
    deptRows.push({ id, code: r.code, kind: 'DEPARTMENT', regionId: regionId(r.code), nameKk: `Сот әкімшілігінің ${r.nameKk} бойынша департаменті`, nameRu: `Департамент Судебной администрации (${r.nameRu})`, nameEn: `Department of the Judicial Administration in ${r.nameEn}` });
  }
  await tx.judicialDepartment.createMany({ data: deptRows });
  const courts = new Map<string, { id: string; en: string; ru: string }>();
  const courtRows: Prisma.CourtCreateManyInput[] = [];
  for (const r of REGIONS) {
    const id = randomId();
    const code = `${r.code}-SMEC`;
    const en = `Specialised Inter-District Economic Court of ${r.nameEn}`;
    const ru = `Специализированный межрайонный экономический суд (${r.nameRu})`;
    courts.set(code, { id, en, ru });
    courtRows.push({ id, code, regionId: regionId(r.code), departmentId: departments.get(r.code)!, nameKk: `${r.nameKk} мамандандырылған ауданаралық экономикалық соты`, nameRu: ru, nameEn: en });
  }
  for (const [dept, code, kk, ru, en] of COURTS) {
    const id = randomId();
    courts.set(code, { id, en, ru });
    courtRows.push({ id, code, regionId: regionId(dept), departmentId: departments.get(dept)!, nameKk: kk, nameRu: ru, nameEn: en });
  }
  await tx.court.createMany({ data: courtRows });

  // ---------------- staff
  const users = new Map<string, string>();
  const userRows: Prisma.UserCreateManyInput[] = [];
  const grantRows: Prisma.RoleGrantCreateManyInput[] = [];
  const staffRows: Prisma.JudicialStaffCreateManyInput[] = [];
  for (const l of LEGAL_ASSISTANCE_LOGINS) {
    const id = randomId();
    users.set(l.login, id);
    const region = 'court' in l ? l.court.slice(0, 3) : l.department === 'SA' ? 'AST' : l.department;
    userRows.push({ id, login: l.login, displayName: l.description.split(':')[0]! });
    grantRows.push({ userId: id, role: l.role, regionId: regionId(region) });
    staffRows.push({ userId: id, ...('court' in l ? { courtId: courts.get(l.court)!.id } : { departmentId: departments.get(l.department)! }) });
  }
  await tx.user.createMany({ data: userRows });
  await tx.roleGrant.createMany({ data: grantRows });
  await tx.judicialStaff.createMany({ data: staffRows });
  const staff = (login: string) => users.get(login)!;

  // ---------------- states and treaties
  const states = new Map<string, string>();
  await tx.foreignState.createMany({
    data: STATES.map(([code, kk, ru, en, languages]) => {
      const id = randomId();
      states.set(code, id);
      return { id, code, nameKk: kk, nameRu: ru, nameEn: en, languages };
    }),
  });
  const treaties = new Map<string, string>();
  for (const t of TREATIES) treaties.set(t.code, randomId());
  await tx.legalAssistanceTreaty.createMany({ data: TREATIES.map((t) => ({ id: treaties.get(t.code)!, code: t.code, titleKk: t.kk, titleRu: t.ru, titleEn: t.en, concludedOn: date(t.on), acceptedLanguages: t.accepted })) });
  await tx.treatyParty.createMany({ data: TREATIES.flatMap((t) => t.parties.map((p) => ({ treatyId: treaties.get(t.code)!, stateId: states.get(p)! }))) });

  const stages: Prisma.LegalAssistanceStageCreateManyInput[] = [];
  const incomingRows: Prisma.IncomingOrderCreateManyInput[] = [];
  const outgoingRows: Prisma.OutgoingOrderCreateManyInput[] = [];
  const petitionRows: Prisma.RecognitionPetitionCreateManyInput[] = [];
  const stage = (owner: { incomingOrderId: string } | { outgoingOrderId: string } | { petitionId: string }, on: IsoDate, kind: string, status: string, role: 'COURT_OFFICER' | 'JUDICIAL_DEPARTMENT_OFFICER' | 'APPLICANT', actor: string | null, dueOn: IsoDate | null, rule: string | null, note: string | null) =>
    stages.push({ ...owner, stage: kind, status, actorRole: role, actorId: actor, at: new Date(`${on}T05:00:00.000Z`), on: date(on), dueOn: dueOn ? date(dueOn) : null, rule, note });

  // ---------------- incoming orders
  const medeu = courts.get('ALA-MEDEU')!;
  const bostandyk = courts.get('ALA-BOSTANDYK')!;
  const yesil = courts.get('AST-YESIL')!;
  const ala = departments.get('ALA')!;
  const ast = departments.get('AST')!;
  const person = (p: Partial<LegalPerson> & Pick<LegalPerson, 'name' | 'role' | 'kind'>): LegalPerson => ({ representatives: [], ...p });
  let inNo = 0;
  const incoming = async (o: {
    state: string; treaty: string | null; court: { id: string; en: string }; dept: string; receivedBy: string; requestingCourt: string; caseNo: string; caseName: string; persons: LegalPerson[]; request: string; language: string;
    received: IsoDate; atCourt: IsoDate; forwarded?: { from: { id: string; en: string }; on: IsoDate } | null; executed?: { on: IsoDate; outcome: 'EXECUTED' | 'IMPOSSIBLE'; result: string; documents: string[] } | null; sentBack?: IsoDate | null;
  }) => {
    const id = randomId();
    const number = `LR-IN-${o.received.slice(0, 4)}-D${String(++inNo).padStart(5, '0')}`;
    const firstCourtOn = o.forwarded ? o.atCourt : o.atCourt;
    const courtReceivedOn = o.forwarded ? o.forwarded.on : o.atCourt;
    const status = o.sentBack ? 'RESULT_SENT' : o.executed ? 'RESULT_AT_DEPARTMENT' : 'AT_COURT';
    incomingRows.push({
        id, number, status, receivedById: o.receivedBy, departmentId: o.dept, requestingStateId: states.get(o.state)!, treatyId: o.treaty ? treaties.get(o.treaty)! : null,
        requestingCourt: o.requestingCourt, foreignCaseNumber: o.caseNo, caseName: o.caseName, persons: o.persons as never, request: o.request, language: o.language, hasTranslation: o.language !== 'ru',
        courtId: o.court.id, previousCourtId: o.forwarded?.from.id ?? null, receivedOn: date(o.received), departmentDueOn: date(departmentDueOn(o.received, cal)),
        courtReceivedOn: date(courtReceivedOn), executionDueOn: date(incomingExecutionDueOn(courtReceivedOn, cal)), forwardDueOn: date(forwardDueOn(courtReceivedOn, cal)),
        forwardedOn: o.forwarded ? date(o.forwarded.on) : null, authorityInformedOn: o.forwarded ? date(o.forwarded.on) : null,
        executedOn: o.executed ? date(o.executed.on) : null, outcome: o.executed?.outcome ?? null, result: o.executed?.result ?? null, resultDocuments: o.executed?.documents ?? [],
        resultReceivedOn: o.executed ? date(o.executed.on) : null, resultDueOn: o.executed ? date(departmentDueOn(o.executed.on, cal)) : null, sentBackOn: o.sentBack ? date(o.sentBack) : null,
        createdAt: new Date(`${firstCourtOn}T05:00:00.000Z`),
    });
    const deptLogin = o.dept === ast ? 'department.astana' : 'department.almaty';
    const owner = { incomingOrderId: id };
    stage(owner, firstCourtOn, 'incoming-registered', 'REGISTERED', 'JUDICIAL_DEPARTMENT_OFFICER', staff(deptLogin), departmentDueOn(o.received, cal), 'LA2', `Received on ${o.received}.`);
    stage(owner, firstCourtOn, 'incoming-sent-to-court', 'AT_COURT', 'JUDICIAL_DEPARTMENT_OFFICER', staff(deptLogin), incomingExecutionDueOn(firstCourtOn, cal), 'LA1', `Sent to ${(o.forwarded?.from ?? o.court).en} for execution.`);
    if (o.forwarded) {
      stage(owner, o.forwarded.on, 'incoming-forwarded', 'AT_COURT', 'COURT_OFFICER', staff('court.almaty'), forwardDueOn(firstCourtOn, cal), 'LA1', `Forwarded to ${o.court.en} for lack of jurisdiction: the witness lives in the Bostandyk district.`);
      stage(owner, o.forwarded.on, 'incoming-authority-informed', 'AT_COURT', 'COURT_OFFICER', staff('court.almaty'), informAuthorityDueOn(o.forwarded.on, cal), 'LA1', 'The Department was informed of the forwarding through the platform.');
    }
    if (o.executed) stage(owner, o.executed.on, 'incoming-executed', 'RESULT_AT_DEPARTMENT', 'COURT_OFFICER', staff(o.court.id === yesil.id ? 'court.astana' : 'court.almaty'), departmentDueOn(o.executed.on, cal), 'LA2', `${o.executed.outcome}; documents: ${o.executed.documents.join('; ')}`);
    if (o.sentBack) stage(owner, o.sentBack, 'incoming-result-sent', 'RESULT_SENT', 'JUDICIAL_DEPARTMENT_OFFICER', staff(deptLogin), departmentDueOn(o.executed!.on, cal), 'LA2', 'The documents of the execution were sent to the competent authority.');
  };

  await incoming({
    state: 'RU', treaty: 'MINSK-1993', court: medeu, dept: ala, receivedBy: ala, requestingCourt: 'Басманный районный суд города Москвы', caseNo: '2-4187/2026', caseName: 'Orlova v. Sarsenbayev: recovery of a loan',
    persons: [person({ role: 'DEFENDANT', kind: 'INDIVIDUAL', name: 'Sarsenbayev Yerlan Muratovich', birthDate: '1984-07-19', birthPlace: 'Almaty', residence: 'Dostyk ave 97, apt 12, Almaty', citizenship: 'KZ' })],
    request: 'Serve the statement of claim and the summons to the hearing of 15 March 2027 on the defendant.', language: 'ru', received: wdBefore(6), atCourt: wdBefore(5),
  });
  await incoming({
    state: 'UZ', treaty: 'MINSK-1993', court: medeu, dept: ala, receivedBy: ala, requestingCourt: 'Mirobod District Civil Court of Tashkent', caseNo: '2-1102-26/55', caseName: 'Yusupova v. Trans-Asia Cargo LLC: compensation',
    persons: [person({ role: 'WITNESS', kind: 'INDIVIDUAL', name: 'Karimova Dilnoza', birthDate: '1990-02-02', birthPlace: 'Tashkent', residence: 'Abay ave 52, apt 3, Almaty', citizenship: 'UZ' })],
    request: 'Hear the witness on the delivery of the goods in May 2026.', language: 'ru', received: wdBefore(18), atCourt: wdBefore(17),
    executed: { on: wdBefore(2), outcome: 'EXECUTED', result: 'The witness was heard on the delivery; the record of the hearing is attached.', documents: ['Record of the hearing of the witness', 'Certificate of expenses'] },
  });
  await incoming({
    state: 'CN', treaty: 'KZ-CN-1993', court: bostandyk, dept: ala, receivedBy: sa, requestingCourt: 'Urumqi Intermediate People’s Court', caseNo: '(2026) Xin 01 Min Chu 318', caseName: 'Xinjiang Textile Co. v. Almaty Trade House LLP',
    persons: [person({ role: 'WITNESS', kind: 'INDIVIDUAL', name: 'Li Wei', birthDate: '1979-11-30', birthPlace: 'Urumqi', residence: 'Timiryazev st 42, Almaty', citizenship: 'CN' })],
    request: 'Question the witness on the contract of 3 February 2025.', language: 'zh', received: wdBefore(9), atCourt: wdBefore(8), forwarded: { from: medeu, on: wdBefore(5) },
  });
  await incoming({
    state: 'DE', treaty: null, court: medeu, dept: ala, receivedBy: sa, requestingCourt: 'Amtsgericht Frankfurt am Main', caseNo: '31 C 2210/25', caseName: 'Becker v. Nurlanov: maintenance',
    persons: [person({ role: 'DEFENDANT', kind: 'INDIVIDUAL', name: 'Nurlanov Askar', birthDate: '1988-05-05', birthPlace: 'Karaganda', residence: 'Zheltoksan st 115, Almaty', citizenship: 'KZ' })],
    request: 'Serve the judgment of 12 August 2026 on the defendant.', language: 'de', received: wdBefore(40), atCourt: wdBefore(39),
    executed: { on: wdBefore(25), outcome: 'EXECUTED', result: 'Served on the defendant in person.', documents: ['Confirmation of delivery'] }, sentBack: wdBefore(20),
  });
  await incoming({
    state: 'KG', treaty: 'CHISINAU-2002', court: medeu, dept: ala, receivedBy: ala, requestingCourt: 'Pervomaisky District Court of Bishkek', caseNo: '2-987/26', caseName: 'Asanov v. Bekova: division of property',
    persons: [person({ role: 'DEFENDANT', kind: 'INDIVIDUAL', name: 'Bekova Aizhan', birthDate: '1992-09-14', birthPlace: 'Bishkek', residence: 'Gogol st 20, Almaty', citizenship: 'KG' })],
    request: 'Serve the statement of claim and examine the defendant’s apartment.', language: 'ru', received: wdBefore(32), atCourt: wdBefore(31),
  });
  await incoming({
    state: 'BY', treaty: 'MINSK-1993', court: yesil, dept: ast, receivedBy: ast, requestingCourt: 'Court of the Central District of Minsk', caseNo: '2-301/2026', caseName: 'Ivanova v. Omarov: alimony',
    persons: [person({ role: 'DEFENDANT', kind: 'INDIVIDUAL', name: 'Omarov Daniyar', birthDate: '1986-03-08', birthPlace: 'Astana', residence: 'Kabanbay Batyr ave 11, Astana', citizenship: 'KZ' })],
    request: 'Serve the summons to the hearing on the defendant.', language: 'ru', received: wdBefore(4), atCourt: wdBefore(3),
  });

  // ---------------- outgoing orders
  let outNo = 0;
  const outgoing = async (o: { court: { id: string; ru: string }; dept: string; state: string; treaty: string | null; institution: string; caseName: string; caseNo: string; plaintiff: string; defendant: string; persons: LegalPerson[]; request: string; hearing: IsoDate; language: string; translation: string | null; prepared: IsoDate; sent?: IsoDate | null; abroad?: IsoDate | null; answered?: { on: IsoDate; answer: string } | null; login: string; deptLogin: string }) => {
    const id = randomId();
    const status = o.answered ? 'ANSWERED' : o.abroad ? 'SENT_ABROAD' : o.sent ? 'AT_DEPARTMENT' : 'PREPARED';
    const latest = latestSendOn(o.hearing, cal);
    outgoingRows.push({
        id, number: `LR-OUT-${o.prepared.slice(0, 4)}-D${String(++outNo).padStart(5, '0')}`, status, courtId: o.court.id, departmentId: o.dept, requestedStateId: states.get(o.state)!, treatyId: o.treaty ? treaties.get(o.treaty)! : null,
        requestedInstitution: o.institution, caseName: o.caseName, caseNumber: o.caseNo, plaintiff: o.plaintiff, defendant: o.defendant, persons: o.persons as never, request: o.request,
        recipientAddress: o.persons[0]?.residence ?? o.persons[0]?.legalAddress ?? null, documentToServe: 'Statement of claim; notice of the hearing', attachments: ['Notice of the date and place of the hearing', 'Copy of the statement of claim'],
        language: o.language, translationLanguage: o.translation, hearingOn: date(o.hearing), latestSendOn: date(latest),
        sentOn: o.sent ? date(o.sent) : null, departmentDueOn: o.sent ? date(departmentDueOn(o.sent, cal)) : null, sentAbroadOn: o.abroad ? date(o.abroad) : null,
        answeredOn: o.answered ? date(o.answered.on) : null, answer: o.answered?.answer ?? null, answerExecuted: o.answered ? true : null, createdAt: new Date(`${o.prepared}T05:00:00.000Z`),
    });
    const owner = { outgoingOrderId: id };
    stage(owner, o.prepared, 'outgoing-prepared', 'PREPARED', 'COURT_OFFICER', staff(o.login), latest, 'LA3', o.translation ? `With a certified translation into "${o.translation}" (004 p.24).` : 'No translation needed (004 p.24).');
    if (o.sent) stage(owner, o.sent, 'outgoing-sent-to-department', 'AT_DEPARTMENT', 'COURT_OFFICER', staff(o.login), departmentDueOn(o.sent, cal), 'LA2', `In time: the last day was ${latest} (LA3).`);
    if (o.abroad) stage(owner, o.abroad, 'outgoing-sent-abroad', 'SENT_ABROAD', 'JUDICIAL_DEPARTMENT_OFFICER', staff(o.deptLogin), departmentDueOn(o.sent!, cal), 'LA2', null);
    if (o.answered) stage(owner, o.answered.on, 'outgoing-answered', 'ANSWERED', 'JUDICIAL_DEPARTMENT_OFFICER', staff(o.deptLogin), null, null, 'Executed.');
  };
  const hearingIn = (months: number) => cal.nextWorkingDay(addMonths(today, months), { inclusive: true });
  const defendantUz = person({ role: 'DEFENDANT', kind: 'ENTITY', name: 'Samarkand Trade LLC', legalAddress: 'Amir Temur st 12, Samarkand', bankDetails: 'Hamkorbank, account 20208000900123456001', fiscalCode: '301234567', representatives: [{ name: 'Karimov Bakhtiyor', address: 'Navoi st 3, Samarkand' }] });
  await outgoing({ court: medeu, dept: ala, state: 'UZ', treaty: 'MINSK-1993', institution: 'Samarkand Inter-District Economic Court', caseName: 'KazLogistics LLP v. Samarkand Trade LLC: recovery under a supply contract', caseNo: '7511-26-00-2/4410', plaintiff: 'KazLogistics LLP', defendant: 'Samarkand Trade LLC', persons: [defendantUz], request: 'Serve the statement of claim and the notice of the hearing on the defendant.', hearing: hearingIn(8), language: 'ru', translation: null, prepared: wdBefore(1), login: 'court.almaty', deptLogin: 'department.almaty' });
  await outgoing({ court: medeu, dept: ala, state: 'RU', treaty: 'MINSK-1993', institution: 'Arbitration Court of the Novosibirsk Region', caseName: 'Sapar v. Sibir Stroy LLC: recovery of a debt', caseNo: '7511-26-00-2/3907', plaintiff: 'Sapar Aigerim', defendant: 'Sibir Stroy LLC', persons: [person({ role: 'DEFENDANT', kind: 'ENTITY', name: 'Sibir Stroy LLC', legalAddress: 'Krasny ave 50, Novosibirsk', bankDetails: 'Sberbank, account 40702810000000012345', fiscalCode: 'INN 5406123456' })], request: 'Hear the defendant’s director on the deliveries of 2025.', hearing: hearingIn(7), language: 'ru', translation: null, prepared: wdBefore(6), sent: wdBefore(4), login: 'court.almaty', deptLogin: 'department.almaty' });
  await outgoing({ court: medeu, dept: ala, state: 'CN', treaty: 'KZ-CN-1993', institution: 'Urumqi Intermediate People’s Court', caseName: 'Almaty Trade House LLP v. Xinjiang Textile Co.', caseNo: '7511-26-00-2/2115', plaintiff: 'Almaty Trade House LLP', defendant: 'Xinjiang Textile Co.', persons: [person({ role: 'DEFENDANT', kind: 'ENTITY', name: 'Xinjiang Textile Co.', legalAddress: 'Beijing Road 88, Urumqi', bankDetails: 'Bank of China, Urumqi branch', fiscalCode: '91650100MA7X' })], request: 'Serve the statement of claim on the defendant.', hearing: hearingIn(9), language: 'ru', translation: 'zh', prepared: wdBefore(30), sent: wdBefore(28), abroad: wdBefore(22), login: 'court.almaty', deptLogin: 'department.almaty' });
  await outgoing({ court: yesil, dept: ast, state: 'TR', treaty: null, institution: 'Istanbul 12th Civil Court of First Instance', caseName: 'Akhmetov v. Anadolu Yapı A.Ş.', caseNo: '7194-26-00-2/812', plaintiff: 'Akhmetov Timur', defendant: 'Anadolu Yapı A.Ş.', persons: [person({ role: 'DEFENDANT', kind: 'ENTITY', name: 'Anadolu Yapı A.Ş.', legalAddress: 'Büyükdere Cd. 100, Istanbul', bankDetails: 'Garanti BBVA', fiscalCode: '0680012345' })], request: 'Serve the statement of claim on the defendant.', hearing: hearingIn(6 + 1), language: 'ru', translation: 'tr', prepared: wdBefore(60), sent: wdBefore(58), abroad: wdBefore(50), answered: { on: wdBefore(10), answer: 'Served on the defendant’s registered office; confirmation attached.' }, login: 'court.astana', deptLogin: 'department.astana' });

  // ---------------- petitions
  const applicants = await tx.user.findMany({ where: { login: { in: ['aigerim', 'timur', 'kazlogistics'] } }, select: { id: true, login: true, displayName: true, person: { select: { iin: true } }, organisation: { select: { bin: true, name: true } } } });
  const who = (login: string) => applicants.find((a) => a.login === login)!;
  let fjNo = 0;
  const petition = async (p: { login: string; court: { id: string }; dept: string; state: string; treaty: string | null; foreignCourt: string; caseNo: string; judgment: IsoDate; entry: IsoDate; filed: IsoDate; restoration?: string | null; status: 'FILED' | 'RECOGNISED' | 'REFUSED'; decided?: IsoDate | null; decisionNumber?: string | null; decisionReason?: string | null; organisation?: boolean; debtor: { name: string; id: string; address: string }; amount: number; subject: string; courtLogin: string }) => {
    const id = randomId();
    const a = who(p.login);
    const due = recognitionFilingDueOn(p.entry, cal);
    const late = p.filed > due;
    petitionRows.push({
        id, number: `FJ-${p.filed.slice(0, 4)}-D${String(++fjNo).padStart(5, '0')}`, status: p.status, applicantId: a.id, courtId: p.court.id, departmentId: p.dept, stateId: states.get(p.state)!, treatyId: p.treaty ? treaties.get(p.treaty)! : null,
        foreignCourt: p.foreignCourt, foreignCaseNumber: p.caseNo, judgmentDate: date(p.judgment), entryIntoForceOn: date(p.entry), filingDueOn: date(due), filedOn: date(p.filed), late,
        restorationReason: p.restoration ?? null, periodRestored: late && p.decided ? p.status === 'RECOGNISED' : null,
        petitionerName: p.organisation ? a.organisation!.name : a.displayName, petitionerIdNumber: p.organisation ? a.organisation!.bin : a.person!.iin, petitionerAddress: null,
        debtorName: p.debtor.name, debtorIdNumber: p.debtor.id, debtorAddress: p.debtor.address, category: 'PRIVATE_CLAIM', amountTenge: p.amount, subject: p.subject,
        decidedOn: p.decided ? date(p.decided) : null, decisionNumber: p.decisionNumber ?? null, decisionReason: p.decisionReason ?? null, createdAt: new Date(`${p.filed}T05:00:00.000Z`),
    });
    const owner = { petitionId: id };
    stage(owner, p.filed, 'petition-filed', 'FILED', 'APPLICANT', a.id, due, 'LA4', late ? `Filed after the 3 years (last day ${due}), with a request to restore the period: ${p.restoration}` : `Filed within the 3 years (last day ${due}). On the portal.`);
    if (p.decided) stage(owner, p.decided, p.status === 'RECOGNISED' ? 'petition-recognised' : 'petition-refused', p.status, 'COURT_OFFICER', staff(p.courtLogin), null, 'LA4', `${p.decisionNumber}: ${p.decisionReason}`);
  };
  const threeYearsAgo = (days: number) => addDays(addMonths(today, -36), days);
  await petition({
    login: 'aigerim', court: medeu, dept: ala, state: 'RU', treaty: 'MINSK-1993', foreignCourt: 'Leninsky District Court of Yekaterinburg', caseNo: '2-5521/2025', judgment: '2025-09-10', entry: '2025-10-15', filed: wdBefore(15),
    status: 'RECOGNISED', decided: wdBefore(3), decisionNumber: '7511-26-00-2м/77', decisionReason: 'The conditions of the Minsk Convention (art. 51–55) are met; no ground of refusal.',
    debtor: { name: 'Zhumabayev Serik', id: nextIin(new Date('1985-03-03T00:00:00Z'), 'MALE', 7301).iin, address: 'Tole Bi st 190, apt 44, Almaty' }, amount: 2_450_000, subject: 'Recovery of 2,450,000 tenge (a loan and interest)', courtLogin: 'court.almaty',
  });
  await petition({
    login: 'timur', court: yesil, dept: ast, state: 'BY', treaty: 'MINSK-1993', foreignCourt: 'Economic Court of the Minsk Region', caseNo: '162-6/2024', judgment: '2024-03-01', entry: '2024-04-02', filed: wdBefore(2),
    status: 'FILED', debtor: { name: 'Steppe Agro LLP', id: nextBin(new Date('2012-05-01T00:00:00Z'), 7302).bin, address: 'Respublika ave 24, Astana' }, amount: 8_900_000, subject: 'Recovery of 8,900,000 tenge under a supply contract', courtLogin: 'court.astana',
  });
  await petition({
    login: 'kazlogistics', organisation: true, court: medeu, dept: ala, state: 'UZ', treaty: 'MINSK-1993', foreignCourt: 'Tashkent Inter-District Economic Court', caseNo: '4-1001-2301/118', judgment: addDays(threeYearsAgo(-20), -30), entry: threeYearsAgo(-20), filed: wdBefore(1),
    restoration: 'The judgment was served on the company only after the debtor’s bankruptcy proceedings ended; the certificate of the Uzbek court is attached.',
    status: 'FILED', debtor: { name: 'Almaty Freight Services LLP', id: nextBin(new Date('2014-08-01T00:00:00Z'), 7303).bin, address: 'Suyunbay ave 2, Almaty' }, amount: 15_300_000, subject: 'Recovery of 15,300,000 tenge for transport services', courtLogin: 'court.almaty',
  });
  await petition({
    login: 'aigerim', court: medeu, dept: ala, state: 'TR', treaty: null, foreignCourt: 'Antalya 5th Commercial Court', caseNo: '2024/311', judgment: '2024-06-11', entry: '2024-07-20', filed: wdBefore(30),
    status: 'REFUSED', decided: wdBefore(12), decisionNumber: '7511-26-00-2м/41', decisionReason: 'No treaty with Türkiye and no reciprocity shown (CPC art. 504): refused; may be filed again with proof of reciprocity (G1).',
    debtor: { name: 'Kemelov Arman', id: nextIin(new Date('1987-01-01T00:00:00Z'), 'MALE', 7304).iin, address: 'Nauryzbay Batyr st 31, Almaty' }, amount: 1_200_000, subject: 'Recovery of 1,200,000 tenge', courtLogin: 'court.almaty',
  });

  await tx.incomingOrder.createMany({ data: incomingRows });
  await tx.outgoingOrder.createMany({ data: outgoingRows });
  await tx.recognitionPetition.createMany({ data: petitionRows });
  await tx.legalAssistanceStage.createMany({ data: stages });
}
