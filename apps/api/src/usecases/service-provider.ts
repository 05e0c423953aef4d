// Licence area (issue 9): the provider's side of any ServiceApplication (attestation, licence): who provides which
// service, the application locked for the change, the applicant's name and language for the documents.
import type { Prisma, Role, ServiceKind } from '@oryndau/db';
import { refusalGroundsFor, validateRefusal, type RefusalGround, type ServiceKind as DomainServiceKind } from '@oryndau/domain';
import { applicationScope, hasRole } from '../access.ts';
import { DomainError } from '../errors.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { Tx } from './transaction.ts';

/** Who provides each service (A1, L1): the territorial justice body and its commission, Ministry licensing staff. */
export const PROVIDER_ROLES: Record<ServiceKind, Role[]> = {
  ATTESTATION: ['JUSTICE_OFFICER', 'COMMISSION_MEMBER'],
  ATTESTATION_AND_LICENCE: ['JUSTICE_OFFICER', 'COMMISSION_MEMBER', 'LICENSING_OFFICER'],
  LICENCE: ['LICENSING_OFFICER'],
  LICENCE_REISSUE: ['LICENSING_OFFICER'],
  ENFORCEMENT_INITIATION: [],
};

export const withApplicant = { applicant: { include: { person: true } } } satisfies Prisma.ServiceApplicationInclude;
export type ProvidedApplication = Prisma.ServiceApplicationGetPayload<{ include: typeof withApplicant }>;

/**
 * The application, locked for update, when the viewer provides its service and may read it whole (the access
 * rules of access.ts: their body's applications); otherwise NOT_FOUND or FORBIDDEN. The scheduler's viewer
 * (system) passes for the automatic services (L8).
 */
export async function loadForProvider(tx: Tx, viewer: Viewer | null, applicationId: string, opts: { system?: boolean } = {}): Promise<ProvidedApplication> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "ServiceApplication" WHERE "id" = ${applicationId} FOR UPDATE`;
  if (!locked.length) throw new DomainError('NOT_FOUND', 'Unknown application.', ['input', 'applicationId']);
  const app = await tx.serviceApplication.findUniqueOrThrow({ where: { id: applicationId }, include: withApplicant });
  if (opts.system) return app;
  if (!hasRole(viewer, ...PROVIDER_ROLES[app.kind])) throw new DomainError('FORBIDDEN', 'Only the provider of this service may do this.', ['input', 'applicationId'], { key: 'service.notProvider' });
  const visible = await tx.serviceApplication.count({ where: { AND: [{ id: applicationId }, applicationScope(viewer, 'PERSONAL')] } });
  if (!visible) throw new DomainError('NOT_FOUND', 'Unknown application.', ['input', 'applicationId']);
  return app;
}

export function applicantName(app: ProvidedApplication): string {
  const p = app.applicant.person;
  return p ? [p.lastName, p.firstName, p.patronymic].filter(Boolean).join(' ') : app.applicant.displayName;
}

/** G1 with the service's own grounds (L4 for a licence, A5 for an attestation); a user error otherwise. */
/** `allowed`: after a hearing, the grounds it was about may include the attestation's outcome (hearingGroundsFor). */
export function requireLawfulRefusal(kind: ServiceKind, grounds: readonly string[], reason: string, allowed: readonly string[] = refusalGroundsFor(kind as DomainServiceKind)): void {
  const r = validateRefusal({ grounds, reason }, allowed as readonly RefusalGround[]);
  if (r.ok) return;
  throw new DomainError(
    r.errors.map((e) => ({
      code: 'INVALID_INPUT' as const,
      field: ['input', e.code === 'EMPTY_REASON' ? 'reason' : 'grounds'],
      message: e.message,
      key: e.code === 'EMPTY_REASON' ? 'refusal.reasonRequired' : e.code === 'NO_GROUND' ? 'refusal.groundRequired' : e.code === 'UNKNOWN_GROUND' ? 'refusal.unknownGround' : 'refusal.duplicateGround',
      rule: kind === 'LICENCE' || kind === 'LICENCE_REISSUE' ? 'L4' : kind === 'ATTESTATION' ? 'A5' : 'G1',
      params: 'ground' in e ? { ground: e.ground, allowed: allowed.join(', ') } : { ground: null, allowed: allowed.join(', ') },
    })),
  );
}
