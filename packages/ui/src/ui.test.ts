import { describe, expect, it } from 'vitest';
import { deadlineState } from './badges.tsx';
import { groupUserErrors } from './form.tsx';
import { almatyDate, formatDate, formatDateTime, localizedName } from './format.ts';
import { deepMerge, en, kk, languageOfLocale, ru, type MessageTree } from './i18n/index.ts';
import { matchPath } from './router.tsx';
import { readFileSync } from 'node:fs';
import i18next from 'i18next';
import { initI18n } from './i18n/index.ts';
import { userErrorMessage } from './vocabulary/userErrors.ts';
import { APPLICATION_STATUS_TONE, DOCUMENT_STATUS_TONE, PROCEEDING_STATUS_TONE } from './vocabulary/tones.ts';

function leaves(tree: MessageTree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

describe('translations', () => {
  const english = new Map(leaves(en));
  // Same in every language on purpose: the brand, and each language's own name in the switcher.
  const sameEverywhere = new Set(['brand.name', 'language.kk', 'language.ru', 'language.en']);

  it.each([
    ['kk', kk],
    ['ru', ru],
  ] as const)('%s has every key of en, and translates it', (_language, messages) => {
    const translated = new Map(leaves(messages as MessageTree));
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of translated) {
      if (!sameEverywhere.has(key)) expect(text, key).not.toBe(english.get(key));
      // Interpolations survive translation.
      const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort();
      expect(placeholders(text), key).toEqual(placeholders(english.get(key) ?? ''));
    }
  });

  it('writes Kazakh in Kazakh letters', () => {
    for (const text of [kk.role.APPLICANT, kk.login.title, kk.user.logout]) expect(text).toMatch(/[әғқңөұүһі]/i);
    expect(kk.login.title).not.toBe(ru.login.title);
  });

  it('merges app strings over the shared ones', () => {
    expect(deepMerge({ a: 'x', b: { c: 'y', d: 'z' } }, { b: { c: 'Y' }, e: 'new' })).toEqual({ a: 'x', b: { c: 'Y', d: 'z' }, e: 'new' });
  });

  it('maps API locales to UI languages', () => {
    expect(languageOfLocale('KK')).toBe('kk');
    expect(languageOfLocale('RU')).toBe('ru');
    expect(languageOfLocale('DE')).toBeNull();
  });
});

describe('router', () => {
  it('matches static paths and parameters', () => {
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/cases/:id', '/cases/Q2FzZTox')).toEqual({ id: 'Q2FzZTox' });
    expect(matchPath('/cases/:id', '/cases')).toBeNull();
    expect(matchPath('/cases', '/cases/')).toEqual({});
    expect(matchPath('/reports/*', '/reports/2026/q1')).toEqual({ '*': '2026/q1' });
    expect(matchPath('/a/:x', '/a/%D0%90')).toEqual({ x: 'А' });
  });
});

describe('forms', () => {
  it('groups user errors by the field they name', () => {
    const grouped = groupUserErrors([
      { code: 'INVALID_INPUT', field: ['input', 'debtor', 'iin'], message: 'IIN must have 12 digits' },
      { code: 'UNKNOWN_USER', field: ['input', 'login'], message: 'No demo user' },
      { code: 'FORBIDDEN', field: null, message: 'Not allowed' },
    ]);
    expect(grouped.get('debtor.iin')?.[0]?.message).toBe('IIN must have 12 digits');
    expect(grouped.get('login')).toHaveLength(1);
    expect(grouped.get('')).toHaveLength(1);
  });
});

describe('dates (T1: Asia/Almaty, UTC+5)', () => {
  it('takes the calendar date in Almaty, not in UTC', () => {
    // 20:00 UTC on 1 March is 01:00 on 2 March in Almaty.
    expect(almatyDate('2026-03-01T20:00:00Z')).toBe('2026-03-02');
    expect(almatyDate('2026-03-01T18:59:59Z')).toBe('2026-03-01');
  });

  it('formats in the UI language', () => {
    expect(formatDate('2026-03-02', 'en')).toBe('2 March 2026');
    expect(formatDate('2026-03-02', 'ru')).toMatch(/^2 марта 2026/);
    expect(formatDate('2026-03-02', 'kk')).toMatch(/2026/);
    expect(formatDateTime('2026-03-02T04:15:00.000Z', 'en')).toMatch(/09:15/);
  });

  it('tells whether a deadline is upcoming, due today or overdue', () => {
    const now = new Date('2026-03-02T10:00:00+05:00');
    expect(deadlineState('2026-03-03', now)).toBe('upcoming');
    expect(deadlineState('2026-03-02', now)).toBe('today');
    expect(deadlineState('2026-03-01', now)).toBe('overdue');
    expect(deadlineState('2026-03-02T09:00:00+05:00', now)).toBe('overdue');
    expect(deadlineState('2026-03-02T18:00:00+05:00', now)).toBe('today');
  });

  it('names a region in the UI language', () => {
    const region = { nameKk: 'Алматы', nameRu: 'Алматы', nameEn: 'Almaty' };
    expect(localizedName(region, 'en')).toBe('Almaty');
    expect(localizedName(region, 'kk')).toBe('Алматы');
  });
});

