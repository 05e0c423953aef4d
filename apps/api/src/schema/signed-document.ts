// Licence area (issue 9): the signed documents (every decision), their public check, the state systems' answers
// and the hearings of an application (A11), and the hearing's three mutations — generic over ServiceApplication.
import { SignedDocumentKind, StateQueryStatus, StateSystem } from '@oryndau/db';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';
import { qrPayload, parseQrPayload, verifySignedDocument, type VerificationProblem } from '../documents/verify.ts';
import { isoDate } from '../dates.ts';
import { sendPreliminaryDecision } from '../usecases/send-preliminary-decision.ts';
import { holdHearing } from '../usecases/hold-hearing.ts';
import { decideAfterHearing } from '../usecases/decide-after-hearing.ts';
import { hasRole } from '../access.ts';
import { PROVIDER_ROLES } from '../usecases/service-provider.ts';
import { TEXT_BOUNDS } from '../limits/input-policy.ts';
import { LIMITS } from '../limits/config.ts';
import { payloadRef, runForPayload, UserErrorRef } from './errors.ts';
import { LocaleEnum } from './enums.ts';

export const StateSystemEnum = builder.enumType(StateSystem, {
  name: 'StateSystem',
  description: 'A state information system the platform asks instead of the applicant (A3, L2), or the e-gov payment gateway (L6).',
  values: {
    IDENTITY: { description: 'Identity documents of individuals.' },
    INDIVIDUALS: { description: 'The "Individuals" database: changes of surname, name or patronymic (L8).' },
    CRIMINAL_RECORD: { description: 'The criminal-record register.' },
    CORRUPTION_OFFENCES: { description: 'The register of corruption offences.' },
    NEGATIVE_DISMISSALS: { description: 'Dismissals for negative reasons from state, military or law-enforcement service.' },
    LICENCE_DEPRIVATION: { description: 'Earlier deprivations of a private-bailiff licence.' },
    MENTAL_HEALTH_REGISTER: { description: 'The mental-health (dispensary) register.' },
    NARCOLOGY_REGISTER: { description: 'The narcology register.' },
    PAYMENT_GATEWAY: { description: 'The e-gov payment gateway (fees, L6).' },
  } as const,
});

const StateQueryStatusEnum = builder.enumType(StateQueryStatus, {
  name: 'StateQueryStatus',
  description: 'Where a request to a state system stands.',
  values: {
    ANSWERED: { description: 'The system answered.' },
    WAITING: { description: 'The system did not answer (down or too slow); asked again automatically.' },
  } as const,
});

export const SignedDocumentKindEnum = builder.enumType(SignedDocumentKind, {
  name: 'SignedDocumentKind',
  description: 'The kinds of document the platform signs.',
  values: {
    LICENCE: { description: 'The licence (Annex 5, L9), also a reissued one (L8).' },
    PRELIMINARY_DECISION: { description: 'The preliminary decision with the notice of the hearing (A11).' },
    REFUSAL: { description: 'The final reasoned refusal (G1).' },
    INCOMPLETE_REFUSAL: { description: 'The reasoned refusal at the completeness check (A4, L3).' },
    ATTESTATION_DECISION: { description: 'The decision on the result of the attestation (A10).' },
    HEARING_RECORD: { description: 'The record of the hearing (A11).' },
    COMPLAINT_DECISION: { description: 'The decision on a complaint, with its reasons and the way to court (G1, C4).' },
    COMPLAINT_EXTENSION_NOTICE: { description: 'The notice of a complaint’s extended term, with its ground and reasons (C3).' },
  } as const,
});

const DocumentProblemEnum = builder.enumType('DocumentProblem', {
  description: 'Why a document does not verify.',
  values: {
    NOT_FOUND: { value: 'NOT_FOUND', description: 'No document has this id.' },
    HASH_MISMATCH: { value: 'HASH_MISMATCH', description: 'The content was changed after signing: its hash is not the one signed.' },
    BAD_SIGNATURE: { value: 'BAD_SIGNATURE', description: 'The signature does not verify with the platform’s key.' },
    UNKNOWN_KEY: { value: 'UNKNOWN_KEY', description: 'The document names a key the platform never had.' },
    QR_MISMATCH: { value: 'QR_MISMATCH', description: 'The QR code’s hash is not this document’s.' },
  } as const satisfies Record<VerificationProblem, unknown>,
});

interface Line {
  label: string;
  value: string;
}
const LineRef = builder.objectRef<Line>('DocumentLine').implement({
  description: 'One line of a document: a label and its value, in the document’s language.',
  fields: (t) => ({
    label: t.exposeString('label', { description: 'The label, e.g. "Number".' }),
    value: t.exposeString('value', { description: 'The value, as printed.' }),
  }),
});

