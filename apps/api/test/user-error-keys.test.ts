// User errors carry a stable key and the values of their message, so that every app words them in its own
// language from the key and the params, and none parses the English message (README, "App layout").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { startTestApi, type TestApi } from './harness.ts';
import { createChamberFixture, iin, type ChamberFixture } from './fixtures.ts';

let api: TestApi;
let fx: ChamberFixture;
// Monday 23 November 2026, 10:00 in Almaty
const clock = new Date('2026-11-23T05:00:00Z');

beforeAll(async () => {
  api = await startTestApi({ seed: false, now: () => clock });
  fx = await createChamberFixture(api.database.db.prisma, { bailiffs: 1, officials: 1, districts: 1 });
}, 120_000);
afterAll(async () => {
  await api?.close();
});

type UserError = { code: string; field: string[] | null; key: string; rule: string | null; params: Record<string, unknown> | null };

async function submitErrors(input: Record<string, unknown>): Promise<UserError[]> {
  const r = await api.gql<{ submitEnforcementApplication: { userErrors: UserError[] } }>(
    `mutation($input: SubmitEnforcementApplicationInput!) { submitEnforcementApplication(input: $input) { userErrors { code field key rule params } } }`,
    { input },
    await api.login(fx.applicantLogin),
  );
  expect(r.errors).toBeUndefined();
  return r.data!.submitEnforcementApplication.userErrors;
}

const byField = (errors: UserError[]) => Object.fromEntries(errors.map((e) => [e.field!.slice(1).join('.'), { key: e.key, params: e.params }]));

describe('user errors of the enforcement intake', () => {
  it('E1: each broken rule of the application has its own key, and the values of its message as params', async () => {
    const claimantId = iin('910202', 4);
    const errors = await submitErrors({
      // (a name over 300 characters is refused at the boundary by the input policy before the use case runs:
      // apps/api/test/input-policy.test.ts; here every error comes from the use case's own rules)
      claimant: { name: 'C', idNumber: claimantId },
      debtor: { name: 'X', idNumber: claimantId, address: 'Satpayev st 5' },
      executiveDocument: { court: 'Medeu District Court of Almaty', caseNumber: '2-1/2026', issuedOn: '2026-11-24', category: 'PRIVATE_CLAIM', amountTenge: 10.005, districtId: encodeGlobalID('EnforcementDistrict', fx.districtIds[0]!) },
      documents: ['EXECUTIVE_DOCUMENT'],
    });
    expect(errors.every((e) => e.code === 'INVALID_INPUT')).toBe(true);
    expect(byField(errors)).toEqual({
      'claimant.name': { key: 'input.required', params: {} },
      'debtor.name': { key: 'input.required', params: {} },
      'debtor.idNumber': { key: 'enforcement.debtorIsClaimant', params: {} },
      'executiveDocument.issuedOn': { key: 'input.dateInFuture', params: { today: '2026-11-23' } },
      'executiveDocument.amountTenge': { key: 'enforcement.amountDecimals', params: {} },
    });
  });

  it('E1: an invalid IIN/BIN, a non-property decision with an amount and an unknown district are named by key', async () => {
    const base = {
      claimant: { name: 'Claimant Test', idNumber: '123456789012' },
      debtor: { name: 'Debtor Dauletov', idNumber: iin('850303', 3), address: 'Satpayev st 5' },
      documents: ['EXECUTIVE_DOCUMENT'],
    };
    const doc = { court: 'Medeu District Court of Almaty', caseNumber: '2-1/2026', issuedOn: '2026-10-01' };
    const first = await submitErrors({ ...base, executiveDocument: { ...doc, category: 'NON_PROPERTY', amountTenge: 5, districtId: encodeGlobalID('EnforcementDistrict', fx.districtIds[0]!) } });
    expect(first.map((e) => e.key).sort()).toEqual(['enforcement.noAmountForNonProperty', 'input.idNumberInvalid']);
    const unknown = await submitErrors({
      ...base,
      claimant: { name: 'Claimant Test', idNumber: fx.applicantIin },
      executiveDocument: { ...doc, category: 'PRIVATE_CLAIM', amountTenge: 5, districtId: encodeGlobalID('EnforcementDistrict', '00000000-0000-0000-0000-000000000000') },
    });
    expect(unknown).toEqual([expect.objectContaining({ code: 'NOT_FOUND', key: 'enforcement.districtUnknown', field: ['input', 'executiveDocument', 'districtId'] })]);
  });
});
