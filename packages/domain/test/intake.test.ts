import { describe, expect, it } from 'vitest';
import { DOCUMENT_TITLES, isValidIinBin, missingDocuments } from '../src/index.ts';

describe('enforcement intake package', () => {
  it('E2: at an office the application, the executive document and identity make the package', () => {
    expect(missingDocuments({ channel: 'JUSTICE_OFFICE', documents: ['APPLICATION_FORM', 'EXECUTIVE_DOCUMENT', 'IDENTITY_DOCUMENT'], requestsWrit: false, byRepresentative: false })).toEqual([]);
    // a digital identity document released by one-time password replaces the card
    expect(missingDocuments({ channel: 'STATE_CORPORATION', documents: ['APPLICATION_FORM', 'EXECUTIVE_DOCUMENT', 'DIGITAL_IDENTITY_OTP'], requestsWrit: false, byRepresentative: false })).toEqual([]);
    // on the portal the EDS-signed form is the application and establishes identity
    expect(missingDocuments({ channel: 'PORTAL', documents: ['EXECUTIVE_DOCUMENT'], requestsWrit: false, byRepresentative: false })).toEqual([]);
  });

  it('E3: an incomplete package lists what is missing, for the Annex 4 receipt', () => {
    expect(missingDocuments({ channel: 'JUSTICE_OFFICE', documents: [], requestsWrit: false, byRepresentative: true })).toEqual([
      'APPLICATION_FORM',
      'EXECUTIVE_DOCUMENT',
      'IDENTITY_DOCUMENT',
      'POWER_OF_ATTORNEY',
    ]);
    expect(missingDocuments({ channel: 'PORTAL', documents: [], requestsWrit: true, byRepresentative: false })).toEqual(['WRIT_REQUEST']);
    expect(DOCUMENT_TITLES.WRIT_REQUEST).toMatch(/Annex 3/);
  });

  it('checks the control digit of an IIN/BIN', () => {
    // 8·1 + 8·2 + 0·3 + 1·4 + 0·5 + 1·6 + 3·7 + 0·8 + 0·9 + 0·10 + 1·11 = 66 ≡ 0 (mod 11)
    expect(isValidIinBin('880101300010')).toBe(true);
    expect(isValidIinBin('880101300011')).toBe(false);
    expect(isValidIinBin('88010130001')).toBe(false);
    expect(isValidIinBin('88010130001a')).toBe(false);
  });
});
