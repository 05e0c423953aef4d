// The Chamber's assignment of private bailiffs (CH1–CH4, Rules No. 652), provably even.
//
// Concurrency: the assignments of one chamber are serialised by its chain — every write advances the
// chamber's sequence and applies only at the sequence its decisions read (`write`) — so the counts a decision
// reads are the counts at that moment, never stale, while chambers proceed in parallel. Assign-all,
// redistribution and replacement take the Chamber row's lock (SELECT … FOR UPDATE) first; the group commit of
// single assignments reads without it and writes in one guarded statement (`snapshot`), falling back to the
// lock when it loses a race. Lock order is always Chamber, then documents.
// Provability: each assignment stores the pool of candidates with the facts and counts the policy saw, the
// policy and its version, the seed and the hash chain; `verifyAssignment` recomputes it from those alone.
// The seed is derived from the previous assignment's hash and the document, so nobody chooses the draw.
import { randomUUID } from 'node:crypto';
import {
  almatyDate,
  assignmentHash,
  assignmentSeed,
  bucketKey,
  bucketKeysInWindow,
  countingWindow,
  decide,
  addDays,
  epochDay,
  presenceWeight,
  register,
  enforcementDecisionDueOn,
  canReplaceBailiff,
  type CalendarCorrection,
  type Candidate,
  type Decision,
  type PolicyConfig,
} from '@oryndau/domain';
import { Prisma, type Assignment, type AssignmentKind, type DocumentCategory } from '@oryndau/db';
import { DomainError } from '../errors.ts';
import { dbDate, isoDate } from '../dates.ts';
import { bucketsFor, encodePool, rosterOf, type StoredPool } from './assignment-pool.ts';
import type { AssignmentBatcher } from './assignment-batcher.ts';
import type { Audit, Tx, UseCaseContext } from './transaction.ts';


interface ChamberState {
  id: string;
  name: string;
  /** the chamber's region: its documents are those of the region's districts */
  regionId: string;
  /** the region's code: proceedings are numbered per region ("EP-ALA-2026-0000001") */
  regionCode: string;
  /** the working calendar's corrections, read with the lock (E4 terms) */
  corrections: CalendarCorrection[];
  headHash: string;
  sequence: number;
  factsVersion: number;
  policyId: string;
  policy: PolicyConfig;
}

interface BailiffFacts {
  id: string;
  name: string;
  licenceValid: boolean;
  suspended: boolean;
  absent: boolean;
  paused: boolean;
  districts: Set<string>;
  conflicts: Set<string>;
  /** share of the counting period the bailiff could receive cases (presence weighting) */
  weight: number;
}

export interface DocumentToAssign {
  id: string;
  districtId: string;
  category: DocumentCategory;
  claimantIdNumber: string;
  debtorIdNumber: string;
  applicationId: string | null;
  /** a proceeding exists already: the document went back to the queue when its cases were redistributed and nobody could take it */
  hasProceeding?: boolean;
}

/**
 * Locks the chamber row (the chamber's assignments serialise here) and reads its chain head and policy, with the
 * working calendar's corrections in the same round trip. The rows the decisions read (documents, counts) are read
 * by later statements, so that they see everything committed before the lock was granted.
 */
export async function lockChamber(tx: Tx, chamberId: string): Promise<ChamberState> {
  const rows = await tx.$queryRaw<ChamberStateRow[]>`${chamberStateSelect(chamberId)} FOR UPDATE OF c`;
  return chamberStateOf(rows[0]);
}

type ChamberStateRow = Omit<ChamberState, 'policyId' | 'policy' | 'corrections'> & { policyId: string | null; policy: PolicyConfig | null; corrections: CalendarCorrection[] | null };

/** The chamber's chain head, policy, region and the working calendar's corrections (one row). */
function chamberStateSelect(chamberId: string): Prisma.Sql {
  return Prisma.sql`
    SELECT c."id", c."name", c."regionId", r."code" AS "regionCode", c."headHash", c."sequence", c."factsVersion", p."id" AS "policyId", p."config" AS "policy",
      (SELECT json_agg(json_build_object('date', k."date"::text, 'kind', k."kind", 'name', k."name") ORDER BY k."date") FROM "CalendarCorrection" k) AS "corrections"
    FROM "Chamber" c
    JOIN "Region" r ON r."id" = c."regionId"
    LEFT JOIN LATERAL (SELECT "id", "config" FROM "AssignmentPolicy" WHERE "chamberId" = c."id" ORDER BY "version" DESC LIMIT 1) p ON true
    WHERE c."id" = ${chamberId}`;
}

function chamberStateOf(chamber: ChamberStateRow | undefined): ChamberState {
  if (!chamber) throw new DomainError('NOT_FOUND', 'Unknown chamber.');
  if (!chamber.policyId || !chamber.policy) throw new DomainError('INVALID_STATE', `${chamber.name} has no assignment policy.`);
  return { ...chamber, policyId: chamber.policyId, policy: chamber.policy, corrections: chamber.corrections ?? [] };
}

type DocumentRow = LockedDocument & { debtorBailiffs: string[] | null };

/**
 * The documents about to be assigned: their state, whether a proceeding exists, and (consolidation) the bailiffs
 * of this chamber with an open case against each debtor. `consolidate` is the policy's flag, or the SQL that
 * reads it where the policy is read in the same statement (`snapshot`).
 */
