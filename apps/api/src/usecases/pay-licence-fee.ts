// L6: the licence fee — 6 MCI for an issue, 10 % of that for a reissue — from the MCI in force in the year of
// payment (the dated table MonthlyCalculationIndex), paid through the e-gov payment gateway or with a bank
// receipt that the gateway confirms. The payment is kept with the application and shown as pulled from the
// gateway (StateSystemQuery PAYMENT_GATEWAY). A gateway that does not answer refuses the payment for now: the
// applicant tries again; nothing is charged or lost.
import { APPLICATION, STATE_QUERY, almatyDate, isFeePaid, licenceFeeTenge, unchangedStatus } from '@oryndau/domain';
import type { PaymentMethod, Prisma } from '@oryndau/db';
import { DomainError } from '../errors.ts';
import { createAs } from '../transitions.ts';
import type { StateAnswer, PaymentData } from '../state-systems/types.ts';
import type { LicenceContext } from './submit-licence-application.ts';
import { requirePortalApplicant } from './submit-licence-application.ts';
import { actingRole } from './stages.ts';
import { inTransaction, type Tx } from './transaction.ts';

export interface PayLicenceFeeInput {
  applicationId: string;
  method: PaymentMethod;
  receiptNumber?: string | null;
  idempotencyKey?: string | null;
}

export async function mciOn(tx: Pick<Tx, 'monthlyCalculationIndex'>, year: number): Promise<number> {
  const row = await tx.monthlyCalculationIndex.findUnique({ where: { year } });
  if (!row) throw new DomainError('INVALID_STATE', `No monthly calculation index is recorded for ${year}.`, null, { key: 'payment.noMci', rule: 'L6', params: { year } });
  return row.amountTenge;
}

/** Asks the gateway (outside any transaction) and returns the confirmed payment, or a user error. */
export async function gatewayPayment(ctx: LicenceContext, req: { method: PaymentMethod; receiptNumber?: string | null; payerIin: string; amountTenge: number; reference: string }): Promise<StateAnswer<PaymentData> & { ok: true }> {
  let answer: StateAnswer<PaymentData>;
  if (req.method === 'EGOV_GATEWAY') {
    answer = await ctx.stateSystems.payments.pay({ reference: req.reference, payerIin: req.payerIin, amountTenge: req.amountTenge, purpose: 'Licence fee (L6)' });
  } else {
    if (!req.receiptNumber?.trim()) throw new DomainError('INVALID_INPUT', 'Give the bank receipt’s number.', ['input', 'receiptNumber'], { key: 'input.required', rule: 'L6' });
    answer = await ctx.stateSystems.payments.confirmReceipt({ receiptNumber: req.receiptNumber.trim(), payerIin: req.payerIin });
  }
  if (!answer.ok) throw new DomainError('INVALID_STATE', 'The payment gateway does not answer now; nothing was charged. Try again in a few minutes.', ['input', 'method'], { key: 'payment.gatewayUnavailable', rule: 'L6', params: { error: answer.error } });
  if (answer.negative) throw new DomainError('INVALID_STATE', 'The payment was declined.', ['input', 'method'], { key: 'payment.declined', rule: 'L6' });
  if (!answer.found) throw new DomainError('INVALID_INPUT', 'The treasury does not know this receipt.', ['input', 'receiptNumber'], { key: 'payment.receiptUnknown', rule: 'L6' });
  if (answer.data.amountTenge < req.amountTenge) {
    throw new DomainError('INVALID_INPUT', `The receipt is for ${answer.data.amountTenge} tenge; the fee is ${req.amountTenge}.`, ['input', 'receiptNumber'], { key: 'payment.amountTooLow', rule: 'L6', params: { paid: answer.data.amountTenge, fee: req.amountTenge } });
  }
  return answer;
}

