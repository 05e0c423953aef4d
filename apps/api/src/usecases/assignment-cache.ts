// What an API instance keeps in memory between assignments (AssignmentCache), and the facts it serves from it.
import { readFacts, StaleSnapshot, toFacts, type BailiffFacts, type ChamberState } from './assignment-reads.ts';
import type { Tx } from './transaction.ts';

/**
 * What an API instance keeps in memory between assignments, each entry valid only for the chain position or
 * facts version it was read at — both read under the chamber lock, or in the snapshot whose write is guarded
 * by them — so a matching entry is exactly what a fresh read would return, on any number of API instances
 * (another instance's change moves the version or the sequence, and the entry no longer matches).
 * - facts per (chamber, factsVersion, policy, day): every change to a licence, availability, district, conflict
 *   or membership bumps the chamber's factsVersion by trigger (migration assignment_facts_version);
 * - counts per chamber at a sequence: BailiffLoad changes only in an assignment transaction, and every
 *   assignment advances the chamber's sequence. Stored only after the write committed (`publishCounts`).
 */
export class AssignmentCache {
  readonly facts = new Map<string, BailiffFacts[]>();
  readonly counts = new Map<string, CountsEntry>();
  /** the rosters of these facts (member ids in pool order, and their hash) */
  readonly rosters = new WeakMap<BailiffFacts[], { id: string; members: readonly string[]; position: Map<string, number> }>();
  /** rosters known to be stored (committed): an assignment on them need not send the members again */
  readonly storedRosters = new Set<string>();
  static readonly FACTS_MAX = 256;
}

/** The facts for a locked chamber: cached for its current version, or read now (under the lock). */
export async function currentFacts(tx: Tx, cache: AssignmentCache, state: ChamberState, day: string): Promise<BailiffFacts[]> {
  const key = `${state.id}|${state.factsVersion}|${state.policyId}|${day}`;
  const cached = cache.facts.get(key);
  if (cached) return cached;
  const snapshot = await readFacts(tx, state.id, day);
  // under the chamber lock the version cannot have moved (changes need the lock); after an optimistic read it
  // can: then these facts are not those of the state read, and the batch starts over
  if (snapshot.factsVersion !== state.factsVersion) throw new StaleSnapshot();
  const facts = toFacts(snapshot, state.policy, day);
  if (cache.facts.size >= AssignmentCache.FACTS_MAX) cache.facts.delete(cache.facts.keys().next().value!);
  cache.facts.set(key, facts);
  return facts;
}

/** A chamber's counts as of a chain position (AssignmentCache). */
export interface CountsEntry {
  sequence: number;
  day: string;
  policyId: string;
  counts: Map<string, Map<string, number>>;
}
