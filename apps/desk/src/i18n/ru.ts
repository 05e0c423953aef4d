// enforcement intake (E1–E4, G2)
import { intakeRu } from '../features/enforcement/strings.ts';
// licence area (issue 9)
import { licenceRu } from '../features/licences/strings.ts';
import type { Messages } from '@oryndau/ui';
import type { en } from './en.ts';
// legal assistance (issue 12, area: legal)
import { LEGAL_APP_STRINGS } from './legal-assistance.ts';

// Русский язык.
export const ru: Messages<typeof en> = {
  name: 'Рабочее место услугодателя',
  home: {
    intro: 'Рабочее место сотрудников, оказывающих услуги: сотрудники территориальных органов юстиции объявляют аттестации, проверяют заявления и регистрируют бумажные заявления о возбуждении исполнительного производства, аттестационные комиссии проводят тестирование, собеседование и голосование, сотрудники министерства по лицензированию выдают и переоформляют лицензии частных судебных исполнителей.',
  },
  // attestation (issue 9)
  attestation: {
    nav: 'Аттестация',
    sessionsTitle: 'Аттестации',
    sessionsLead: 'Аттестации вашего региона: откройте, чтобы проверить полноту документов, провести тестирование, собеседование и голосование.',
    when: 'Дата и время',
    region: 'Регион',
    place: 'Место',
    status: 'Статус',
    candidates: 'Кандидаты',
    announceTitle: 'Объявить аттестацию: {{region}}',
    announce: 'Объявить',
    chooseChair: 'Выберите председателя',
    sessionTitle: 'Аттестация {{date}}',
    back: 'Все аттестации',
    commission: 'Комиссия',
    chair: 'председатель',
    minutes: 'Протокол подписан: прошли {{passed}}, не прошли {{notPassed}}, не явились {{noShow}}.',
    signMinutes: 'Подписать протокол',
    noCandidates: 'Заявлений пока нет.',
    test: 'Тест',
    suspended: 'отстранён',
    passed: 'пройден',
    notPassed: 'не пройден',
    interview: 'Собеседование',
    dissent: 'особое мнение',
    decision: 'Решение',
    byChair: 'при равенстве голосов решил председатель',
    complete: 'Документы полные',
    reason: 'Причины отказа',
    incomplete: 'Отказать: неполный пакет',
    correct: 'Правильных ответов (центр тестирования)',
    recordTest: 'Внести результат',
    noShow: 'Не явился',
    aid: 'Использованный материал',
    suspend: 'Отстранить (использование материалов)',
    interviewQuestions: 'Вопросы собеседования, по одному в строке (не менее 3)',
    recordInterview: 'Внести собеседование',
    vote: 'Ваш голос',
    dissentOptional: 'Особое мнение (если не согласны)',
    votePass: 'Прошёл',
    voteFail: 'Не прошёл',
    decide: 'Зафиксировать решение Комиссии',
    hearingOutcome: 'Итоги заслушивания',
    refusalStands: 'Отказ остаётся в силе',
    refusalWithdrawn: 'Возражения приняты',
    field: {
      heldAt: 'Дата',
      time: 'Время',
      place: 'Место',
      chairUserId: 'Председатель Комиссии',
    },
  },
  // legal assistance (issue 12, area: legal)
  legal: LEGAL_APP_STRINGS.ru,
  // licence area (issue 9)
  licence: licenceRu,
  // enforcement intake at a justice office (E1–E4, G2)
  intake: intakeRu,
};
