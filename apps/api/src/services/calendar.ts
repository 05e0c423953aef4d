// The working calendar (T1) as the API sees it: the holiday library plus the corrections ministry staff
// stored. Corrections are read on every use (a tiny table) and the calendar is rebuilt only when they
// change, so a correction is used at once by every API instance.
import { WorkingCalendar, type CalendarCorrection } from '@oryndau/domain';
import type { PrismaClient, Prisma } from '@oryndau/db';
import { isoDate } from '../dates.ts';

type Reader = PrismaClient | Prisma.TransactionClient;

export class CalendarService {
  private cached: { fingerprint: string; calendar: WorkingCalendar } | null = null;

  async corrections(db: Reader): Promise<CalendarCorrection[]> {
    // a tiny table, read on every use so that a correction applies at once on every API instance
    const rows = await db.$queryRaw<{ date: Date; kind: CalendarCorrection['kind']; name: string }[]>`SELECT "date", "kind"::text AS "kind", "name" FROM "CalendarCorrection" ORDER BY "date"`;
    return rows.map((r) => ({ date: isoDate(r.date), kind: r.kind, name: r.name }));
  }

  async get(db: Reader): Promise<WorkingCalendar> {
    return this.fromCorrections(await this.corrections(db));
  }

  /** The calendar for corrections a caller read itself (e.g. in the same statement as a lock). */
  fromCorrections(corrections: CalendarCorrection[]): WorkingCalendar {
    const fingerprint = corrections.map((c) => `${c.date}:${c.kind}:${c.name}`).join('|');
    if (this.cached?.fingerprint !== fingerprint) {
      this.cached = { fingerprint, calendar: new WorkingCalendar(corrections) };
    }
    return this.cached.calendar;
  }
}
