// complaints (issue 10): C1–C4, G1, G2 for complaints, and the public status check — through GraphQL over HTTP
// against PostgreSQL, with the clock pinned so that every term is computed to the working day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { STATUS_CHECK_LIMITS } from '@oryndau/domain';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
/** Almaty time is UTC+5: 10:00 on Monday 14 December 2026 (16 December, Independence Day, is a holiday). */
let clock = new Date('2026-12-14T05:00:00Z');
const setClock = (iso: string) => {
  clock = new Date(iso);
};
const prisma = () => api.database.db.prisma;

type UserError = { code: string; field: string[] | null; key: string; rule: string | null; params: Record<string, unknown> | null };
const COMPLAINT = `id number status stage about addressee handledBy dueOn originalDueOn overdue extended extensionDays extensionGround extensionNotifyBy extensionNotifiedAt extensionNotice
  outcome decisionReasons decidedAt decidedOnTime subject text complainantName viewerCanExtend viewerCanDecide viewerCanDirectProposal
  stages { stage status at actorRole note } proposals { id text dueOn status checkNote viewerCanCheck }`;

let tokens: Record<string, string>;
let aigerimId: string;
let almatyRegionId: string;
let attestationApp: string;
let licenceApp: string;
let timurApp: string;

async function createApplication(login: string, kind: 'ATTESTATION' | 'LICENCE', regionId: string | null, dueOn: string) {
  const u = await prisma().user.findUniqueOrThrow({ where: { login } });
  const n = await prisma().serviceApplication.count();
  const a = await prisma().serviceApplication.create({
    data: { number: `TST-${kind}-${n}`, kind, channel: 'PORTAL', status: 'REGISTERED', applicantId: u.id, providerRegionId: regionId, receivedAt: new Date('2026-11-20T05:00:00Z'), registeredAt: new Date('2026-11-20T05:00:00Z'), dueOn: new Date(`${dueOn}T00:00:00Z`) },
  });
  await prisma().applicationStage.create({ data: { applicationId: a.id, status: 'REGISTERED', stage: 'REGISTERED', at: new Date('2026-11-20T05:00:00Z') } });
  return { id: encodeGlobalID('ServiceApplication', a.id), number: a.number, dbId: a.id };
}

async function file(login: string, input: Record<string, unknown>) {
  const r = await api.gql<{ fileComplaint: { userErrors: UserError[]; accessCode: string | null; complaint: Record<string, unknown> | null } }>(
    `mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { userErrors { code field key rule params } accessCode complaint { ${COMPLAINT} } } }`,
    { input },
    tokens[login],
  );
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.fileComplaint;
}

async function mutate(name: string, inputType: string, login: string, input: Record<string, unknown>) {
  const r = await api.gql<Record<string, { userErrors: UserError[]; complaint: Record<string, unknown> | null }>>(
    `mutation($input: ${inputType}!) { ${name}(input: $input) { userErrors { code field key rule params } complaint { ${COMPLAINT} } } }`,
    { input },
    tokens[login],
  );
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data![name]!;
}

async function read(login: string, id: string) {
  const r = await api.gql<{ node: Record<string, unknown> | null }>(`query($id: ID!) { node(id: $id) { ... on Complaint { ${COMPLAINT} } } }`, { id }, tokens[login]);
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.node;
}

async function list(login: string, filter: Record<string, unknown> = {}) {
  const r = await api.gql<{ complaints: { totalCount: number; edges: { node: { id: string; number: string; dueOn: string; overdue: boolean } }[] } }>(
    'query($filter: ComplaintFilter) { complaints(first: 100, filter: $filter) { totalCount edges { node { id number dueOn overdue } } } }',
    { filter },
    tokens[login],
  );
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!.complaints;
}

