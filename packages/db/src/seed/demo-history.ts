// The demo's months of enforcement through the Chambers (CH1–CH4, E4–E6), from Rules No. 652 coming into force
// (2 March 2026, at most 270 days back) to yesterday: claims registered, paper originals handed in, private
// bailiffs appointed by the policy itself (history.ts: `decide` on the pool the API would have read, the seed
// and hash chain, the counters), decisions by the bailiffs (initiated, refused, some after the 3-working-day
// term, a few never taken: overdue), measures, one long leave and one suspended licence whose open cases were
// redistributed, and one replacement after a breach decision of the Chamber (CH4). Every event becomes the rows
// the API's use cases would have written at that moment: assignments, counters, chain heads, proceedings, the
// applications' stages, and the audit records of the assignments, redistributions, the licence suspension and
// the breach decision (the bailiffs' decisions and measures are left without theirs: the first start must stay
// quick, and those rows say nothing the proceedings and stages do not).
//
// What the seed chooses, and only this: which documents arrive on which day, in which district (a district
// of a bailiff who could take cases that day, so that demand follows the chamber's capacity), their parties,
// and the events. Which bailiff gets each case is the policy's decision.
import {
  almatyDate,
  almatyInstant,
  enforcementDecisionDueOn,
  register,
  type IsoDate,
  type PolicyConfig,
  type WorkingCalendar,
} from '@oryndau/domain';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Channel, DocumentCategory, MeasureKind } from '../generated/prisma/enums.ts';
import type * as M from '../generated/prisma/models.ts';
import { ChamberChain, type HistoryAssignment, type HistoryDocument, type HistoryMember } from './history.ts';
import { REGIONS, RULES_652_IN_FORCE, type RegionRef } from './reference.ts';
import { fullNameRu, type PersonName, type Rng } from './util.ts';

export interface HistoryRows {
  breaches: M.BreachDecisionCreateManyInput[];
  rosters: M.AssignmentRosterCreateManyInput[];
  assignments: M.AssignmentCreateManyInput[];
  loads: M.BailiffLoadCreateManyInput[];
  audit: M.AuditLogCreateManyInput[];
}

type Party = { name: string; id: string; address: string };

export interface HistoryBailiff {
  id: string;
  person: { id: string; name: PersonName };
  licenceId: string;
  districts: string[];
}

/** What the demo builder lends the history: its rows, helpers and the special bailiffs it set up. */
export interface HistoryContext {
  rng: Rng;
  newId: () => string;
  cal: WorkingCalendar;
  today: IsoDate;
  /** nothing happens after this instant (ten minutes before `now`) */
  latest: Date;
  rows: {
    chambers: M.ChamberCreateManyInput[];
    policies: M.AssignmentPolicyCreateManyInput[];
    bailiffs: M.PrivateBailiffCreateManyInput[];
    availability: M.BailiffAvailabilityCreateManyInput[];
    conflicts: M.BailiffConflictCreateManyInput[];
    licences: M.LicenceCreateManyInput[];
    applications: M.ServiceApplicationCreateManyInput[];
    stages: M.ApplicationStageCreateManyInput[];
    documents: M.ExecutiveDocumentCreateManyInput[];
    proceedings: M.EnforcementProceedingCreateManyInput[];
    measures: M.EnforcementMeasureCreateManyInput[];
  };
  bailiffsByRegion: ReadonlyMap<string, readonly HistoryBailiff[]>;
  chamberId: (code: string) => string;
  regionId: (code: string) => string;
  uid: (login: string) => string;
  /** adds a user with a role grant (officials of the chambers that have none yet) */
  addOfficial: (login: string, displayName: string, chamberId: string, personId: string | null) => void;
  /** the demo's addApp for an enforcement application received through `channel`, left REGISTERED and routed to the chamber */
  addEnforcementApplication: (s: { channel: Channel; applicantId: string; regionId: string; receivedAt: Date; form: Prisma.InputJsonValue }) => {
    id: string;
    registeredAt: Date | null;
  };
  number: (series: string, year: string, width?: number) => string;
  claimantParty: (login: string) => Party;
  debtorPerson: (cityRu: string) => Party;
  debtorCompany: (cityRu: string) => Party;
  courts: Record<string, { name: string; code: string }[]>;
  citizens: readonly { login: string; region: string }[];
  /** the Almaty City bailiff whose licence was suspended, and the day */
  suspended: { bailiff: HistoryBailiff; on: IsoDate };
}

