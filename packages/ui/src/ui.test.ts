import { describe, expect, it } from 'vitest';
import { deadlineState } from './badges.tsx';
import { groupUserErrors } from './form.tsx';
import { almatyDate, formatDate, formatDateTime, localizedName } from './format.ts';
import { deepMerge, en, kk, languageOfLocale, ru, type MessageTree } from './i18n/index.ts';
import { matchPath } from './router.tsx';

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
