// Graphcache updates of this app: a mutation that moves cases changes lists the payload does not carry
// (the queue, the chain of assignments, the evenness report, the bailiffs' counts, "my cases"); those
// fields are invalidated, and the screens showing them refetch.
import type { OryndauClientOptions } from '@oryndau/client';

type CacheOptions = NonNullable<OryndauClientOptions['cache']>;
type Updates = NonNullable<CacheOptions['updates']>;
type MutationUpdates = Exclude<Updates['Mutation'], void | undefined>;
type UpdateResolver = Exclude<MutationUpdates[string], void | undefined>;
type Cache = Parameters<UpdateResolver>[2];

const CHAMBER_LISTS = ['queue', 'assignments', 'evenness', 'bailiffs'];

function invalidateFields(cache: Cache, entity: string, names: readonly string[]) {
  for (const field of cache.inspectFields(entity)) {
    if (names.includes(field.fieldName)) cache.invalidate(entity, field.fieldName, field.arguments ?? undefined);
  }
}

/** Every chamber in the cache (reached through `node(id)` or `viewer.roles`) loses its lists. */
function invalidateChamberLists(cache: Cache) {
  const seen = new Set<string>();
  for (const field of cache.inspectFields('Query')) {
    if (field.fieldName !== 'node') continue;
    const key = cache.resolve('Query', field.fieldKey);
    if (typeof key === 'string' && !seen.has(key) && cache.resolve(key, '__typename') === 'Chamber') {
      seen.add(key);
      invalidateFields(cache, key, CHAMBER_LISTS);
    }
  }
}

const chamberChanged: UpdateResolver = (_result, _args, cache) => {
  invalidateChamberLists(cache);
  invalidateFields(cache, 'Query', ['myCases']);
};

const casesChanged: UpdateResolver = (_result, _args, cache) => {
  invalidateFields(cache, 'Query', ['myCases']);
};

// admit (issue 9): a new member changes the chamber's lists and leaves the licences to admit
const admitted: UpdateResolver = (_result, _args, cache) => {
  invalidateChamberLists(cache);
  for (const field of cache.inspectFields('Query')) {
    const key = field.fieldName === 'node' ? cache.resolve('Query', field.fieldKey) : null;
    if (typeof key === 'string' && cache.resolve(key, '__typename') === 'Chamber') invalidateFields(cache, key, ['admissibleLicences']);
  }
};

export const chamberCache: CacheOptions = {
  updates: {
    Mutation: {
      markOriginalReceived: chamberChanged,
      assignDocument: chamberChanged,
      assignAllWaiting: chamberChanged,
      replaceBailiff: chamberChanged,
      setBailiffAvailability: chamberChanged,
      endBailiffAvailability: chamberChanged,
      recordBreachDecision: chamberChanged,
      decideProceeding: casesChanged,
      recordMeasure: casesChanged,
      admitLicensedBailiff: admitted, // admit (issue 9)
    },
  },
};
