import { Channel } from '@oryndau/db';
import { builder } from '../builder.ts';

export const ChannelEnum = builder.enumType(Channel, {
  name: 'Channel',
  description: 'How an application reached the provider (E1, T2–T4).',
  values: {
    PORTAL: { description: 'The e-gov portal, open round the clock; registered within working hours (T3).' },
    JUSTICE_OFFICE: { description: 'In person at the territorial justice body (09:00–17:30 acceptance, T2).' },
    STATE_CORPORATION: { description: 'On paper through the State Corporation "Government for Citizens"; the day of receipt is not counted (T4).' },
  } as const,
});
