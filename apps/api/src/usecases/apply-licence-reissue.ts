// L8 (App.2 p.13), L6: the holder of an active licence applies for its reissue after a change of surname, name or
// patronymic. Nothing about the change is asked: it is confirmed from the "Individuals" database. The fee (10 % of
// the issue rate) is paid with the application, through the gateway or by a bank receipt. The rest runs with no
// staff at all (process-automatic-reissue.ts): at once after this commits, and by the scheduler for anything
// left waiting (a state system down, an API restart).
import { APPLICATION, almatyDate, licenceFeeTenge, register, unchangedStatus } from '@oryndau/domain';
import type { PaymentMethod, Prisma } from '@oryndau/db';
import { DomainError } from '../errors.ts';
import { dbDate } from '../dates.ts';
import { createAs } from '../transitions.ts';
import { gatewayPayment, mciOn, recordPayment } from './pay-licence-fee.ts';
import { requirePortalApplicant, type LicenceContext } from './submit-licence-application.ts';
import { nextNumber } from './numbers.ts';
import { actingRole } from './stages.ts';
import { inTransaction } from './transaction.ts';

export interface ApplyLicenceReissueInput {
  licenceId?: string | null;
  method: PaymentMethod;
  receiptNumber?: string | null;
  idempotencyKey?: string | null;
}

export async function applyLicenceReissue(ctx: LicenceContext, input: ApplyLicenceReissueInput) {
  const { viewer, person } = await requirePortalApplicant(ctx);
  const licence = await ctx.db.prisma.licence.findFirst({ where: { holderId: person.id, status: 'ACTIVE', ...(input.licenceId ? { id: input.licenceId } : {}) }, orderBy: { issuedAt: 'desc' } });
  if (!licence) throw new DomainError('NOT_FOUND', 'You hold no active licence to reissue.', ['input', 'licenceId'], { key: 'licence.noActiveLicence', rule: 'L8' });
  const open = await ctx.db.prisma.serviceApplication.count({ where: { applicantId: viewer.id, kind: 'LICENCE_REISSUE', status: { in: ['REGISTERED', 'IN_REVIEW'] } } });
  if (open) throw new DomainError('CONFLICT', 'A reissue of this licence is already under way.', ['input', 'licenceId'], { key: 'licence.reissueUnderWay', rule: 'L8' });
  const now = ctx.now();
  const fee = licenceFeeTenge('LICENCE_REISSUE', await mciOn(ctx.db.prisma, Number(almatyDate(now).slice(0, 4))));
  const payment = await gatewayPayment(ctx, { method: input.method, receiptNumber: input.receiptNumber, payerIin: person.iin, amountTenge: fee, reference: `reissue ${licence.number}` });
  return inTransaction(
    ctx,
    async (tx, audit) => {
      const cal = await ctx.calendar.get(tx);
      const registration = register(now, 'PORTAL', cal);
      const status = createAs(APPLICATION, 'REGISTERED');
      const number = await nextNumber(tx, `LRE-${almatyDate(now).slice(0, 4)}`);
      const app = await tx.serviceApplication.create({
        data: {
          number, kind: 'LICENCE_REISSUE', channel: 'PORTAL', status, applicantId: viewer.id, receivedAt: now, registeredAt: registration.registeredAt,
          dueOn: dbDate(registration.registeredOn),
          form: { licenceId: licence.id, licenceNumber: licence.number, nameOnLicence: { lastName: person.lastName, firstName: person.firstName, patronymic: person.patronymic } } as Prisma.InputJsonValue,
          stages: { create: [{ status, stage: 'REGISTERED', actorId: viewer.id, actorRole: actingRole(viewer, ['APPLICANT']), at: now, note: `Reissue of licence ${licence.number} after a change of name; processed automatically within 20 minutes of a working day (L8).` }] },
        },
      });
      await recordPayment(tx, app, input.method, payment, now);
      await tx.applicationStage.create({ data: { applicationId: app.id, status: unchangedStatus(APPLICATION, status), stage: 'FEE_PAID', actorId: viewer.id, actorRole: actingRole(viewer, ['APPLICANT']), at: now, note: `Fee of ${fee} tenge paid (10 % of the issue rate, L6).` } });
      await audit({ action: 'licence.applyReissue', entityType: 'ServiceApplication', entityId: app.id, data: { number, licenceId: licence.id, fee } });
      return app;
    },
    {
      idempotency: {
        mutation: 'applyLicenceReissue',
        key: input.idempotencyKey,
        input,
        save: (a) => ({ id: a.id }),
        load: (tx, saved) => tx.serviceApplication.findUniqueOrThrow({ where: { id: (saved as { id: string }).id } }),
      },
    },
  );
}