const CATEGORY_MIX: readonly (readonly [DocumentCategory, number])[] = [
  ['PRIVATE_CLAIM', 55], ['ALIMONY', 20], ['STATE_CLAIM_SMALL', 15], ['NON_PROPERTY', 10],
];

/** documents reaching a chamber per working day */
const RATE: Record<string, number> = { ALA: 1.6, AST: 0.9, SHY: 0.6 };
const OTHER_RATE = 0.05;
/** where the rules are silent: the API's scheduler moves the cases of an absence of 31 days or more (LONG_ABSENCE_DAYS) */
const LONG_LEAVE_DAYS = 42;

const MEASURES: Record<string, readonly [MeasureKind, string, boolean][]> = {
  PRIVATE_CLAIM: [
    ['ATTACH_FUNDS_OWED', 'Инкассовое распоряжение на банковские счета должника (Halyk Bank, Kaspi Bank)', true],
    ['ATTACH_VEHICLE', 'Арест транспортного средства должника, запрет регистрационных действий', false],
    ['ATTACH_IMMOVABLES', 'Запрет на отчуждение недвижимого имущества должника (квартира)', false],
    ['ATTACH_MOVABLES', 'Опись и арест имущества должника по месту жительства', false],
  ],
  STATE_CLAIM_SMALL: [
    ['ATTACH_FUNDS_OWED', 'Инкассовое распоряжение на банковские счета должника', true],
    ['ATTACH_VEHICLE', 'Арест транспортного средства должника', false],
  ],
  ALIMONY: [
    ['ATTACH_EARNINGS', 'Постановление об обращении взыскания на заработную плату должника (алименты, 1/4 дохода)', true],
    ['ATTACH_FUNDS_OWED', 'Арест банковских счетов должника на сумму задолженности по алиментам', true],
  ],
  NON_PROPERTY: [
    ['PROVISIONAL_MEASURE', 'Требование об исполнении решения суда в добровольном порядке в 5-дневный срок', false],
    ['EVICTION', 'Выселение должника с составлением акта совершения исполнительных действий', false],
  ],
};

const REFUSALS: readonly { ground: 'ARTICLE_38_NONCOMPLIANCE' | 'UNRELIABLE_DATA'; reason: string }[] = [
  { ground: 'ARTICLE_38_NONCOMPLIANCE', reason: 'The executive document does not state the date the decision entered into force (art. 38 of the Law on Enforcement Proceedings, E5).' },
  { ground: 'ARTICLE_38_NONCOMPLIANCE', reason: 'The period for presenting the executive document for enforcement has expired (art. 38 of the Law on Enforcement Proceedings, E5).' },
  { ground: 'UNRELIABLE_DATA', reason: 'The debtor’s IIN in the application does not match the executive document (E5: unreliable data).' },
];

interface PlannedDoc {
  id: string;
  code: string;
  region: RegionRef;
  login: string;
  channel: Channel;
  category: DocumentCategory;
  districtId: string;
  claimant: Party;
  debtor: Party;
  amount: number | null;
  court: { name: string; code: string };
  issuedOn: IsoDate;
  caseNumber: string;
  receivedAt: Date;
  registeredAt: Date;
  originalAt: Date;
  assignAt: Date;
  decision: { outcome: 'INITIATE' | 'REFUSE'; at: Date; refusal: (typeof REFUSALS)[number] } | null;
  measures: { at: Date; kind: MeasureKind; description: string; withAmount: boolean }[];
  // what happened
  dropped: boolean;
  status: 'AWAITING_DECISION' | 'INITIATED' | 'REFUSED';
  decidedAt: Date | null;
  decidedBy: string | null;
  taken: { at: Date; kind: MeasureKind; description: string; withAmount: boolean; by: string }[];
  assignments: HistoryAssignment[];
  proceedingRegisteredAt: Date;
  proceedingDueOn: IsoDate;
}

