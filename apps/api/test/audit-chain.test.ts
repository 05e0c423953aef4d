// The audit trail proves itself: every record is chained (per stream: the actor) by the database on insert, the
// streams' heads are signed (anchors), and verifyAuditTrail names the first broken record. Each tampering is
// done as the database owner with the append-only trigger switched off, as an attacker with those rights would.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { anchorAuditHeads } from '../src/audit/anchors.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(async () => {
  await api?.close();
});

const prisma = () => api.database.db.prisma;

const VERIFY = /* GraphQL */ `
  query Verify($input: VerifyAuditTrailInput) {
    verifyAuditTrail(input: $input) {
      ok checked anchorsChecked streams
      firstBroken { recordId stream seq problem detail }
      broken { recordId stream seq problem }
    }
  }
`;
interface Break { recordId: string | null; stream: string; seq: string; problem: string; detail?: string }
interface Verification { ok: boolean; checked: number; anchorsChecked: number; streams: number; firstBroken: Break | null; broken: Break[] }

async function verify(input: { stream?: string; from?: string } | null = null): Promise<Verification> {
  const r = await api.gql<{ verifyAuditTrail: Verification }>(VERIFY, { input }, await api.login('inspector'));
  expect(r.errors).toBeUndefined();
  return r.data!.verifyAuditTrail;
}

async function userId(login: string) {
  return (await prisma().user.findUniqueOrThrow({ where: { login } })).id;
}

/** Signs in and changes the locale `n` times: n + 1 records in the user's stream. */
async function activity(login: string, n = 4) {
  const token = await api.login(login);
  for (let i = 0; i < n; i++) {
    const r = await api.gql<{ setLocale: { userErrors: unknown[] } }>(
      'mutation($l: Locale!) { setLocale(input: { locale: $l }) { userErrors { message } } }',
      { l: ['KK', 'RU', 'EN'][i % 3] },
      token,
    );
    expect(r.data?.setLocale.userErrors).toEqual([]);
  }
  return userId(login);
}

async function rows(stream: string) {
  return prisma().$queryRaw<{ id: string; seq: string; hash: string; prevHash: string; action: string }[]>`
    SELECT "id"::text AS "id", "seq"::text AS "seq", "hash", "prevHash", "action" FROM "AuditLog" l WHERE "stream" = ${stream} ORDER BY l."seq"`;
}

/** Runs statements as the owner with every user trigger of AuditLog (append-only, chain) switched off. */
async function tamper(...statements: string[]) {
  await prisma().$transaction(async (tx) => {
    await tx.$executeRawUnsafe('ALTER TABLE "AuditLog" DISABLE TRIGGER USER');
    for (const s of statements) await tx.$executeRawUnsafe(s);
    await tx.$executeRawUnsafe('ALTER TABLE "AuditLog" ENABLE TRIGGER USER');
  });
}

