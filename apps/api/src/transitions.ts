// The API's side of the domain's transition tables (packages/domain/src/transitions): every write of a status
// column takes its value from here — a `NextStatus` the table produced — and an illegal change is the typed user
// error INVALID_TRANSITION, thrown before anything is written (the use case's transaction rolls back).
// `apps/api/test/status-writes.test.ts` fails on any write of a status that does not come from a table.
import { initialStatus, transition, type NextStatus, type TransitionResult, type TransitionTable } from '@oryndau/domain';
import { DomainError } from './errors.ts';

function orRefuse<E extends string, S extends string>(r: TransitionResult<E, S>, field: string[] | null): NextStatus<E, S> {
  if (r.ok) return r.status;
  const e = r.error;
  throw new DomainError('INVALID_TRANSITION', e.message, field, {
    key: 'transition.invalid',
    rule: e.rule ?? undefined,
    params: { entity: e.entity, from: e.from, to: e.to, allowed: e.allowed.join(', ') },
  });
}

/** The status a record moves to, from the table; a user error INVALID_TRANSITION when the table refuses. */
export function moveTo<E extends string, S extends string, C>(
  table: TransitionTable<E, S, C>,
  from: S,
  to: S,
  ctx?: C,
  field: string[] | null = null,
): NextStatus<E, S> {
  return orRefuse(transition(table, from, to, ctx), field);
}

/** The status a new record is created in, from the table's initial statuses. */
export function createAs<E extends string, S extends string, C>(table: TransitionTable<E, S, C>, to: S, ctx?: C, field: string[] | null = null): NextStatus<E, S> {
  return orRefuse(initialStatus(table, to, ctx), field);
}