const lines = (content: unknown): Line[] => ((content as { lines?: Array<[string, string]> })?.lines ?? []).map(([label, value]) => ({ label, value }));
const title = (content: unknown): string => String((content as { title?: string })?.title ?? '');
/** An IIN in a public answer shows only its birth-date half. */
const maskIin = (s: string) => s.replace(/\b(\d{6})\d{6}\b/g, '$1******');

builder.prismaObject('SignedDocument', {
  description: 'A decision issued as a document signed by the platform (Ed25519). Part of its application, licence or complaint: visible with it.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The document’s id (also in its QR code and its download address).' }),
    number: t.exposeString('number', { description: 'The document’s number.' }),
    kind: t.expose('kind', { type: SignedDocumentKindEnum, description: 'What the document is.' }),
    locale: t.expose('locale', { type: LocaleEnum, description: 'Its language: the applicant’s.' }),
    title: t.string({ description: 'The title, in the document’s language.', resolve: (d) => title(d.content) }),
    lines: t.field({ type: [LineRef], description: 'The content, line by line, in the document’s language.', resolve: (d) => lines(d.content) }),
    paragraphs: t.stringList({ description: 'The text of the document after its lines.', resolve: (d) => ((d.content as { paragraphs?: string[] })?.paragraphs ?? []).map(String) }),
    signedAt: t.expose('signedAt', { type: 'DateTime', description: 'When it was signed.' }),
    keyId: t.exposeString('keyId', { description: 'The id of the platform key that signed it (first 16 hex digits of the sha256 of the public key).' }),
    contentHash: t.exposeString('contentHash', { description: 'sha256 of the signed envelope (hex).' }),
    downloadPath: t.string({ description: 'Where the PDF is downloaded from, relative to the API (GET, with the bearer token).', resolve: (d) => `/documents/${d.id}.pdf` }),
    qrPayload: t.string({ description: 'What the QR code on the PDF holds: the portal’s public check page for this document.', resolve: (d) => qrPayload(d) }),
  }),
});

builder.prismaObject('StateSystemQuery', {
  description: 'What the platform asked a state system for an application, and what it answered (A3, L2): shown on the form as pulled, never asked of the applicant.',
  fields: (t) => ({
    system: t.expose('system', { type: StateSystemEnum, description: 'The system asked.' }),
    status: t.expose('status', { type: StateQueryStatusEnum, description: 'Answered, or waiting for the system.' }),
    found: t.exposeBoolean('found', { description: 'The subject (or a record about them) was found.' }),
    negative: t.exposeBoolean('negative', { description: 'The answer bars the service.' }),
    answer: t.expose('answer', { type: 'JSON', description: 'What the system returned.' }),
    source: t.exposeString('source', { description: 'Which implementation answered ("sandbox" in the demo).' }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'Why the last attempt failed: TIMEOUT or UNAVAILABLE.' }),
    attempts: t.exposeInt('attempts', { description: 'How many times the system was asked.' }),
    nextAttemptAt: t.expose('nextAttemptAt', { type: 'DateTime', nullable: true, description: 'When it is asked again, while waiting.' }),
    askedAt: t.expose('askedAt', { type: 'DateTime', description: 'When it was first asked.' }),
    answeredAt: t.expose('answeredAt', { type: 'DateTime', nullable: true, description: 'When it answered.' }),
  }),
});

builder.prismaObject('Hearing', {
  description: 'A11: the preliminary decision, the hearing and its outcome.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The hearing’s id (for holdHearing and decideAfterHearing).' }),
    grounds: t.stringList({ description: 'The refusal grounds intended (L4, A5).', resolve: (h) => h.grounds ?? [] }),
    preliminaryDecision: t.exposeString('preliminaryDecision', { description: 'The reasons of the preliminary decision.' }),
    noticeSentAt: t.expose('noticeSentAt', { type: 'DateTime', description: 'When the notice went out.' }),
    scheduledOn: t.field({ type: 'Date', nullable: true, description: 'The day set for the hearing.', resolve: (h) => (h.scheduledOn ? isoDate(h.scheduledOn) : null) }),
    latestOn: t.field({ type: 'Date', description: 'The last lawful day of the hearing: 2 working days after the notice (A11).', resolve: (h) => isoDate(h.latestOn) }),
    heldOn: t.field({ type: 'Date', nullable: true, description: 'When it was held.', resolve: (h) => (h.heldOn ? isoDate(h.heldOn) : null) }),
    applicantAttended: t.exposeBoolean('applicantAttended', { nullable: true, description: 'Whether the applicant came.' }),
    record: t.exposeString('record', { nullable: true, description: 'What was said.' }),
    outcome: t.exposeString('outcome', { nullable: true, description: 'REFUSED or RECONSIDERED, once decided.' }),
    decidedAt: t.expose('decidedAt', { type: 'DateTime', nullable: true, description: 'When the final decision was taken.' }),
  }),
});

