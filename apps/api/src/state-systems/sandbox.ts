// The sandbox state systems: every adapter of types.ts answered from the table SandboxStateRecord, so that the demo
// and the tests can produce every answer — clear, each negative one, not found, a timeout, a system down, and a
// system that is down a few times and then answers (failuresLeft). A record for subject "*" answers for every
// subject of its system (a whole system down). Without a record:
// - IDENTITY answers from the platform's own Person table (the sandbox stands in for the "Individuals" database);
// - INDIVIDUALS answers "no change of name recorded";
// - the registers answer "clear" (no record);
// - the payment gateway accepts an on-line payment, and does not know a bank receipt.
import { randomUUID } from 'node:crypto';
import type { PrismaClient, SandboxAnswer, StateSystem } from '@oryndau/db';
import { almatyDate, type StateSystemName } from '@oryndau/domain';
import type { IdentityData, NameChange, PaymentData, RegisterData, StateAnswer, StateSystems } from './types.ts';

const SOURCE = 'sandbox';

interface Scripted {
  answer: SandboxAnswer;
  data: Record<string, unknown>;
}

export function sandboxStateSystems(prisma: PrismaClient, opts: { now?: () => Date } = {}): StateSystems {
  const now = opts.now ?? (() => new Date());

  /** The scripted answer for the subject (its own record, else the system's "*" record), consuming one failure. */
  async function scripted(system: StateSystem, subject: string): Promise<Scripted | 'DOWN' | null> {
    for (const s of [subject, '*']) {
      // a record that still has failures to give answers UNAVAILABLE, once per call
      const failed = await prisma.$executeRaw`UPDATE "SandboxStateRecord" SET "failuresLeft" = "failuresLeft" - 1 WHERE "system" = ${system}::"StateSystem" AND "subject" = ${s} AND "failuresLeft" > 0`;
      if (failed > 0) return 'DOWN';
      const row = await prisma.sandboxStateRecord.findUnique({ where: { system_subject: { system, subject: s } } });
      if (row) return { answer: row.answer, data: (row.data ?? {}) as Record<string, unknown> };
    }
    return null;
  }

  function unavailable<T>(system: StateSystemName, error: 'TIMEOUT' | 'UNAVAILABLE'): StateAnswer<T> {
    return {
      ok: false,
      system,
      error,
      message: error === 'TIMEOUT' ? `The ${system} system did not answer in time.` : `The ${system} system is unavailable.`,
    };
  }

  /** The common part: a scripted failure, or the scripted answer, or the default. */
  async function ask<T>(system: StateSystemName, subject: string, dflt: () => Promise<StateAnswer<T>> | StateAnswer<T>, shape: (s: Scripted) => T): Promise<StateAnswer<T>> {
    const s = await scripted(system, subject);
    if (s === 'DOWN') return unavailable(system, 'UNAVAILABLE');
    if (!s) return dflt();
    switch (s.answer) {
      case 'TIMEOUT':
        return unavailable(system, 'TIMEOUT');
      case 'UNAVAILABLE':
        return unavailable(system, 'UNAVAILABLE');
      case 'NOT_FOUND':
        return { ok: true, system, found: false, negative: false, data: shape(s), source: SOURCE };
      case 'NEGATIVE':
        return { ok: true, system, found: true, negative: true, data: shape(s), source: SOURCE };
      case 'CLEAR':
        return { ok: true, system, found: true, negative: false, data: shape(s), source: SOURCE };
    }
  }

  const register = (system: StateSystemName) => ({
    check: (iin: string) =>
      ask<RegisterData>(
        system,
        iin,
        () => ({ ok: true, system, found: false, negative: false, data: { records: [] }, source: SOURCE }),
        (s) => ({ records: Array.isArray(s.data.records) ? (s.data.records as RegisterData['records']) : [] }),
      ),
  });

  return {
    mode: SOURCE,
    identity: {
      person: (iin) =>
        ask<IdentityData>(
          'IDENTITY',
          iin,
          async () => {
            const p = await prisma.person.findUnique({ where: { iin }, select: { iin: true, lastName: true, firstName: true, patronymic: true, birthDate: true } });
            if (!p) return { ok: true, system: 'IDENTITY', found: false, negative: false, data: { iin, lastName: '', firstName: '', patronymic: null, birthDate: null }, source: SOURCE };
            return { ok: true, system: 'IDENTITY', found: true, negative: false, data: { ...p, birthDate: p.birthDate ? almatyDate(p.birthDate) : null }, source: SOURCE };
          },
          (s) => ({ iin, lastName: '', firstName: '', patronymic: null, birthDate: null, ...(s.data as Partial<IdentityData>) }),
        ),
    },
    individuals: {
      nameChanges: (iin) =>
        ask<{ changes: NameChange[] }>(
          'INDIVIDUALS',
          iin,
          () => ({ ok: true, system: 'INDIVIDUALS', found: true, negative: false, data: { changes: [] }, source: SOURCE }),
          (s) => ({ changes: Array.isArray(s.data.changes) ? (s.data.changes as NameChange[]) : [] }),
        ),
    },
    criminalRecord: register('CRIMINAL_RECORD'),
    corruptionOffences: register('CORRUPTION_OFFENCES'),
    negativeDismissals: register('NEGATIVE_DISMISSALS'),
    licenceDeprivation: register('LICENCE_DEPRIVATION'),
    mentalHealth: register('MENTAL_HEALTH_REGISTER'),
    narcology: register('NARCOLOGY_REGISTER'),
    payments: {
      // an on-line payment is scripted by the payer's IIN (NEGATIVE: declined)
      pay: (req) =>
        ask<PaymentData>(
          'PAYMENT_GATEWAY',
          req.payerIin,
          () => ({
            ok: true,
            system: 'PAYMENT_GATEWAY',
            found: true,
            negative: false,
            data: { reference: `EGOV-${randomUUID().slice(0, 8).toUpperCase()}`, amountTenge: req.amountTenge, paidAt: now().toISOString(), payerIin: req.payerIin },
            source: SOURCE,
          }),
          (s) => ({ reference: `EGOV-${randomUUID().slice(0, 8).toUpperCase()}`, amountTenge: req.amountTenge, paidAt: now().toISOString(), payerIin: req.payerIin, ...(s.data as Partial<PaymentData>) }),
        ),
      // a bank receipt is scripted by its number: CLEAR with { amountTenge } is a payment the treasury knows
      confirmReceipt: (req) =>
        ask<PaymentData>(
          'PAYMENT_GATEWAY',
          `receipt:${req.receiptNumber}`,
          () => ({ ok: true, system: 'PAYMENT_GATEWAY', found: false, negative: false, data: { reference: req.receiptNumber, amountTenge: 0, paidAt: '', payerIin: req.payerIin }, source: SOURCE }),
          (s) => ({ reference: req.receiptNumber, amountTenge: Number(s.data.amountTenge ?? 0), paidAt: String(s.data.paidAt ?? now().toISOString()), payerIin: String(s.data.payerIin ?? req.payerIin) }),
        ),
    },
  };
}
