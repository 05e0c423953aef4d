// Intake of an application to initiate enforcement proceedings (E1–E4, CH1, T3, T4).
//  - E1: a claimant files on the portal; a justice officer registers a paper application received at the
//    office or forwarded by the State Corporation, for a claimant identified by IIN/BIN.
//  - E3: an incomplete package is refused at acceptance: the application is stored REJECTED_INCOMPLETE with
//    the receipt of Annex 4 (missingDocuments), so the claimant holds a record of what to bring.
//  - T3/T4: registration on the day of receipt within hours, else the next working day; through the State
//    Corporation the day of receipt is not counted.
//  - CH1: the categories of Rules No. 652 go to the regional Chamber of the place of enforcement and wait for
//    the paper original (CH3); state claims above the limit go to the territorial justice body.
import {
  almatyDate,
  APPLICATION,
  DOCUMENT_TITLES,
  EXECUTIVE_DOCUMENT,
  isValidIinBin,
  missingDocuments,
  register,
  routeDocument,
  type IntakeDocumentKind,
} from '@oryndau/domain';
import type { Channel, DocumentCategory, ExecutiveDocument, Prisma, ServiceApplication } from '@oryndau/db';
import { DomainError, type UserErrorParams, type UserErrorShape } from '../errors.ts';
import { dbDate, isValidIsoDate } from '../dates.ts';
import { requireJusticeOfficerOf, requireMayFileEnforcement } from '../access.ts';
import { inTransaction, type Tx, type UseCaseContext } from './transaction.ts';
import { nextNumber } from './numbers.ts';
import { issueAccessCode } from './status-access-code.ts';
import { openProceeding } from './assignment-effects.ts';
import { createAs, moveTo } from '../transitions.ts';
import { refuseDuplicateClaim } from './duplicate-claim.ts';
import { actingRole } from './stages.ts';

export type ClaimCategory = 'PRIVATE_CLAIM' | 'ALIMONY' | 'STATE_CLAIM' | 'NON_PROPERTY';

export interface PartyInput {
  name: string;
  idNumber: string; // IIN or BIN
  address?: string | null;
}

export interface SubmitEnforcementInput {
  channel: Channel;
  /** staff channels only: when the paper package was received; the portal uses the server's clock */
  receivedAt?: Date | null;
  claimant: PartyInput & { phone?: string | null; email?: string | null };
  debtor: PartyInput & { address: string };
  executiveDocument: {
    court: string;
    caseNumber: string;
    issuedOn: string;
    category: ClaimCategory;
    amountTenge?: number | null;
    districtId: string;
  };
  requestsWrit: boolean;
  byRepresentative: boolean;
  documents: IntakeDocumentKind[];
  /** one per form submission: a retry with the same key gives the first result again (./idempotency.ts) */
  idempotencyKey?: string | null;
}

