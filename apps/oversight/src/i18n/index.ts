import { defineAppResources } from '@oryndau/ui';

// The oversight app's own strings, under `app.`; the shared ones (roles, login, …) come from @oryndau/ui.
export const resources = defineAppResources({
  en: {
    app: {
      name: 'Ministry oversight',
      home: {
        intro: 'Inspectors of the Ministry of Justice and of the state-services quality-control body see the volumes of services, deadlines met, complaints and the evenness of case assignment across the country, and plan and conduct inspections.',
      },
    },
  },
  kk: {
    app: {
      name: 'Министрлік қадағалауы',
      home: {
        intro: 'Әділет министрлігінің және мемлекеттік қызметтер сапасын бақылау органының инспекторлары бүкіл ел бойынша қызметтер көлемін, мерзімдердің сақталуын, шағымдарды және істердің біркелкі бөлінуін көреді, сондай-ақ тексерулерді жоспарлап, жүргізеді.',
      },
    },
  },
  ru: {
    app: {
      name: 'Надзор министерства',
      home: {
        intro: 'Инспекторы Министерства юстиции и органа контроля качества государственных услуг видят объёмы услуг, соблюдение сроков, жалобы и равномерность распределения дел по всей стране, а также планируют и проводят проверки.',
      },
    },
  },
});
