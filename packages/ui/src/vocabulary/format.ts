// Dates, amounts, numbers and names in the UI language, for every app. Every date is shown in Asia/Almaty
// time (rule T1), whatever the browser's zone; Kazakh without the browser's Intl Kazakh data is written by
// ../format.ts.
import { useMemo } from 'react';
import { almatyDate, formatDate, formatDateTime, formatTenge, intlKnowsKazakh, localizedName, TIME_ZONE, type LocalizedNames } from '../format.ts';
import { LANGUAGE_TAGS, useLanguage, type Language } from '../i18n/core.ts';

export interface Formatters {
  language: Language;
  /** A `Date` ("YYYY-MM-DD") or `DateTime` as a long date: "2 March 2026". */
  date: (value: string) => string;
  /** A `DateTime` as date and time: "2 March 2026, 09:15". */
  dateTime: (value: string) => string;
  /** A `DateTime` compactly, for table cells: "10 Nov 2026, 09:11". */
  dateTimeShort: (value: string) => string;
  /** An amount in tenge: "1 250 000 ₸". */
  money: (amount: number) => string;
  number: (value: number, maximumFractionDigits?: number) => string;
  /** Reference data's name in the UI language (regions carry nameKk, nameRu, nameEn). */
  name: (names: LocalizedNames) => string;
}

export function formatters(language: Language): Formatters {
  const ownKazakh = language === 'kk' && !intlKnowsKazakh();
  // Digits are grouped the same way in Kazakh and Russian ("1 250 000,5").
  const numberTag = ownKazakh ? LANGUAGE_TAGS.ru : LANGUAGE_TAGS[language];
  const short = new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
  return {
    language,
    date: (value) => formatDate(value, language),
    dateTime: (value) => formatDateTime(value, language),
    dateTimeShort: (value) => (ownKazakh ? formatDateTime(value, language) : short.format(new Date(value))),
    money: (amount) => formatTenge(amount, language),
    number: (value, maximumFractionDigits = 0) => new Intl.NumberFormat(numberTag, { maximumFractionDigits }).format(value),
    name: (names) => localizedName(names, language),
  };
}

/** The formatters of the current UI language. */
export function useFormat(): Formatters {
  const [language] = useLanguage();
  return useMemo(() => formatters(language), [language]);
}

/** Today in Asia/Almaty, "YYYY-MM-DD" (rule T1), whatever the browser's time zone. */
export function todayInAlmaty(): string {
  return almatyDate(new Date());
}

/** The current calendar year in Asia/Almaty. */
export function currentYear(): number {
  return Number(todayInAlmaty().slice(0, 4));
}

/** An amount of tenge as typed ("1 250 000,50" → 1250000.5); empty or not a number → null (the API then names the
 * problem at the field). Spaces, no-break spaces and a decimal comma are accepted. */
export function parseTengeAmount(text: string): number | null {
  const clean = text.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
  return /^\d+(\.\d+)?$/.test(clean) ? Number(clean) : null;
}
