// The words of the signed documents in the applicant's language (kk, ru, en). The signed content holds the text
// itself (title, labels, values), so that the signature covers exactly what the PDF shows.
import type { ComplaintAddressee, ComplaintExtensionGround, Locale, SignedDocumentKind } from '@oryndau/db';
import type { ComplaintOutcome } from '@oryndau/domain';

type L = Record<Locale, string>;
const l = (kk: string, ru: string, en: string): L => ({ KK: kk, RU: ru, EN: en });

export const TITLES: Record<SignedDocumentKind, L> = {
  LICENCE: l('Жеке сот орындаушысының қызметімен айналысуға лицензия', 'Лицензия на занятие деятельностью частного судебного исполнителя', 'Licence to practise as a private bailiff'),
  PRELIMINARY_DECISION: l('Алдын ала шешім және тыңдау туралы хабарлама', 'Предварительное решение и уведомление о заслушивании', 'Preliminary decision and notice of hearing'),
  REFUSAL: l('Мемлекеттік қызмет көрсетуден дәлелді бас тарту', 'Мотивированный отказ в оказании государственной услуги', 'Reasoned refusal of the public service'),
  INCOMPLETE_REFUSAL: l('Құжаттар топтамасы толық болмағандықтан өтінішті қараудан дәлелді бас тарту', 'Мотивированный отказ в дальнейшем рассмотрении заявления ввиду неполноты пакета документов', 'Reasoned refusal to consider further: the package is incomplete'),
  ATTESTATION_DECISION: l('Аттестаттау нәтижесі туралы шешім', 'Решение о результатах аттестации', 'Decision on the result of the attestation'),
  HEARING_RECORD: l('Тыңдау хаттамасы', 'Протокол заслушивания', 'Record of the hearing'),
  COMPLAINT_DECISION: l('Шағымды қарау нәтижесі бойынша шешім', 'Решение по результатам рассмотрения жалобы', 'Decision on the complaint'),
  COMPLAINT_EXTENSION_NOTICE: l('Шағымды қарау мерзімін ұзарту туралы хабарлама', 'Уведомление о продлении срока рассмотрения жалобы', 'Notice of the extended term of the complaint'),
};

