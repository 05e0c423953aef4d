// enforcement intake (E1–E4, G2)
import { intakeKk } from '../features/enforcement/strings.ts';
// licence area (issue 9)
import { licenceKk } from '../features/licences/strings.ts';
import type { Messages } from '@oryndau/ui';
import type { en } from './en.ts';
// legal assistance (issue 12, area: legal)
import { LEGAL_APP_STRINGS } from './legal-assistance.ts';

// Қазақ тілі (мемлекеттік тіл).
export const kk: Messages<typeof en> = {
  name: 'Қызметтер үстелі',
  home: {
    intro: 'Қызмет көрсететін қызметкерлердің жұмыс орны: аумақтық әділет органдарының қызметкерлері аттестаттау отырыстарын жариялап, өтініштерді тексереді және атқарушылық іс жүргізуге қағаз өтініштерді тіркейді, аттестаттау комиссиялары тестілеуді, әңгімелесуді және дауыс беруді өткізеді, министрліктің лицензиялау қызметкерлері жеке сот орындаушыларының лицензияларын береді және қайта ресімдейді.',
  },
  // attestation (issue 9)
  attestation: {
    nav: 'Аттестаттау',
    sessionsTitle: 'Аттестаттау',
    sessionsLead: 'Өңіріңіздің аттестаттаулары: толықтығын тексеру, тест, әңгімелесу және дауыс беру үшін біреуін ашыңыз.',
    when: 'Күні мен уақыты',
    region: 'Өңір',
    place: 'Орны',
    status: 'Мәртебесі',
    candidates: 'Үміткерлер',
    announceTitle: 'Аттестаттауды жариялау: {{region}}',
    announce: 'Жариялау',
    chooseChair: 'Төрағаны таңдаңыз',
    sessionTitle: '{{date}} аттестаттау',
    back: 'Барлық аттестаттау',
    commission: 'Комиссия',
    chair: 'төраға',
    minutes: 'Хаттамаға қол қойылды: {{passed}} өтті, {{notPassed}} өтпеді, {{noShow}} келмеді.',
    signMinutes: 'Хаттамаға қол қою',
    noCandidates: 'Әзірге өтініштер жоқ.',
    test: 'Тест',
    suspended: 'шеттетілді',
    passed: 'өтті',
    notPassed: 'өтпеді',
    interview: 'Әңгімелесу',
    dissent: 'ерекше пікір',
    decision: 'Шешім',
    byChair: 'дауыстар тең болғанда төраға шешті',
    complete: 'Толық',
    reason: 'Бас тарту себептері',
    incomplete: 'Бас тарту: толық емес',
    correct: 'Дұрыс жауаптар (тестілеу орталығы)',
    recordTest: 'Нәтижені енгізу',
    noShow: 'Келмеді',
    aid: 'Пайдаланылған құрал',
    suspend: 'Шеттету (құрал пайдаланылды)',
    interviewQuestions: 'Әңгімелесу сұрақтары, әр жолға біреуден (кемінде 3)',
    recordInterview: 'Әңгімелесуді енгізу',
    vote: 'Сіздің дауысыңыз',
    dissentOptional: 'Ерекше пікір (келіспесеңіз)',
    votePass: 'Өтті',
    voteFail: 'Өтпеді',
    decide: 'Комиссия шешімін енгізу',
    hearingOutcome: 'Тыңдау нәтижесі',
    refusalStands: 'Бас тарту күшінде қалады',
    refusalWithdrawn: 'Қарсылықтар қабылданды',
    field: {
      heldAt: 'Күні',
      time: 'Уақыты',
      place: 'Орны',
      chairUserId: 'Комиссия төрағасы',
    },
  },
  // legal assistance (issue 12, area: legal)
  legal: LEGAL_APP_STRINGS.kk,
  // licence area (issue 9)
  licence: licenceKk,
  // enforcement intake at a justice office (E1–E4, G2)
  intake: intakeKk,
};
