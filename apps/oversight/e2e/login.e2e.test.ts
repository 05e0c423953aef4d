// Browser test: the oversight app against the real API on a fresh database, in headless Chromium.
import { describeSignIn } from '@oryndau/testing';

describeSignIn({ app: 'oversight', login: 'inspector', who: 'a ministry inspector', visible: ['quality'], hidden: ['aigerim', 'bailiff'] /* complaints (issue 10): chamber officials handle complaints here */ });
