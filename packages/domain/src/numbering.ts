// How records are numbered. Enforcement proceedings are numbered per region and year ("EP-ALA-2026-0000001"),
// so that the chambers of different regions never wait on one another's number series. The API draws the
// numbers from its NumberSequence table (one row per series key); the seeds count the same series in memory.

/** Digits of a proceeding's number within its series. */
export const PROCEEDING_NUMBER_DIGITS = 7;

/** The series of a region's proceedings registered in a year, which is also its key in NumberSequence: "EP-ALA-2026". */
export function proceedingSeries(regionCode: string, year: string | number): string {
  return `EP-${regionCode}-${year}`;
}

/** The n-th proceeding (from 1) of a region's series for a year: "EP-ALA-2026-0000001". */
export function proceedingNumber(regionCode: string, year: string | number, n: number): string {
  return `${proceedingSeries(regionCode, year)}-${String(n).padStart(PROCEEDING_NUMBER_DIGITS, '0')}`;
}
