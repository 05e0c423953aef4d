// i18next with every dictionary bundled (initI18n, synchronous): the UI strings of this package (kk, ru, en)
// merged with the strings of the app. The shared helpers (detection, switching, hooks) are in ./core.ts; an app
// that loads only the language in use calls initI18nOnDemand (./on-demand.ts) instead.
import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { deepMerge, detectLanguage, LANGUAGES, reflectLanguage, type AppResources, type Language, type MessageTree } from './core.ts';
import { en } from './en.ts';
import { kk } from './kk.ts';
import { ru } from './ru.ts';

export * from './core.ts';
export { en, kk, ru };

/**
 * Initializes the shared i18next instance (synchronously: the resources are bundled) and returns it.
 * A missing Kazakh string falls back to Russian, then English.
 */
export function initI18n(app?: AppResources, language: Language = detectLanguage()): I18n {
  const resources = {
    kk: { translation: deepMerge(kk as MessageTree, app?.kk as MessageTree | undefined) },
    ru: { translation: deepMerge(ru as MessageTree, app?.ru as MessageTree | undefined) },
    en: { translation: deepMerge(en as MessageTree, app?.en as MessageTree | undefined) },
  };
  if (i18next.isInitialized) {
    for (const lng of LANGUAGES) i18next.addResourceBundle(lng, 'translation', resources[lng].translation, true, true);
    void i18next.changeLanguage(language);
  } else {
    void i18next.use(initReactI18next).init({
      resources,
      lng: language,
      supportedLngs: [...LANGUAGES],
      fallbackLng: { kk: ['ru', 'en'], ru: ['en'], default: ['en'] },
      interpolation: { escapeValue: false }, // React escapes.
      initAsync: false,
      returnNull: false,
    });
    i18next.on('languageChanged', reflectLanguage);
  }
  reflectLanguage(language);
  return i18next;
}