describe('one vocabulary for every app', () => {
  // The enums of schema.graphql, the schema gql.tada types the apps by.
  const sdl = readFileSync(new URL('../../../schema.graphql', import.meta.url), 'utf8');
  const enums = [...sdl.matchAll(/^enum (\w+) \{\n([\s\S]*?)^\}/gm)].map(([, name, body]) => ({
    name: name!,
    values: [...body!.matchAll(/^ {2}([A-Z][A-Z0-9_]*)$/gm)].map((m) => m[1]!).sort(),
  }));
  // Named elsewhere: roles under `role`, locales by the language switcher (each in its own language).
  const elsewhere: Record<string, MessageTree> = { Role: en.role, Locale: { EN: '', KK: '', RU: '' } };

  it('labels every value of every enum of the schema in kk, ru and en', () => {
    expect(enums.length).toBeGreaterThan(20);
    for (const { name, values } of enums) {
      const group = name[0]!.toLowerCase() + name.slice(1);
      for (const messages of [en, kk, ru]) {
        const labels = elsewhere[name] ?? (messages.enum as unknown as Record<string, MessageTree | undefined>)[group];
        expect(labels, `enum.${group}`).toBeDefined();
        expect(Object.keys(labels!).sort(), `enum.${group}`).toEqual(values);
      }
    }
  });

  it('gives each status one tone in every app: AWAITING_DECISION is information, the original awaited a warning', () => {
    expect(PROCEEDING_STATUS_TONE.AWAITING_DECISION).toBe('info');
    expect(DOCUMENT_STATUS_TONE.AWAITING_ORIGINAL).toBe('warning');
    expect(APPLICATION_STATUS_TONE.REJECTED_INCOMPLETE).toBe('danger');
  });
});

describe('user errors in the UI language', () => {
  initI18n(undefined, 'en');
  const ru = i18next.getFixedT('ru');
  const enT = i18next.getFixedT('en');
  const label = (name: string) => (name === 'debtor.name' ? 'Должник: ФИО' : null);

  it('writes the message of the key with its params and the label of the field, never from the English message', () => {
    const error = { code: 'INVALID_INPUT', field: ['input', 'debtor', 'name'], message: 'Debtor name is too long (at most 300 characters).', key: 'input.tooLong', rule: null, params: { max: 300 } };
    expect(userErrorMessage(error, ru, 'ru', label)).toBe('Поле «Должник: ФИО» слишком длинное: не более 300 символов.');
    // The English message plays no part: another message, the same text.
    expect(userErrorMessage({ ...error, message: 'anything' }, ru, 'ru', label)).toBe('Поле «Должник: ФИО» слишком длинное: не более 300 символов.');
    expect(userErrorMessage({ ...error, params: { max: 5 } }, enT, 'en')).toBe('“debtor.name” is too long: at most 5 characters.');
  });

  it('writes a date param as a date of the UI language', () => {
    const error = { code: 'INVALID_INPUT', field: ['input', 'takenOn'], message: '…', key: 'measure.beforeInitiation', params: { initiatedOn: '2026-03-02' } };
    expect(userErrorMessage(error, enT, 'en')).toBe('A measure cannot precede the initiation of the proceedings (2 March 2026).');
  });

  it('falls back to the name of the code, then the API message, for a key it does not know', () => {
    const unknown = { code: 'INVALID_STATE', field: null, message: 'The original was already received.', key: 'document.someFutureKey' };
    expect(userErrorMessage(unknown, ru, 'ru')).toBe('Невозможно в текущем состоянии: The original was already received.');
    expect(userErrorMessage({ ...unknown, code: 'SOMETHING_NEW', key: null }, ru, 'ru')).toBe('The original was already received.');
  });
});

describe('parseTengeAmount', () => {
  it('reads an amount as people type it, and gives null for empty or not a number', async () => {
    const { parseTengeAmount } = await import('./vocabulary/format.ts');
    expect(parseTengeAmount('1 250 000,50')).toBe(1250000.5);
    expect(parseTengeAmount('820\u00a0000')).toBe(820000);
    expect(parseTengeAmount('4300000.01')).toBe(4300000.01);
    for (const bad of ['', '  ', '12a', '-5', '1,2,3']) expect(parseTengeAmount(bad), bad).toBeNull();
  });
});
