// frontend (issue 11): i18next loading only the language in use. The UI strings of this package and the app's
// own are fetched (a chunk per language) before the first render and again when the user switches language,
// so an app's first page carries one dictionary instead of three. initI18n (./index.ts) bundles all three.
import i18next, { type BackendModule, type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { deepMerge, detectLanguage, isLanguage, LANGUAGES, reflectLanguage, type Language, type MessageTree } from './core.ts';

/** The app's strings of each language (its whole tree, `{ app: … }`), each loaded on demand:
 * `{ kk: () => import('./kk.ts').then((m) => ({ app: m.kk })), … }` (kk and ru typed `Messages<typeof en>`). */
export type AppDictionaries = Record<Language, () => Promise<object>>;

const UI_DICTIONARIES: Record<Language, () => Promise<object>> = {
  kk: async () => (await import('./kk.ts')).kk,
  ru: async () => (await import('./ru.ts')).ru,
  en: async () => (await import('./en.ts')).en,
};

/** The language's UI strings merged with the app's. */
export async function loadDictionary(language: Language, app: AppDictionaries): Promise<MessageTree> {
  const [ui, own] = await Promise.all([UI_DICTIONARIES[language](), app[language]()]);
  return deepMerge(ui as MessageTree, own as MessageTree);
}

/** An i18next backend reading a language's dictionary when i18next first needs it. */
function dictionaryBackend(app: AppDictionaries): BackendModule {
  return {
    type: 'backend',
    init() {},
    read(language, _namespace, callback) {
      if (!isLanguage(language)) return callback(new Error(`No dictionary for the language "${language}".`), false);
      loadDictionary(language, app).then(
        (tree) => callback(null, tree),
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
      );
    },
  };
}

/**
 * Initializes the shared i18next instance with the dictionary of `language` only; resolves once it is loaded
 * (render after it). Switching language (setLanguage, the profile's language) loads that dictionary first and
 * changes the language when it has arrived. kk and ru are complete by type (`Messages<typeof en>`), so there is
 * no fallback language to load alongside.
 */
export async function initI18nOnDemand(app: AppDictionaries, language: Language = detectLanguage()): Promise<I18n> {
  if (i18next.isInitialized) {
    await i18next.changeLanguage(language);
    return i18next;
  }
  await i18next.use(initReactI18next).use(dictionaryBackend(app)).init({
    lng: language,
    supportedLngs: [...LANGUAGES],
    load: 'currentOnly',
    fallbackLng: false,
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  i18next.on('languageChanged', reflectLanguage);
  reflectLanguage(language);
  return i18next;
}