builder.prismaObjectFields('ServiceApplication', (t) => ({
  documents: t.relation('signedDocuments', {
    query: { orderBy: [{ signedAt: 'asc' }, { id: 'asc' }] },
    description: 'The signed documents issued for this application, oldest first: refusals, preliminary decisions, hearing records, the licence.',
  }),
  stateQueries: t.relation('stateQueries', {
    query: { orderBy: [{ system: 'asc' }] },
    description: 'What was pulled from the state systems, and from which (A3, L2); WAITING while a system is down.',
  }),
  hearings: t.relation('hearings', { query: { orderBy: [{ noticeSentAt: 'asc' }] }, description: 'The preliminary decisions and hearings (A11).' }),
  viewerCanSendPreliminaryDecision: t.boolean({
    description: 'Whether you may send a preliminary decision now (you provide this service and it is under review).',
    select: { kind: true, status: true },
    resolve: (a, _args, ctx) => a.status === 'IN_REVIEW' && PROVIDER_ROLES[a.kind].length > 0 && hasRole(ctx.viewer, ...PROVIDER_ROLES[a.kind]) && a.kind !== 'LICENCE_REISSUE',
  }),
}));

// ---------------------------------------------------------------- the public check

interface VerificationResult {
  valid: boolean;
  problems: VerificationProblem[];
  doc: Awaited<ReturnType<typeof verifySignedDocument>>['document'];
}

const VerificationRef = builder.objectRef<VerificationResult>('DocumentVerification').implement({
  description: 'The public check of a signed document: whether it is authentic and unchanged. Anyone may ask, without signing in.',
  fields: (t) => ({
    valid: t.exposeBoolean('valid', { description: 'The document exists, is unchanged since it was signed and its signature verifies.' }),
    problems: t.field({ type: [DocumentProblemEnum], description: 'What is wrong, when not valid.', resolve: (v) => v.problems }),
    documentId: t.id({ nullable: true, description: 'The document’s id.', resolve: (v) => v.doc?.id ?? null }),
    number: t.string({ nullable: true, description: 'The document’s number.', resolve: (v) => v.doc?.number ?? null }),
    kind: t.field({ type: SignedDocumentKindEnum, nullable: true, description: 'What the document is.', resolve: (v) => v.doc?.kind ?? null }),
    title: t.string({ nullable: true, description: 'Its title, in its language.', resolve: (v) => (v.doc ? title(v.doc.content) : null) }),
    lines: t.field({ type: [LineRef], description: 'Its content as signed (an IIN shows only its first 6 digits).', resolve: (v) => (v.doc ? lines(v.doc.content).map((l) => ({ label: l.label, value: maskIin(l.value) })) : []) }),
    signedAt: t.field({ type: 'DateTime', nullable: true, description: 'When it was signed.', resolve: (v) => v.doc?.signedAt ?? null }),
    keyId: t.string({ nullable: true, description: 'The key that signed it.', resolve: (v) => v.doc?.keyId ?? null }),
    contentHash: t.string({ nullable: true, description: 'sha256 of the signed envelope.', resolve: (v) => v.doc?.contentHash ?? null }),
    algorithm: t.string({ description: 'The signature algorithm.', resolve: () => 'Ed25519' }),
  }),
});

builder.queryField('verifyDocument', (t) =>
  t.field({
    type: VerificationRef,
    description: 'Checks a signed document by its id or by what its QR code holds. Public: no sign-in needed.',
    args: {
      id: t.arg.string({ required: false, description: 'The document’s id.' }),
      payload: t.arg.string({ required: false, description: 'What the QR code holds (the check page’s address).' }),
    },
    resolve: async (_r, args, ctx): Promise<VerificationResult> => {
      const parsed = args.payload ? parseQrPayload(args.payload) : args.id ? { id: args.id.trim(), hash: null } : null;
      if (!parsed) return { valid: false, problems: ['NOT_FOUND' as const], doc: null };
      const v = await verifySignedDocument(ctx.db.prisma, ctx.signing, parsed.id, parsed.hash);
      return { valid: v.valid, problems: v.problems, doc: v.document };
    },
  }),
);

// ---------------------------------------------------------------- the hearing (A11)

TEXT_BOUNDS['HoldHearingInput.record'] = { max: LIMITS.textLength, multiline: true };

