import type { Locale } from '@oryndau/db';
import { DomainError } from '../errors.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

/** Dev mode only: identifies a demo user by login; the caller signs the token. */
export async function devLogin(ctx: UseCaseContext, input: { login: string }) {
  if (!ctx.config.devAuth) throw new DomainError('FORBIDDEN', 'devLogin is available only in dev mode.');
  return inTransaction(ctx, async (tx, audit) => {
    const user = await tx.user.findUnique({ where: { login: input.login.trim() } });
    if (!user) throw new DomainError('UNKNOWN_USER', `No demo user "${input.login}".`, ['input', 'login']);
    // the one signing in is the actor (there is no viewer yet)
    await audit({ action: 'auth.devLogin', entityType: 'User', entityId: user.id, actorId: user.id });
    return user;
  });
}

export async function setLocale(ctx: UseCaseContext, input: { locale: Locale }) {
  if (!ctx.viewer) throw new DomainError('FORBIDDEN', 'Sign in first.');
  return inTransaction(ctx, async (tx, audit) => {
    const user = await tx.user.update({ where: { id: ctx.viewer!.id }, data: { locale: input.locale } });
    await audit({ action: 'user.setLocale', entityType: 'User', entityId: user.id, data: { locale: input.locale } });
    return user;
  });
}
