import { defineAppResources } from '@oryndau/ui';
import { en } from './locales/en.ts';
import { kk } from './locales/kk.ts';
import { ru } from './locales/ru.ts';

// The portal app's own strings, under `app.`; the shared ones (roles, login, …) come from @oryndau/ui.
// The dictionaries are in ./locales (kk and ru typed `Messages<typeof en>`: the compiler checks every key).
export const resources = defineAppResources({
  en: { app: en },
  kk: { app: kk },
  ru: { app: ru },
});
