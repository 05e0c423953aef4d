// national (issue 11): the Chamber's assignments of the national data set and the inspections of the chambers.
//
// Every document the Chamber received after Rules No. 652 took effect (2 March 2026) is assigned by its
// chamber's chain (CH2) — ChamberChain of history.ts, the same decision, pool, roster, seed and hash chain the
// API's ChamberAssigner writes, so `verifyAssignment` and the evenness report's replay accept every row — in time
// order per chamber, on the facts the generated availability, licences and conflicts give on each Almaty day.
// The chain runs before the rows that depend on it (proceedings name the bailiff it chose) and is written as it
// is built (ChamberChain.drain), so a national chain of 300,000 assignments is never held in memory.
import { DEFAULT_POLICY, type IsoDate, type PolicyConfig } from '@oryndau/domain';
import { ChamberChain, type HistoryMember } from './history.ts';
import { DEFAULT_POLICY_CONFIG, REGIONS } from './reference.ts';
import { makeId } from './util.ts';

/** What the chains read of the national plan (NationalPlan satisfies it). */
export interface ChainPlan {
  readonly D: number;
  readonly L: number;
  readonly today: number;
  readonly endDay: number;
  readonly chamberBailiffs: readonly { from: number; count: number }[];
  readonly bailiffDistricts: readonly number[][];
  readonly chainedTo: Map<number, number>;
  chainsBuilt: boolean;
  readonly cal: { isoOf(day: number): string; subWorkingDays(day: number, n: number): number; addWorkingDays(day: number, n: number): number };
  caseOf(j: number, linked: boolean): { region: number; district: number; category: string; assignedAt: number | null; claimant: number };
  parties(d: number, c: ReturnType<ChainPlan['caseOf']>): { claimant: { idNumber: string }; debtor: { id: string } };
  conflictOf(b: number, region: number): string | null;
  bailiffName(b: number): string;
  chamberOfficial(r: number): string;
}

type RowFn = (i: number) => string | string[] | null;
type Load = (table: string, columns: readonly string[], count: number, row: RowFn) => Promise<void>;
type Cell = string | number | boolean;

export interface ChainSummary {
  assignments: number;
  unassigned: number;
  heads: { chamber: number; sequence: number; headHash: string }[];
}

/** The facts of bailiff b on each day, as the generated BailiffAvailability and Licence rows state them. */
function member(plan: ChainPlan, b: number, r: number): HistoryMember {
  const { cal } = plan;
  const suspendedFrom = b % 97 === 3 ? cal.isoOf(cal.subWorkingDays(plan.endDay, 5)) : null;
  const leave = b % 41 === 7 ? [cal.isoOf(plan.today - 6), cal.isoOf(plan.today + 8)] : null;
  const own = plan.chamberBailiffs[r] as { from: number; count: number };
  const pausedFrom = b === own.from && r % 2 === 0 && own.count > 3 && !suspendedFrom && !leave ? cal.isoOf(cal.subWorkingDays(plan.endDay, 20)) : null;
  const conflict = plan.conflictOf(b, r);
  return {
    id: makeId('ba', b),
    name: plan.bailiffName(b),
    districts: new Set((plan.bailiffDistricts[b] ?? []).map((d) => makeId('ds', d))),
    conflicts: new Set(conflict ? [conflict] : []),
    facts: (day: IsoDate) => ({
      licenceValid: !(suspendedFrom && day >= suspendedFrom),
      suspended: !!(suspendedFrom && day >= suspendedFrom),
      absent: !!(leave && day >= (leave[0] as string) && day <= (leave[1] as string)),
      paused: !!(pausedFrom && day >= pausedFrom),
    }),
  };
}

/**
 * Decides and writes (COPY) the chains of every chamber, in time order per chamber; sets plan.chainedTo (the
 * bailiff of each assigned document) for the rows written after. Returns each chamber's head for Chamber.
 */
