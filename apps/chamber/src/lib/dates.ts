import { almatyDate } from '@oryndau/ui';

/** Today in Asia/Almaty, "YYYY-MM-DD" (rule T1), whatever the browser's time zone. */
export function todayInAlmaty(): string {
  return almatyDate(new Date());
}

/** The current calendar year in Asia/Almaty. */
export function currentYear(): number {
  return Number(todayInAlmaty().slice(0, 4));
}