function documentsSelect(chamberId: string, ids: string[], consolidate: boolean | Prisma.Sql): Prisma.Sql {
  // The debtor index is the selective one; the status is compared as text so that the planner never walks the
  // status index instead (it would, with statistics a busy day of assignments has made stale).
  return Prisma.sql`
    SELECT d."id", d."districtId", x."regionId", d."category"::text AS "category", d."claimantIdNumber", d."debtorIdNumber", d."applicationId",
      d."status"::text AS "status", d."routing"::text AS "routing", d."originalReceivedAt",
      EXISTS (SELECT 1 FROM "EnforcementProceeding" p WHERE p."documentId" = d."id") AS "hasProceeding",
      CASE WHEN ${consolidate} THEN (
        SELECT array_agg(DISTINCT a."bailiffId") FROM "ExecutiveDocument" o JOIN "Assignment" a ON a."activeDocumentId" = o."id"
        WHERE o."debtorIdNumber" = d."debtorIdNumber" AND o."status"::text = 'ASSIGNED' AND a."chamberId" = ${chamberId}) END AS "debtorBailiffs"
    FROM "ExecutiveDocument" d JOIN "EnforcementDistrict" x ON x."id" = d."districtId" WHERE d."id" = ANY(${ids})
    ORDER BY d."receivedAt", d."id"`;
}

interface FactsRow {
  id: string;
  name: string;
  licenceValid: boolean;
  suspended: boolean;
  absent: boolean;
  paused: boolean;
  districts: string[];
  conflicts: string[];
  memberSince: string;
  away: { s: string; e: string | null }[] | null;
}

/** The facts the policy reads about every member of a chamber on `day`, with the version they belong to. */
export interface FactsSnapshot {
  factsVersion: number;
  policyId: string | null;
  rows: FactsRow[];
}

/**
 * One statement (one snapshot): every member's licence, availability, districts and conflicts on `day`, and the
 * chamber's factsVersion. Read before the chamber lock is taken; `lockChamber` then tells whether it is still
 * current (the triggers of migration assignment_facts_version bump the version on any change).
 */
export async function readFacts(tx: Tx, chamberId: string, day: string): Promise<FactsSnapshot> {
  const dayDate = dbDate(day);
  const yearBack = dbDate(addDays(day, -366));
  const rows = await tx.$queryRaw<{ factsVersion: number; policyId: string | null; facts: FactsRow[] | null }[]>`
    SELECT c."factsVersion",
      (SELECT "id" FROM "AssignmentPolicy" WHERE "chamberId" = c."id" ORDER BY "version" DESC LIMIT 1) AS "policyId",
      (SELECT json_agg(f ORDER BY f."id") FROM (
        SELECT b."id",
          concat_ws(' ', p."lastName", p."firstName", p."patronymic") AS "name",
          coalesce(l."status" = 'ACTIVE', false) AS "licenceValid",
          coalesce(bool_or(a."kind" = 'SUSPENSION' AND a."startsOn" <= ${dayDate}), false) AS "suspended",
          coalesce(bool_or(a."kind" IN ('LEAVE', 'SICKNESS') AND a."startsOn" <= ${dayDate}), false) AS "absent",
          coalesce(bool_or(a."kind" = 'PAUSE' AND a."startsOn" <= ${dayDate}), false) AS "paused",
          coalesce((SELECT array_agg(d."districtId") FROM "BailiffDistrict" d WHERE d."bailiffId" = b."id"), '{}') AS "districts",
          coalesce((SELECT array_agg(k."partyId") FROM "BailiffConflict" k WHERE k."bailiffId" = b."id"), '{}') AS "conflicts",
          b."memberSince"::text AS "memberSince",
          (SELECT json_agg(json_build_object('s', w."startsOn"::text, 'e', w."endsOn"::text)) FROM "BailiffAvailability" w
            WHERE w."bailiffId" = b."id" AND w."startsOn" <= ${dayDate} AND (w."endsOn" IS NULL OR w."endsOn" >= ${yearBack})) AS "away"
        FROM "PrivateBailiff" b
        JOIN "Person" p ON p."id" = b."personId"
        LEFT JOIN "Licence" l ON l."id" = b."licenceId"
        LEFT JOIN "BailiffAvailability" a ON a."bailiffId" = b."id" AND a."startsOn" <= ${dayDate} AND (a."endsOn" IS NULL OR a."endsOn" >= ${dayDate})
        WHERE b."chamberId" = c."id" AND (b."leftOn" IS NULL OR b."leftOn" > ${dayDate})
        GROUP BY b."id", p."lastName", p."firstName", p."patronymic", l."status"
      ) f) AS "facts"
    FROM "Chamber" c WHERE c."id" = ${chamberId}`;
  const r = rows[0];
  if (!r) throw new DomainError('NOT_FOUND', 'Unknown chamber.');
  return { factsVersion: r.factsVersion, policyId: r.policyId, rows: r.facts ?? [] };
}

