// handover (issue 9, A5, A11): the desk's refusal of admission to the attestation on exactly the grounds of A5
// (App.1 p.8) — each ground a button, the reasons required — sent as the preliminary decision with the hearing
// notice (A11). Spread into en.ts, kk.ts and ru.ts as the group `admission`.
type Lang = 'en' | 'kk' | 'ru';
/** A5's grounds (packages/domain ATTESTATION_REFUSAL_GROUNDS). */
export type AdmissionGround = 'UNRELIABLE_DATA' | 'ARTICLE_140_RESTRICTION' | 'INTERNSHIP_NONCOMPLIANCE';
interface AdmissionMessages { title: string; lead: string; reasons: string; ground: Record<AdmissionGround, string> }

export const ADMISSION_MESSAGES = {
  en: {
    title: 'Refuse admission (A5)',
    lead: 'Choose the ground; the candidate receives the preliminary decision and is invited to the hearing (A11).',
    reasons: 'Reasons (required)',
    ground: {
      UNRELIABLE_DATA: 'Unreliable documents or data',
      ARTICLE_140_RESTRICTION: 'Restrictions of art. 140 p.2 of the Enforcement Law',
      INTERNSHIP_NONCOMPLIANCE: 'Internship rules not complied with',
    },
  },
  kk: {
    title: 'Жіберуден бас тарту (A5)',
    lead: 'Негізді таңдаңыз: үміткерге алдын ала шешім жіберіледі және ол тыңдауға шақырылады (A11).',
    reasons: 'Себептері (міндетті)',
    ground: {
      UNRELIABLE_DATA: 'Құжаттардың немесе деректердің дұрыс еместігі',
      ARTICLE_140_RESTRICTION: 'Атқарушылық іс жүргізу туралы Заңның 140-бабы 2-тармағының шектеулері',
      INTERNSHIP_NONCOMPLIANCE: 'Тағылымдама қағидаларының сақталмауы',
    },
  },
  ru: {
    title: 'Отказ в допуске (A5)',
    lead: 'Выберите основание: кандидату направляется предварительное решение и приглашение на заслушивание (A11).',
    reasons: 'Причины (обязательно)',
    ground: {
      UNRELIABLE_DATA: 'Недостоверность документов или сведений',
      ARTICLE_140_RESTRICTION: 'Ограничения п. 2 ст. 140 Закона об исполнительном производстве',
      INTERNSHIP_NONCOMPLIANCE: 'Несоблюдение правил стажировки',
    },
  },
} satisfies Record<Lang, AdmissionMessages>;