export const FIELD: Record<string, L> = {
  number: l('Нөмірі', 'Номер', 'Number'),
  date: l('Берілген күні', 'Дата выдачи', 'Date of issue'),
  holder: l('Лицензиат', 'Лицензиат', 'Licensee'),
  iin: l('ЖСН', 'ИИН', 'IIN'),
  activity: l('Лицензияланатын қызмет түрі', 'Лицензируемый вид деятельности', 'Licensed activity'),
  specialConditions: l('Ерекше шарттар', 'Особые условия', 'Special conditions'),
  note: l('Ескерту', 'Примечание', 'Note'),
  licensor: l('Лицензиар', 'Лицензиар', 'Licensor'),
  authorisedManager: l('Уәкілетті басшы', 'Руководитель (уполномоченное лицо)', 'Authorised manager'),
  placeOfIssue: l('Берілген жері', 'Место выдачи', 'Place of issue'),
  basis: l('Негіз', 'Основание', 'Basis'),
  previous: l('Бұрынғы лицензия', 'Прежняя лицензия', 'Previous licence'),
  application: l('Өтініш', 'Заявление', 'Application'),
  applicant: l('Өтініш беруші', 'Заявитель', 'Applicant'),
  service: l('Қызмет', 'Услуга', 'Service'),
  grounds: l('Бас тарту негіздері', 'Основания отказа', 'Grounds of refusal'),
  reason: l('Себептері', 'Мотивы', 'Reasons'),
  hearingOn: l('Тыңдау күні', 'Дата заслушивания', 'Hearing on'),
  hearingLatestOn: l('Тыңдаудың соңғы күні', 'Последний день заслушивания', 'Hearing no later than'),
  serviceDueOn: l('Қызмет көрсету мерзімі', 'Срок оказания услуги', 'Service period ends'),
  objectionsBy: l('Қарсылықтар', 'Возражения', 'Objections'),
  attended: l('Өтініш беруші қатысты', 'Заявитель присутствовал', 'The applicant attended'),
  record: l('Тыңдау барысы', 'Ход заслушивания', 'What was said'),
  decision: l('Шешім', 'Решение', 'Decision'),
  missing: l('Жетіспейтін құжаттар', 'Недостающие документы', 'Missing documents'),
  signedBy: l('Электрондық цифрлық қолтаңба', 'Электронная цифровая подпись', 'Electronic signature'),
  verify: l('Түпнұсқалығын тексеру', 'Проверка подлинности', 'Check authenticity'),
  complaint: l('Шағым', 'Жалоба', 'Complaint'),
  complainant: l('Шағым беруші', 'Заявитель жалобы', 'Complainant'),
  addressee: l('Шағымды қараған орган', 'Орган, рассмотревший жалобу', 'Considered by'),
  subject: l('Шағымның мәні', 'Предмет жалобы', 'Subject of the complaint'),
  item: l('Шағым жасалған іс', 'Обжалуемое дело', 'Item complained about'),
  registeredOn: l('Тіркелген күні', 'Дата регистрации', 'Registered on'),
  termEnds: l('Қарау мерзімі', 'Срок рассмотрения', 'Term of consideration'),
  decidedOn: l('Шешім күні', 'Дата решения', 'Decided on'),
  onTime: l('Мерзімінде қаралды', 'Рассмотрена в срок', 'Decided within the term'),
  outcome: l('Нәтижесі', 'Результат', 'Outcome'),
  originalTerm: l('Бастапқы мерзім', 'Первоначальный срок', 'Original term'),
  extendedBy: l('Ұзартылды', 'Продлён на', 'Extended by'),
  newTerm: l('Жаңа мерзім', 'Новый срок', 'New term'),
  extensionGround: l('Ұзарту негізі', 'Основание продления', 'Ground of the extension'),
  yes: l('иә', 'да', 'yes'),
  no: l('жоқ', 'нет', 'no'),
};

