// i18next set-up shared by the apps: the UI strings of this package (kk, ru, en) merged with the
// strings of the app. The language is the user's last choice (kept in localStorage), else the
// browser's, else Kazakh, the state language.
// frontend (issue 11): this module holds no dictionary; ./index.ts bundles all three (initI18n) and
// ./on-demand.ts loads the one in use (initI18nOnDemand), so an app's first page carries one language.
import i18next from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Messages } from './en.ts';

export type { Messages, UiMessages } from './en.ts';

export const LANGUAGES = ['kk', 'ru', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'kk';
export const LANGUAGE_STORAGE_KEY = 'oryndau.language';

/** BCP 47 tags for Intl formatting. */
export const LANGUAGE_TAGS: Record<Language, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };

export interface MessageTree {
  [key: string]: string | MessageTree;
}

/** An app's own strings in the three languages, kk and ru with exactly the keys of en. */
export interface AppResources<T extends MessageTree = MessageTree> {
  en: T;
  kk: Messages<T>;
  ru: Messages<T>;
}

/** Declares an app's strings; the compiler checks that kk and ru have every key of en. */
export function defineAppResources<T extends MessageTree>(resources: AppResources<T>): AppResources<T> {
  return resources;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The UI language for an API `Locale` (`KK`, `RU`, `EN`). */
export function languageOfLocale(locale: string): Language | null {
  const lower = locale.toLowerCase();
  return isLanguage(lower) ? lower : null;
}

export function deepMerge(base: MessageTree, extra: MessageTree | undefined): MessageTree {
  if (!extra) return base;
  const merged: MessageTree = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    const current = merged[key];
    merged[key] =
      typeof value === 'object' && typeof current === 'object' ? deepMerge(current, value) : value;
  }
  return merged;
}

export function storedLanguage(): Language | null {
  try {
    const value = typeof localStorage !== 'undefined' ? localStorage.getItem(LANGUAGE_STORAGE_KEY) : null;
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function detectLanguage(): Language {
  const stored = storedLanguage();
  if (stored) return stored;
  const preferred = typeof navigator !== 'undefined' ? (navigator.languages ?? [navigator.language]) : [];
  for (const tag of preferred) {
    const primary = tag?.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

export function reflectLanguage(language: string) {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}

/** Switches the UI language and remembers the choice. */
export function setLanguage(language: Language): void {
  try {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  } catch {
    // The choice then lasts for this page only.
  }
  void i18next.changeLanguage(language);
}

/** The current UI language and a setter that remembers the choice. */
export function useLanguage(): [Language, (language: Language) => void] {
  const { i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
  const change = useCallback((language: Language) => setLanguage(language), []);
  return [current, change];
}