const HearingPayload = payloadRef<{ applicationId: string; hearingId: string; documentId: string | null }>('HearingPayload').implement({
  description: 'The result of a step of the hearing (A11).',
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef], description: 'Why nothing changed.' }),
    application: t.prismaField({
      type: 'ServiceApplication',
      nullable: true,
      description: 'The application, after the step.',
      resolve: (query, { applicationId: id }, _a, ctx) => (id ? ctx.db.prisma.serviceApplication.findUnique({ ...query, where: { id } }) : null),
    }),
    hearing: t.prismaField({
      type: 'Hearing',
      nullable: true,
      description: 'The hearing, after the step.',
      resolve: (query, { hearingId: id }, _a, ctx) => (id ? ctx.db.prisma.hearing.findUnique({ ...query, where: { id } }) : null),
    }),
    document: t.prismaField({
      type: 'SignedDocument',
      nullable: true,
      description: 'The signed document the step issued (preliminary decision, hearing record, refusal).',
      resolve: (query, { documentId: id }, _a, ctx) => (id ? ctx.db.prisma.signedDocument.findUnique({ ...query, where: { id } }) : null),
    }),
  }),
});

const HearingDecisionEnum = builder.enumType('HearingDecision', {
  description: 'The final decision after a hearing (A11).',
  values: {
    REFUSE: { value: 'REFUSE', description: 'Refuse, with reasons, on grounds the applicant was heard on.' },
    RECONSIDER: { value: 'RECONSIDER', description: 'Withdraw the preliminary decision; the service’s positive result follows.' },
  } as const,
});

const applicationIdOf = (id: string | number) => {
  const s = String(id);
  try {
    const g = decodeGlobalID(s);
    return g.typename === 'ServiceApplication' ? g.id : s;
  } catch {
    return s;
  }
};

builder.mutationFields((t) => ({
  sendPreliminaryDecision: t.field({
    type: HearingPayload,
    description: 'The provider (licensing officer, justice body or commission): before a refusal, send the preliminary decision and the notice of the hearing, at least 3 working days before the service period ends; the hearing within 2 working days of the notice (A11).',
    authScopes: { authenticated: true },
    args: {
      input: t.arg({
        type: builder.inputType('SendPreliminaryDecisionInput', {
          description: 'The preliminary decision.',
          fields: (f) => ({
            applicationId: f.id({ description: 'The application (global id).' }),
            grounds: f.stringList({ description: 'The refusal grounds intended: of L4 for a licence, of A5 for an attestation.' }),
            reason: f.string({ description: 'The reasons (G1).' }),
            hearingOn: f.field({ type: 'Date', required: false, description: 'The hearing’s day; default the last lawful day.' }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const r = await sendPreliminaryDecision(ctx, { ...input, applicationId: applicationIdOf(input.applicationId) });
        return { applicationId: r.application.id, hearingId: r.hearing.id, documentId: r.document.id };
      }),
  }),
  holdHearing: t.field({
    type: HearingPayload,
    description: 'The provider: record the hearing (held no later than 2 working days after the notice), whether the applicant came and what was said (A11).',
    authScopes: { authenticated: true },
    args: {
      input: t.arg({
        type: builder.inputType('HoldHearingInput', {
          description: 'The hearing.',
          fields: (f) => ({
            hearingId: f.id({ description: 'The hearing.' }),
            applicantAttended: f.boolean({ description: 'Whether the applicant came (or sent objections).' }),
            record: f.string({ description: 'What was said.' }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const r = await holdHearing(ctx, { ...input, hearingId: String(input.hearingId) });
        return { applicationId: r.application.id, hearingId: r.hearing.id, documentId: r.document.id };
      }),
  }),
  decideAfterHearing: t.field({
    type: HearingPayload,
    description: 'The provider: the final decision after the hearing — refuse (signed reasoned refusal) or withdraw the preliminary decision (A11, G1).',
    authScopes: { authenticated: true },
    args: {
      input: t.arg({
        type: builder.inputType('DecideAfterHearingInput', {
          description: 'The final decision.',
          fields: (f) => ({
            hearingId: f.id({ description: 'The hearing.' }),
            decision: f.field({ type: HearingDecisionEnum, description: 'Refuse, or reconsider.' }),
            grounds: f.stringList({ required: false, description: 'REFUSE: the grounds kept, among those heard; default all of them.' }),
            reason: f.string({ description: 'The reasons.' }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const r = await decideAfterHearing(ctx, { ...input, hearingId: String(input.hearingId) });
        return { applicationId: r.application.id, hearingId: r.hearing.id, documentId: r.document?.id ?? null };
      }),
  }),
}));