/** Records a confirmed payment, and the gateway's answer, in the transaction. */
export async function recordPayment(tx: Tx, app: { id: string }, method: PaymentMethod, answer: StateAnswer<PaymentData> & { ok: true }, now: Date) {
  const payment = await tx.payment.create({ data: { applicationId: app.id, amountTenge: answer.data.amountTenge, method, reference: answer.data.reference, paidAt: now } });
  const existing = await tx.stateSystemQuery.findUnique({ where: { applicationId_system: { applicationId: app.id, system: 'PAYMENT_GATEWAY' } } });
  const data = { found: true, negative: false, answer: answer.data as unknown as Prisma.InputJsonValue, answeredAt: now, source: answer.source };
  if (existing) await tx.stateSystemQuery.update({ where: { id: existing.id }, data: { ...data, attempts: existing.attempts + 1 } });
  else await tx.stateSystemQuery.create({ data: { ...data, applicationId: app.id, system: 'PAYMENT_GATEWAY', status: createAs(STATE_QUERY, 'ANSWERED'), askedAt: now } });
  return payment;
}

export async function payLicenceFee(ctx: LicenceContext, input: PayLicenceFeeInput) {
  const { viewer, person } = await requirePortalApplicant(ctx);
  const app = await ctx.db.prisma.serviceApplication.findFirst({ where: { id: input.applicationId, applicantId: viewer.id }, include: { payments: true } });
  if (!app || !['LICENCE', 'ATTESTATION_AND_LICENCE'].includes(app.kind)) throw new DomainError('NOT_FOUND', 'Unknown application.', ['input', 'applicationId']);
  if (!['REGISTERED', 'IN_REVIEW', 'HEARING'].includes(app.status)) throw new DomainError('INVALID_STATE', 'The application is decided.', ['input', 'applicationId'], { key: 'payment.applicationClosed', rule: 'L6' });
  const now = ctx.now();
  const fee = licenceFeeTenge(app.kind as 'LICENCE', await mciOn(ctx.db.prisma, Number(almatyDate(now).slice(0, 4))));
  if (isFeePaid(app.payments, fee)) throw new DomainError('INVALID_STATE', 'The fee is already paid.', ['input', 'applicationId'], { key: 'payment.alreadyPaid', rule: 'L6' });
  const answer = await gatewayPayment(ctx, { method: input.method, receiptNumber: input.receiptNumber, payerIin: person.iin, amountTenge: fee, reference: app.number });
  return inTransaction(
    ctx,
    async (tx, audit) => {
      const current = await tx.serviceApplication.findUniqueOrThrow({ where: { id: app.id } });
      const payment = await recordPayment(tx, app, input.method, answer, now);
      await tx.applicationStage.create({ data: { applicationId: app.id, status: unchangedStatus(APPLICATION, current.status), stage: 'FEE_PAID', actorId: viewer.id, actorRole: actingRole(viewer, ['APPLICANT']), at: now, note: `Fee of ${fee} tenge paid (${input.method === 'EGOV_GATEWAY' ? 'e-gov payment gateway' : `bank receipt ${answer.data.reference}`}, L6).` } });
      await audit({ action: 'licence.feePaid', entityType: 'ServiceApplication', entityId: app.id, data: { amountTenge: payment.amountTenge, method: input.method, reference: payment.reference } });
      return { application: current, payment, feeTenge: fee };
    },
    {
      idempotency: {
        mutation: 'payLicenceFee',
        key: input.idempotencyKey,
        input,
        save: (r) => ({ applicationId: r.application.id, paymentId: r.payment.id, feeTenge: r.feeTenge }),
        load: async (tx, saved) => {
          const s = saved as { applicationId: string; paymentId: string; feeTenge: number };
          return { application: await tx.serviceApplication.findUniqueOrThrow({ where: { id: s.applicationId } }), payment: await tx.payment.findUniqueOrThrow({ where: { id: s.paymentId } }), feeTenge: s.feeTenge };
        },
      },
    },
  );
}
