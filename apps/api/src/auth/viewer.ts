import type { PrismaClient, Role } from '@oryndau/db';

export interface ViewerGrant {
  role: Role;
  regionId: string | null;
  chamberId: string | null;
  /** the region of the chamber, for chamber grants */
  chamberRegionId: string | null;
}

/** Who asks: the signed-in user and their grants. */
export interface Viewer {
  id: string;
  login: string;
  displayName: string;
  personId: string | null;
  organisationId: string | null;
  grants: ViewerGrant[];
}

/** The signed-in user and their grants, in one query (it runs on every authenticated request). */
export async function loadViewer(prisma: PrismaClient, where: { id: string } | { login: string }): Promise<Viewer | null> {
  const byId = 'id' in where ? where.id : null;
  const byLogin = 'login' in where ? where.login : null;
  const rows = await prisma.$queryRaw<(Omit<Viewer, 'grants'> & { grants: Viewer['grants'] | null })[]>`
    SELECT u."id", u."login", u."displayName", u."personId", u."organisationId",
      (SELECT json_agg(json_build_object('role', g."role", 'regionId', g."regionId", 'chamberId', g."chamberId", 'chamberRegionId', c."regionId"))
       FROM "RoleGrant" g LEFT JOIN "Chamber" c ON c."id" = g."chamberId" WHERE g."userId" = u."id") AS "grants"
    FROM "User" u
    WHERE (${byId}::text IS NOT NULL AND u."id" = ${byId}) OR (${byLogin}::text IS NOT NULL AND u."login" = ${byLogin})`;
  const user = rows[0];
  return user ? { ...user, grants: user.grants ?? [] } : null;
}