function toFacts(snapshot: FactsSnapshot, policy: PolicyConfig, day: string): BailiffFacts[] {
  const window = countingWindow(policy, day);
  return snapshot.rows.map((b) => ({
    id: b.id,
    name: b.name,
    licenceValid: b.licenceValid,
    suspended: b.suspended,
    absent: b.absent,
    paused: b.paused,
    districts: new Set(b.districts),
    conflicts: new Set(b.conflicts),
    weight: policy.weightByPresence && window.from ? presenceWeightOf(window.from, day, b.memberSince, b.away ?? []) : 1,
  }));
}

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

/** Share of the days from the window start to `day` on which the bailiff was a member and not away. */
function presenceWeightOf(from: string, day: string, memberSince: string, away: { s: string; e: string | null }[]): number {
  const windowDays = epochDay(day) - epochDay(from) + 1;
  const first = Math.max(epochDay(from), epochDay(memberSince));
  const awayDays = new Set<number>();
  for (const a of away) for (let d = Math.max(epochDay(a.s), first); d <= Math.min(a.e ? epochDay(a.e) : epochDay(day), epochDay(day)); d++) awayDays.add(d);
  const available = Math.max(1, epochDay(day) - first + 1 - awayDays.size);
  return presenceWeight(Math.min(available, windowDays), windowDays);
}

/** A chamber's counts as of a chain position (AssignmentCache). */
interface CountsEntry {
  sequence: number;
  day: string;
  policyId: string;
  counts: Map<string, Map<string, number>>;
}

/** Counts per bailiff over the policy's counting window (one bucket, or a day bucket per day of a rolling window). */
async function loadCounts(tx: Tx, chamber: ChamberState, keys: string[]): Promise<Map<string, number>> {
  const rows = await tx.$queryRaw<{ bailiffId: string; n: number }[]>`
    SELECT "bailiffId", sum("count")::int AS n FROM "BailiffLoad" WHERE "chamberId" = ${chamber.id} AND "bucket" = ANY(${keys}) GROUP BY 1`;
  return new Map(rows.map((r) => [r.bailiffId, r.n]));
}

export interface AssignOptions {
  kind: AssignmentKind;
  reason: string;
  /** a bailiff left out of the pool: the one replaced (CH4) or whose cases are redistributed */
  excludeBailiffId?: string;
  breachDecisionId?: string;
}

export interface AssignmentResult {
  assignmentId: string;
  bailiffId: string;
  bailiffName: string;
  decision: Decision;
  /** the Assignment row as written */
  row: Assignment;
}

/** A document as the assignment reads it under the chamber lock. */
export type LockedDocument = DocumentToAssign & { regionId: string; status: string; routing: string; originalReceivedAt: Date | null; hasProceeding: boolean };

/** What the write needs to know about the document beyond DocumentToAssign. */
export interface AssignTarget extends DocumentToAssign {
  /** INITIAL: the proceeding is opened now; otherwise it exists and changes bailiff */
  proceedingDueOn?: string;
  proceedingRegisteredAt?: Date;
}

/**
 * The one routine behind every assignment (single, all waiting, redistribution, replacement). The caller holds
 * the chamber lock (`lockChamber`) and has checked the document's state; `state` is advanced in place.
 * Writes are one statement: the assignment, the counters, the chain head, and the document's consequences.
 */
export class ChamberAssigner {
  private counts = new Map<string, Map<string, number>>();

  constructor(
    private readonly tx: Tx,
    private readonly ctx: UseCaseContext,
    private readonly audit: Audit,
    readonly state: ChamberState,
    readonly day: string,
    private readonly facts: BailiffFacts[],
  ) {}

  /** The chamber's members in pool order, for these facts: stored once, referenced by every pool. */
  private get roster() {
    let roster = this.ctx.assignmentCache.rosters.get(this.facts);
    if (!roster) {
      const members = this.facts.map((f) => f.id);
      roster = { ...rosterOf(members), position: new Map(members.map((id, i) => [id, i])) };
      this.ctx.assignmentCache.rosters.set(this.facts, roster);
    }
    return roster;
  }

  /** Takes the chamber lock and the facts current under it. */
  static async open(tx: Tx, ctx: UseCaseContext, audit: Audit, chamberId: string) {
    const day = almatyDate(ctx.now());
    const state = await lockChamber(tx, chamberId);
    const assigner = new ChamberAssigner(tx, ctx, audit, state, day, await currentFacts(tx, ctx.assignmentCache, state, day));
    assigner.takeCachedCounts();
    return assigner;
  }

  /** The counts this instance kept for the chamber, when they are for the sequence and facts read now. */
  private takeCachedCounts() {
    const cached = this.ctx.assignmentCache.counts.get(this.state.id);
    if (cached && cached.sequence === this.state.sequence && cached.day === this.day && cached.policyId === this.state.policyId) {
      // copies: this batch advances its own counts, and may still be rolled back or refused
      for (const [key, counts] of cached.counts) this.counts.set(key, new Map(counts));
    }
  }

  /**
   * After the transaction committed: the counts as this assigner advanced them are the chamber's counts at its
   * new sequence. Never call it before the commit (a rolled-back batch must leave no trace).
   */
  publishCounts() {
    this.ctx.assignmentCache.storedRosters.add(this.roster.id);
    this.ctx.assignmentCache.counts.set(this.state.id, { sequence: this.state.sequence, day: this.day, policyId: this.state.policyId, counts: this.counts });
  }

