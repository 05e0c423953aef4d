// The IIN/BIN check-digit algorithm the seeds rely on (pure).
import { describe, expect, it } from 'vitest';
import { checkDigit, isValidBin, isValidIin, makeBin, makeIin, nextIin, iinBirthDate, iinGender } from '../src/seed/iin.ts';

import { utc } from './helpers.ts';

describe('IIN and BIN check digits', () => {
  it('weights 1..11, sum mod 11: 9104124 0000 → check digit 6', () => {
    // 9·1 + 1·2 + 0·3 + 4·4 + 1·5 + 2·6 + 4·7 + 0 + 0 + 0 + 0 = 72; 72 mod 11 = 6
    expect(checkDigit('91041240000')).toBe(6);
    expect(isValidIin('910412400006')).toBe(true);
    expect(isValidIin('910412400007')).toBe(false);
  });

  it('a first sum of 10 is recomputed with weights 3,4,5,6,7,8,9,10,11,1,2', () => {
    // first: 72 + 7·10 = 142, mod 11 = 10; second: 9·3+1·4+0·5+4·6+1·7+2·8+4·9+0·10+0·11+7·1+0·2 = 121, mod 11 = 0
    expect(checkDigit('91041240070')).toBe(0);
    expect(isValidIin('910412400700')).toBe(true);
  });

  it('10 twice: the serial is never issued, and no last digit makes the number valid', () => {
    // first: 72 + 70 + 5·11 = 197, mod 11 = 10; second: 121 - 0·2 + 5·2 + … = 131, mod 11 = 10
    expect(checkDigit('91041240075')).toBeUndefined();
    for (let d = 0; d <= 9; d++) expect(isValidIin(`91041240075${d}`)).toBe(false);
    expect(() => makeIin(utc('1991-04-12'), 'FEMALE', 75)).toThrow(RangeError);
    expect(nextIin(utc('1991-04-12'), 'FEMALE', 75).serial).toBeGreaterThan(75);
  });

  it('makeIin encodes birth date, century and gender (odd digit: male)', () => {
    const iin = makeIin(utc('1991-04-12'), 'FEMALE', 0);
    expect(iin).toBe('910412400006');
    expect(iinBirthDate(iin)?.toISOString().slice(0, 10)).toBe('1991-04-12');
    expect(iinGender(iin)).toBe('FEMALE');
    expect(makeIin(utc('1899-12-31'), 'MALE', 12)[6]).toBe('1');
    expect(makeIin(utc('1986-09-03'), 'MALE', 1)[6]).toBe('3');
    expect(makeIin(utc('2003-01-20'), 'FEMALE', 1)[6]).toBe('6');
    expect(() => makeIin(utc('2003-01-20'), 'MALE', 10_000)).toThrow(RangeError);
  });

  it('rejects malformed IINs: length, non-digits, impossible dates, century digit outside 1–6', () => {
    expect(isValidIin('91041240000')).toBe(false);
    expect(isValidIin('9104124000061')).toBe(false);
    expect(isValidIin('91041240000a')).toBe(false);
    const body = (s: string) => s + String(checkDigit(s) ?? 'x');
    expect(isValidIin(body('91023040000'))).toBe(false); // 30 February
    expect(isValidIin(body('91041270000'))).toBe(false); // century digit 7
    expect(isValidIin(body('91041200000'))).toBe(false); // century digit 0
  });

  it('every generated IIN over a range of days and serials is valid and unique', () => {
    const seen = new Set<string>();
    for (let day = 0; day < 60; day++) {
      for (let serial = 0; serial < 50; serial++) {
        const birth = new Date(Date.UTC(1970, 0, 1 + day * 97));
        const { iin } = nextIin(birth, serial % 2 ? 'MALE' : 'FEMALE', serial * 3);
        expect(isValidIin(iin)).toBe(true);
        seen.add(iin);
      }
    }
    expect(seen.size).toBeGreaterThan(2900);
  });

  it('makeBin: YYMM, entity type, division, serial, check digit', () => {
    const bin = makeBin(utc('2012-05-01'), 4127);
    expect(bin.slice(0, 6)).toBe('120540');
    expect(bin.slice(6, 11)).toBe('04127');
    expect(isValidBin(bin)).toBe(true);
    expect(isValidBin(makeBin(utc('2008-01-01'), 1, { entityType: 'NON_RESIDENT', division: 'BRANCH' }))).toBe(true);
    expect(isValidBin(`${bin.slice(0, 11)}${(Number(bin[11]) + 1) % 10}`)).toBe(false);
    expect(isValidBin(`12134${bin.slice(5)}`)).toBe(false); // month 13
    expect(isValidBin(`${bin.slice(0, 4)}3${bin.slice(5)}`)).toBe(false); // entity type 3
  });
});

