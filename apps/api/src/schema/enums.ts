// Enums shared by several modules, each value described (the frontend teams read these).
import { Role, Locale } from '@oryndau/db';
import { builder } from '../builder.ts';

export const RoleEnum = builder.enumType(Role, {
  name: 'Role',
  description: 'What a user may do on the platform; a role may be scoped to a region or a chamber.',
  values: {
    APPLICANT: { description: 'A citizen or company applying for a service, a claimant, a bailiff candidate or licence holder.' },
    JUSTICE_OFFICER: { description: 'An officer of a territorial justice body (service provider).' },
    STATE_BAILIFF: { description: 'A state bailiff of a territorial justice body.' },
    COMMISSION_MEMBER: { description: 'A member of an attestation commission.' },
    LICENSING_OFFICER: { description: 'Licensing staff of the Ministry of Justice.' },
    CHAMBER_OFFICIAL: { description: 'An official of a regional Chamber of Private Bailiffs.' },
    PRIVATE_BAILIFF: { description: 'A licensed private bailiff.' },
    MINISTRY_INSPECTOR: { description: 'An inspector of the Ministry of Justice: reads everything, writes inspections.' },
    QUALITY_INSPECTOR: { description: 'An inspector of the authorised body for quality control of state services.' },
    MINISTRY_ADMIN: { description: 'Ministry of Justice staff maintaining reference data: the working calendar, the monthly calculation index.' },
    // legal assistance (issue 12, area: legal)
    COURT_OFFICER: { description: 'Staff of a court of the Republic: executes incoming orders, prepares outgoing ones, decides petitions (LA1, LA3, LA4).' },
    JUDICIAL_DEPARTMENT_OFFICER: { description: 'Staff of the Judicial Administration or one of its regional Departments: registers, routes and checks orders and petitions (LA1, LA2).' },
  } as const,
});

export const LocaleEnum = builder.enumType(Locale, {
  name: 'Locale',
  description: 'Interface language.',
  values: {
    KK: { description: 'Kazakh.' },
    RU: { description: 'Russian.' },
    EN: { description: 'English.' },
  } as const,
});
