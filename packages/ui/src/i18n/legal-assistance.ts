// Legal assistance (issue 12, area: legal): the labels of its enums, its roles and its user errors in kk, ru and
// en, spread into the `enum`, `role` and `errorMessage` groups of en.ts, kk.ts and ru.ts. Each group is an
// exhaustive Record over the schema's enum (vocabulary/enums.ts).
import type * as E from '../vocabulary/enums.ts';

type Lang = 'en' | 'kk' | 'ru';
type Labels<T extends string> = Record<Lang, Record<T, string>>;

function pick<T extends Record<string, Record<Lang, Record<string, string>>>>(groups: T, lang: Lang): { [K in keyof T]: T[K][Lang] } {
  return Object.fromEntries(Object.entries(groups).map(([k, v]) => [k, v[lang]])) as never;
}

const groups = {
  executiveDocumentKind: {
    en: { DOMESTIC: 'Act of a Kazakh court or body', FOREIGN_JUDGMENT: 'Recognised foreign judgment' },
    kk: { DOMESTIC: 'Қазақстан сотының немесе органының актісі', FOREIGN_JUDGMENT: 'Танылған шетелдік сот шешімі' },
    ru: { DOMESTIC: 'Акт суда или органа Республики Казахстан', FOREIGN_JUDGMENT: 'Признанное решение иностранного суда' },
  } satisfies Labels<E.ExecutiveDocumentKind>,
  judicialBodyKind: {
    en: { ADMINISTRATION: 'Judicial Administration', DEPARTMENT: 'Regional Department' },
    kk: { ADMINISTRATION: 'Сот әкімшілігі', DEPARTMENT: 'Аумақтық департамент' },
    ru: { ADMINISTRATION: 'Судебная администрация', DEPARTMENT: 'Территориальный департамент' },
  } satisfies Labels<E.JudicialBodyKind>,
  incomingOrderStatus: {
    en: { REGISTERED: 'Registered', AT_COURT: 'With the executing court', RESULT_AT_DEPARTMENT: 'Result with the Department', RESULT_SENT: 'Result sent back', RETURNED: 'Returned unexecuted' },
    kk: { REGISTERED: 'Тіркелді', AT_COURT: 'Орындаушы сотта', RESULT_AT_DEPARTMENT: 'Нәтиже департаментте', RESULT_SENT: 'Нәтиже жіберілді', RETURNED: 'Орындалмай қайтарылды' },
    ru: { REGISTERED: 'Зарегистрировано', AT_COURT: 'В исполняющем суде', RESULT_AT_DEPARTMENT: 'Результат в департаменте', RESULT_SENT: 'Результат направлен', RETURNED: 'Возвращено без исполнения' },
  } satisfies Labels<E.IncomingOrderStatus>,
  incomingOrderOutcome: {
    en: { EXECUTED: 'Executed', PARTLY_EXECUTED: 'Partly executed', IMPOSSIBLE: 'Impossible to execute', REFUSED: 'Execution refused' },
    kk: { EXECUTED: 'Орындалды', PARTLY_EXECUTED: 'Ішінара орындалды', IMPOSSIBLE: 'Орындау мүмкін емес', REFUSED: 'Орындаудан бас тартылды' },
    ru: { EXECUTED: 'Исполнено', PARTLY_EXECUTED: 'Исполнено частично', IMPOSSIBLE: 'Исполнение невозможно', REFUSED: 'В исполнении отказано' },
  } satisfies Labels<E.IncomingOrderOutcome>,
  outgoingOrderStatus: {
    en: { PREPARED: 'Prepared', AT_DEPARTMENT: 'With the Department', RETURNED_TO_COURT: 'Returned to the court', SENT_ABROAD: 'Sent abroad', ANSWERED: 'Answered' },
    kk: { PREPARED: 'Дайындалды', AT_DEPARTMENT: 'Департаментте', RETURNED_TO_COURT: 'Сотқа қайтарылды', SENT_ABROAD: 'Шетелге жіберілді', ANSWERED: 'Жауап алынды' },
    ru: { PREPARED: 'Подготовлено', AT_DEPARTMENT: 'В департаменте', RETURNED_TO_COURT: 'Возвращено в суд', SENT_ABROAD: 'Направлено за рубеж', ANSWERED: 'Получен ответ' },
  } satisfies Labels<E.OutgoingOrderStatus>,
  petitionStatus: {
    en: { FILED: 'Filed', RECOGNISED: 'Recognised', REFUSED: 'Refused', RETURNED: 'Returned', IN_ENFORCEMENT: 'In enforcement' },
    kk: { FILED: 'Берілді', RECOGNISED: 'Танылды', REFUSED: 'Бас тартылды', RETURNED: 'Қайтарылды', IN_ENFORCEMENT: 'Орындауда' },
    ru: { FILED: 'Подано', RECOGNISED: 'Признано', REFUSED: 'Отказано', RETURNED: 'Возвращено', IN_ENFORCEMENT: 'На исполнении' },
  } satisfies Labels<E.PetitionStatus>,
  legalAssistanceStageKind: {
    en: {
      INCOMING_REGISTERED: 'Registered by the Judicial Administration or Department', INCOMING_SENT_TO_COURT: 'Sent to the executing court', INCOMING_FORWARDED: 'Forwarded to another court (no jurisdiction)',
      INCOMING_AUTHORITY_INFORMED: 'Competent authority informed of the forwarding', INCOMING_EXECUTED: 'Execution recorded, documents to the Department', INCOMING_RETURNED_TO_COURT: 'Returned to the court to remove deficiencies',
      INCOMING_RESULT_SENT: 'Result sent to the competent authority', INCOMING_RETURNED: 'Returned unexecuted', OUTGOING_PREPARED: 'Prepared by the court', OUTGOING_SENT_TO_DEPARTMENT: 'Sent to the Department',
      OUTGOING_RETURNED_TO_COURT: 'Returned to the court', OUTGOING_SENT_ABROAD: 'Sent to the foreign state', OUTGOING_ANSWERED: 'Answer received', PETITION_FILED: 'Petition filed',
      PETITION_RECOGNISED: 'Judgment recognised', PETITION_REFUSED: 'Recognition refused', PETITION_RETURNED: 'Petition returned', PETITION_IN_ENFORCEMENT: 'Presented for enforcement',
    },
    kk: {
      INCOMING_REGISTERED: 'Сот әкімшілігі немесе департамент тіркеді', INCOMING_SENT_TO_COURT: 'Орындаушы сотқа жіберілді', INCOMING_FORWARDED: 'Басқа сотқа жіберілді (соттылығы жоқ)',
      INCOMING_AUTHORITY_INFORMED: 'Құзыретті орган хабардар етілді', INCOMING_EXECUTED: 'Орындалуы тіркелді, құжаттар департаментке', INCOMING_RETURNED_TO_COURT: 'Кемшіліктерді жою үшін сотқа қайтарылды',
      INCOMING_RESULT_SENT: 'Нәтиже құзыретті органға жіберілді', INCOMING_RETURNED: 'Орындалмай қайтарылды', OUTGOING_PREPARED: 'Сот дайындады', OUTGOING_SENT_TO_DEPARTMENT: 'Департаментке жіберілді',
      OUTGOING_RETURNED_TO_COURT: 'Сотқа қайтарылды', OUTGOING_SENT_ABROAD: 'Шет мемлекетке жіберілді', OUTGOING_ANSWERED: 'Жауап алынды', PETITION_FILED: 'Өтінішхат берілді',
      PETITION_RECOGNISED: 'Шешім танылды', PETITION_REFUSED: 'Танудан бас тартылды', PETITION_RETURNED: 'Өтінішхат қайтарылды', PETITION_IN_ENFORCEMENT: 'Орындауға ұсынылды',
    },
    ru: {
      INCOMING_REGISTERED: 'Зарегистрировано Судебной администрацией или департаментом', INCOMING_SENT_TO_COURT: 'Направлено в исполняющий суд', INCOMING_FORWARDED: 'Переслано в другой суд (неподсудность)',
      INCOMING_AUTHORITY_INFORMED: 'Компетентный орган уведомлён о пересылке', INCOMING_EXECUTED: 'Исполнение зафиксировано, документы в департамент', INCOMING_RETURNED_TO_COURT: 'Возвращено в суд для устранения недостатков',
      INCOMING_RESULT_SENT: 'Результат направлен компетентному органу', INCOMING_RETURNED: 'Возвращено без исполнения', OUTGOING_PREPARED: 'Подготовлено судом', OUTGOING_SENT_TO_DEPARTMENT: 'Направлено в департамент',
      OUTGOING_RETURNED_TO_COURT: 'Возвращено в суд', OUTGOING_SENT_ABROAD: 'Направлено в иностранное государство', OUTGOING_ANSWERED: 'Получен ответ', PETITION_FILED: 'Ходатайство подано',
      PETITION_RECOGNISED: 'Решение признано', PETITION_REFUSED: 'В признании отказано', PETITION_RETURNED: 'Ходатайство возвращено', PETITION_IN_ENFORCEMENT: 'Предъявлено к исполнению',
    },
  } satisfies Labels<E.LegalAssistanceStageKind>,
  legalAssistanceDeadlineKind: {
    en: { DEPARTMENT_HANDLING: 'Department: 10 working days', FORWARDING: 'Forwarding: 5 working days', AUTHORITY_INFORMED: 'Informing the authority: 5 working days', EXECUTION: 'Execution: one month', RESULT_HANDLING: 'Department, result: 10 working days', SENDING: 'Sending: 6 months before the hearing', FILING: 'Filing: 3 years' },
    kk: { DEPARTMENT_HANDLING: 'Департамент: 10 жұмыс күні', FORWARDING: 'Жіберу: 5 жұмыс күні', AUTHORITY_INFORMED: 'Органды хабардар ету: 5 жұмыс күні', EXECUTION: 'Орындау: бір ай', RESULT_HANDLING: 'Департамент, нәтиже: 10 жұмыс күні', SENDING: 'Жіберу: отырыстан 6 ай бұрын', FILING: 'Беру: 3 жыл' },
    ru: { DEPARTMENT_HANDLING: 'Департамент: 10 рабочих дней', FORWARDING: 'Пересылка: 5 рабочих дней', AUTHORITY_INFORMED: 'Уведомление органа: 5 рабочих дней', EXECUTION: 'Исполнение: один месяц', RESULT_HANDLING: 'Департамент, результат: 10 рабочих дней', SENDING: 'Направление: за 6 месяцев до заседания', FILING: 'Подача: 3 года' },
  } satisfies Labels<E.LegalAssistanceDeadlineKind>,
  legalPersonRole: {
    en: { PLAINTIFF: 'Plaintiff', DEFENDANT: 'Defendant', THIRD_PARTY: 'Third party', WITNESS: 'Witness', OTHER: 'Other person' },
    kk: { PLAINTIFF: 'Талапкер', DEFENDANT: 'Жауапкер', THIRD_PARTY: 'Үшінші тұлға', WITNESS: 'Куә', OTHER: 'Басқа тұлға' },
    ru: { PLAINTIFF: 'Истец', DEFENDANT: 'Ответчик', THIRD_PARTY: 'Третье лицо', WITNESS: 'Свидетель', OTHER: 'Иное лицо' },
  } satisfies Labels<E.LegalPersonRole>,
  legalPersonKind: {
    en: { INDIVIDUAL: 'Individual', ENTITY: 'Legal entity' },
    kk: { INDIVIDUAL: 'Жеке тұлға', ENTITY: 'Заңды тұлға' },
    ru: { INDIVIDUAL: 'Физическое лицо', ENTITY: 'Юридическое лицо' },
  } satisfies Labels<E.LegalPersonKind>,
  incomingOrderResultAction: {
    en: { SEND: 'Send to the competent authority', RETURN_TO_COURT: 'Return to the court', RETURN_UNEXECUTED: 'Return unexecuted' },
    kk: { SEND: 'Құзыретті органға жіберу', RETURN_TO_COURT: 'Сотқа қайтару', RETURN_UNEXECUTED: 'Орындалмай қайтару' },
    ru: { SEND: 'Направить компетентному органу', RETURN_TO_COURT: 'Вернуть в суд', RETURN_UNEXECUTED: 'Вернуть без исполнения' },
  } satisfies Labels<E.IncomingOrderResultAction>,
  outgoingOrderDepartmentAction: {
    en: { SEND_ABROAD: 'Send to the foreign state', RETURN_TO_COURT: 'Return to the court' },
    kk: { SEND_ABROAD: 'Шет мемлекетке жіберу', RETURN_TO_COURT: 'Сотқа қайтару' },
    ru: { SEND_ABROAD: 'Направить в иностранное государство', RETURN_TO_COURT: 'Вернуть в суд' },
  } satisfies Labels<E.OutgoingOrderDepartmentAction>,
  recognitionDecision: {
    en: { RECOGNISED: 'Recognise and permit execution', REFUSED: 'Refuse', RETURNED: 'Return' },
    kk: { RECOGNISED: 'Тану және орындауға рұқсат беру', REFUSED: 'Бас тарту', RETURNED: 'Қайтару' },
    ru: { RECOGNISED: 'Признать и разрешить исполнение', REFUSED: 'Отказать', RETURNED: 'Вернуть' },
  } satisfies Labels<E.RecognitionDecision>,
  recognitionCategory: {
    en: { PRIVATE_CLAIM: 'Money claim', ALIMONY: 'Alimony', NON_PROPERTY: 'Non-property obligation' },
    kk: { PRIVATE_CLAIM: 'Ақшалай талап', ALIMONY: 'Алимент', NON_PROPERTY: 'Мүліктік емес міндеттеме' },
    ru: { PRIVATE_CLAIM: 'Денежное требование', ALIMONY: 'Алименты', NON_PROPERTY: 'Неимущественное обязательство' },
  } satisfies Labels<E.RecognitionCategory>,
};