export async function writeChains(plan: ChainPlan, load: Load, line: (...f: Cell[]) => string, text: (v: string) => string): Promise<ChainSummary> {
  // the documents the chains assign: (chamber, time) order
  const docs: number[] = [];
  const at: number[] = [];
  const region: number[] = [];
  for (let d = 0; d < plan.D; d++) {
    const c = plan.caseOf(d, d < plan.L);
    if (c.assignedAt === null) continue;
    docs.push(d);
    at.push(c.assignedAt);
    region.push(c.region);
  }
  const order = docs.map((_, i) => i).sort((x, y) => (region[x] as number) - (region[y] as number) || (at[x] as number) - (at[y] as number) || (docs[x] as number) - (docs[y] as number));
  const policy: PolicyConfig = { ...DEFAULT_POLICY, ...DEFAULT_POLICY_CONFIG };
  const bailiffIndex = new Map<string, number>();
  const chains: ChamberChain[] = [];
  let n = 0;
  const chainOf = (r: number) => {
    let chain = chains[r];
    if (!chain) {
      const own = plan.chamberBailiffs[r] as { from: number; count: number };
      const members: HistoryMember[] = [];
      for (let b = own.from; b < own.from + own.count; b++) {
        members.push(member(plan, b, r));
        bailiffIndex.set(makeId('ba', b), b);
      }
      chains[r] = chain = new ChamberChain(makeId('ch', r), makeId('po', r), policy, members, () => makeId('as', n++));
    }
    return chain;
  };
  let unassigned = 0;
  await load('Assignment', [
    'id', 'chamberId', 'documentId', 'activeDocumentId', 'bailiffId', 'kind', 'policyId', 'pool', 'rosterId', 'seed', 'sequence', 'previousHash', 'hash',
    'reason', 'assignedById', 'assignedAt',
  ], order.length, (i) => {
    const k = order[i] as number;
    const d = docs[k] as number;
    const r = region[k] as number;
    const c = plan.caseOf(d, d < plan.L);
    const p = plan.parties(d, c);
    const chain = chainOf(r);
    const a = chain.assign(
      { id: makeId('dc', d), districtId: makeId('ds', c.district), category: c.category, claimantIdNumber: p.claimant.idNumber, debtorIdNumber: p.debtor.id },
      new Date(c.assignedAt as number), { kind: 'INITIAL', reason: '', actorId: plan.chamberOfficial(r) },
    );
    chain.drain();
    if (!a) {
      unassigned++;
      return null;
    }
    plan.chainedTo.set(d, bailiffIndex.get(a.bailiffId) as number);
    return line(
      a.id, a.chamberId, a.documentId, a.documentId, a.bailiffId, a.kind, a.policyId, text(JSON.stringify(a.pool)), a.rosterId, a.seed, a.sequence, a.previousHash,
      a.hash, text(a.reason), a.assignedById ?? '\\N', a.assignedAt.toISOString(),
    );
  });
  plan.chainsBuilt = true;
  const present = chains.map((c, r) => ({ c, r })).filter((x): x is { c: ChamberChain; r: number } => !!x.c);
  await load('AssignmentRoster', ['id', 'chamberId', 'members', 'createdAt'], present.length, (i) => {
    const { c } = present[i] as { c: ChamberChain };
    return line(c.roster.id, c.chamberId, text(JSON.stringify(c.roster.members)), '2026-03-01T19:00:00.000Z');
  });
  const loads = present.flatMap(({ c }) => c.loads());
  await load('BailiffLoad', ['chamberId', 'bailiffId', 'bucket', 'count'], loads.length, (i) => {
    const x = loads[i] as (typeof loads)[number];
    return line(x.chamberId, x.bailiffId, text(x.bucket), x.count);
  });
  return { assignments: order.length - unassigned, unassigned, heads: present.map(({ c, r }) => ({ chamber: r, sequence: c.sequence, headHash: c.headHash })) };
}

/**
 * The Ministry's inspections of the chambers and their bailiffs (CH5, issue 10): per chamber a scheduled one a year
 * and unscheduled ones on complaints, over the last two years — completed (with or without a breach), in progress
 * or planned by their dates.
 */
export async function writeInspections(plan: ChainPlan & { rng(stream: number, i: number): { int(a: number, b: number): number; chance(p: number): boolean; next(): number } }, load: Load, line: (...f: Cell[]) => string, text: (v: string) => string, chamberName: (r: number) => string, scale: number): Promise<number> {
  const { cal } = plan;
  const perChamber = Math.max(2, Math.round(60 * scale));
  const count = REGIONS.length * perChamber;
  const S_INSPECTION = 10;
  await load('Inspection', [
    'id', 'kind', 'ground', 'subjectName', 'subjectRegionId', 'chamberId', 'subjectBailiffId', 'reason', 'findings', 'breachFound', 'inspectorIds',
    'startsOn', 'endsOn', 'status', 'conductedBy', 'createdAt',
  ], count, (i) => {
    const r = Math.floor(i / perChamber);
    const k = i % perChamber;
    const rng = plan.rng(S_INSPECTION, i);
    const scheduled = k < 2;
    const own = plan.chamberBailiffs[r] as { from: number; count: number };
    const b = scheduled ? -1 : own.from + rng.int(0, own.count - 1);
    const startDay = scheduled ? plan.today - 730 + k * 365 + (r % 10) * 20 : plan.today - rng.int(5, 720);
    const start = cal.addWorkingDays(startDay - 1, 1);
    const end = cal.addWorkingDays(start, 10);
    const status = end < plan.today ? 'COMPLETED' : start <= plan.today ? 'IN_PROGRESS' : 'PLANNED';
    const breach = status === 'COMPLETED' ? rng.chance(scheduled ? 0.2 : 0.35) : null;
    return line(
      makeId('in', i), scheduled ? 'SCHEDULED' : 'UNSCHEDULED', scheduled ? 'PLAN' : 'APPEAL_OF_PERSON',
      text(b >= 0 ? plan.bailiffName(b) : chamberName(r)), makeId('rg', r), makeId('ch', r), b >= 0 ? makeId('ba', b) : '\\N',
      scheduled ? text('Scheduled inspection of the Chamber (CH5)') : text('A complaint about the bailiff’s actions (CH5)'),
      breach === null ? '\\N' : text(breach ? 'Breach of the enforcement terms found (E4).' : 'No breach found.'), breach === null ? '\\N' : breach,
      '{}', cal.isoOf(start), cal.isoOf(end), status, 'MINISTRY', new Date((start - 10) * 86_400_000).toISOString(),
    );
  });
  return count;
}