  /**
   * E4 terms for the proceedings opened now: registered on the day the bailiff receives the document (on
   * provider hours: an assignment at 19:00 counts from the next working day), decided within 3 working days.
   */
  proceedingTerms() {
    const calendar = this.ctx.calendar.fromCorrections(this.state.corrections);
    const registration = register(this.ctx.now(), 'JUSTICE_OFFICE', calendar);
    return { proceedingRegisteredAt: registration.registeredAt, proceedingDueOn: enforcementDecisionDueOn(registration, calendar) };
  }

  /**
   * The documents about to be assigned, in one statement after the lock: their state, whether a proceeding
   * exists, and (consolidation) the bailiffs of this chamber with an open case against each debtor.
   * `lock`: FOR UPDATE as well (redistribution and replacement change documents that are already assigned).
   */
  async readDocuments(ids: string[], { lock }: { lock: boolean }): Promise<LockedDocument[]> {
    if (!ids.length) return [];
    const rows = await this.tx.$queryRaw<DocumentRow[]>`${documentsSelect(this.state.id, ids, this.state.policy.consolidateDebtor)} ${lock ? Prisma.sql`FOR UPDATE OF d` : Prisma.empty}`;
    return this.absorbDocuments(rows);
  }

  /** Keeps the debtors' open cases of the documents read (consolidation), and returns the documents. */
  private absorbDocuments(rows: DocumentRow[]): LockedDocument[] {
    for (const r of rows) {
      if (!this.state.policy.consolidateDebtor) continue;
      const set = this.debtorCases.get(r.debtorIdNumber) ?? new Set<string>();
      for (const b of r.debtorBailiffs ?? []) set.add(b);
      this.debtorCases.set(r.debtorIdNumber, set);
    }
    return rows.map(({ debtorBailiffs: _d, ...doc }) => doc);
  }

  /**
   * Group commit without holding a lock (optimistic): ONE statement reads the chamber's state (chain head,
   * policy, calendar, facts version) and the documents, all in one snapshot; the decisions are made in memory;
   * then ONE statement writes them, only if the chamber is still where it was read (`write` with
   * `guardFacts`: same sequence, same facts version; checked on the row's latest version, after any concurrent
   * writer committed). Two round trips and no transaction left open across them. When another writer got there
   * first the write changes nothing (StaleSnapshot) and the caller plans again under the chamber lock.
   */
  static async snapshot(db: Tx, ctx: UseCaseContext, audit: Audit, chamberId: string, ids: string[]) {
    const day = almatyDate(ctx.now());
    const rows = await db.$queryRaw<(ChamberStateRow & { docs: (Omit<DocumentRow, 'originalReceivedAt'> & { originalReceivedAt: string | null })[] | null })[]>`
      SELECT s.*, (SELECT json_agg(docs) FROM (${documentsSelect(chamberId, ids, Prisma.sql`coalesce((s."policy"->>'consolidateDebtor')::boolean, false)`)}) docs) AS "docs"
      FROM (${chamberStateSelect(chamberId)}) s`;
    const state = chamberStateOf(rows[0]);
    const assigner = new ChamberAssigner(db, ctx, audit, state, day, await currentFacts(db, ctx.assignmentCache, state, day));
    assigner.takeCachedCounts();
    const docs = assigner.absorbDocuments(
      (rows[0]!.docs ?? []).map((d) => ({ ...d, originalReceivedAt: d.originalReceivedAt ? new Date(d.originalReceivedAt) : null })),
    );
    return { assigner, docs };
  }

  /** Reads the counts (under the lock) for the categories about to be assigned. */
  async loadCounts(categories: Iterable<DocumentCategory>) {
    for (const c of categories) await this.countsFor(c);
  }

  /** counts in the policy's window for a category, cached for the transaction and advanced by each assignment */
  private async countsFor(category: DocumentCategory) {
    const key = this.state.policy.perCategory ? category : '*';
    let c = this.counts.get(key);
    if (!c) {
      c = await loadCounts(this.tx, this.state, bucketKeysInWindow(this.state.policy, this.day, category));
      this.counts.set(key, c);
    }
    return c;
  }

  /**
   * Consolidation (policy.consolidateDebtor): the bailiffs of the chamber with an open case against each debtor,
   * read with the documents (`readDocuments`) and kept up to date by the batch's own plans.
   */
  private debtorCases = new Map<string, Set<string>>();

  async candidatesFor(doc: DocumentToAssign, excludeBailiffId?: string): Promise<{ candidates: Candidate[]; names: Map<string, string> }> {
    const counts = await this.countsFor(doc.category);
    const openWithDebtor = this.debtorCases.get(doc.debtorIdNumber);
    if (this.state.policy.consolidateDebtor && !openWithDebtor) throw new Error('Read a document with readDocuments before planning its assignment.');
    const names = new Map<string, string>();
    const candidates = this.facts
      .filter((f) => f.id !== excludeBailiffId)
      .map((f): Candidate => {
        names.set(f.id, f.name);
        return {
          bailiffId: f.id,
          name: f.name, // for the explanation only; the stored pool keeps ids
          licenceValid: f.licenceValid,
          suspended: f.suspended,
          absent: f.absent,
          paused: f.paused,
          competentForDistrict: f.districts.has(doc.districtId),
          conflictWithParty: f.conflicts.has(doc.claimantIdNumber) || f.conflicts.has(doc.debtorIdNumber),
          expelled: false,
          count: counts.get(f.id) ?? 0,
          weight: f.weight,
          hasOpenCaseWithDebtor: !!openWithDebtor?.has(f.id),
        };
      });
    return { candidates, names };
  }

