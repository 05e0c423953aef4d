// admit (issue 9): the licences a chamber may admit — ACTIVE, of the chamber's region (the attestation decision's;
// a licence on a labour record belongs to any region), their holder not a member of a chamber now (L9, CH2). Read
// by the chamber's own officials only (`isChamberOfficial` of access.ts): the list is the chamber's work, not the
// public register. It shows what the public register shows (number, holder's name, status, dates), never the IIN:
// the licence number identifies the holder, and the official needs nothing more to admit them.
import type { Prisma } from '@oryndau/db';
import { admissionRefusal } from '@oryndau/domain';
import { builder } from '../builder.ts';
import { isChamberOfficial } from '../access.ts';
import type { Context } from '../context.ts';

const REGION_NAMES = { id: true, code: true, nameKk: true, nameRu: true, nameEn: true } as const;

/** Licences not held by a current member (and active), whatever the region: the few awaiting admission. */
const NOT_ADMITTED: Prisma.LicenceWhereInput = { status: 'ACTIVE', holder: { OR: [{ bailiff: { is: null } }, { bailiff: { leftOn: { not: null } } }] } };

const memo = new WeakMap<object, Map<string, Promise<string[]>>>();

/** The ids of the licences the chamber of this region may admit (once per request and region). */
function admissibleIds(ctx: Context, regionId: string): Promise<string[]> {
  let byRegion = memo.get(ctx);
  if (!byRegion) memo.set(ctx, (byRegion = new Map()));
  let ids = byRegion.get(regionId);
  if (!ids) {
    ids = Promise.all([
      ctx.db.prisma.licence.findMany({ where: NOT_ADMITTED, select: { id: true, status: true, basis: true, basisDetails: true } }),
      ctx.db.prisma.region.findMany({ select: REGION_NAMES }),
    ]).then(([licences, regions]) => licences.filter((l) => admissionRefusal(l, null, regionId, regions) === null).map((l) => l.id));
    byRegion.set(regionId, ids);
  }
  return ids;
}

builder.prismaObjectField('Chamber', 'admissibleLicences', (t) =>
  t.prismaConnection({
    type: 'Licence',
    cursor: 'id',
    description: 'Licences whose holder this chamber may admit (admitLicensedBailiff): ACTIVE, of the chamber’s region (the attestation decision’s; a licence on a labour record, any region), the holder not a member of a chamber. Newest first. The chamber’s officials only; never the IIN (L9, CH2).',
    authScopes: (chamber, _args, ctx) => isChamberOfficial(ctx.viewer, (chamber as { id: string }).id),
    totalCount: async (chamber, _args, ctx) => (await admissibleIds(ctx, chamber.regionId)).length,
    resolve: async (query, chamber, _args, ctx) =>
      ctx.db.prisma.licence.findMany({ ...query, where: { id: { in: await admissibleIds(ctx, chamber.regionId) } }, orderBy: [{ issuedAt: 'desc' }, { id: 'desc' }] }),
  }),
);
