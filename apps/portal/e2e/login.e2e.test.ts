// Browser test: the portal app against the real API on a fresh database, in headless Chromium.
import { describeSignIn } from '@oryndau/testing';

describeSignIn({
  app: 'portal',
  login: 'aigerim',
  who: 'an applicant',
  visible: ['timur', 'kazlogistics'],
  hidden: ['chamber.almaty', 'inspector', 'bailiff'],
  filter: { query: 'TIMUR', finds: 'timur', hides: 'aigerim' },
  unknownLogin: 'no.such.user',
});