export const TEXT = {
  activity: l('Жеке сот орындаушысының қызметі', 'Деятельность частного судебного исполнителя', 'Activity of a private bailiff'),
  licensor: l('Қазақстан Республикасының Әділет министрлігі', 'Министерство юстиции Республики Казахстан', 'Ministry of Justice of the Republic of Kazakhstan'),
  note: l('Иеліктен шығарылмайтын, 1-сынып рұқсат', 'Неотчуждаемая, класс разрешения 1', 'Not alienable; permit class 1'),
  basisLabour: l('Еңбек өтілі (L5 а)', 'Трудовой стаж (L5 а)', 'Labour record (L5 a)'),
  basisAttestation: l('Аттестаттау туралы шешім (L5 б)', 'Решение об аттестации (L5 б)', 'Attestation decision (L5 b)'),
  preliminaryBody: l(
    'Ұсынылған құжаттар мен мемлекеттік ақпараттық жүйелердің мәліметтері бойынша лицензия беруден бас тарту туралы алдын ала шешім қабылданды. Сіз тыңдауға шақырыласыз: қарсылығыңызды тыңдау күніне дейін жеке кабинет арқылы немесе тыңдауда ауызша білдіре аласыз.',
    'По представленным документам и сведениям государственных информационных систем принято предварительное решение об отказе. Вы приглашаетесь на заслушивание: возражения можно представить через личный кабинет до дня заслушивания или устно на заслушивании.',
    'On the documents submitted and the data of the state information systems a refusal is intended. You are invited to a hearing: you may object through your personal account before the hearing, or in person at it.',
  ),
  refusalBody: l(
    'Тыңдау нәтижесі бойынша мемлекеттік қызмет көрсетуден бас тартылды. Бас тарту себептері жойылғаннан кейін қайта өтініш беруге болады; шешімге шағым жасауға болады.',
    'По результатам заслушивания в оказании государственной услуги отказано. После устранения причин отказа можно обратиться повторно; решение может быть обжаловано.',
    'After the hearing the public service is refused. Once the reasons are removed you may apply again; the decision may be appealed.',
  ),
  refusalNoHearingBody: l(
    'Мемлекеттік қызмет көрсетуден бас тартылды. Бас тарту себептері жойылғаннан кейін қайта өтініш беруге болады; шешімге шағым жасауға болады.',
    'В оказании государственной услуги отказано. После устранения причин отказа можно обратиться повторно; решение может быть обжаловано.',
    'The public service is refused. Once the reasons are removed you may apply again; the decision may be appealed.',
  ),
  incompleteBody: l(
    'Құжаттар топтамасы толық емес немесе құжаттардың қолданылу мерзімі өткен: өтініш одан әрі қаралмайды.',
    'Пакет документов неполный или документы просрочены: заявление дальнейшему рассмотрению не подлежит.',
    'The package is incomplete or documents have expired: the application is not considered further.',
  ),
  complaintDecisionBody: l(
    'Шешіммен келіспеген жағдайда сіз Қазақстан Республикасының заңнамасында белгіленген тәртіппен сотқа жүгіне аласыз.',
    'В случае несогласия с решением вы вправе обратиться в суд в порядке, установленном законодательством Республики Казахстан.',
    'If you disagree with the decision you may go to court in the manner set by the law of the Republic of Kazakhstan.',
  ),
  complaintExtensionBody: l(
    'Шағымды қарау мерзімі бір рет қана, 10 жұмыс күнінен аспайтын мерзімге ұзартылуы мүмкін. Шешім жаңа мерзімнен кешіктірілмей қабылданады.',
    'Срок рассмотрения жалобы может быть продлён только один раз и не более чем на 10 рабочих дней. Решение будет принято не позднее нового срока.',
    'The term of a complaint may be extended only once, by at most 10 working days. The decision is taken no later than the new term.',
  ),
  workingDays: l('{{n}} жұмыс күні', '{{n}} рабочих дн.', '{{n}} working days'),
  verifyHint: l('QR-кодты сканерлеңіз немесе мекенжайды ашыңыз', 'Отсканируйте QR-код или откройте адрес', 'Scan the QR code or open the address'),
};

export const GROUND_TEXT: Record<string, L> = {
  ACTIVITY_PROHIBITED: l('Заңмен осы санаттағы тұлғаларға қызметпен айналысуға тыйым салынған', 'Занятие деятельностью запрещено законом для данной категории лиц', 'The activity is prohibited by law for this category of persons'),
  FEE_NOT_PAID: l('Лицензиялық алым төленбеген', 'Не внесён лицензионный сбор', 'The licence fee has not been paid'),
  QUALIFICATION_NOT_MET: l('Біліктілік талаптарына сәйкес келмейді', 'Несоответствие квалификационным требованиям', 'The qualification requirements are not met'),
  NEGATIVE_APPROVAL: l('Келісуші мемлекеттік органның теріс жауабы', 'Отрицательный ответ согласующего государственного органа', 'A negative answer of an approving state body'),
  COURT_BAN: l('Сот шешімімен қызметке тыйым салынған', 'Запрет на деятельность по решению суда', 'A court ban on the activity'),
  COURT_TEMPORARY_PROHIBITION: l('Борышкер-өтініш берушіге лицензия беруге соттың уақытша тыйымы', 'Временный запрет суда на выдачу лицензии заявителю-должнику', 'A court’s temporary prohibition on licensing the debtor-applicant'),
  UNRELIABLE_DATA: l('Құжаттардың немесе деректердің дұрыс еместігі', 'Недостоверность документов или сведений', 'The documents or data are unreliable'),
  ARTICLE_140_RESTRICTION: l('Атқарушылық іс жүргізу туралы Заңның 140-бабы 2-тармағының шектеулері', 'Ограничения п. 2 ст. 140 Закона об исполнительном производстве', 'The restrictions of art. 140 p.2 of the Enforcement Law'),
  INTERNSHIP_NONCOMPLIANCE: l('Тағылымдама қағидаларының сақталмауы', 'Несоблюдение правил стажировки', 'The internship rules were not complied with'),
  // handover: the attestation's automatic outcomes (A6–A9), refused through the hearing (A11)
  ATTESTATION_NOT_PASSED: l('Аттестаттаудан өтпеді (тест, шеттету, келмеу немесе Комиссия шешімі)', 'Аттестация не пройдена (тест, отстранение, неявка или решение Комиссии)', 'The attestation was not passed (the test, a suspension, a no-show or the Commission’s decision)'),
};