  /** Decides one assignment in memory and advances the chain and counts; nothing is written yet. */
  async plan(doc: AssignTarget, opts: AssignOptions, actor: { actorId: string | null; requestId: string } = this.actor()): Promise<PlannedAssignment> {
    const { candidates, names } = await this.candidatesFor(doc, opts.excludeBailiffId);
    const sequence = this.state.sequence + 1;
    const seed = assignmentSeed(this.state.headHash, doc.id, sequence);
    const decision = decide(candidates, this.state.policy, seed);
    if (decision.outcome !== 'ASSIGNED' || !decision.bailiffId) {
      throw new DomainError('NO_ELIGIBLE_BAILIFF', `No private bailiff of ${this.state.name} can lawfully take this document now: ${decision.explanation}`);
    }
    const bailiffId = decision.bailiffId;
    const bailiffName = names.get(bailiffId) ?? bailiffId;
    const previousHash = this.state.headHash;
    const hash = assignmentHash({ previousHash, documentId: doc.id, bailiffId, seed, sequence, policyVersion: this.state.policy.version });
    const pool: StoredPool = {
      day: this.day,
      category: doc.category,
      bucket: bucketKey(this.state.policy, this.day, doc.category),
      policy: this.state.policy,
      roster: this.roster.id,
      c: encodePool(candidates, this.roster.members),
      ...(opts.excludeBailiffId ? (opts.kind === 'REPLACEMENT' ? { replacedBailiffId: opts.excludeBailiffId } : { leavingBailiffId: opts.excludeBailiffId }) : {}),
      rule: decision.rule,
      tied: decision.tied.map((id) => this.roster.position.get(id)!),
      drawIndex: decision.drawIndex,
    };
    for (const [key, cached] of this.counts) {
      if (key === '*' || key === doc.category) cached.set(bailiffId, (cached.get(bailiffId) ?? 0) + 1);
    }
    this.debtorCases.get(doc.debtorIdNumber)?.add(bailiffId);
    this.state.headHash = hash;
    this.state.sequence = sequence;
    const initial = opts.kind === 'INITIAL';
    return {
      id: newId(),
      doc,
      kind: opts.kind,
      bailiffId,
      bailiffName,
      decision,
      pool,
      seed,
      sequence,
      previousHash,
      hash,
      reason: `${opts.reason} ${decision.explanation}`.trim(),
      breachDecisionId: opts.breachDecisionId ?? null,
      actor,
      stage: initial ? 'bailiff-assigned' : opts.kind === 'REPLACEMENT' ? 'bailiff-replaced' : 'bailiff-reassigned',
      stageNote: initial
        ? `Private bailiff ${bailiffName} appointed by the Chamber. ${decision.explanation}`
        : opts.kind === 'REPLACEMENT'
          ? `Bailiff replaced by ${bailiffName} after a final decision confirming a breach of duty (CH4).`
          : `Case redistributed to ${bailiffName}: ${opts.reason}`,
    };
  }

  private actor() {
    return { actorId: this.ctx.viewer?.id ?? null, requestId: this.ctx.requestId };
  }