beforeAll(async () => {
  api = await startTestApi({ now: () => clock });
  tokens = {};
  for (const l of ['aigerim', 'timur', 'justice.almaty', 'chamber.almaty', 'chamber.astana', 'licensing', 'inspector', 'quality', 'statebailiff.almaty']) tokens[l] = await api.login(l);
  aigerimId = (await prisma().user.findUniqueOrThrow({ where: { login: 'aigerim' } })).id;
  almatyRegionId = (await prisma().roleGrant.findFirstOrThrow({ where: { user: { login: 'justice.almaty' }, role: 'JUSTICE_OFFICER' } })).regionId!;
  // an attestation application of aigerim's whose service period ended on Friday 11 December without a decision
  const a = await createApplication('aigerim', 'ATTESTATION', almatyRegionId, '2026-12-11');
  attestationApp = a.id;
  licenceApp = (await createApplication('aigerim', 'LICENCE', null, '2026-12-30')).id;
  timurApp = (await createApplication('timur', 'ATTESTATION', almatyRegionId, '2026-12-30')).id;
}, 240_000);
afterAll(async () => {
  await api?.close();
});

describe('complaints (issue 10)', () => {
  let providerComplaint: string;
  let qualityComplaint: string;

  it('C1, C2, T6: a complaint to the provider’s head registered on Monday 14 December is due Tuesday 22 December (5 working days, 16 December a holiday)', async () => {
    const r = await file('aigerim', { addressee: 'PROVIDER_HEAD', about: 'INACTION', applicationId: attestationApp, subject: 'No decision within the service period', text: 'The service period ended on 2026-12-11; no decision was issued.' });
    expect(r.userErrors).toEqual([]);
    const c = r.complaint!;
    providerComplaint = c.id as string;
    expect(c).toMatchObject({ status: 'REGISTERED', stage: 'REGISTERED', about: 'INACTION', addressee: 'PROVIDER_HEAD', handledBy: 'JUSTICE_OFFICER', dueOn: '2026-12-22', originalDueOn: '2026-12-22', overdue: false, extended: false });
    expect(c.number).toMatch(/^CMP-2026-\d{6}$/);
    expect(r.accessCode).toMatch(/^[2-9A-HJKMNP-Z]{8}$/);
    expect((c.stages as { stage: string; actorRole: string }[]).map((s) => [s.stage, s.actorRole])).toEqual([['REGISTERED', 'APPLICANT']]);
  });

  it('C2, T6: to the quality-control body, 15 working days: due Friday 8 January 2027 (16 December, 1–2 and 7 January holidays)', async () => {
    const r = await file('aigerim', { addressee: 'QUALITY_CONTROL_BODY', about: 'INACTION', applicationId: attestationApp, subject: 'Service period missed', text: 'The justice department did not decide my attestation application in time.' });
    expect(r.userErrors).toEqual([]);
    qualityComplaint = r.complaint!.id as string;
    expect(r.complaint).toMatchObject({ dueOn: '2027-01-08', handledBy: 'QUALITY_INSPECTOR', viewerCanExtend: false });
  });

  it('C1: the head of the provider of a licence is the Ministry’s licensing unit; the State Corporation is not an addressee on the platform; another’s application is not found', async () => {
    const lic = await file('aigerim', { addressee: 'PROVIDER_HEAD', about: 'ACTION', applicationId: licenceApp, subject: 'Documents demanded twice', text: 'The licensing unit asked again for a document it already holds.' });
    expect(lic.complaint).toMatchObject({ handledBy: 'LICENSING_OFFICER', dueOn: '2026-12-22' });
    const sc = await file('aigerim', { addressee: 'STATE_CORPORATION', about: 'ACTION', applicationId: attestationApp, subject: 'x', text: 'y' });
    expect(sc.userErrors.map((e) => [e.code, e.key, e.rule])).toEqual([['INVALID_INPUT', 'complaint.addresseeNotOnPlatform', 'C1']]);
    const other = await file('aigerim', { addressee: 'MINISTRY', about: 'DECISION', applicationId: timurApp, subject: 'x', text: 'y' });
    expect(other.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const staff = await api.gql<{ fileComplaint: { userErrors: UserError[] } | null }>('mutation($input: FileComplaintInput!) { fileComplaint(input: $input) { userErrors { code } } }', { input: { addressee: 'MINISTRY', about: 'DECISION', applicationId: attestationApp, subject: 'x', text: 'y' } }, tokens['justice.almaty']);
    expect(staff.data?.fileComplaint ?? null).toBeNull(); // not an applicant: the field is refused
  });

  it('C1: another applicant and another body’s staff see nothing of a complaint; the handlers and Ministry inspectors do', async () => {
    for (const login of ['timur', 'chamber.almaty', 'chamber.astana', 'licensing', 'statebailiff.almaty', 'quality']) {
      expect(await read(login, providerComplaint), login).toBeNull();
      expect((await list(login)).edges.map((e) => e.node.id), login).not.toContain(providerComplaint);
    }
    for (const login of ['timur', 'justice.almaty', 'chamber.almaty', 'licensing']) expect(await read(login, qualityComplaint), login).toBeNull();
    // through the application as well: another applicant's staff cannot reach it by an edge
    const viaApp = await api.gql<{ node: { complaints: { id: string }[] } | null }>('query($id: ID!) { node(id: $id) { ... on ServiceApplication { complaints { id } } } }', { id: attestationApp }, tokens['timur']);
    expect(viaApp.data?.node ?? null).toBeNull();
    const mine = await read('aigerim', providerComplaint);
    expect(mine).toMatchObject({ text: expect.stringContaining('2026-12-11'), complainantName: 'Aigerim Sapar', viewerCanExtend: false });
    const handler = await read('justice.almaty', providerComplaint);
    expect(handler).toMatchObject({ subject: 'No decision within the service period', viewerCanExtend: true, viewerCanDecide: true });
    expect(await read('quality', qualityComplaint)).toMatchObject({ viewerCanDecide: true });
    const inspector = await list('inspector');
    expect(inspector.edges.map((e) => e.node.id)).toEqual(expect.arrayContaining([providerComplaint, qualityComplaint]));
    expect(await read('inspector', providerComplaint)).toMatchObject({ viewerCanDecide: false, text: expect.any(String) });
  });

  it('C1: a handler who is not of the addressed body is refused (FORBIDDEN) and nothing is written', async () => {
    const r = await mutate('extendComplaint', 'ExtendComplaintInput', 'quality', { complaintId: providerComplaint, workingDays: 5, ground: 'ON_SITE_CHECK', reason: 'We will check on site.' });
    expect(r.userErrors.map((e) => [e.code, e.key])).toEqual([['FORBIDDEN', 'complaint.notHandler']]);
    expect(await read('aigerim', providerComplaint)).toMatchObject({ status: 'REGISTERED', extended: false });
  });

  it('C3: extended on Tuesday 15 December by 10 working days (to 8 January 2027); the complainant is told, with reasons, by Monday 21 December (3 working days)', async () => {
    setClock('2026-12-15T06:30:00Z');
    const tooLong = await mutate('extendComplaint', 'ExtendComplaintInput', 'justice.almaty', { complaintId: providerComplaint, workingDays: 11, ground: 'ON_SITE_CHECK', reason: 'The archive of the department must be checked on site.' });
    expect(tooLong.userErrors.map((e) => [e.code, e.key, e.rule, e.params])).toEqual([['INVALID_INPUT', 'complaint.extensionTooLong', 'C3', { max: 10 }]]);
    const r = await mutate('extendComplaint', 'ExtendComplaintInput', 'justice.almaty', { complaintId: providerComplaint, workingDays: 10, ground: 'ON_SITE_CHECK', reason: 'The archive of the department must be checked on site.' });
    expect(r.userErrors).toEqual([]);
    const c = await read('aigerim', providerComplaint);
    expect(c).toMatchObject({ status: 'EXTENDED', stage: 'EXTENSION_NOTICE_SENT', dueOn: '2027-01-08', originalDueOn: '2026-12-22', extended: true, extensionDays: 10, extensionGround: 'ON_SITE_CHECK', extensionNotifyBy: '2026-12-21' });
    expect(c!.extensionNotice).toContain('The archive of the department must be checked on site.');
    expect(new Date(c!.extensionNotifiedAt as string).getTime()).toBeLessThanOrEqual(new Date('2026-12-21T23:59:59+05:00').getTime());
    expect((c!.stages as { stage: string; actorRole: string }[]).map((s) => [s.stage, s.actorRole])).toEqual([['REGISTERED', 'APPLICANT'], ['EXTENDED', 'JUSTICE_OFFICER'], ['EXTENSION_NOTICE_SENT', 'JUSTICE_OFFICER']]);
  });

  it('C3: a second extension is refused and writes nothing', async () => {
    setClock('2026-12-17T06:30:00Z');
    const before = await prisma().complaintStage.count();
    const r = await mutate('extendComplaint', 'ExtendComplaintInput', 'justice.almaty', { complaintId: providerComplaint, workingDays: 3, ground: 'MORE_INFORMATION', reason: 'We still need the registry’s answer.' });
    expect(r.userErrors.map((e) => [e.code, e.key, e.rule, e.params])).toEqual([['INVALID_STATE', 'complaint.alreadyExtended', 'C3', { extendedDueOn: '2027-01-08' }]]);
    expect(await read('aigerim', providerComplaint)).toMatchObject({ dueOn: '2027-01-08', extensionDays: 10, viewerCanExtend: false });
    expect(await prisma().complaintStage.count()).toBe(before);
  });

  it('G1: a decision without reasons is refused; partly upheld with reasons, on time, the complainant sees the outcome, the reasons and every stage (G2)', async () => {
    const bare = await mutate('decideComplaint', 'DecideComplaintInput', 'justice.almaty', { complaintId: providerComplaint, outcome: 'REJECTED', reasons: 'No.' });
    expect(bare.userErrors.map((e) => [e.code, e.key, e.rule])).toEqual([['INVALID_INPUT', 'complaint.reasonsRequired', 'G1']]);
    setClock('2027-01-08T10:00:00Z'); // 15:00 on the last day
    const r = await mutate('decideComplaint', 'DecideComplaintInput', 'justice.almaty', { complaintId: providerComplaint, outcome: 'PARTLY_UPHELD', reasons: 'The period was missed by the department; the request to refund travel costs is outside the service.' });
    expect(r.userErrors).toEqual([]);
    const c = await read('aigerim', providerComplaint);
    expect(c).toMatchObject({ status: 'PARTLY_UPHELD', outcome: 'PARTLY_UPHELD', stage: 'DECIDED', decidedOnTime: true, overdue: false, decisionReasons: expect.stringContaining('period was missed') });
    expect((c!.stages as { stage: string }[]).map((s) => s.stage)).toEqual(['REGISTERED', 'EXTENDED', 'EXTENSION_NOTICE_SENT', 'DECIDED']);
    const again = await mutate('decideComplaint', 'DecideComplaintInput', 'justice.almaty', { complaintId: providerComplaint, outcome: 'UPHELD', reasons: 'Changed my mind about the whole complaint.' });
    expect(again.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
  });

  it('G1, C3, C4: the extension’s notice and the decision are issued as documents signed by the platform in the complainant’s language: they verify publicly, the PDF goes to the complainant and the handlers only, and a refused step issues none', async () => {
    const DOCS = 'query($id: ID!) { node(id: $id) { ... on Complaint { documents { id number kind locale title lines { label value } paragraphs downloadPath } } } }';
    type Doc = { id: string; number: string; kind: string; locale: string; title: string; lines: { label: string; value: string }[]; paragraphs: string[]; downloadPath: string };
    const docsOf = async (login: string, id: string) => (await api.gql<{ node: { documents: Doc[] } | null }>(DOCS, { id }, tokens[login])).data?.node?.documents ?? null;
    const mine = await docsOf('aigerim', providerComplaint);
    // C3's notice, then the decision; the refused attempts (a second extension, no reasons, a second decision) issued nothing
    expect(mine!.map((d) => d.kind)).toEqual(['COMPLAINT_EXTENSION_NOTICE', 'COMPLAINT_DECISION']);
    const [notice, doc] = mine as [Doc, Doc];
    const user = await prisma().user.findUniqueOrThrow({ where: { login: 'aigerim' } });
    const complaint = await prisma().complaint.findUniqueOrThrow({ where: { id: (await prisma().signedDocument.findUniqueOrThrow({ where: { id: doc.id } })).complaintId! } });
    expect(doc).toMatchObject({ kind: 'COMPLAINT_DECISION', locale: user.locale, downloadPath: `/documents/${doc.id}.pdf` });
    expect(doc.number).toMatch(/^CMP-DEC-2027-\d{6}$/);
    const { TITLES, COMPLAINT_OUTCOME_TEXT, TEXT } = await import('../src/documents/labels.ts');
    expect(doc.title).toBe(TITLES.COMPLAINT_DECISION[user.locale]);
    const values = doc.lines.map((l) => l.value);
    expect(values).toEqual(expect.arrayContaining([complaint.number, 'Aigerim Sapar', '2026-12-14', '2027-01-08', COMPLAINT_OUTCOME_TEXT.PARTLY_UPHELD[user.locale], expect.stringContaining('period was missed')]));
    expect(doc.paragraphs).toEqual([TEXT.complaintDecisionBody[user.locale]]); // C4: the way to court
    // C3: the notice, in the complainant's language: the original and the new term, the ground and the reasons
    const { COMPLAINT_EXTENSION_GROUND_TEXT } = await import('../src/documents/labels.ts');
    expect(notice).toMatchObject({ locale: user.locale, title: TITLES.COMPLAINT_EXTENSION_NOTICE[user.locale] });
    expect(notice.number).toMatch(/^CMP-EXT-2026-\d{6}$/);
    expect(notice.lines.map((l) => l.value)).toEqual(expect.arrayContaining([complaint.number, '2026-12-22', '2027-01-08', COMPLAINT_EXTENSION_GROUND_TEXT.ON_SITE_CHECK[user.locale], 'The archive of the department must be checked on site.']));
    expect((await api.gql<{ verifyDocument: { valid: boolean } }>('query($id: String) { verifyDocument(id: $id) { valid } }', { id: notice.id }, null)).data?.verifyDocument.valid).toBe(true);
    // the stage names the document; the audit record holds its id
    const stages = (await read('aigerim', providerComplaint))!.stages as { stage: string; note: string }[];
    expect(stages.at(-1)!.note).toContain(doc.number);
    expect((await prisma().auditLog.findFirstOrThrow({ where: { action: 'complaint.decide', entityId: complaint.id } })).data).toMatchObject({ documentId: doc.id });
    // the public check, signed out
    const VERIFY = 'query($id: String) { verifyDocument(id: $id) { valid problems kind number } }';
    expect((await api.gql<{ verifyDocument: unknown }>(VERIFY, { id: doc.id }, null)).data?.verifyDocument).toEqual({ valid: true, problems: [], kind: 'COMPLAINT_DECISION', number: doc.number });
    // the PDF: the complainant and the handler; not another applicant, not another body, not signed out
    const base = api.url.replace(/\/graphql$/, '');
    const pdf = (login: string | null) => fetch(`${base}${doc.downloadPath}`, { headers: login ? { authorization: `Bearer ${tokens[login]}` } : {} });
    const res = await pdf('aigerim');
    expect(res.status).toBe(200);
    expect(Buffer.from(new Uint8Array(await res.arrayBuffer()).slice(0, 5)).toString()).toBe('%PDF-');
    expect((await pdf('justice.almaty')).status).toBe(200);
    expect((await pdf('inspector')).status).toBe(200);
    for (const login of ['timur', 'chamber.astana', 'quality']) expect((await pdf(login)).status, login).toBe(404);
    expect((await pdf(null)).status).toBe(401);
    expect(await docsOf('timur', providerComplaint)).toBeNull();
    // the complaint's id is part of what is signed: a document moved to another complaint no longer verifies
    await prisma().signedDocument.update({ where: { id: doc.id }, data: { complaintId: (await prisma().complaint.findFirstOrThrow({ where: { NOT: { id: complaint.id } } })).id } });
    expect((await api.gql<{ verifyDocument: { valid: boolean; problems: string[] } }>(VERIFY, { id: doc.id }, null)).data?.verifyDocument).toMatchObject({ valid: false, problems: expect.arrayContaining(['HASH_MISMATCH']) });
    await prisma().signedDocument.update({ where: { id: doc.id }, data: { complaintId: complaint.id } });
    expect((await api.gql<{ verifyDocument: { valid: boolean } }>(VERIFY, { id: doc.id }, null)).data?.verifyDocument.valid).toBe(true);
  });

  it('C2: an undecided complaint past its last day is overdue and first in its handlers’ queue; its term can no longer be extended', async () => {
    // now 8 January 2027: the quality-control complaint is due today; on 11 January it is overdue
    setClock('2027-01-11T05:00:00Z');
    const q = (await list('quality', { open: true })).edges.map((e) => e.node);
    expect(q.find((n) => n.id === qualityComplaint)).toMatchObject({ overdue: true, dueOn: '2027-01-08' });
    // the queue: by the last day, so the overdue come first
    expect(q.map((n) => n.dueOn)).toEqual([...q.map((n) => n.dueOn)].sort());
    expect(q.findIndex((n) => !n.overdue)).toBe(q.some((n) => !n.overdue) ? q.filter((n) => n.overdue).length : -1);
    expect((await list('quality', { overdue: true })).edges.map((e) => e.node.id)).toContain(qualityComplaint);
    const late = await mutate('extendComplaint', 'ExtendComplaintInput', 'quality', { complaintId: qualityComplaint, workingDays: 5, ground: 'MORE_INFORMATION', reason: 'We asked the department for its file.' });
    expect(late.userErrors.map((e) => [e.code, e.key])).toEqual([['INVALID_STATE', 'complaint.termExpired']]);
  });

  it('C4: the quality-control body upholds, directs a proposal to restore rights (30 calendar days) and records its fulfilment', async () => {
    const d = await mutate('decideComplaint', 'DecideComplaintInput', 'quality', { complaintId: qualityComplaint, outcome: 'UPHELD', reasons: 'The department missed the period of A12 without a ground; the applicant’s right to a timely decision was violated.' });
    expect(d.userErrors).toEqual([]);
    expect(d.complaint).toMatchObject({ decidedOnTime: false, viewerCanDirectProposal: true });
    const notQuality = await mutate('directComplaintProposal', 'DirectComplaintProposalInput', 'quality', { complaintId: providerComplaint, text: 'Decide the application within two days.' });
    expect(notQuality.userErrors.map((e) => e.code)).toEqual(['FORBIDDEN']);
    const p = await mutate('directComplaintProposal', 'DirectComplaintProposalInput', 'quality', { complaintId: qualityComplaint, text: 'Decide the attestation application within 2 working days and report.' });
    expect(p.userErrors).toEqual([]);
    const proposal = (p.complaint!.proposals as { id: string; dueOn: string; status: string; viewerCanCheck: boolean }[])[0]!;
    expect(proposal).toMatchObject({ status: 'DIRECTED', dueOn: '2027-02-10', viewerCanCheck: true });
    const c = await mutate('checkComplaintProposal', 'CheckComplaintProposalInput', 'quality', { proposalId: proposal.id, fulfilled: true, note: 'The department issued the result on 12 January 2027.' });
    expect(c.userErrors).toEqual([]);
    expect((c.complaint!.proposals as { status: string }[])[0]!.status).toBe('FULFILLED');
    const twice = await mutate('checkComplaintProposal', 'CheckComplaintProposalInput', 'quality', { proposalId: proposal.id, fulfilled: false, note: 'Again.' });
    expect(twice.userErrors.map((e) => e.code)).toEqual(['INVALID_TRANSITION']);
    const mine = await read('aigerim', qualityComplaint);
    expect((mine!.stages as { stage: string; actorRole: string }[]).map((s) => [s.stage, s.actorRole])).toEqual([
      ['REGISTERED', 'APPLICANT'], ['DECIDED', 'QUALITY_INSPECTOR'], ['PROPOSAL_DIRECTED', 'QUALITY_INSPECTOR'], ['PROPOSAL_FULFILLED', 'QUALITY_INSPECTOR'],
    ]);
  });

  it('C1: a complaint about a private bailiff’s action in the applicant’s case goes to the bailiff’s regional Chamber, and only its officials see it', async () => {
    setClock('2027-01-11T05:00:00Z');
    const chamber = await prisma().chamber.findFirstOrThrow({ where: { officials: { some: { user: { login: 'chamber.almaty' } } } } });
    // appoint the bailiffs of aigerim's waiting Almaty documents
    const assigned = await api.gql<{ assignAllWaiting: { userErrors: UserError[] } }>(
      'mutation($input: AssignAllWaitingInput!) { assignAllWaiting(input: $input) { userErrors { code message } } }',
      { input: { chamberId: encodeGlobalID('Chamber', chamber.id), limit: 60 } },
      tokens['chamber.almaty'],
    );
    expect(assigned.errors).toBeUndefined();
    const proceeding = await prisma().enforcementProceeding.findFirstOrThrow({ where: { bailiffId: { not: null }, bailiff: { chamberId: chamber.id }, document: { application: { applicantId: aigerimId } } } });
    const r = await file('aigerim', { addressee: 'PROVIDER_HEAD', about: 'BAILIFF_ACTION', proceedingId: encodeGlobalID('EnforcementProceeding', proceeding.id), subject: 'The bailiff does not answer', text: 'The appointed bailiff has not answered my calls for a week.' });
    expect(r.userErrors).toEqual([]);
    expect(r.complaint).toMatchObject({ handledBy: 'CHAMBER_OFFICIAL', dueOn: '2027-01-18' });
    const id = r.complaint!.id as string;
    expect(await read('chamber.almaty', id)).toMatchObject({ viewerCanDecide: true });
    for (const login of ['chamber.astana', 'justice.almaty', 'quality', 'timur']) expect(await read(login, id), login).toBeNull();
  });
});

describe('the public status check (G2, issue 10)', () => {
  const CHECK = 'query($number: String!, $accessCode: String!) { publicStatusCheck(number: $number, accessCode: $accessCode) { userErrors { code key params } status { number itemKind stage stageAt dueOn decided overdue } } }';
  const check = async (number: string, accessCode: string) => {
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: CHECK, variables: { number, accessCode } }) });
    const text = await res.text();
    return { text, ...(JSON.parse(text) as { data: { publicStatusCheck: { userErrors: UserError[]; status: Record<string, unknown> | null } }; errors?: unknown }) };
  };
  let number: string;
  let code: string;

  it('without signing in: the stage and the due date, never personal data', async () => {
    setClock('2027-02-01T05:00:00Z');
    const r = await file('aigerim', { addressee: 'MINISTRY', about: 'DECISION', applicationId: attestationApp, subject: 'Refusal without reasons', text: 'My IIN is 910412418623; the refusal named no ground.' });
    number = r.complaint!.number as string;
    code = r.accessCode!;
    const res = await check(number, code.toLowerCase().replace(/(....)/, '$1-'));
    expect(res.errors).toBeUndefined();
    expect(res.data.publicStatusCheck).toEqual({ userErrors: [], status: { number, itemKind: 'COMPLAINT', stage: 'REGISTERED', stageAt: expect.any(String), dueOn: '2027-02-08', decided: false, overdue: false } });
    for (const secret of ['910412418623', 'Aigerim', 'Sapar', 'Refusal without reasons', 'aigerim']) expect(res.text).not.toContain(secret);
    // an application too, with the code the applicant issues on its page
    const issued = await api.gql<{ issueStatusAccessCode: { userErrors: UserError[]; number: string; accessCode: string } }>(
      'mutation($input: IssueStatusAccessCodeInput!) { issueStatusAccessCode(input: $input) { userErrors { code } number accessCode } }',
      { input: { applicationId: attestationApp } },
      tokens['aigerim'],
    );
    expect(issued.data!.issueStatusAccessCode.userErrors).toEqual([]);
    const app = await check(issued.data!.issueStatusAccessCode.number, issued.data!.issueStatusAccessCode.accessCode);
    expect(app.data.publicStatusCheck.status).toMatchObject({ itemKind: 'APPLICATION', stage: 'REGISTERED', dueOn: '2026-12-11', decided: false, overdue: true });
    const notMine = await api.gql<{ issueStatusAccessCode: { userErrors: UserError[] } }>('mutation($input: IssueStatusAccessCodeInput!) { issueStatusAccessCode(input: $input) { userErrors { code } } }', { input: { applicationId: timurApp } }, tokens['aigerim']);
    expect(notMine.data!.issueStatusAccessCode.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });

  it('a wrong code and an unknown number answer alike (NOT_FOUND)', async () => {
    setClock('2027-02-01T06:00:00Z'); // a fresh window
    const wrong = await check(number, 'ZZZZZZZZ');
    const unknown = await check('CMP-2027-999999', code);
    expect(wrong.data.publicStatusCheck).toEqual({ userErrors: [{ code: 'NOT_FOUND', key: 'statusCheck.notFound', params: {} }], status: null });
    expect(unknown.data.publicStatusCheck).toEqual(wrong.data.publicStatusCheck);
  });

  it(`rate-limited per number: ${STATUS_CHECK_LIMITS.perNumber} checks in a window pass, the next is RATE_LIMITED with retryAfterSeconds`, async () => {
    setClock('2027-02-01T07:00:00Z'); // 12:00, the start of a window: 900 seconds to the next
    for (let i = 1; i <= STATUS_CHECK_LIMITS.perNumber; i++) expect((await check(number, code)).data.publicStatusCheck.status, `check ${i}`).not.toBeNull();
    const over = await check(number, code);
    expect(over.data.publicStatusCheck).toEqual({ userErrors: [{ code: 'RATE_LIMITED', key: 'statusCheck.rateLimited', params: { scope: 'number', limit: STATUS_CHECK_LIMITS.perNumber, windowSeconds: 900, retryAfterSeconds: 900 } }], status: null });
    setClock('2027-02-01T07:15:00Z'); // the next window
    expect((await check(number, code)).data.publicStatusCheck.status).not.toBeNull();
  });

  it(`rate-limited per address: ${STATUS_CHECK_LIMITS.perAddress} checks in a window pass (other numbers), the next is RATE_LIMITED`, async () => {
    setClock('2027-02-01T08:10:00Z'); // 13:10: 300 seconds to the next window
    for (let i = 1; i <= STATUS_CHECK_LIMITS.perAddress; i++) {
      const r = await check(`CMP-2027-${String(900000 + i)}`, 'ABCDEFGH');
      expect(r.data.publicStatusCheck.userErrors.map((e) => e.code), `check ${i}`).toEqual(['NOT_FOUND']);
    }
    const over = await check(number, code);
    expect(over.data.publicStatusCheck.userErrors).toEqual([{ code: 'RATE_LIMITED', key: 'statusCheck.rateLimited', params: { scope: 'address', limit: STATUS_CHECK_LIMITS.perAddress, windowSeconds: 900, retryAfterSeconds: 300 } }]);
  });
});
