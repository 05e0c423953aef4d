// admit (issue 9): which chamber may admit the holder of a licence (L9, CH2). A licence is issued by the Ministry
// for the whole country (L1), but a private bailiff practises in the territory of the regional chamber they are
// a member of, and an attestation is held by the commission of the region the candidate means to practise in
// (A1). So a licence on the basis of an attestation decision belongs to the region of that decision; a licence on
// a labour record (L5 a), or whose decision names no region we know, belongs to no region: any chamber may admit
// its holder. Only an ACTIVE licence admits anybody (L9, CH2: a bailiff without a valid licence receives no cases).

export interface RegionNames {
  id: string;
  code: string;
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

const norm = (s: string) => s.trim().toLocaleLowerCase('ru').replace(/\s+/g, ' ');

/** The region an attestation decision names (by code or any of its names), or null when none matches. */
export function regionOfDecision<R extends RegionNames>(decisionRegion: unknown, regions: readonly R[]): R | null {
  if (typeof decisionRegion !== 'string' || !decisionRegion.trim()) return null;
  const wanted = norm(decisionRegion);
  return regions.find((r) => [r.code, r.nameKk, r.nameRu, r.nameEn].some((n) => norm(n) === wanted)) ?? null;
}

/** The region a licence belongs to (see above): its attestation decision's, else null (any chamber). */
export function licenceRegion<R extends RegionNames>(licence: { basis: string; basisDetails: unknown }, regions: readonly R[]): R | null {
  if (licence.basis !== 'ATTESTATION') return null;
  const details = licence.basisDetails as { attestationDecision?: { region?: unknown } } | null;
  return regionOfDecision(details?.attestationDecision?.region, regions);
}

export type LicenceAdmissionRefusal = 'LICENCE_NOT_ACTIVE' | 'ALREADY_MEMBER' | 'OTHER_REGION';

/**
 * Why the chamber of `chamberRegionId` may not admit the holder of this licence, or null when it may (L9, CH2).
 * `member` is the holder's current membership of a chamber (null when none, or when they left).
 */
export function admissionRefusal<R extends RegionNames>(
  licence: { status: string; basis: string; basisDetails: unknown },
  member: { leftOn: Date | string | null } | null,
  chamberRegionId: string,
  regions: readonly R[],
): LicenceAdmissionRefusal | null {
  if (licence.status !== 'ACTIVE') return 'LICENCE_NOT_ACTIVE';
  if (member && !member.leftOn) return 'ALREADY_MEMBER';
  const region = licenceRegion(licence, regions);
  if (region && region.id !== chamberRegionId) return 'OTHER_REGION';
  return null;
}
