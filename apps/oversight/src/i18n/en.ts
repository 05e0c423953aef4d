// English strings of the oversight app (under `app.`). kk.ts and ru.ts must have exactly these keys.
export const en = {
  name: 'Ministry oversight',
  home: {
    intro: 'Inspectors of the Ministry of Justice and of the state-services quality-control body see the volumes of services, deadlines met, complaints and the evenness of case assignment across the country, and plan and conduct inspections.',
  },
};
