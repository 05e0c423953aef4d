// Calendar dates travel as 'YYYY-MM-DD' (Asia/Almaty dates, T1); PostgreSQL `date` columns come back from
// Prisma as UTC-midnight Date objects.
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function dbDate(iso: string): Date {
  return new Date(`${iso}T00:00:00.000Z`);
}

export const ISO_DATE_RE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export function isValidIsoDate(s: string): boolean {
  if (!ISO_DATE_RE.test(s)) return false;
  const d = dbDate(s);
  return !Number.isNaN(d.getTime()) && isoDate(d) === s;
}
