// Kazakhstan's individual and business identification numbers (IIN, BIN): twelve digits, the last a check digit.
//
// IIN: YYMMDD (birth date) + one century/gender digit + four serial digits + check digit.
//   century/gender: 1 male / 2 female born in the 19th century, 3 / 4 in the 20th, 5 / 6 in the 21st.
// BIN: YYMM (registration) + entity type (4 resident legal entity, 5 non-resident legal entity,
//   6 joint individual entrepreneurship) + division (0 head office, 1 branch, 2 representative office,
//   3 peasant farm) + five serial digits + check digit.
//
// Check digit (both): the first eleven digits weighted 1..11, summed, mod 11. If that gives 10, the digits are
// weighted again with 3,4,5,6,7,8,9,10,11,1,2 and the sum taken mod 11; if that gives 10 as well the number is
// never issued (the registry skips the serial), so such a body has no valid check digit.

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

function weighted(body: string, weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += (body.charCodeAt(i) - 48) * (weights[i] as number);
  return sum % 11;
}

function isDigits(value: string, length: number): boolean {
  if (value.length !== length) return false;
  for (let i = 0; i < length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** The check digit of an eleven-digit body, or `undefined` when the body can never be completed (10 twice). */
export function checkDigit(body: string): number | undefined {
  if (!isDigits(body, 11)) throw new RangeError(`an IIN/BIN body is 11 digits, got "${body}"`);
  const first = weighted(body, FIRST_WEIGHTS);
  if (first !== 10) return first;
  const second = weighted(body, SECOND_WEIGHTS);
  return second === 10 ? undefined : second;
}

/** The check digit of a 12-digit number matches its first eleven digits. */
export function hasValidCheckDigit(value: string): boolean {
  if (!isDigits(value, 12)) return false;
  return checkDigit(value.slice(0, 11)) === Number(value[11]);
}

export type Gender = 'MALE' | 'FEMALE';

const CENTURY_BASE: Record<string, number> = { '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 };

/** The birth date an IIN encodes (UTC midnight), or `undefined` when its first seven digits are not a date. */
export function iinBirthDate(iin: string): Date | undefined {
  if (!/^[0-9]{12}$/.test(iin)) return undefined;
  const base = CENTURY_BASE[iin[6] ?? ''];
  if (base === undefined) return undefined;
  const year = base + Number(iin.slice(0, 2));
  const month = Number(iin.slice(2, 4));
  const day = Number(iin.slice(4, 6));
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return d;
}

/** The gender an IIN encodes (odd century digit: male). */
export function iinGender(iin: string): Gender | undefined {
  const c = Number(iin[6]);
  if (!(c >= 1 && c <= 6)) return undefined;
  return c % 2 === 1 ? 'MALE' : 'FEMALE';
}

/** A well-formed IIN: twelve digits, a real birth date with a century/gender digit 1–6, a matching check digit. */
export function isValidIin(iin: string): boolean {
  return iinBirthDate(iin) !== undefined && hasValidCheckDigit(iin);
}

/** A well-formed BIN: twelve digits, month 01–12, entity type 4–6, division 0–3, a matching check digit. */
export function isValidBin(bin: string): boolean {
  if (!/^[0-9]{12}$/.test(bin)) return false;
  const month = Number(bin.slice(2, 4));
  if (month < 1 || month > 12) return false;
  if (!'456'.includes(bin[4] ?? 'x')) return false;
  if (!'0123'.includes(bin[5] ?? 'x')) return false;
  return hasValidCheckDigit(bin);
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * The IIN of a person born on `birthDate` (its UTC calendar date) with the given serial (0–9999).
 * Throws a RangeError for a serial the registry cannot issue (its check digit would be 10 twice, about one
 * serial in 121): take the next serial, or use {@link nextIin}.
 */
export function makeIin(birthDate: Date, gender: Gender, serial: number): string {
  const year = birthDate.getUTCFullYear();
  if (year < 1800 || year > 2099) throw new RangeError(`no IIN century digit for year ${year}`);
  if (!Number.isInteger(serial) || serial < 0 || serial > 9999) throw new RangeError(`IIN serial is 0–9999, got ${serial}`);
  const century = Math.floor((year - 1800) / 100); // 0, 1, 2
  const centuryDigit = century * 2 + (gender === 'MALE' ? 1 : 2);
  const body =
    pad(year % 100, 2) + pad(birthDate.getUTCMonth() + 1, 2) + pad(birthDate.getUTCDate(), 2) + centuryDigit + pad(serial, 4);
  const check = checkDigit(body);
  if (check === undefined) throw new RangeError(`IIN serial ${serial} cannot be issued for ${body.slice(0, 7)}`);
  return body + check;
}

/** The first IIN that can be issued with a serial >= `fromSerial`, and that serial. */
export function nextIin(birthDate: Date, gender: Gender, fromSerial: number): { iin: string; serial: number } {
  for (let serial = fromSerial; serial <= 9999; serial++) {
    try {
      return { iin: makeIin(birthDate, gender, serial), serial };
    } catch (e) {
      if (!(e instanceof RangeError) || !/cannot be issued/.test(e.message)) throw e;
    }
  }
  throw new RangeError(`no IIN serial left from ${fromSerial}`);
}

export type BinEntityType = 'RESIDENT' | 'NON_RESIDENT' | 'JOINT_ENTREPRENEURSHIP';
export type BinDivision = 'HEAD_OFFICE' | 'BRANCH' | 'REPRESENTATIVE_OFFICE' | 'PEASANT_FARM';

const ENTITY_DIGIT: Record<BinEntityType, number> = { RESIDENT: 4, NON_RESIDENT: 5, JOINT_ENTREPRENEURSHIP: 6 };
const DIVISION_DIGIT: Record<BinDivision, number> = { HEAD_OFFICE: 0, BRANCH: 1, REPRESENTATIVE_OFFICE: 2, PEASANT_FARM: 3 };

/**
 * The BIN of an entity registered in the month of `registeredOn` (UTC) with the given serial (0–99999).
 * Throws a RangeError for a serial that cannot be issued, like {@link makeIin}.
 */
export function makeBin(
  registeredOn: Date,
  serial: number,
  opts: { entityType?: BinEntityType; division?: BinDivision } = {},
): string {
  if (!Number.isInteger(serial) || serial < 0 || serial > 99999) throw new RangeError(`BIN serial is 0–99999, got ${serial}`);
  const body =
    pad(registeredOn.getUTCFullYear() % 100, 2) +
    pad(registeredOn.getUTCMonth() + 1, 2) +
    ENTITY_DIGIT[opts.entityType ?? 'RESIDENT'] +
    DIVISION_DIGIT[opts.division ?? 'HEAD_OFFICE'] +
    pad(serial, 5);
  const check = checkDigit(body);
  if (check === undefined) throw new RangeError(`BIN serial ${serial} cannot be issued for ${body.slice(0, 6)}`);
  return body + check;
}

/** The first BIN that can be issued with a serial >= `fromSerial`, and that serial. */
export function nextBin(
  registeredOn: Date,
  fromSerial: number,
  opts: { entityType?: BinEntityType; division?: BinDivision } = {},
): { bin: string; serial: number } {
  for (let serial = fromSerial; serial <= 99999; serial++) {
    try {
      return { bin: makeBin(registeredOn, serial, opts), serial };
    } catch (e) {
      if (!(e instanceof RangeError) || !/cannot be issued/.test(e.message)) throw e;
    }
  }
  throw new RangeError(`no BIN serial left from ${fromSerial}`);
}
