// Dates and names for display. Every date is shown in Asia/Almaty time (rule T1: one zone, UTC+5,
// for the whole country since 1 March 2024), whatever the browser's zone.
import { LANGUAGE_TAGS, type Language } from './i18n/core.ts';

export const TIME_ZONE = 'Asia/Almaty';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/** True for a `Date` scalar ("YYYY-MM-DD"), false for a `DateTime` (an instant). */
export function isDateOnly(value: string): boolean {
  return DATE_ONLY.test(value);
}

/** The calendar date ("YYYY-MM-DD") in Asia/Almaty of an instant. */
export function almatyDate(instant: Date | string): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

// Kazakh when the browser's Intl lacks the Kazakh data: some Chromium builds list `kk-KZ` as supported yet
// format "2026 M11 22" and "KZT 1,250,000.50"; then we write the CLDR Kazakh forms ourselves
// ("2026 ж. 22 қараша, 10:20", "1 250 000,50 ₸").
const KK_MONTHS = ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'] as const;
let kazakhSupport: boolean | undefined;

/** True when Intl has real Kazakh data (month names rather than "M11"). */
export function intlKnowsKazakh(): boolean {
  if (kazakhSupport === undefined) {
    try {
      kazakhSupport = new Intl.DateTimeFormat('kk-KZ', { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, 10, 15))) === KK_MONTHS[10];
    } catch {
      kazakhSupport = false;
    }
  }
  return kazakhSupport;
}

function ownKazakh(language: Language): boolean {
  return language === 'kk' && !intlKnowsKazakh();
}

/** Year, month, day (and hour, minute) of a value in Asia/Almaty, in digits only (every Intl has those). */
function partsOf(value: string): { year: number; month: number; day: number; hour?: string; minute?: string } {
  if (isDateOnly(value)) {
    const [year, month, day] = value.split('-').map(Number) as [number, number, number];
    return { year, month, day };
  }
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, year: 'numeric', month: 'numeric', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(value));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: Number(get('year')), month: Number(get('month')), day: Number(get('day')), hour: get('hour'), minute: get('minute') };
}

function kazakhDate(value: string): string {
  const p = partsOf(value);
  return `${p.year} ж. ${p.day} ${KK_MONTHS[p.month - 1] ?? p.month}`;
}

/** An amount of tenge in the UI language, e.g. "1 250 000,50 ₸". */
export function formatTenge(amount: number, language: Language): string {
  if (ownKazakh(language)) return `${new Intl.NumberFormat('ru-RU', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(amount)}\u00a0₸`;
  return new Intl.NumberFormat(LANGUAGE_TAGS[language], { style: 'currency', currency: 'KZT', currencyDisplay: 'narrowSymbol', maximumFractionDigits: 2 }).format(amount);
}

/** A `Date` ("YYYY-MM-DD") or `DateTime` value as a long date in the UI language, e.g. "2 March 2026". */
export function formatDate(value: string, language: Language): string {
  if (ownKazakh(language)) return kazakhDate(value);
  if (isDateOnly(value)) {
    const [y, m, d] = value.split('-').map(Number) as [number, number, number];
    return new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
  }
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { dateStyle: 'long', timeZone: TIME_ZONE }).format(new Date(value));
}

/** A `DateTime` as date and time in Asia/Almaty, e.g. "2 March 2026, 09:15". */
export function formatDateTime(value: string, language: Language): string {
  if (isDateOnly(value)) return formatDate(value, language);
  if (ownKazakh(language)) {
    const p = partsOf(value);
    return `${kazakhDate(value)}, ${p.hour}:${p.minute}`;
  }
  return new Intl.DateTimeFormat(LANGUAGE_TAGS[language], { dateStyle: 'long', timeStyle: 'short', timeZone: TIME_ZONE }).format(
    new Date(value),
  );
}

export interface LocalizedNames {
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

/** The name in the UI language (regions and other reference data carry all three). */
export function localizedName(names: LocalizedNames, language: Language): string {
  return language === 'kk' ? names.nameKk : language === 'ru' ? names.nameRu : names.nameEn;
}