describe('the audit chain', () => {
  it('every action has an actor, sign-in included: the record of devLogin names the one signing in', async () => {
    await api.login('timur');
    const id = await userId('timur');
    const signIn = await prisma().auditLog.findFirstOrThrow({ where: { action: 'auth.devLogin', entityId: id } });
    expect(signIn.actorId).toBe(id);
    expect(signIn.stream).toBe(id);
    expect(await prisma().auditLog.count({ where: { actorId: null, action: { not: { startsWith: 'seed.' } } } })).toBe(0);
  });

  it('records are chained per stream by the database: seq 1, 2, 3 … each linked to the previous hash', async () => {
    const id = await activity('aigerim');
    const chain = await rows(id);
    expect(chain.length).toBeGreaterThanOrEqual(5);
    chain.forEach((r, i) => {
      expect(r.seq).toBe(String(i + 1));
      expect(r.prevHash).toBe(i === 0 ? '0'.repeat(64) : chain[i - 1]!.hash);
      expect(r.hash).toMatch(/^[0-9a-f]{64}$/);
    });
    const head = await prisma().auditHead.findUniqueOrThrow({ where: { stream: id } });
    expect([String(head.seq), head.hash]).toEqual([chain.at(-1)!.seq, chain.at(-1)!.hash]);
  });

  it('concurrent records of one stream are serialised: no seq twice, none skipped', async () => {
    const token = await api.login('kazlogistics');
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        api.gql<{ setLocale: { userErrors: unknown[] } }>('mutation($l: Locale!) { setLocale(input: { locale: $l }) { userErrors { message } } }', { l: i % 2 ? 'KK' : 'EN' }, token),
      ),
    );
    expect(results.every((r) => r.data?.setLocale.userErrors.length === 0)).toBe(true);
    const chain = await rows(await userId('kazlogistics'));
    expect(chain.map((r) => r.seq)).toEqual(chain.map((_, i) => String(i + 1)));
    expect(chain.length).toBe(17);
  });

  it('verifyAuditTrail is for Ministry inspectors only', async () => {
    const r = await api.gql(VERIFY, { input: null }, await api.login('aigerim'));
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await api.gql(VERIFY, { input: null })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('an untouched trail verifies: every record recomputed, the anchors signed by the platform key', async () => {
    await activity('bailiff');
    const anchors = await anchorAuditHeads(prisma(), api.services.signing);
    expect(anchors.length).toBeGreaterThan(0);
    expect(await anchorAuditHeads(prisma(), api.services.signing)).toEqual([]); // nothing moved since
    const v = await verify();
    expect(v).toMatchObject({ ok: true, firstBroken: null, broken: [] });
    expect(v.checked).toBe(await prisma().auditLog.count());
    const aigerim = await rows(await userId('aigerim'));
    const at = (await prisma().auditLog.findUniqueOrThrow({ where: { id: BigInt(aigerim[2]!.id) } })).at;
    expect(await verify({ stream: await userId('aigerim'), from: at.toISOString() })).toMatchObject({ ok: true, checked: aigerim.length - 2 });
    expect(v.anchorsChecked).toBe(anchors.length);
  });

  it('a record whose data is rewritten is found at its row (HASH_MISMATCH)', async () => {
    const id = await activity('timur');
    const target = (await rows(id))[2]!;
    await tamper(`UPDATE "AuditLog" SET "data" = '{"locale":"EN","forged":true}' WHERE "id" = ${target.id}`);
    const v = await verify({ stream: id });
    expect(v.ok).toBe(false);
    expect(v.firstBroken).toMatchObject({ recordId: target.id, seq: target.seq, problem: 'HASH_MISMATCH' });
  });

  it('a record rewritten with its hash recomputed is found at the next row (PREV_MISMATCH)', async () => {
    const id = await activity('chamber.almaty');
    const chain = await rows(id);
    const target = chain[1]!;
    await tamper(
      `UPDATE "AuditLog" SET "data" = '{"locale":"KK","forged":true}' WHERE "id" = ${target.id}`,
      `UPDATE "AuditLog" l SET "hash" = "audit_row_hash"(l) WHERE "id" = ${target.id}`,
    );
    const v = await verify({ stream: id });
    expect(v.firstBroken).toMatchObject({ recordId: chain[2]!.id, seq: chain[2]!.seq, problem: 'PREV_MISMATCH' });
  });

  it('a deleted record is found at the row after it (SEQ_GAP)', async () => {
    const id = await activity('chamber.astana');
    const chain = await rows(id);
    await tamper(`DELETE FROM "AuditLog" WHERE "id" = ${chain[2]!.id}`);
    const v = await verify({ stream: id });
    expect(v.firstBroken).toMatchObject({ recordId: chain[3]!.id, seq: chain[3]!.seq, problem: 'SEQ_GAP' });
  });

  it('two records swapped in order are found at the first of them (HASH_MISMATCH)', async () => {
    const id = await activity('bailiff.astana');
    const chain = await rows(id);
    const [a, b] = [chain[1]!, chain[2]!];
    await tamper(
      `UPDATE "AuditLog" SET "seq" = -1 WHERE "id" = ${a.id}`,
      `UPDATE "AuditLog" SET "seq" = ${a.seq} WHERE "id" = ${b.id}`,
      `UPDATE "AuditLog" SET "seq" = ${b.seq} WHERE "id" = ${a.id}`,
    );
    const v = await verify({ stream: id });
    expect(v.firstBroken).toMatchObject({ recordId: b.id, seq: a.seq, problem: 'HASH_MISMATCH' });
  });

  it('the tail deleted after an anchor, head rolled back too, is found by the anchor (ANCHOR_MISMATCH)', async () => {
    const id = await activity('quality');
    await anchorAuditHeads(prisma(), api.services.signing);
    const chain = await rows(id);
    const last = chain.at(-1)!;
    const keep = chain.at(-3)!;
    await tamper(`DELETE FROM "AuditLog" WHERE "stream" = '${id}' AND "seq" > ${keep.seq}`);
    await prisma().$executeRaw`UPDATE "AuditHead" SET "seq" = ${BigInt(keep.seq)}, "hash" = ${keep.hash} WHERE "stream" = ${id}`;
    const v = await verify({ stream: id });
    expect(v.firstBroken).toMatchObject({ recordId: null, seq: last.seq, problem: 'ANCHOR_MISMATCH' });
  });

  it('a forged anchor (not signed by the platform key) is found (ANCHOR_SIGNATURE)', async () => {
    const id = await activity('licensing');
    const head = await prisma().auditHead.findUniqueOrThrow({ where: { stream: id } });
    await prisma().auditAnchor.create({ data: { stream: id, seq: head.seq, hash: head.hash, keyId: 'forged', signature: Buffer.alloc(64).toString('base64') } });
    const v = await verify({ stream: id });
    expect(v.firstBroken).toMatchObject({ problem: 'ANCHOR_SIGNATURE', seq: String(head.seq) });
  });

  it('the whole trail names every broken stream, and an intact stream still verifies', async () => {
    const v = await verify();
    expect(v.ok).toBe(false);
    expect(v.broken.map((b) => b.problem).sort()).toEqual(['ANCHOR_MISMATCH', 'ANCHOR_SIGNATURE', 'HASH_MISMATCH', 'HASH_MISMATCH', 'PREV_MISMATCH', 'SEQ_GAP']);
    expect((await verify({ stream: await userId('aigerim') })).ok).toBe(true);
  });

  it('anchors are append-only', async () => {
    await expect(prisma().$executeRaw`DELETE FROM "AuditAnchor"`).rejects.toThrow(/append-only/);
  });
});
