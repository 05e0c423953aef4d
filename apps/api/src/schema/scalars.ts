import { GraphQLError, Kind } from 'graphql';
import { builder } from '../builder.ts';
import { isoDate, isValidIsoDate } from '../dates.ts';

// Inputs PostgreSQL could not hold (year 0, years of six digits) or that JavaScript reads loosely ("2026",
// "March 2") are the client's error: ISO-8601 with a zone, years 1900–2999.
const ISO_INSTANT = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const YEARS = { min: 1900, max: 2999 };
function instant(value: unknown): Date {
  const m = typeof value === 'string' ? ISO_INSTANT.exec(value) : null;
  const d = m ? new Date(value as string) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || Number(m[1]) < YEARS.min || Number(m[1]) > YEARS.max) {
    throw new GraphQLError(`DateTime must be an ISO-8601 instant with a zone, e.g. "2026-03-02T04:15:00.000Z", in the years ${YEARS.min}–${YEARS.max}.`);
  }
  return d;
}
function calendarDate(value: unknown): string {
  if (typeof value !== 'string' || !isValidIsoDate(value) || Number(value.slice(0, 4)) < YEARS.min || Number(value.slice(0, 4)) > YEARS.max) {
    throw new GraphQLError(`Date must be "YYYY-MM-DD", in the years ${YEARS.min}–${YEARS.max}.`);
  }
  return value;
}

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO-8601 string in UTC (e.g. "2026-03-02T04:15:00.000Z"). Show it in Asia/Almaty time (UTC+5, rule T1).',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: instant,
  parseLiteral: (ast) => instant(ast.kind === Kind.STRING ? ast.value : null),
});

builder.scalarType('Date', {
  description: 'A calendar date in Asia/Almaty, "YYYY-MM-DD". Deadlines and holidays are dates.',
  serialize: (value) => (value instanceof Date ? isoDate(value) : String(value)),
  parseValue: calendarDate,
  parseLiteral: (ast) => calendarDate(ast.kind === Kind.STRING ? ast.value : null),
});

builder.scalarType('JSON', {
  description: 'A JSON value (forms as submitted, policy configurations, recorded pools).',
  serialize: (value) => value,
  parseValue: (value) => value,
});