function validate(input: SubmitEnforcementInput, now: Date): UserErrorShape[] {
  const errors: UserErrorShape[] = [];
  const bad = (field: string[], message: string, key: string, params?: UserErrorParams, rule?: string) =>
    errors.push({ code: 'INVALID_INPUT', field: ['input', ...field], message, key, rule: rule ?? null, params: params ?? null });
  const text = (v: string | null | undefined, field: string[], label: string, max = 300) => {
    if (!v || v.trim().length < 2) bad(field, `${label} is required.`, 'input.required');
    else if (v.length > max) bad(field, `${label} is too long (at most ${max} characters).`, 'input.tooLong', { max });
  };
  text(input.claimant.name, ['claimant', 'name'], 'Claimant name');
  if (!isValidIinBin(input.claimant.idNumber)) bad(['claimant', 'idNumber'], 'Claimant IIN/BIN must be 12 digits with a valid control digit.', 'input.idNumberInvalid');
  text(input.debtor.name, ['debtor', 'name'], 'Debtor name');
  if (!isValidIinBin(input.debtor.idNumber)) bad(['debtor', 'idNumber'], 'Debtor IIN/BIN must be 12 digits with a valid control digit.', 'input.idNumberInvalid');
  if (input.debtor.idNumber === input.claimant.idNumber) bad(['debtor', 'idNumber'], 'The debtor cannot be the claimant.', 'enforcement.debtorIsClaimant');
  text(input.debtor.address, ['debtor', 'address'], 'Debtor address', 500);
  const doc = input.executiveDocument;
  text(doc.court, ['executiveDocument', 'court'], 'Court');
  text(doc.caseNumber, ['executiveDocument', 'caseNumber'], 'Case number', 100);
  if (!isValidIsoDate(doc.issuedOn)) bad(['executiveDocument', 'issuedOn'], 'Issue date must be YYYY-MM-DD.', 'input.dateFormat');
  else if (doc.issuedOn > almatyDate(now)) bad(['executiveDocument', 'issuedOn'], 'The executive document cannot be issued in the future.', 'input.dateInFuture', { today: almatyDate(now) });
  if (doc.category === 'NON_PROPERTY') {
    if (doc.amountTenge != null) bad(['executiveDocument', 'amountTenge'], 'A non-property decision has no amount.', 'enforcement.noAmountForNonProperty');
  } else if (doc.amountTenge == null || !(doc.amountTenge > 0) || doc.amountTenge > 1e15) {
    bad(['executiveDocument', 'amountTenge'], 'The amount to recover must be a positive number of tenge.', 'enforcement.amountPositive');
  } else if (Math.round(doc.amountTenge * 100) !== doc.amountTenge * 100) {
    bad(['executiveDocument', 'amountTenge'], 'The amount has at most two decimals (tiyn).', 'enforcement.amountDecimals');
  }
  if (input.receivedAt && input.receivedAt.getTime() > now.getTime() + 60_000) bad(['receivedAt'], 'Receipt cannot be in the future.', 'input.dateInFuture', { today: almatyDate(now) });
  return errors;
}


/** The claimant's account: the viewer on the portal; for office intake, found or opened by IIN/BIN. */
async function claimantUser(tx: Tx, ctx: UseCaseContext, input: SubmitEnforcementInput): Promise<string> {
  if (input.channel === 'PORTAL') return ctx.viewer!.id;
  const id = input.claimant.idNumber;
  const existing = await tx.user.findFirst({ where: { OR: [{ person: { iin: id } }, { organisation: { bin: id } }] }, select: { id: true } });
  if (existing) return existing.id;
  // A claimant without an account: open one keyed by IIN/BIN, so they can follow the case after signing in with
  // their EDS. Whether the number is an IIN or a BIN is told by its 5th digit (4–6 for legal entities).
  const isEntity = ['4', '5', '6'].includes(id[4]!);
  const user = await tx.user.create({
    data: {
      login: `id:${id}`,
      displayName: input.claimant.name.trim(),
      ...(isEntity
        ? { organisation: { connectOrCreate: { where: { bin: id }, create: { bin: id, name: input.claimant.name.trim(), address: input.claimant.address ?? null } } } }
        : { person: { connectOrCreate: { where: { iin: id }, create: { iin: id, lastName: input.claimant.name.trim().split(/\s+/)[0]!, firstName: input.claimant.name.trim().split(/\s+/).slice(1).join(' ') || '-', address: input.claimant.address ?? null } } } }),
      roles: { create: { role: 'APPLICANT' } },
    },
  });
  return user.id;
}

/**
 * On the portal the claimant is the signed-in applicant (their person's IIN) or, filing as a representative, the
 * organisation they are bound to (its BIN): identity comes from the account, never from the form.
 */
async function assertClaimantIsViewer(ctx: UseCaseContext, input: SubmitEnforcementInput) {
  const viewer = ctx.viewer!;
  const [own] = await ctx.db.prisma.$queryRaw<{ iin: string | null; bin: string | null }[]>`
    SELECT (SELECT p."iin" FROM "Person" p WHERE p."id" = ${viewer.personId}) AS "iin",
           (SELECT o."bin" FROM "Organisation" o WHERE o."id" = ${viewer.organisationId}) AS "bin"`;
  const allowed = input.byRepresentative ? own?.bin : own?.iin;
  if (!allowed || input.claimant.idNumber !== allowed) {
    throw new DomainError(
      'FORBIDDEN',
      input.byRepresentative
        ? 'On the portal a representative files for the organisation they are bound to: the claimant BIN must be its BIN.'
        : 'On the portal you file as yourself: the claimant IIN must be your own.',
      ['input', 'claimant', 'idNumber'],
      { key: 'identity.claimantNotViewer' },
    );
  }
}

