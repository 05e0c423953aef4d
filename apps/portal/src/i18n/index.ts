import type { AppDictionaries } from '@oryndau/ui';

// The portal app's own strings, under `app.`; the shared ones (roles, login, enum labels, user errors) come from @oryndau/ui.
// The dictionaries are ./{en,kk,ru}.ts (kk and ru typed `Messages<typeof en>`: the compiler checks every key).
// frontend (issue 11): each is loaded on demand, only the language in use (initI18nOnDemand in main.tsx).
export const dictionaries: AppDictionaries = {
  en: async () => ({ app: (await import('./en.ts')).en }),
  kk: async () => ({ app: (await import('./kk.ts')).kk }),
  ru: async () => ({ app: (await import('./ru.ts')).ru }),
};
