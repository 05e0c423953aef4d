import { defineAppResources } from '@oryndau/ui';
import { en } from './en.ts';
import { kk } from './kk.ts';
import { ru } from './ru.ts';

// The portal app's own strings, under `app.`; the shared ones (roles, login, enum labels, user errors) come from @oryndau/ui.
// The dictionaries are ./{en,kk,ru}.ts (kk and ru typed `Messages<typeof en>`: the compiler checks every key).
export const resources = defineAppResources({
  en: { app: en },
  kk: { app: kk },
  ru: { app: ru },
});
