// Calendar dates as the apps count them: in Asia/Almaty, as "YYYY-MM-DD".

/** Today in Asia/Almaty, "YYYY-MM-DD" (`offsetDays` days later, or earlier when negative). */
export function almatyToday(offsetDays = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty', year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(Date.now() + offsetDays * 86_400_000),
  );
}

/** A calendar date plus `days` ("YYYY-MM-DD"). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
