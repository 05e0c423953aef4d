// Every user-error key the API and the domain write (as a literal `key: 'area.name'`) has a message in kk, ru and
// en, so that no app falls back to the generic text of the code (README, "App layout": apps word user errors
// from the key and params, never from the English message).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en, kk, ru } from './i18n/index.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) return f === 'generated' || f === 'node_modules' ? [] : walk(p);
    return p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });

function keysWritten(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const dir of ['apps/api/src', 'packages/domain/src']) {
    for (const file of walk(path.join(root, dir))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bkey: '([a-zA-Z]+(?:\.[a-zA-Z]+)+)'/g)) keys.set(m[1]!, path.relative(root, file));
    }
  }
  return keys;
}

const message = (dictionary: unknown, key: string): unknown => key.split('.').reduce<unknown>((o, part) => (o as Record<string, unknown> | undefined)?.[part], (dictionary as { errorMessage: unknown }).errorMessage);

describe('user-error keys', () => {
  it('every key the API writes has its message in kk, ru and en', () => {
    const keys = keysWritten();
    expect(keys.size).toBeGreaterThan(100); // the scan reads the sources it should
    const missing = [...keys].flatMap(([key, file]) =>
      Object.entries({ kk, ru, en })
        .filter(([, d]) => typeof message(d, key) !== 'string')
        .map(([lang]) => `${key} (${lang}; written in ${file})`),
    );
    expect(missing).toEqual([]);
  });
});
