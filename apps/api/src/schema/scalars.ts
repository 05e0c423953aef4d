import { GraphQLError, Kind } from 'graphql';
import { builder } from '../builder.ts';
import { isoDate, isValidIsoDate } from '../dates.ts';

builder.scalarType('DateTime', {
  description: 'An instant, as an ISO-8601 string in UTC (e.g. "2026-03-02T04:15:00.000Z"). Show it in Asia/Almaty time (UTC+5, rule T1).',
  serialize: (value) => (value instanceof Date ? value.toISOString() : String(value)),
  parseValue: (value) => {
    const d = typeof value === 'string' ? new Date(value) : null;
    if (!d || Number.isNaN(d.getTime())) throw new GraphQLError('DateTime must be an ISO-8601 string.');
    return d;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('DateTime must be an ISO-8601 string.');
    const d = new Date(ast.value);
    if (Number.isNaN(d.getTime())) throw new GraphQLError('DateTime must be an ISO-8601 string.');
    return d;
  },
});

builder.scalarType('Date', {
  description: 'A calendar date in Asia/Almaty, "YYYY-MM-DD". Deadlines and holidays are dates.',
  serialize: (value) => (value instanceof Date ? isoDate(value) : String(value)),
  parseValue: (value) => {
    if (typeof value !== 'string' || !isValidIsoDate(value)) throw new GraphQLError('Date must be "YYYY-MM-DD".');
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !isValidIsoDate(ast.value)) throw new GraphQLError('Date must be "YYYY-MM-DD".');
    return ast.value;
  },
});

builder.scalarType('JSON', {
  description: 'A JSON value (forms as submitted, policy configurations, recorded pools).',
  serialize: (value) => value,
  parseValue: (value) => value,
});
