// L9, CH2: a chamber official admits to their chamber a private bailiff holding an ACTIVE licence (issued here or
// earlier) — the member then receives cases by the Chamber's even assignment; a suspended, revoked, terminated
// or superseded licence admits nobody. The districts of competence are the chamber's own.
// admit (issue 9): a licence of another region (its attestation decision's, `licenceRegion` of the domain) is
// refused; the same idempotency key and input give the first admission again.
import { admissionRefusal, almatyDate, licenceRegion } from '@oryndau/domain';
import { DomainError } from '../errors.ts';
import { requireChamberOfficial } from '../access.ts';
import { dbDate } from '../dates.ts';
import { rowById } from './idempotency.ts';
import { inTransaction, type UseCaseContext } from './transaction.ts';

export interface AdmitLicensedBailiffInput {
  chamberId: string;
  licenceNumber: string;
  office: string;
  districtIds: string[];
  idempotencyKey?: string | null;
}

const REGION_NAMES = { id: true, code: true, nameKk: true, nameRu: true, nameEn: true } as const;

export async function admitLicensedBailiff(ctx: UseCaseContext, input: AdmitLicensedBailiffInput) {
  requireChamberOfficial(ctx.viewer, input.chamberId);
  if (input.office.trim().length < 3) throw new DomainError('INVALID_INPUT', 'Give the office address.', ['input', 'office'], { key: 'input.required' });
  if (!input.districtIds.length) throw new DomainError('INVALID_INPUT', 'Choose at least one district.', ['input', 'districtIds'], { key: 'input.choose' });
  return inTransaction(ctx, async (tx, audit) => {
    const chamber = await tx.chamber.findUniqueOrThrow({ where: { id: input.chamberId }, include: { region: { select: REGION_NAMES } } });
    const licence = await tx.licence.findUnique({ where: { number: input.licenceNumber.trim() }, include: { holder: { include: { user: true, bailiff: true } } } });
    if (!licence) throw new DomainError('NOT_FOUND', 'No licence has this number.', ['input', 'licenceNumber'], { key: 'licence.unknownNumber', rule: 'L9' });
    const regions = await tx.region.findMany({ select: REGION_NAMES });
    const refusal = admissionRefusal(licence, licence.holder.bailiff, chamber.regionId, regions);
    if (refusal === 'LICENCE_NOT_ACTIVE') throw new DomainError('INVALID_STATE', `The licence is ${licence.status.toLowerCase()}: its holder cannot act (L9, CH2).`, ['input', 'licenceNumber'], { key: 'licence.notActive', rule: 'CH2', params: { status: licence.status } });
    if (refusal === 'ALREADY_MEMBER') throw new DomainError('CONFLICT', 'The holder is already a member of a chamber.', ['input', 'licenceNumber'], { key: 'bailiff.alreadyMember', rule: 'CH2' });
    if (refusal === 'OTHER_REGION') {
      const region = licenceRegion(licence, regions)!;
      throw new DomainError('INVALID_STATE', `The licence holder was attested in ${region.nameEn}: the chamber of that region admits them (CH2).`, ['input', 'licenceNumber'], {
        key: 'bailiff.licenceOtherRegion',
        rule: 'CH2',
        params: { licenceRegion: region.code, chamberRegion: chamber.region.code },
      });
    }
    const districts = await tx.enforcementDistrict.findMany({ where: { id: { in: input.districtIds }, regionId: chamber.regionId }, select: { id: true } });
    if (districts.length !== new Set(input.districtIds).size) throw new DomainError('INVALID_INPUT', 'A district is not of the chamber’s region.', ['input', 'districtIds'], { key: 'bailiff.districtOutsideRegion' });
    const data = { chamberId: chamber.id, licenceId: licence.id, office: input.office.trim(), memberSince: dbDate(almatyDate(ctx.now())), leftOn: null, userId: licence.holder.user?.id ?? null };
    const bailiff = licence.holder.bailiff
      ? await tx.privateBailiff.update({ where: { id: licence.holder.bailiff.id }, data })
      : await tx.privateBailiff.create({ data: { ...data, personId: licence.holderId } });
    await tx.bailiffDistrict.deleteMany({ where: { bailiffId: bailiff.id } });
    await tx.bailiffDistrict.createMany({ data: districts.map((d) => ({ bailiffId: bailiff.id, districtId: d.id })) });
    const user = licence.holder.user;
    if (user && !(await tx.roleGrant.count({ where: { userId: user.id, role: 'PRIVATE_BAILIFF' } }))) {
      await tx.roleGrant.create({ data: { userId: user.id, role: 'PRIVATE_BAILIFF' } });
    }
    await audit({ action: 'bailiff.admit', entityType: 'PrivateBailiff', entityId: bailiff.id, data: { chamberId: chamber.id, licence: licence.number, districts: districts.length } });
    return bailiff;
  }, { idempotency: rowById('admitLicensedBailiff', input, (tx, id) => tx.privateBailiff.findUniqueOrThrow({ where: { id } })) });
}