/**
 * Legal assistance (issue 12, area: legal; LA4): a recognised foreign judgment enters enforcement through this
 * same intake, routing and Chamber queue, as an executive document of its own kind. The caller gives the kind and
 * what to do in the same transaction once the document exists (the petition moves to IN_ENFORCEMENT).
 */
export interface IntakeExtension {
  documentKind: 'FOREIGN_JUDGMENT';
  /** the idempotency namespace of the calling mutation */
  mutation: string;
  within(tx: Tx, audit: Parameters<Parameters<typeof inTransaction>[1]>[1], result: { application: { id: string }; document: { id: string } | null }): Promise<void>;
}

/** The application; its executive document unless refused at acceptance (E3); a paper claimant's access code (G2). */
export interface IntakeResult {
  application: ServiceApplication;
  document: ExecutiveDocument | null;
  accessCode: string | null;
}

export async function submitEnforcementApplication(ctx: UseCaseContext, input: SubmitEnforcementInput, extension?: IntakeExtension): Promise<IntakeResult> {
  const viewer = ctx.viewer;
  requireMayFileEnforcement(viewer, input.channel);
  if (input.channel === 'PORTAL' && input.receivedAt) throw new DomainError('INVALID_INPUT', 'The portal records the time of receipt itself.', ['input', 'receivedAt'], { key: 'enforcement.receivedAtOnPortal', rule: 'E4' });
  const now = ctx.now();
  const errors = validate(input, now);
  if (errors.length) throw new DomainError(errors);
  // identity comes from the token: on the portal the claimant is the viewer (or the organisation they represent)
  if (input.channel === 'PORTAL') await assertClaimantIsViewer(ctx, input);

  return inTransaction<IntakeResult>(ctx, async (tx, audit) => {
    const district = await tx.enforcementDistrict.findUnique({ where: { id: input.executiveDocument.districtId }, include: { region: { include: { chamber: true } } } });
    if (!district) throw new DomainError('NOT_FOUND', 'Unknown enforcement district.', ['input', 'executiveDocument', 'districtId'], { key: 'enforcement.districtUnknown' });
    if (input.channel !== 'PORTAL') requireJusticeOfficerOf(viewer, district.regionId);
    await refuseDuplicateClaim(tx, input);
    const receivedAt = input.receivedAt ?? now;
    // G2: the stages say who acted by role: the applicant on the portal, else the justice officer who registered it
    const actorRole = actingRole(viewer, input.channel === 'PORTAL' ? ['APPLICANT'] : ['JUSTICE_OFFICER']);
    const calendar = await ctx.calendar.get(tx);
    const registration = register(receivedAt, input.channel, calendar);
    const missing = missingDocuments({ channel: input.channel, documents: input.documents, requestsWrit: input.requestsWrit, byRepresentative: input.byRepresentative });
    const applicantId = await claimantUser(tx, ctx, input);
    const year = almatyDate(receivedAt).slice(0, 4);
    const number = await nextNumber(tx, `ENF-${year}`);
    // CH1: a state claim is small or large by its amount; the category decides the route
    const route = routeDocument(input.executiveDocument.category === 'STATE_CLAIM' ? 'STATE_CLAIM_SMALL' : input.executiveDocument.category, input.executiveDocument.amountTenge);
    const category: DocumentCategory = route.category;
    const routing = route.routing;
    const form = {
      claimant: input.claimant,
      debtor: input.debtor,
      executiveDocument: { ...input.executiveDocument, category },
      requestsWrit: input.requestsWrit,
      byRepresentative: input.byRepresentative,
      documents: input.documents,
    } as unknown as Prisma.InputJsonValue;

    if (missing.length) {
      // E3: refused at acceptance; the receipt (Annex 4) lists what is missing. Nothing is registered.
      const rejected = createAs(APPLICATION, 'REJECTED_INCOMPLETE');
      const app = await tx.serviceApplication.create({
        data: {
          number, kind: 'ENFORCEMENT_INITIATION', channel: input.channel, status: rejected, applicantId,
          providerRegionId: district.regionId, receivedAt, decidedAt: now, form, missingDocuments: missing,
          refusalGrounds: ['INCOMPLETE_PACKAGE'],
          refusalReason: `Incomplete package (E3). Missing: ${missing.map((m) => DOCUMENT_TITLES[m]).join('; ')}.`,
          stages: { create: [{ status: rejected, stage: 'REFUSED_AT_ACCEPTANCE', actorId: viewer.id, actorRole, at: now, note: `Receipt (Annex 4): missing ${missing.join(', ')}` }] },
        },
      });
      await audit({ action: 'enforcement.rejectIncomplete', entityType: 'ServiceApplication', entityId: app.id, data: { number, missing } });
      return { application: app, document: null, accessCode: null };
    }

    // E4: on the state bailiff's route the proceeding is registered with the state bailiff now, so consideration
    // begins at once (REGISTERED → IN_REVIEW); on the Chamber's, when the Chamber appoints a bailiff (CH1)
    const registered = createAs(APPLICATION, 'REGISTERED');
    const routed = routing === 'STATE_BAILIFF' ? moveTo(APPLICATION, registered, 'IN_REVIEW') : registered;
    const app = await tx.serviceApplication.create({
      data: {
        number, kind: 'ENFORCEMENT_INITIATION', channel: input.channel, status: routed, applicantId,
        providerRegionId: district.regionId, receivedAt, registeredAt: registration.registeredAt, form,
        stages: {
          create: [
            { status: registered, stage: 'REGISTERED', actorId: viewer.id, actorRole, at: now, note: registration.afterHours ? `Received after hours; registered on ${registration.registeredOn} (T3).` : null },
            {
              status: routed,
              stage: routing === 'CHAMBER' ? 'ROUTED_TO_CHAMBER' : 'ROUTED_TO_STATE_BAILIFF',
              actorId: viewer.id,
              actorRole,
              at: now,
              note: routing === 'CHAMBER'
                ? `${route.reason} Sent to ${district.region.chamber?.name ?? 'the regional chamber'}; awaiting the paper original (CH3).`
                : `${route.reason} (CH1)`,
            },
          ],
        },
      },
    });
    const document = await tx.executiveDocument.create({
      data: {
        applicationId: app.id,
        court: input.executiveDocument.court.trim(),
        caseNumber: input.executiveDocument.caseNumber.trim(),
        issuedOn: dbDate(input.executiveDocument.issuedOn),
        category,
        amountTenge: input.executiveDocument.amountTenge ?? null,
        claimantName: input.claimant.name.trim(),
        claimantIdNumber: input.claimant.idNumber,
        debtorName: input.debtor.name.trim(),
        debtorIdNumber: input.debtor.idNumber,
        debtorAddress: input.debtor.address.trim(),
        districtId: district.id,
        routing,
        status: createAs(EXECUTIVE_DOCUMENT, routing === 'CHAMBER' ? 'AWAITING_ORIGINAL' : 'WITH_STATE_BAILIFF'),
        receivedAt: registration.registeredAt,
        ...(extension ? { kind: extension.documentKind } : {}),
      },
    });
    if (routing === 'STATE_BAILIFF') {
      await openProceeding(tx, { documentId: document.id, bailiffId: null, receivedAt, registration }, ctx);
    }
    // G2: a claimant who filed on paper follows the case without signing in, by the number and an access code
    // printed on their receipt (shown once, stored hashed); on the portal the applicant asks for one when needed
    const accessCode = input.channel === 'PORTAL' ? null : await issueAccessCode(tx, { number, applicationId: app.id });
    await audit({ action: 'enforcement.submit', entityType: 'ServiceApplication', entityId: app.id, data: { number, routing, channel: input.channel, registeredOn: registration.registeredOn, accessCodeIssued: accessCode !== null } });
    if (extension) await extension.within(tx, audit, { application: app, document });
    return { application: app, document, accessCode };
  }, {
    idempotency: {
      mutation: extension?.mutation ?? 'submitEnforcementApplication',
      key: input.idempotencyKey,
      input,
      save: (r) => ({ applicationId: r.application.id, documentId: r.document?.id ?? null }),
      load: async (tx, saved) => {
        const { applicationId, documentId } = saved as { applicationId: string; documentId: string | null };
        const application = await tx.serviceApplication.findUniqueOrThrow({ where: { id: applicationId } });
        // a replay does not show the code again (only its hash is kept): the claimant's receipt has it, or a new one is issued
        return { application, document: documentId ? await tx.executiveDocument.findUniqueOrThrow({ where: { id: documentId } }) : null, accessCode: null as string | null };
      },
    },
  });
}