  /**
   * Writes planned assignments in one statement: the assignments, the counters, the chain head, and each
   * document's consequences (status, the proceeding opened or moved, the application's stage), with one audit
   * record each. PostgreSQL runs the data-modifying CTEs of one statement together, atomically.
   */
  async write(plans: PlannedAssignment[], { guardFacts = false }: { guardFacts?: boolean } = {}): Promise<AssignmentResult[]> {
    if (!plans.length) return [];
    // the chain position the plans were made at: the statement writes nothing unless the chamber is still there
    // (and, for a snapshot read without the lock, still on the same facts)
    const fromSequence = plans[0]!.sequence - 1;
    const now = this.ctx.now();
    // INITIAL plans take a document off the queue; they open its proceeding unless it has one already (a document
    // stranded by a redistribution keeps its proceeding, number and terms, and only gets its new bailiff)
    const initial = plans.filter((p) => p.kind === 'INITIAL' && !p.doc.hasProceeding);
    const year = (initial[0]?.doc.proceedingRegisteredAt ? almatyDate(initial[0].doc.proceedingRegisteredAt) : this.day).slice(0, 4);
    const rows = plans.map((p) => ({
      id: p.id,
      documentId: p.doc.id,
      bailiffId: p.bailiffId,
      kind: p.kind,
      pool: p.pool,
      seed: p.seed,
      sequence: p.sequence,
      previousHash: p.previousHash,
      hash: p.hash,
      reason: p.reason,
      breachDecisionId: p.breachDecisionId,
      assignedById: p.actor.actorId,
      initial: p.kind === 'INITIAL',
      opens: p.kind === 'INITIAL' && !p.doc.hasProceeding,
      ordinal: p.kind === 'INITIAL' && !p.doc.hasProceeding ? initial.indexOf(p) + 1 : null,
      applicationId: p.doc.applicationId,
      proceedingId: newId(),
      stageId: newId(),
      stage: p.stage,
      stageNote: p.stageNote,
      dueOn: p.doc.proceedingDueOn ?? null,
      registeredAt: (p.doc.proceedingRegisteredAt ?? now).toISOString(),
    }));
    const loads = new Map<string, { bucket: string; bailiffId: string; n: number }>();
    for (const p of plans) {
      for (const bucket of bucketsFor(this.day, p.doc.category)) {
        const key = `${bucket}|${p.bailiffId}`;
        const l = loads.get(key) ?? { bucket, bailiffId: p.bailiffId, n: 0 };
        l.n++;
        loads.set(key, l);
      }
    }
    const last = plans[plans.length - 1]!;
    const auditRows = this.audit.inline(
      Prisma.sql`EXISTS (SELECT 1 FROM head)`,
      plans.map((p) => ({
        action: `assignment.${p.kind.toLowerCase()}`,
        entityType: 'Assignment',
        entityId: p.id,
        data: { documentId: p.doc.id, bailiffId: p.bailiffId, sequence: p.sequence, hash: p.hash, rule: p.decision.rule, tiedCount: p.decision.tied.length, drawIndex: p.decision.drawIndex },
        actorId: p.actor.actorId,
        requestId: p.actor.requestId,
      })),
    );
    const series = `EP-${this.state.regionCode}-${year}`;
    // the roster's members travel only until a committed batch has stored them
    const roster = this.roster;
    const rosterMembers = this.ctx.assignmentCache.storedRosters.has(roster.id) ? null : JSON.stringify(roster.members);
    const [written] = await this.tx.$queryRaw<{ applied: boolean }[]>`
      WITH
      head AS (
        UPDATE "Chamber" SET "headHash" = ${last.hash}, "sequence" = ${last.sequence}
        WHERE "id" = ${this.state.id} AND "sequence" = ${fromSequence} AND (NOT ${guardFacts} OR "factsVersion" = ${this.state.factsVersion})
        RETURNING 1),
      x AS (
        SELECT * FROM jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) AS r(
          "id" text, "documentId" text, "bailiffId" text, "kind" text, "pool" jsonb, "seed" text, "sequence" int, "previousHash" text, "hash" text,
          "reason" text, "breachDecisionId" text, "assignedById" text, "initial" boolean, "opens" boolean, "ordinal" int, "applicationId" text, "proceedingId" text,
          "stageId" text, "stage" text, "stageNote" text, "dueOn" date, "registeredAt" timestamptz)
        WHERE EXISTS (SELECT 1 FROM head)),
      asg AS (
        INSERT INTO "Assignment" ("id", "chamberId", "documentId", "activeDocumentId", "bailiffId", "kind", "policyId", "pool", "rosterId", "seed", "sequence", "previousHash", "hash", "reason", "breachDecisionId", "assignedById", "assignedAt")
        SELECT x."id", ${this.state.id}, x."documentId", x."documentId", x."bailiffId", x."kind"::"AssignmentKind", ${this.state.policyId}, x."pool", ${roster.id}, x."seed", x."sequence",
               x."previousHash", x."hash", x."reason", x."breachDecisionId", x."assignedById", ${now}
        FROM x RETURNING 1),
      ros AS (
        INSERT INTO "AssignmentRoster" ("id", "chamberId", "members") SELECT ${roster.id}, ${this.state.id}, ${rosterMembers}::jsonb
        WHERE ${rosterMembers}::text IS NOT NULL AND EXISTS (SELECT 1 FROM head)
        ON CONFLICT ("id") DO NOTHING),
      loads AS (
        INSERT INTO "BailiffLoad" ("chamberId", "bucket", "bailiffId", "count")
        SELECT ${this.state.id}, l."bucket", l."bailiffId", l."n" FROM jsonb_to_recordset(${JSON.stringify([...loads.values()])}::jsonb) AS l("bucket" text, "bailiffId" text, "n" int)
        WHERE EXISTS (SELECT 1 FROM head)
        ON CONFLICT ("chamberId", "bucket", "bailiffId") DO UPDATE SET "count" = "BailiffLoad"."count" + EXCLUDED."count"),
      docs AS (UPDATE "ExecutiveDocument" d SET "status" = 'ASSIGNED' FROM x WHERE d."id" = x."documentId" AND x."initial"),
      num AS (
        INSERT INTO "NumberSequence" ("key", "value") SELECT ${series}, ${initial.length} WHERE ${initial.length} > 0 AND EXISTS (SELECT 1 FROM head)
        ON CONFLICT ("key") DO UPDATE SET "value" = "NumberSequence"."value" + EXCLUDED."value" RETURNING "value"),
      opened AS (
        INSERT INTO "EnforcementProceeding" ("id", "number", "documentId", "bailiffId", "status", "registeredAt", "decisionDueOn")
        SELECT x."proceedingId", ${`${series}-`} || lpad((num."value" - ${initial.length} + x."ordinal")::text, 7, '0'), x."documentId", x."bailiffId", 'AWAITING_DECISION', x."registeredAt", x."dueOn"
        FROM x, num WHERE x."opens"),
      moved AS (UPDATE "EnforcementProceeding" p SET "bailiffId" = x."bailiffId" FROM x WHERE p."documentId" = x."documentId" AND NOT x."opens"),
      app AS (UPDATE "ServiceApplication" a SET "status" = 'IN_REVIEW', "updatedAt" = ${now} FROM x WHERE a."id" = x."applicationId" AND x."initial"),
      stage AS (
        INSERT INTO "ApplicationStage" ("id", "applicationId", "status", "stage", "at", "actorId", "note")
        SELECT x."stageId", x."applicationId", 'IN_REVIEW', x."stage", ${now}, x."assignedById", x."stageNote" FROM x WHERE x."applicationId" IS NOT NULL),
      aud AS (${auditRows})
      SELECT EXISTS (SELECT 1 FROM head) AS "applied"`;
    if (!written?.applied) throw new StaleSnapshot();
    return plans.map((p) => ({
      assignmentId: p.id,
      bailiffId: p.bailiffId,
      bailiffName: p.bailiffName,
      decision: p.decision,
      // the row as written: the payload resolves from it without reading it back
      row: {
        id: p.id, chamberId: this.state.id, documentId: p.doc.id, activeDocumentId: p.doc.id, bailiffId: p.bailiffId, kind: p.kind, policyId: this.state.policyId,
        pool: p.pool as unknown as Assignment['pool'], rosterId: roster.id, seed: p.seed, sequence: p.sequence, previousHash: p.previousHash, hash: p.hash, reason: p.reason,
        breachDecisionId: p.breachDecisionId, assignedById: p.actor.actorId, assignedAt: now, endedAt: null, endReason: null,
      },
    }));
  }

