// admit (issue 9): which chamber may admit the holder of a licence (L9, CH2).
import { describe, expect, it } from 'vitest';
import { admissionRefusal, licenceRegion, regionOfDecision } from '../src/index.ts';

const ALA = { id: 'r-ala', code: 'ALA', nameKk: 'Алматы қаласы', nameRu: 'город Алматы', nameEn: 'Almaty City' };
const AST = { id: 'r-ast', code: 'AST', nameKk: 'Астана қаласы', nameRu: 'город Астана', nameEn: 'Astana City' };
const regions = [ALA, AST];
const attested = (region: string) => ({ status: 'ACTIVE', basis: 'ATTESTATION', basisDetails: { attestationDecision: { number: 'AT-1', date: '2026-10-20', region } } });

describe('admission to a chamber', () => {
  it('L9, CH2: an attestation decision names its region by code or by any of its names', () => {
    expect(regionOfDecision('ALA', regions)).toBe(ALA);
    expect(regionOfDecision(' almaty  city ', regions)).toBe(ALA);
    expect(regionOfDecision('город Астана', regions)).toBe(AST);
    expect(regionOfDecision('Atlantis', regions)).toBeNull();
    expect(regionOfDecision(42, regions)).toBeNull();
  });

  it('L9, CH2: a licence on a labour record belongs to no region — any chamber may admit its holder', () => {
    const labour = { status: 'ACTIVE', basis: 'LABOUR_RECORD', basisDetails: { labourRecord: [] } };
    expect(licenceRegion(labour, regions)).toBeNull();
    expect(admissionRefusal(labour, null, AST.id, regions)).toBeNull();
    expect(admissionRefusal(labour, null, ALA.id, regions)).toBeNull();
  });

  it('L9, CH2: only an active licence admits, a member is not admitted twice, and another region’s chamber is refused', () => {
    expect(admissionRefusal(attested('ALA'), null, ALA.id, regions)).toBeNull();
    expect(admissionRefusal(attested('ALA'), null, AST.id, regions)).toBe('OTHER_REGION');
    for (const status of ['SUSPENDED', 'REVOKED', 'TERMINATED', 'REISSUED']) {
      expect(admissionRefusal({ ...attested('ALA'), status }, null, ALA.id, regions)).toBe('LICENCE_NOT_ACTIVE');
    }
    expect(admissionRefusal(attested('ALA'), { leftOn: null }, ALA.id, regions)).toBe('ALREADY_MEMBER');
    expect(admissionRefusal(attested('ALA'), { leftOn: '2026-01-01' }, ALA.id, regions)).toBeNull();
    // a decision naming an unknown region does not bind the licence to any chamber
    expect(admissionRefusal(attested('Atlantis'), null, AST.id, regions)).toBeNull();
  });
});
