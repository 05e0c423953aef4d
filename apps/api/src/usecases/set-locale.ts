// The signed-in user's interface language.
import type { Locale } from '@oryndau/db';
import { requireSignedIn } from '../access.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

export async function setLocale(ctx: UseCaseContext, input: { locale: Locale }) {
  requireSignedIn(ctx.viewer);
  return inTransaction(ctx, async (tx, audit) => {
    const user = await tx.user.update({ where: { id: ctx.viewer!.id }, data: { locale: input.locale } });
    await audit({ action: 'user.setLocale', entityType: 'User', entityId: user.id, data: { locale: input.locale } });
    return user;
  });
}