  /** Plans and writes one assignment. */
  async assign(doc: AssignTarget, opts: AssignOptions): Promise<AssignmentResult> {
    const [result] = await this.write([await this.plan(doc, opts)]);
    return result!;
  }
}

export interface PlannedAssignment {
  id: string;
  doc: AssignTarget;
  kind: AssignmentKind;
  bailiffId: string;
  bailiffName: string;
  decision: Decision;
  pool: StoredPool;
  seed: string;
  sequence: number;
  previousHash: string;
  hash: string;
  reason: string;
  breachDecisionId: string | null;
  actor: { actorId: string | null; requestId: string };
  stage: string;
  stageNote: string;
}

/**
 * The chamber moved on between the read and the write (another writer's assignment, or a change to its facts):
 * the write changed nothing. Plan again on a fresh read.
 */
export class StaleSnapshot extends Error {
  constructor() {
    super('The chamber changed since it was read; nothing was written.');
  }
}

function newId(): string {
  return randomUUID().replace(/-/g, '');
}

const DOCUMENT_SELECT = {
  id: true, districtId: true, category: true, claimantIdNumber: true, debtorIdNumber: true, applicationId: true, status: true, routing: true, originalReceivedAt: true,
  district: { select: { region: { select: { chamber: { select: { id: true } } } } } },
} as const;

export function requireChamberOfficial(ctx: UseCaseContext, chamberId: string) {
  if (!ctx.viewer?.grants.some((g) => g.role === 'CHAMBER_OFFICIAL' && g.chamberId === chamberId)) {
    throw new DomainError('FORBIDDEN', 'Only officials of this chamber may do this.');
  }
}

export function checkAssignable(doc: { routing: string; status: string; originalReceivedAt: Date | null }) {
  if (doc.routing !== 'CHAMBER') throw new DomainError('INVALID_STATE', 'This document is enforced by a state bailiff, not assigned by the Chamber (CH1).');
  if (doc.status === 'AWAITING_ORIGINAL' || !doc.originalReceivedAt) throw new DomainError('INVALID_STATE', 'The original paper decision has not been handed to the Chamber yet (CH3).');
  if (doc.status === 'ASSIGNED') throw new DomainError('CONFLICT', 'This document is already assigned.');
  if (doc.status !== 'AWAITING_ASSIGNMENT') throw new DomainError('INVALID_STATE', `A document in status ${doc.status} cannot be assigned.`);
}

/** Assigns one waiting document; concurrent requests of one chamber share a transaction (assignment-batcher.ts). */
export function assignDocument(ctx: UseCaseContext & { assignments: AssignmentBatcher }, documentId: string): Promise<AssignmentResult> {
  return ctx.assignments.assign(ctx, documentId);
}

export interface AssignAllResult {
  assigned: AssignmentResult[];
  skipped: { documentId: string; reason: string }[];
}

/** Assigns every document waiting in the chamber's queue, oldest first, in one transaction. */
export async function assignAllWaiting(ctx: UseCaseContext, tx: Tx, audit: Audit, chamberId: string, limit: number): Promise<AssignAllResult> {
  requireChamberOfficial(ctx, chamberId);
  const assigner = await ChamberAssigner.open(tx, ctx, audit, chamberId);
  const terms = assigner.proceedingTerms();
  const waiting = await tx.executiveDocument.findMany({
    where: { status: 'AWAITING_ASSIGNMENT', routing: 'CHAMBER', originalReceivedAt: { not: null }, district: { region: { chamber: { id: chamberId } } } },
    orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
    take: limit,
    select: { id: true },
  });
  const docs = await assigner.readDocuments(waiting.map((d) => d.id), { lock: true });
  const result: AssignAllResult = { assigned: [], skipped: [] };
  const plans: PlannedAssignment[] = [];
  for (const doc of docs) {
    if (doc.status !== 'AWAITING_ASSIGNMENT') continue; // taken by someone else meanwhile
    try {
      plans.push(await assigner.plan({ ...doc, ...terms }, { kind: 'INITIAL', reason: '' }));
    } catch (e) {
      if (e instanceof DomainError && e.errors[0]?.code === 'NO_ELIGIBLE_BAILIFF') {
        result.skipped.push({ documentId: doc.id, reason: e.message });
        continue;
      }
      throw e;
    }
  }
  for (let i = 0; i < plans.length; i += 500) result.assigned.push(...(await assigner.write(plans.slice(i, i + 500))));
  if (!result.assigned.length && !result.skipped.length) throw new DomainError('INVALID_STATE', 'No document is waiting for assignment.');
  if (!result.assigned.length) await audit({ action: 'assignment.assignAll.none', entityType: 'Chamber', entityId: chamberId, data: { skipped: result.skipped.length } });
  return result;
}

