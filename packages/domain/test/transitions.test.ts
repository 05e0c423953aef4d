// Every status table, walked pair by pair: the allowed edges are exactly those written, and every one is described.
import { describe, expect, it } from 'vitest';
import {
  allowedNext,
  APPLICATION,
  assertProceedingTransition,
  assertTransition,
  canTransition,
  everyPair,
  INSPECTION,
  LICENCE,
  nextStatus,
  TRANSITION_TABLES,
  transition,
  TransitionRefused,
  unchangedStatus,
  type AnyTable,
} from '../src/index.ts';

const tables = Object.entries(TRANSITION_TABLES) as Array<[string, AnyTable]>;

describe('transition tables', () => {
  for (const [name, table] of tables) {
    it(`G2: ${name} — every status and every edge is described with its rules; every status is reachable`, () => {
      const statuses = Object.keys(table.statuses);
      expect(statuses.length).toBeGreaterThan(1);
      for (const s of statuses) expect(table.statuses[s]!.length, s).toBeGreaterThan(5);
      expect(Object.keys(table.edges).sort()).toEqual([...statuses].sort());
      const reached = new Set<string>();
      for (const e of [...table.initial, ...Object.values(table.edges).flat()]) {
        expect(e.why.length).toBeGreaterThan(10);
        expect(e.rules.length).toBeGreaterThan(0);
        expect(statuses).toContain(e.to);
        reached.add(e.to);
      }
      expect([...reached].sort()).toEqual([...statuses].sort());
    });

    it(`${name}: every (from, to) pair is allowed exactly when the table has the edge, and refused with a typed error otherwise`, () => {
      for (const [from, to] of everyPair(table)) {
        const edges = from === null ? table.initial : table.edges[from]!;
        const edge = edges.find((e) => e.to === to);
        // the most permissive context each table knows: conditions are walked below
        const ctx = { byChamber: true, byReissue: true };
        const r = transition(table as never, from as never, to as never, ctx as never) as ReturnType<typeof transition>;
        expect(r.ok, `${from} → ${to}`).toBe(!!edge);
        if (r.ok) expect(r.status).toBe(to);
        else {
          expect(r.error).toMatchObject({ code: 'INVALID_TRANSITION', from, to, entity: table.entity });
          expect(r.error.allowed).toEqual(edges.map((e) => e.to));
          expect(() => nextStatus(table as never, from as never, to as never, ctx as never)).toThrow(TransitionRefused);
        }
      }
    });
  }

  it('A11: the application table refuses IN_REVIEW → REFUSED for attestation and licence, with the rule', () => {
    const r = transition(APPLICATION, 'IN_REVIEW', 'REFUSED', { service: 'LICENCE' });
    expect(r).toMatchObject({ ok: false, error: { rule: 'A11', allowed: expect.not.arrayContaining(['REFUSED']) } });
    expect(transition(APPLICATION, 'IN_REVIEW', 'REFUSED', { service: 'ENFORCEMENT_INITIATION' }).ok).toBe(true);
    expect(canTransition('IN_REVIEW', 'REFUSED', { service: 'ATTESTATION' })).toBe(false);
  });

  it('E4: an application is not approved from REGISTERED: the enforcing bailiff has it IN_REVIEW first', () => {
    expect(transition(APPLICATION, 'REGISTERED', 'APPROVED').ok).toBe(false);
    expect(transition(APPLICATION, 'REGISTERED', 'IN_REVIEW').ok).toBe(true);
    expect(transition(APPLICATION, 'IN_REVIEW', 'APPROVED').ok).toBe(true);
    expect(assertTransition('REGISTERED', 'APPROVED').ok).toBe(false);
  });

  it('Q4, CH5: only a chamber inspection completes without a draft certificate, and only it opens in progress', () => {
    expect(transition(INSPECTION, 'IN_PROGRESS', 'COMPLETED', {}).ok).toBe(false);
    expect(transition(INSPECTION, 'IN_PROGRESS', 'COMPLETED', { byChamber: true }).ok).toBe(true);
    expect(transition(INSPECTION, null, 'IN_PROGRESS', {})).toMatchObject({ ok: false, error: { rule: 'Q3' } });
    expect(allowedNext(INSPECTION, null, {})).toEqual(['PLANNED']);
  });

  it('L8: a licence becomes REISSUED only by a reissue', () => {
    expect(transition(LICENCE, 'ACTIVE', 'REISSUED', {})).toMatchObject({ ok: false, error: { rule: 'L8' } });
    expect(transition(LICENCE, 'ACTIVE', 'REISSUED', { byReissue: true }).ok).toBe(true);
    expect(transition(LICENCE, 'SUSPENDED', 'ACTIVE').ok).toBe(true);
    expect(transition(LICENCE, 'REVOKED', 'ACTIVE').ok).toBe(false);
  });

  it('E4: the proceeding view agrees with the table', () => {
    expect(assertProceedingTransition('AWAITING_DECISION', 'INITIATED')).toEqual({ ok: true });
    expect(assertProceedingTransition('REFUSED', 'INITIATED').ok).toBe(false);
  });

  it('unchangedStatus brands a status of the table and refuses a foreign one', () => {
    expect(unchangedStatus(APPLICATION, 'APPROVED')).toBe('APPROVED');
    expect(() => unchangedStatus(APPLICATION, 'ASSIGNED' as never)).toThrow(RangeError);
  });
});