export const LEGAL_ENUM_LABELS = { en: pick(groups, 'en'), kk: pick(groups, 'kk'), ru: pick(groups, 'ru') };

export const LEGAL_ROLE_LABELS = {
  en: { COURT_OFFICER: 'Court officer', JUDICIAL_DEPARTMENT_OFFICER: 'Judicial Administration officer' },
  kk: { COURT_OFFICER: 'Сот қызметкері', JUDICIAL_DEPARTMENT_OFFICER: 'Сот әкімшілігінің қызметкері' },
  ru: { COURT_OFFICER: 'Сотрудник суда', JUDICIAL_DEPARTMENT_OFFICER: 'Сотрудник Судебной администрации' },
} satisfies Record<Lang, Record<'COURT_OFFICER' | 'JUDICIAL_DEPARTMENT_OFFICER', string>>;

const legalEn = {
  notCourtStaff: 'Only the staff of this court may do this.',
  notDepartmentStaff: 'Only the staff of the Judicial Administration or the Department concerned may do this.',
  stateNotParty: 'This state is not a party to the chosen treaty.',
  forwardToSameCourt: 'Choose another court to forward the order to.',
  documentsRequired: 'List the documents of the execution.',
  returnOnlyUnexecuted: 'Only a refused or impossible order is returned unexecuted.',
  orderLanguage: 'An order is written in Kazakh or Russian.',
  orderItemMissing: 'An order must name “{{field}}” (item {{item}} of the Instruction, p.22).',
  outgoingTooLate: 'Too late: for the hearing on {{hearingOn}} the order had to be sent by {{latestSendOn}}. Sent today, the hearing must be on {{earliestHearingOn}} or later.',
  petitionTooLate: 'The 3 years from the entry into force ({{entryIntoForceOn}}) ended on {{lastDay}}. File it with a request to restore the period, stating the good reason it was missed.',
  entryBeforeJudgment: 'A judgment enters into force on or after its date.',
  restorationReasonRequired: 'State the good reason the period was missed (at least 10 characters).',
  restorationDecisionRequired: 'The petition was filed late: decide whether the period is restored.',
  notRecognised: 'Only a recognised judgment enters enforcement.',
};
type LegalErrors = typeof legalEn;
const legalKk: LegalErrors = {
  notCourtStaff: 'Мұны тек осы соттың қызметкерлері жасай алады.',
  notDepartmentStaff: 'Мұны тек Сот әкімшілігінің немесе тиісті департаменттің қызметкерлері жасай алады.',
  stateNotParty: 'Бұл мемлекет таңдалған шарттың қатысушысы емес.',
  forwardToSameCourt: 'Тапсырманы жіберу үшін басқа сотты таңдаңыз.',
  documentsRequired: 'Орындау құжаттарын көрсетіңіз.',
  returnOnlyUnexecuted: 'Орындалмай тек бас тартылған немесе орындау мүмкін емес тапсырма қайтарылады.',
  orderLanguage: 'Тапсырма қазақ немесе орыс тілінде жасалады.',
  orderItemMissing: 'Тапсырмада «{{field}}» көрсетілуі тиіс (Нұсқаулықтың 22-т. {{item}}-тармақшасы).',
  outgoingTooLate: 'Кеш: {{hearingOn}} отырысы үшін тапсырма {{latestSendOn}} дейін жіберілуі тиіс еді. Бүгін жіберілсе, отырыс {{earliestHearingOn}} немесе одан кейін болуы тиіс.',
  petitionTooLate: 'Заңды күшіне енген күннен ({{entryIntoForceOn}}) бастап 3 жыл {{lastDay}} аяқталды. Өткізіп алынған мерзімді қалпына келтіру туралы өтінішпен, дәлелді себебін көрсетіп беріңіз.',
  entryBeforeJudgment: 'Шешім өз күнінде немесе одан кейін заңды күшіне енеді.',
  restorationReasonRequired: 'Мерзімнің өткізіп алынуының дәлелді себебін көрсетіңіз (кемінде 10 таңба).',
  restorationDecisionRequired: 'Өтінішхат кеш берілді: мерзімді қалпына келтіру туралы шешіңіз.',
  notRecognised: 'Орындауға тек танылған шешім ұсынылады.',
};
const legalRu: LegalErrors = {
  notCourtStaff: 'Это может сделать только сотрудник этого суда.',
  notDepartmentStaff: 'Это может сделать только сотрудник Судебной администрации или соответствующего департамента.',
  stateNotParty: 'Это государство не участвует в выбранном договоре.',
  forwardToSameCourt: 'Выберите другой суд для пересылки поручения.',
  documentsRequired: 'Перечислите документы об исполнении.',
  returnOnlyUnexecuted: 'Без исполнения возвращается только поручение, в исполнении которого отказано или исполнение невозможно.',
  orderLanguage: 'Поручение составляется на казахском или русском языке.',
  orderItemMissing: 'В поручении должно быть указано «{{field}}» (подпункт {{item}} пункта 22 Инструкции).',
  outgoingTooLate: 'Поздно: для заседания {{hearingOn}} поручение нужно было направить до {{latestSendOn}}. При направлении сегодня заседание должно быть не ранее {{earliestHearingOn}}.',
  petitionTooLate: 'Три года со дня вступления в силу ({{entryIntoForceOn}}) истекли {{lastDay}}. Подайте ходатайство с просьбой о восстановлении срока, указав уважительную причину пропуска.',
  entryBeforeJudgment: 'Решение вступает в силу не ранее своей даты.',
  restorationReasonRequired: 'Укажите уважительную причину пропуска срока (не менее 10 символов).',
  restorationDecisionRequired: 'Ходатайство подано с пропуском срока: решите, восстанавливается ли срок.',
  notRecognised: 'К исполнению предъявляется только признанное решение.',
};
export const LEGAL_ERROR_MESSAGES = { en: legalEn, kk: legalKk, ru: legalRu };
export const LEGAL_INPUT_MESSAGES = {
  en: { languageCode: 'Give the language as a two-letter code (ru, en, zh …).', dateInPast: '“{{field}}” must be in the future.' },
  kk: { languageCode: 'Тілді екі әріпті кодпен көрсетіңіз (ru, en, zh …).', dateInPast: '«{{field}}» болашақта болуы тиіс.' },
  ru: { languageCode: 'Укажите язык двухбуквенным кодом (ru, en, zh …).', dateInPast: '«{{field}}» должно быть в будущем.' },
};