/**
 * Redistribution: the open cases of a bailiff who can no longer act (licence suspended or revoked, suspended,
 * absent more than a month, expelled) go to the others evenly, in one operation. Caller holds a transaction.
 */
export async function redistributeOpenCases(ctx: UseCaseContext, tx: Tx, audit: Audit, bailiffId: string, reason: string) {
  const bailiff = await tx.privateBailiff.findUnique({ where: { id: bailiffId }, select: { chamberId: true } });
  if (!bailiff) throw new DomainError('NOT_FOUND', 'Unknown bailiff.');
  const assigner = await ChamberAssigner.open(tx, ctx, audit, bailiff.chamberId);
  const open = await tx.assignment.findMany({
    where: { bailiffId, activeDocumentId: { not: null }, document: { status: 'ASSIGNED', proceeding: { status: { in: ['AWAITING_DECISION', 'INITIATED'] } } } },
    select: { id: true, documentId: true },
    orderBy: { assignedAt: 'asc' },
  });
  const docs = await assigner.readDocuments(open.map((a) => a.documentId), { lock: true });
  const stranded: string[] = [];
  await tx.assignment.updateMany({ where: { id: { in: open.map((a) => a.id) } }, data: { activeDocumentId: null, endedAt: ctx.now(), endReason: reason } });
  const plans: PlannedAssignment[] = [];
  for (const doc of docs) {
    try {
      plans.push(await assigner.plan(doc, { kind: 'REDISTRIBUTION', reason: `Redistributed: ${reason}.`, excludeBailiffId: bailiffId }));
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      stranded.push(doc.id);
    }
  }
  if (stranded.length) {
    // nobody can take these now: back to the queue, to be assigned when someone can
    await tx.executiveDocument.updateMany({ where: { id: { in: stranded } }, data: { status: 'AWAITING_ASSIGNMENT' } });
    await tx.enforcementProceeding.updateMany({ where: { documentId: { in: stranded } }, data: { bailiffId: null } });
  }
  const moved = await assigner.write(plans);
  await audit({ action: 'assignment.redistribute', entityType: 'PrivateBailiff', entityId: bailiffId, data: { reason, moved: moved.length, stranded } });
  return { moved, stranded };
}

/** CH4: replace the bailiff on one case, only on a final decision confirming a breach of duty. */
export async function replaceBailiff(ctx: UseCaseContext, tx: Tx, audit: Audit, input: { documentId: string; breachDecisionId: string }) {
  const found = await tx.executiveDocument.findUnique({ where: { id: input.documentId }, select: DOCUMENT_SELECT });
  const chamberId = found?.district.region.chamber?.id;
  if (!found || !chamberId) throw new DomainError('NOT_FOUND', 'Unknown document.', ['input', 'documentId']);
  requireChamberOfficial(ctx, chamberId);
  const assigner = await ChamberAssigner.open(tx, ctx, audit, chamberId);
  const [doc] = await assigner.readDocuments([input.documentId], { lock: true });
  const current = await tx.assignment.findUnique({ where: { activeDocumentId: input.documentId } });
  if (!current || doc!.status !== 'ASSIGNED') throw new DomainError('INVALID_STATE', 'The document has no bailiff to replace.');
  const breach = await tx.breachDecision.findUnique({ where: { id: input.breachDecisionId } });
  if (!breach) throw new DomainError('NOT_FOUND', 'Unknown breach decision.', ['input', 'breachDecisionId']);
  const effective = isoDate(breach.effectiveOn) <= almatyDate(ctx.now());
  if (!canReplaceBailiff(current.bailiffId, { authority: breach.authority, confirmsBreach: true, legallyEffective: effective, bailiffId: breach.bailiffId })) {
    if (breach.bailiffId !== current.bailiffId) {
      throw new DomainError('INVALID_INPUT', 'The breach decision concerns another bailiff than the one on this case (CH4).', ['input', 'breachDecisionId']);
    }
    throw new DomainError('INVALID_STATE', `The breach decision is not yet legally effective (from ${isoDate(breach.effectiveOn)}); the bailiff stays until then (CH4).`, ['input', 'breachDecisionId']);
  }
  await tx.assignment.update({ where: { id: current.id }, data: { activeDocumentId: null, endedAt: ctx.now(), endReason: `Replaced on breach decision ${breach.number} (CH4)` } });
  return assigner.assign(doc!, { kind: 'REPLACEMENT', reason: `Replacement after breach decision ${breach.number} (CH4).`, excludeBailiffId: current.bailiffId, breachDecisionId: breach.id });
}
