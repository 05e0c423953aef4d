// Dates, amounts and names in the UI language. Every date is shown in Asia/Almaty time (rule T1).
// Kazakh without the browser's Intl Kazakh data is handled by @oryndau/ui (formatDate, formatDateTime,
// formatTenge); the compact table format below falls back to it.
import { useMemo } from 'react';
import {
  LANGUAGE_TAGS,
  TIME_ZONE,
  formatDate,
  formatDateTime,
  formatTenge,
  intlKnowsKazakh,
  localizedName,
  useLanguage,
  type LocalizedNames,
} from '@oryndau/ui';

export interface Formatters {
  date: (value: string) => string;
  dateTime: (value: string) => string;
  /** A `DateTime` compactly, for table cells: "10 Nov 2026, 09:11" (Asia/Almaty). */
  dateTimeShort: (value: string) => string;
  /** An amount in tenge, e.g. "1 250 000 ₸". */
  money: (amount: number) => string;
  number: (value: number, maximumFractionDigits?: number) => string;
  name: (names: LocalizedNames) => string;
}

export function useFormat(): Formatters {
  const [language] = useLanguage();
  return useMemo(() => {
    const ownKazakh = language === 'kk' && !intlKnowsKazakh();
    // Digits are grouped the same way in Kazakh and Russian ("1 250 000,5").
    const numberTag = ownKazakh ? LANGUAGE_TAGS.ru : LANGUAGE_TAGS[language];
    const short = new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { dateStyle: 'medium', timeStyle: 'short', timeZone: TIME_ZONE });
    return {
      date: (value) => formatDate(value, language),
      dateTime: (value) => formatDateTime(value, language),
      dateTimeShort: (value) => (ownKazakh ? formatDateTime(value, language) : short.format(new Date(value))),
      money: (amount) => formatTenge(amount, language),
      number: (value, maximumFractionDigits = 0) => new Intl.NumberFormat(numberTag, { maximumFractionDigits }).format(value),
      name: (names) => localizedName(names, language),
    };
  }, [language]);
}
