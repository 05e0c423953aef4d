import { defineAppResources } from '@oryndau/ui';
import { en } from './en.ts';
import { kk } from './kk.ts';
import { ru } from './ru.ts';

// The services desk's own strings, under `app.` (./{en,kk,ru}.ts); the shared ones (roles, login, enum
// labels, user errors) come from @oryndau/ui.
export const resources = defineAppResources({
  en: { app: en },
  kk: { app: kk },
  ru: { app: ru },
});
