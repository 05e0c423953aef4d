// Dev mode: sign in as a seeded demo user.
import { DomainError } from '../errors.ts';
import type { Services } from '../services.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

/** Dev mode only: identifies a demo user by login; the caller signs the token. */
export async function devLogin(ctx: UseCaseContext & Pick<Services, 'config'>, input: { login: string }) {
  if (!ctx.config.devAuth) throw new DomainError('FORBIDDEN', 'devLogin is available only in dev mode.');
  return inTransaction(ctx, async (tx, audit) => {
    const user = await tx.user.findUnique({ where: { login: input.login.trim() } });
    if (!user) throw new DomainError('UNKNOWN_USER', `No demo user "${input.login}".`, ['input', 'login']);
    // the one signing in is the actor (there is no viewer yet)
    await audit({ action: 'auth.devLogin', entityType: 'User', entityId: user.id, actorId: user.id });
    return user;
  });
}
