// Browser test: the chamber app against the real API on a fresh database, in headless Chromium.
import { describeSignIn } from '@oryndau/testing';

describeSignIn({ app: 'chamber', login: 'chamber.almaty', who: 'a chamber official', visible: ['bailiff'], hidden: ['aigerim', 'inspector'] });