interface Special {
  at: Date;
  run: () => void;
}

export function buildHistory(x: HistoryContext): { rows: HistoryRows; afterRenumber: () => void } {
  const { rng, cal, today, latest, rows: r } = x;
  const out: HistoryRows = { breaches: [], rosters: [], assignments: [], loads: [], audit: [] };
  const afterRenumber: (() => void)[] = [];
  const toDate = (iso: IsoDate) => new Date(`${iso}T00:00:00.000Z`);
  const isoOf = (d: Date | string) => new Date(d).toISOString().slice(0, 10);
  const wdAgo = (n: number) => cal.addWorkingDays(today, -n);
  const clock = (day: IsoDate, minutes: number) => almatyInstant(day, `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`);
  const hhmm = (from: number, to: number) => rng.int(from * 60, to * 60 - 1);

  const first = cal.nextWorkingDay(RULES_652_IN_FORCE > cal.addCalendarDays(today, -270) ? RULES_652_IN_FORCE : cal.addCalendarDays(today, -270), { inclusive: true });
  const last = wdAgo(1);
  const inHistory = (day: IsoDate) => day >= first && day <= last;
  const recentFrom = wdAgo(40);

  // ------------------------------------------------------------ who was where, per Almaty day (CH2 facts)
  const ALA = 'ALA';
  const almaty = x.bailiffsByRegion.get(ALA) ?? [];
  const headId = r.bailiffs.find((b) => b.chamberId === x.chamberId(ALA) && b.isChamberHead)?.id;
  // the long leave (CH2: more than a month, so the scheduler moved the bailiff's open cases on its first day) and
  // the breach (CH4) go to bailiffs with no other part in the demo, each sharing every district with others
  const busy = new Set([almaty[0]?.id, headId, x.suspended.bailiff.id, almaty[2]?.id, almaty[4]?.id]);
  const sharedDistricts = (b: HistoryBailiff) => b.districts.every((d) => almaty.some((o) => o.id !== b.id && !busy.has(o.id) && o.districts.includes(d)));
  const longLeave = almaty.find((b, i) => i >= 5 && !busy.has(b.id) && sharedDistricts(b));
  if (longLeave) busy.add(longLeave.id);
  const breached = almaty.find((b, i) => i >= 5 && !busy.has(b.id) && sharedDistricts(b));
  const official = (code: string) => (code === ALA ? x.uid('chamber.almaty') : code === 'AST' ? x.uid('chamber.astana') : x.uid(`chamber.${code.toLowerCase()}`));

  const leaveStarts = wdAgo(75);
  const leaveEnds = cal.addCalendarDays(leaveStarts, LONG_LEAVE_DAYS - 1);
  if (longLeave) {
    r.availability.push({
      id: x.newId(), bailiffId: longLeave.id, kind: 'LEAVE', startsOn: toDate(leaveStarts), endsOn: toDate(leaveEnds),
      reason: 'Annual paid leave joined with unpaid leave (42 days): open cases redistributed on its first day (CH2)',
      recordedById: x.uid('chamber.almaty'), createdAt: almatyInstant(cal.addWorkingDays(leaveStarts, -8), '11:40'),
    });
  }
  const away = new Map<string, { kind: string; s: IsoDate; e: IsoDate | null }[]>();
  for (const a of r.availability) {
    const list = away.get(a.bailiffId) ?? [];
    list.push({ kind: a.kind, s: isoOf(a.startsOn as Date), e: a.endsOn ? isoOf(a.endsOn as Date) : null });
    away.set(a.bailiffId, list);
  }
  const licenceInvalidFrom = new Map([[x.suspended.bailiff.id, x.suspended.on]]);
  const conflicts = new Map<string, Set<string>>();
  for (const c of r.conflicts) {
    const set = conflicts.get(c.bailiffId) ?? new Set<string>();
    set.add(c.partyId);
    conflicts.set(c.bailiffId, set);
  }
  const userOf = new Map(r.bailiffs.map((b) => [b.id, b.userId ?? null]));
  const member = (b: HistoryBailiff): HistoryMember => {
    const list = away.get(b.id) ?? [];
    const on = (kinds: string[], day: IsoDate) => list.some((a) => kinds.includes(a.kind) && a.s <= day && (!a.e || a.e >= day));
    const invalidFrom = licenceInvalidFrom.get(b.id);
    return {
      id: b.id,
      name: fullNameRu(b.person.name),
      districts: new Set(b.districts),
      conflicts: conflicts.get(b.id) ?? new Set(),
      facts: (day) => ({
        licenceValid: !(invalidFrom && day >= invalidFrom),
        suspended: on(['SUSPENSION'], day),
        absent: on(['LEAVE', 'SICKNESS'], day),
        paused: on(['PAUSE'], day),
      }),
    };
  };
  const canAct = (m: HistoryMember, day: IsoDate) => {
    const f = m.facts(day);
    return f.licenceValid && !f.suspended && !f.absent && !f.paused;
  };

  // ------------------------------------------------------------ the CH4 breach decision
  const breachDecidedOn = wdAgo(35);
  const breachEffectiveOn = cal.addCalendarDays(breachDecidedOn, 10);
  const breachNumber = `ДК-ALA-${breachDecidedOn.slice(0, 4)}-07`;
  const breachId = x.newId();
  if (breached && breachDecidedOn >= first) {
    out.breaches.push({
      id: breachId, bailiffId: breached.id, authority: 'CHAMBER', number: breachNumber, decidedOn: toDate(breachDecidedOn), effectiveOn: toDate(breachEffectiveOn),
      summary: 'Disciplinary commission of the Chamber: no enforcement action for two months on a claimant’s case and no answer to the claimant; breach of duty confirmed, no appeal within 10 days',
      recordedById: x.uid('chamber.almaty'), createdAt: almatyInstant(breachDecidedOn, '16:20'),
    });
    out.audit.push({ at: almatyInstant(breachDecidedOn, '16:20'), actorId: x.uid('chamber.almaty'), action: 'bailiff.breachDecision', entityType: 'BreachDecision', entityId: breachId, data: { bailiffId: breached.id, number: breachNumber } });
  }

  // ------------------------------------------------------------ chambers
  const repeatDebtors = new Map<string, Party>();
  const allDocs: PlannedDoc[] = [];
  for (const region of REGIONS) {
    const code = region.code;
    const chamberId = x.chamberId(code);
    const bailiffs = x.bailiffsByRegion.get(code) ?? [];
    if (!bailiffs.length) continue;
    if (code !== ALA && code !== 'AST') {
      x.addOfficial(`chamber.${code.toLowerCase()}`, `Official of the ${region.nameEn} chamber`, chamberId, null);
    }
    const policyRow = r.policies.find((p) => p.chamberId === chamberId)!;
    const chain = new ChamberChain(chamberId, policyRow.id!, policyRow.config as unknown as PolicyConfig, bailiffs.map(member), x.newId);
    const members = new Map(bailiffs.map((b) => [b.id, member(b)]));
    const cityRu = `г. ${region.centreRu}`;
    const courts = x.courts[code] ?? [{ name: `Районный суд № 2 г. ${region.centreRu}`, code: '5511' }];
    const claimantsHere = x.citizens.filter((c) => c.region === code);
    const rate = RATE[code] ?? OTHER_RATE;

    // documents: a few every working day
    const docs: PlannedDoc[] = [];
    for (let day = first; day <= last; day = cal.nextWorkingDay(day)) {
      const n = Math.floor(rate) + (rng.chance(rate - Math.floor(rate)) ? 1 : 0) + (rng.chance(0.25) ? rng.int(-1, 1) : 0);
      for (let k = 0; k < n; k++) {
        const able = [...members.values()].filter((m) => canAct(m, day));
        if (!able.length) break;
        const districtId = rng.pick([...rng.pick(able).districts]);
        const category = rng.weighted(CATEGORY_MIX);
        const login =
          code === ALA && category === 'STATE_CLAIM_SMALL' ? 'kgd.almaty'
          : category === 'PRIVATE_CLAIM' && rng.chance(0.12) ? 'kazlogistics'
          : claimantsHere.length && rng.chance(0.7) ? rng.pick(claimantsHere).login
          : rng.pick(x.citizens).login;
        let debtor: Party;
        if (rng.chance(0.006)) {
          debtor = repeatDebtors.get(code) ?? x.debtorCompany(cityRu);
          repeatDebtors.set(code, debtor);
        } else {
          debtor = category === 'STATE_CLAIM_SMALL' || rng.chance(0.25) ? x.debtorCompany(cityRu) : x.debtorPerson(cityRu);
        }
        const receivedOn = cal.addWorkingDays(day, -rng.int(1, 2));
        if (receivedOn < RULES_652_IN_FORCE) continue;
        const channel: Channel = login === 'kazlogistics' ? 'PORTAL' : rng.weighted([['PORTAL', 6], ['JUSTICE_OFFICE', 3], ['STATE_CORPORATION', 1]] as const);
        const receivedAt = clock(receivedOn, hhmm(9, 17));
        const reg = register(receivedAt, channel, cal);
        const assignAt = clock(day, rng.int(9 * 60 + 30, 17 * 60 + 15));
        const proceeding = register(assignAt, 'JUSTICE_OFFICE', cal);
        const court = rng.pick(courts);
        const issuedOn = cal.addCalendarDays(receivedOn, -rng.int(20, 120));
        // what the bailiff will do, if the bailiff holding the case can act that day (else it stays undecided)
        const u = rng.next();
        const recent = day >= recentFrom;
        let decision: PlannedDoc['decision'] = null;
        if (!(recent && u < 0.02)) {
          const late = rng.chance(0.07);
          const on = cal.addWorkingDays(day, late ? rng.int(4, 7) : rng.int(1, 3));
          const at = clock(on, hhmm(10, 18));
          if (at <= latest) decision = { outcome: u > 0.92 ? 'REFUSE' : 'INITIATE', at, refusal: rng.pick(REFUSALS) };
        }
        const measures: PlannedDoc['measures'] = [];
        if (decision?.outcome === 'INITIATE') {
          const n = rng.weighted([[0, 2], [1, 3], [2, 3], [3, 2]] as const);
          const kinds = MEASURES[category] ?? MEASURES.PRIVATE_CLAIM!;
          let on = almatyDate(decision.at);
          for (let i = 0; i < n; i++) {
            on = cal.addWorkingDays(on, rng.int(1, 6));
            const at = clock(on, hhmm(10, 18));
            if (at > latest) break;
            const [kind, description, withAmount] = kinds[i % kinds.length]!;
            measures.push({ at, kind, description, withAmount });
          }
        }
        docs.push({
          id: x.newId(), code, region, login, channel, category, districtId, claimant: x.claimantParty(login), debtor,
          amount: category === 'NON_PROPERTY' ? null : category === 'ALIMONY' ? rng.int(12, 90) * 10_000 : category === 'STATE_CLAIM_SMALL' ? rng.int(50, 4_200) * 1_000 : rng.int(150, 12_000) * 1_000,
          court, issuedOn, caseNumber: `${court.code}-${issuedOn.slice(2, 4)}-00-2/${rng.int(100, 9999)}`,
          receivedAt, registeredAt: reg.registeredAt, originalAt: clock(day, rng.int(9 * 60, 9 * 60 + 25)), assignAt,
          decision, measures, dropped: false, status: 'AWAITING_DECISION', decidedAt: null, decidedBy: null, taken: [], assignments: [],
          proceedingRegisteredAt: proceeding.registeredAt, proceedingDueOn: enforcementDecisionDueOn(proceeding, cal),
        });
      }
    }
    // the demo's own claimants have a history too: Aigerim in Almaty City, Timur in Astana
    const own = code === ALA ? 'aigerim' : code === 'AST' ? 'timur' : null;
    if (own) {
      for (const f of [0.08, 0.4, 0.72, 0.97]) {
        const d = docs[Math.floor(f * (docs.length - 1))];
        if (d && d.category !== 'STATE_CLAIM_SMALL') {
          d.login = own;
          d.claimant = x.claimantParty(own);
          d.channel = 'PORTAL';
        }
      }
    }

    // the events, in time order: assignments, the bailiffs' decisions and measures, redistributions, replacement
    const events: Special[] = [];
    const docOf = new Map(docs.map((d) => [d.id, d]));
    const holderCanAct = (d: PlannedDoc, at: Date) => {
      const a = chain.activeOn(d.id);
      return a && canAct(members.get(a.bailiffId)!, almatyDate(at)) ? a : null;
    };
    const asDoc = (d: PlannedDoc): HistoryDocument => ({ id: d.id, districtId: d.districtId, category: d.category, claimantIdNumber: d.claimant.id, debtorIdNumber: d.debtor.id });
    for (const d of docs) {
      events.push({
        at: d.assignAt,
        run: () => {
          const a = chain.assign(asDoc(d), d.assignAt, { kind: 'INITIAL', reason: '', actorId: official(code) });
          if (!a) d.dropped = true;
          else d.assignments.push(a);
        },
      });
      if (d.decision) {
        const dec = d.decision;
        events.push({
          at: dec.at,
          run: () => {
            const a = d.dropped ? null : holderCanAct(d, dec.at);
            if (!a) return;
            d.status = dec.outcome === 'INITIATE' ? 'INITIATED' : 'REFUSED';
            d.decidedAt = dec.at;
            d.decidedBy = userOf.get(a.bailiffId) ?? null;
          },
        });
      }
      for (const m of d.measures) {
        events.push({
          at: m.at,
          run: () => {
            const a = d.status === 'INITIATED' ? holderCanAct(d, m.at) : null;
            if (a) d.taken.push({ ...m, by: userOf.get(a.bailiffId)! });
          },
        });
      }
    }
    // redistribution: every open case of a bailiff who can no longer act, in one operation (redistributeOpenCases)
    const redistribute = (bailiffId: string, at: Date, reason: string, actorId: string | null) => {
      const open = chain
        .heldBy(bailiffId)
        .map((id) => docOf.get(id)!)
        .filter((d) => d.status === 'AWAITING_DECISION' || d.status === 'INITIATED')
        .sort((a, b) => a.registeredAt.getTime() - b.registeredAt.getTime() || (a.id < b.id ? -1 : 1));
      for (const d of open) chain.end(d.id, at, reason);
      for (const d of open) {
        const a = chain.assign(asDoc(d), at, { kind: 'REDISTRIBUTION', reason: `Redistributed: ${reason}.`, excludeBailiffId: bailiffId, actorId });
        if (!a) throw new Error(`demo history: nobody could take document ${d.caseNumber} when ${reason}`);
        d.assignments.push(a);
      }
      out.audit.push({ at, actorId: actorId ?? 'system', action: 'assignment.redistribute', entityType: 'PrivateBailiff', entityId: bailiffId, data: { reason, moved: open.length, stranded: [] } });
    };
    if (code === ALA) {
      if (longLeave && inHistory(leaveStarts)) {
        // the scheduler, just after midnight on the first day of the leave
        const at = almatyInstant(leaveStarts, '00:05');
        events.push({ at, run: () => redistribute(longLeave.id, at, `leave from ${leaveStarts} to ${leaveEnds}, begun`, null) });
      }
      if (inHistory(x.suspended.on)) {
        const at = almatyInstant(x.suspended.on, '09:05');
        const licence = r.licences.find((l) => l.id === x.suspended.bailiff.licenceId)!;
        events.push({
          at,
          run: () => {
            out.audit.push({ at, actorId: x.uid('licensing'), action: 'licence.status', entityType: 'Licence', entityId: licence.id!, data: { from: 'ACTIVE', to: 'SUSPENDED', reason: 'Pending an inspection (L9)' } });
            redistribute(x.suspended.bailiff.id, at, `licence ${licence.number} suspended`, x.uid('licensing'));
          },
        });
      }
      const replaceOn = cal.nextWorkingDay(breachEffectiveOn, { inclusive: true });
      if (breached && out.breaches.length && inHistory(replaceOn)) {
        const at = almatyInstant(replaceOn, '11:30');
        events.push({
          at,
          run: () => {
            // the case the decision was about: the bailiff's oldest open case
            const d = chain
              .heldBy(breached.id)
              .map((id) => docOf.get(id)!)
              .filter((c) => c.status === 'INITIATED' || c.status === 'AWAITING_DECISION')
              .sort((a, b) => a.assignAt.getTime() - b.assignAt.getTime())[0];
            if (!d) return;
            chain.end(d.id, at, `Replaced on breach decision ${breachNumber} (CH4)`);
            const a = chain.assign(asDoc(d), at, {
              kind: 'REPLACEMENT', reason: `Replacement after breach decision ${breachNumber} (CH4).`, excludeBailiffId: breached.id, breachDecisionId: breachId, actorId: x.uid('chamber.almaty'),
            });
            if (!a) throw new Error('demo history: nobody could replace the bailiff in breach');
            d.assignments.push(a);
          },
        });
      }
    }
    events.sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const e of events) e.run();

    // the chain's rows
    r.chambers.find((c) => c.id === chamberId)!.headHash = chain.headHash;
    r.chambers.find((c) => c.id === chamberId)!.sequence = chain.sequence;
    if (chain.assignments.length) out.rosters.push({ id: chain.roster.id, chamberId, members: [...chain.roster.members], createdAt: chain.assignments[0]!.assignedAt });
    for (const a of chain.assignments) {
      out.assignments.push({
        id: a.id, chamberId, documentId: a.documentId, activeDocumentId: a.activeDocumentId, bailiffId: a.bailiffId, kind: a.kind, policyId: a.policyId,
        pool: a.pool as unknown as Prisma.InputJsonValue, rosterId: a.rosterId, seed: a.seed, sequence: a.sequence, previousHash: a.previousHash, hash: a.hash,
        reason: a.reason, breachDecisionId: a.breachDecisionId, assignedById: a.assignedById, assignedAt: a.assignedAt, endedAt: a.endedAt, endReason: a.endReason,
      });
      out.audit.push({
        at: a.assignedAt, actorId: a.assignedById ?? 'system', action: `assignment.${a.kind.toLowerCase()}`, entityType: 'Assignment', entityId: a.id,
        data: { documentId: a.documentId, bailiffId: a.bailiffId, sequence: a.sequence, hash: a.hash, rule: a.decision.rule, tiedCount: a.decision.tied.length, drawIndex: a.decision.drawIndex },
      });
    }
    out.loads.push(...chain.loads());
    allDocs.push(...docs.filter((d) => !d.dropped));
  }

  // ------------------------------------------------------------ documents, applications, proceedings, stages
  for (const d of allDocs) {
    const form: Prisma.InputJsonValue = {
      claimant: { name: d.claimant.name, idNumber: d.claimant.id, address: d.claimant.address },
      debtor: { name: d.debtor.name, idNumber: d.debtor.id, address: d.debtor.address },
      executiveDocument: { court: d.court.name, caseNumber: d.caseNumber, issuedOn: d.issuedOn, category: d.category, amountTenge: d.amount, districtId: d.districtId },
      requestsWrit: false,
      byRepresentative: d.login === 'kazlogistics' || d.login === 'kgd.almaty',
      documents: d.channel === 'PORTAL' ? ['EXECUTIVE_DOCUMENT'] : ['APPLICATION_FORM', 'EXECUTIVE_DOCUMENT', 'IDENTITY_DOCUMENT'],
    };
    const app = x.addEnforcementApplication({ channel: d.channel, applicantId: x.uid(d.login), regionId: x.regionId(d.code), receivedAt: d.receivedAt, form });
    const appRow = r.applications[r.applications.length - 1]!;
    if (appRow.id !== app.id) throw new Error('demo history: the application row is not the last one');
    let lastAt = appRow.updatedAt ? new Date(appRow.updatedAt).getTime() : 0;
    const stage = (status: M.ApplicationStageCreateManyInput['status'], name: M.ApplicationStageCreateManyInput['stage'], at: Date, actorId: string | null, note: string | null) => {
      const row: M.ApplicationStageCreateManyInput = { id: x.newId(), applicationId: app.id, status, stage: name, at, actorId, note };
      r.stages.push(row);
      lastAt = Math.max(lastAt, at.getTime());
      return row;
    };
    stage('REGISTERED', 'ORIGINAL_RECEIVED', d.originalAt, official(d.code), 'The paper original was handed to the Chamber (CH3).');
    for (const a of d.assignments) {
      const note =
        a.kind === 'INITIAL' ? `Private bailiff ${a.bailiffName} appointed by the Chamber. ${a.decision.explanation}`
        : a.kind === 'REPLACEMENT' ? `Bailiff replaced by ${a.bailiffName} after a final decision confirming a breach of duty (CH4).`
        : `Case redistributed to ${a.bailiffName}: ${a.context}`;
      stage('IN_REVIEW', a.kind === 'INITIAL' ? 'BAILIFF_ASSIGNED' : a.kind === 'REPLACEMENT' ? 'BAILIFF_REPLACED' : 'BAILIFF_REASSIGNED', a.assignedAt, a.assignedById, note);
    }
    const holder = d.assignments[d.assignments.length - 1]!;
    const proceedingId = x.newId();
    const proceeding: M.EnforcementProceedingCreateManyInput = {
      id: proceedingId, number: x.number(`EP-${d.code}`, almatyDate(d.proceedingRegisteredAt).slice(0, 4), 7), documentId: d.id, bailiffId: holder.bailiffId,
      status: d.status, registeredAt: d.proceedingRegisteredAt, decisionDueOn: toDate(d.proceedingDueOn), decidedAt: d.decidedAt,
      refusalGround: d.status === 'REFUSED' ? d.decision!.refusal.ground : null, refusalReason: d.status === 'REFUSED' ? d.decision!.refusal.reason : null,
    };
    r.proceedings.push(proceeding);
    appRow.status = d.status === 'INITIATED' ? 'APPROVED' : d.status === 'REFUSED' ? 'REFUSED' : 'IN_REVIEW';
    if (d.decidedAt) {
      appRow.decidedAt = d.decidedAt;
      const late = almatyDate(d.decidedAt) > d.proceedingDueOn ? ` — after the deadline of ${d.proceedingDueOn} (E4)` : '';
      if (d.status === 'REFUSED') {
        appRow.refusalGrounds = [d.decision!.refusal.ground];
        appRow.refusalReason = d.decision!.refusal.reason;
        stage('REFUSED', 'INITIATION_REFUSED', d.decidedAt, d.decidedBy, `Initiation refused: ${d.decision!.refusal.reason}${late}.`);
      } else {
        const s = stage('APPROVED', 'PROCEEDINGS_INITIATED', d.decidedAt, d.decidedBy, null);
        // the proceeding's number is final only once every series is renumbered by registration
        afterRenumber.push(() => (s.note = `Enforcement proceedings ${proceeding.number} initiated${late}.`));
      }
    }
    for (const m of d.taken) {
      const id = x.newId();
      r.measures.push({
        id, proceedingId, kind: m.kind, description: m.description, amountTenge: m.withAmount && d.amount !== null ? d.amount.toFixed(2) : null,
        takenOn: toDate(almatyDate(m.at)), recordedById: m.by, createdAt: m.at,
      });
      stage('APPROVED', 'MEASURE_TAKEN', m.at, m.by, `${m.kind.replace(/_/g, ' ').toLowerCase()}: ${m.description}`);
    }
    appRow.updatedAt = new Date(lastAt);
    r.documents.push({
      id: d.id, applicationId: app.id, court: d.court.name, caseNumber: d.caseNumber, issuedOn: toDate(d.issuedOn), category: d.category,
      amountTenge: d.amount === null ? null : d.amount.toFixed(2), claimantName: d.claimant.name, claimantIdNumber: d.claimant.id,
      debtorName: d.debtor.name, debtorIdNumber: d.debtor.id, debtorAddress: d.debtor.address, districtId: d.districtId, routing: 'CHAMBER',
      status: 'ASSIGNED', originalReceivedAt: d.originalAt, receivedAt: app.registeredAt ?? d.registeredAt, createdAt: app.registeredAt ?? d.registeredAt,
    });
  }
  return { rows: out, afterRenumber: () => afterRenumber.forEach((f) => f()) };
}
