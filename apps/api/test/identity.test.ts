// Identity comes from the token, never from the form; dev sign-in only when asked and never in production.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { repoRoot } from '@oryndau/db';
import { startTestApi, type TestApi } from './harness.ts';
import { createChamberFixture, iin, type ChamberFixture } from './fixtures.ts';
import { installationValue } from '../src/auth/installation.ts';

let api: TestApi;
let fx: ChamberFixture;
beforeAll(async () => {
  api = await startTestApi({ seed: false });
  fx = await createChamberFixture(api.database.db.prisma, { bailiffs: 2, officials: 1 });
});
afterAll(async () => {
  await api?.close();
});

const SUBMIT = `mutation($input: SubmitEnforcementApplicationInput!) {
  submitEnforcementApplication(input: $input) { accepted userErrors { code field key message } application { id } }
}`;
type Submit = { submitEnforcementApplication: { accepted: boolean | null; userErrors: { code: string; field: string[]; key: string }[]; application: { id: string } | null } };

function application(claimantId: string, over: Record<string, unknown> = {}) {
  return {
    channel: 'PORTAL',
    claimant: { name: 'Someone Else', idNumber: claimantId },
    debtor: { name: 'Debtor Dauletov', idNumber: iin('850303', 3), address: 'Satpayev st 5, apt 12' },
    executiveDocument: { court: 'Medeu District Court', caseNumber: '2-77/2026', issuedOn: '2026-01-10', category: 'PRIVATE_CLAIM', amountTenge: 100_000, districtId: encodeGlobalID('EnforcementDistrict', fx.districtIds[0]!) },
    requestsWrit: false,
    byRepresentative: false,
    documents: ['EXECUTIVE_DOCUMENT'],
    ...over,
  };
}

describe('identity from the token', () => {
  it("E1: a portal applicant cannot file an enforcement claim with another citizen's IIN as the claimant", async () => {
    const before = await api.database.db.prisma.serviceApplication.count();
    const r = await api.gql<Submit>(SUBMIT, { input: application(iin('880808', 3)) }, await api.login(fx.applicantLogin));
    expect(r.errors).toBeUndefined();
    expect(r.data!.submitEnforcementApplication.userErrors).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN', field: ['input', 'claimant', 'idNumber'], key: 'identity.claimantNotViewer' }),
    ]);
    expect(await api.database.db.prisma.serviceApplication.count()).toBe(before);
  });

  it('E1: nor file as the representative of an organisation they are not bound to', async () => {
    // a valid BIN (its own control digit) of an organisation the applicant does not represent
    const r = await api.gql<Submit>(SUBMIT, { input: application('000440000003', { byRepresentative: true, documents: ['EXECUTIVE_DOCUMENT', 'POWER_OF_ATTORNEY'] }) }, await api.login(fx.applicantLogin));
    expect(r.data!.submitEnforcementApplication.userErrors[0]).toMatchObject({ key: 'identity.claimantNotViewer' });
  });

  it('E1: filing as themself is accepted', async () => {
    const r = await api.gql<Submit>(SUBMIT, { input: application(fx.applicantIin) }, await api.login(fx.applicantLogin));
    expect(r.data!.submitEnforcementApplication.userErrors).toEqual([]);
    expect(r.data!.submitEnforcementApplication.accepted).toBe(true);
  });
});

describe('dev sign-in', () => {
  it('the API refuses to start with ORYNDAU_DEV_AUTH=1 and NODE_ENV=production', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'apps/api/src/main.ts')], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH, NODE_ENV: 'production', ORYNDAU_DEV_AUTH: '1', DATABASE_URL: api.database.url, PORT: '0' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/dev sign-in is never available in production/);
  });

  it('the dev secret is generated per installation, kept in the data folder (0600), the same at the next start', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'oryndau-state-'));
    try {
      const first = installationValue(dir, 'dev-secret', () => 'a'.repeat(64));
      expect(installationValue(dir, 'dev-secret', () => 'b'.repeat(64))).toBe(first);
      expect(fs.statSync(path.join(dir, 'dev-secret')).mode & 0o777).toBe(0o600);
      const other = fs.mkdtempSync(path.join(os.tmpdir(), 'oryndau-state-'));
      expect(installationValue(other, 'dev-secret', () => 'c'.repeat(64))).not.toBe(first);
      fs.rmSync(other, { recursive: true });
    } finally {
      fs.rmSync(dir, { recursive: true });
    }
  });
});