export const SERVICE_TEXT: Record<string, L> = {
  ATTESTATION: l('Жеке сот орындаушысы лауазымына кандидаттарды аттестаттау', 'Аттестация кандидатов в частные судебные исполнители', 'Attestation of candidates for private bailiff'),
  LICENCE: l('Жеке сот орындаушысы қызметімен айналысуға лицензия беру', 'Выдача лицензии на занятие деятельностью частного судебного исполнителя', 'Issue of the private-bailiff licence'),
  ATTESTATION_AND_LICENCE: l('Аттестаттау және лицензия (бір өтініш)', 'Аттестация и лицензия (одно заявление)', 'Attestation and licence (one application)'),
  LICENCE_REISSUE: l('Лицензияны қайта ресімдеу', 'Переоформление лицензии', 'Reissue of the licence'),
  ENFORCEMENT_INITIATION: l('Атқарушылық іс жүргізуді қозғау', 'Возбуждение исполнительного производства', 'Initiation of enforcement proceedings'),
};

export const COMPLAINT_OUTCOME_TEXT: Record<ComplaintOutcome, L> = {
  UPHELD: l('Шағым қанағаттандырылды', 'Жалоба удовлетворена', 'The complaint is upheld'),
  PARTLY_UPHELD: l('Шағым ішінара қанағаттандырылды', 'Жалоба удовлетворена частично', 'The complaint is upheld in part'),
  REJECTED: l('Шағым қанағаттандырусыз қалдырылды', 'В удовлетворении жалобы отказано', 'The complaint is rejected'),
};

export const COMPLAINT_ADDRESSEE_TEXT: Record<ComplaintAddressee, L> = {
  PROVIDER_HEAD: l('Көрсетілетін қызметті берушінің басшысы', 'Руководитель услугодателя', 'The head of the service provider'),
  MINISTRY: l('Қазақстан Республикасының Әділет министрлігі', 'Министерство юстиции Республики Казахстан', 'Ministry of Justice of the Republic of Kazakhstan'),
  STATE_CORPORATION: l('«Азаматтарға арналған үкімет» мемлекеттік корпорациясы', 'Государственная корпорация «Правительство для граждан»', 'State Corporation "Government for Citizens"'),
  QUALITY_CONTROL_BODY: l('Мемлекеттік қызметтер көрсету сапасын бағалау және бақылау жөніндегі уәкілетті орган', 'Уполномоченный орган по оценке и контролю за качеством оказания государственных услуг', 'The authorised body for the quality assessment and control of public services'),
};

export const COMPLAINT_EXTENSION_GROUND_TEXT: Record<ComplaintExtensionGround, L> = {
  ADDITIONAL_STUDY: l('Қосымша зерделеу', 'Дополнительное изучение', 'An additional study'),
  ON_SITE_CHECK: l('Жергілікті жерде тексеру', 'Проверка с выездом на место', 'An on-site check'),
  MORE_INFORMATION: l('Қосымша ақпарат алу', 'Получение дополнительной информации', 'More information'),
};

export const tr = (x: L, locale: Locale) => x[locale];
