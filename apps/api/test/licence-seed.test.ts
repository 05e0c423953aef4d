// Licence area (issue 9): the demo data of the licence service works through the API — the application waiting
// for a state system is completed by the scheduler (L2), the renamed holder's reissue goes through by itself and
// the unconfirmed one is refused (L8), each candidate meets their scripted answer (L4 suggestions), the bank
// receipt of the demo pays the fee (L6).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { runLicenceJobs } from '../src/licence-jobs.ts';
import { DEMO_BANK_RECEIPT } from '@oryndau/db/seed';

let api: TestApi;
const prisma = () => api.database.db.prisma;

beforeAll(async () => {
  api = await startTestApi();
}, 180_000);
afterAll(async () => {
  await api?.close();
});

const SUBMIT = `mutation($input: SubmitLicenceApplicationInput!) { submitLicenceApplication(input: $input) { userErrors { code key } application { id suggestedRefusalGrounds stateQueries { system status negative } } } }`;

describe('the demo of the licence service', () => {
  it('L2: the seeded application waiting for the narcology register is completed by the scheduler', async () => {
    const waiting = await prisma().stateSystemQuery.findFirstOrThrow({ where: { status: 'WAITING' } });
    await runLicenceJobs(api.services);
    expect((await prisma().stateSystemQuery.findUniqueOrThrow({ where: { id: waiting.id } })).status).toBe('ANSWERED');
    const stages = await prisma().applicationStage.findMany({ where: { applicationId: waiting.applicationId }, orderBy: { seq: 'asc' } });
    expect(stages.map((s) => s.stage)).toEqual(expect.arrayContaining(['WAITING_FOR_STATE_SYSTEM', 'STATE_SYSTEMS_CHECKED']));
  });

  it('L4, L2: each demo candidate meets their answer of the state systems', async () => {
    const expected: Record<string, string[]> = {
      'cand.criminal': ['ACTIVITY_PROHIBITED', 'FEE_NOT_PAID'],
      'cand.corruption': ['ACTIVITY_PROHIBITED', 'FEE_NOT_PAID'],
      'cand.dismissed': ['ACTIVITY_PROHIBITED', 'FEE_NOT_PAID'],
      'cand.deprived': ['FEE_NOT_PAID', 'COURT_BAN'],
      'cand.mental': ['FEE_NOT_PAID', 'NEGATIVE_APPROVAL'],
      'cand.narcology': ['FEE_NOT_PAID', 'NEGATIVE_APPROVAL'],
      'cand.unknown': ['FEE_NOT_PAID', 'UNRELIABLE_DATA'],
      candidate: ['FEE_NOT_PAID'],
    };
    for (const [login, grounds] of Object.entries(expected)) {
      const r = await api.gql<{ submitLicenceApplication: { userErrors: unknown[]; application: { suggestedRefusalGrounds: string[] } } }>(SUBMIT, { input: { attestationDecision: { number: 'АК-2026-ALA-07', date: '2026-10-20', region: 'ALA' } } }, await api.login(login));
      expect(r.data?.submitLicenceApplication.userErrors, login).toEqual([]);
      expect(r.data?.submitLicenceApplication.application.suggestedRefusalGrounds.sort(), login).toEqual([...grounds].sort());
    }
    const t = await api.gql<{ submitLicenceApplication: { application: { id: string; stateQueries: { system: string; status: string }[] } } }>(SUBMIT, { input: { attestationDecision: { number: 'АК-2026-ALA-08', date: '2026-10-20', region: 'ALA' } } }, await api.login('cand.timeout'));
    const q = Object.fromEntries(t.data!.submitLicenceApplication.application.stateQueries.map((s) => [s.system, s.status]));
    expect(q).toMatchObject({ NARCOLOGY_REGISTER: 'WAITING', MENTAL_HEALTH_REGISTER: 'WAITING', IDENTITY: 'ANSWERED' });
    // L6: the demo's bank receipt pays the fee
    const paid = await api.gql<{ payLicenceFee: { userErrors: unknown[]; application: { feePaid: boolean } } }>(
      `mutation($input: PayLicenceFeeInput!) { payLicenceFee(input: $input) { userErrors { code key } application { feePaid } } }`,
      { input: { applicationId: t.data!.submitLicenceApplication.application.id, method: 'BANK_RECEIPT', receiptNumber: DEMO_BANK_RECEIPT } },
      await api.login('cand.timeout'),
    );
    expect(paid.data?.payLicenceFee).toEqual({ userErrors: [], application: { feePaid: true } });
  });

  it('L8: the renamed holder’s reissue goes through by itself; the unconfirmed one is refused', async () => {
    const REISSUE = `mutation($input: ApplyLicenceReissueInput!) { applyLicenceReissue(input: $input) { userErrors { code key } application { status issuedLicence { holderName previousNumber } } } }`;
    const ok = await api.gql<{ applyLicenceReissue: { userErrors: unknown[]; application: { status: string; issuedLicence: { holderName: string; previousNumber: string } } } }>(REISSUE, { input: { method: 'EGOV_GATEWAY' } }, await api.login('holder.renamed'));
    expect(ok.data?.applyLicenceReissue.userErrors).toEqual([]);
    expect(ok.data?.applyLicenceReissue.application).toMatchObject({ status: 'APPROVED', issuedLicence: { holderName: 'Серікова Айжан Асқарқызы', previousNumber: 'PB-2025-000900' } });
    const no = await api.gql<{ applyLicenceReissue: { application: { status: string } } }>(REISSUE, { input: { method: 'EGOV_GATEWAY' } }, await api.login('holder.unconfirmed'));
    expect(no.data?.applyLicenceReissue.application.status).toBe('REFUSED');
  });
});
