// Browser test: the services desk against the real API on a fresh database, in headless Chromium.
import { describeSignIn } from '@oryndau/testing';

describeSignIn({ app: 'desk', login: 'justice.almaty', who: 'a territorial justice officer', visible: ['commission.almaty', 'licensing'], hidden: ['aigerim', 'chamber.almaty', 'inspector'] });
