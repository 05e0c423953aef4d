import { AvailabilityKind, BreachAuthority, LicenceStatus, LicenceBasis } from '@oryndau/db';
import { almatyDate } from '@oryndau/domain';
import { builder } from '../builder.ts';
import { canSeeChamber } from '../access.ts';
import { recordAuthScopes } from './record-auth.ts';
import { dbDate } from '../dates.ts';
import { changeLicenceStatus } from '../usecases/change-licence-status.ts';
import { endBailiffAvailability } from '../usecases/end-bailiff-availability.ts';
import { recordBreachDecision } from '../usecases/record-breach-decision.ts';
import { setBailiffAvailability } from '../usecases/set-bailiff-availability.ts';
import { payloadRef, runForPayload, UserErrorRef } from './errors.ts';
import { IDEMPOTENCY_KEY_DESCRIPTION } from './idempotency.ts';

export const AvailabilityKindEnum = builder.enumType(AvailabilityKind, {
  name: 'AvailabilityKind',
  values: {
    LEAVE: { description: 'On leave. More than a month moves the bailiff’s open cases to others.' },
    SICKNESS: { description: 'Sick. More than a month moves the bailiff’s open cases to others.' },
    SUSPENSION: { description: 'Suspended by the chamber: receives no cases; open cases move to others.' },
    PAUSE: { description: 'Distribution paused (e.g. a chamber head to themself): receives no new cases, keeps open ones.' },
  } as const,
});

export const LicenceStatusEnum = builder.enumType(LicenceStatus, {
  name: 'LicenceStatus',
  values: {
    ACTIVE: { description: 'Valid.' },
    SUSPENDED: { description: 'Suspended: no cases (L9).' },
    REVOKED: { description: 'Revoked.' },
    TERMINATED: { description: 'Terminated.' },
    REISSUED: { description: 'Superseded by a reissued licence (L8).' },
  } as const,
});

const LicenceBasisEnum = builder.enumType(LicenceBasis, {
  name: 'LicenceBasis',
  values: {
    LABOUR_RECORD: { description: 'L5 (a): service as prosecutor, investigator or in an enforcement body.' },
    ATTESTATION: { description: 'L5 (b): an attestation decision.' },
  } as const,
});

const BreachAuthorityEnum = builder.enumType(BreachAuthority, {
  name: 'BreachAuthority',
  values: {
    CHAMBER: { description: 'The chamber’s disciplinary commission.' },
    COURT: { description: 'A court.' },
  } as const,
});

export const LicenceNode = builder.prismaNode('Licence', {
  id: { field: 'id' },
  select: { id: true }, // read path: only the columns the request's fields ask for
  description: 'A private-bailiff licence (Annex 5). Public register data; the holder’s IIN is not exposed here.',
  fields: (t) => ({
    number: t.exposeString('number'),
    status: t.expose('status', { type: LicenceStatusEnum }),
    basis: t.expose('basis', { type: LicenceBasisEnum }),
    activity: t.exposeString('activity'),
    licensor: t.exposeString('licensor'),
    placeOfIssue: t.exposeString('placeOfIssue'),
    issuedAt: t.expose('issuedAt', { type: 'DateTime' }),
    suspendedAt: t.expose('suspendedAt', { type: 'DateTime', nullable: true }),
    revokedAt: t.expose('revokedAt', { type: 'DateTime', nullable: true }),
  }),
});

builder.prismaObject('BailiffAvailability', {
  description: 'A period in which a bailiff receives no cases (CH2).',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.expose('kind', { type: AvailabilityKindEnum }),
    startsOn: t.expose('startsOn', { type: 'Date' }),
    endsOn: t.expose('endsOn', { type: 'Date', nullable: true, description: 'Inclusive; null when open-ended.' }),
    reason: t.exposeString('reason', { nullable: true }),
  }),
});

export const BreachDecisionNode = builder.prismaNode('BreachDecision', {
  id: { field: 'id' },
  description: 'A final decision confirming a bailiff’s breach of duty (CH4).',
  authScopes: recordAuthScopes('BreachDecision'),
  fields: (t) => ({
    authority: t.expose('authority', { type: BreachAuthorityEnum }),
    number: t.exposeString('number'),
    decidedOn: t.expose('decidedOn', { type: 'Date' }),
    effectiveOn: t.expose('effectiveOn', { type: 'Date', description: 'When it became legally effective: replacement is possible from then.' }),
    summary: t.exposeString('summary'),
    bailiff: t.relation('bailiff'),
  }),
});

export const PrivateBailiffNode = builder.prismaNode('PrivateBailiff', {
  id: { field: 'id' },
  // read path: only the columns the request's fields ask for; chamberId and userId always (the field checks read them)
  select: { id: true, chamberId: true, userId: true },
  description: 'A private bailiff, member of a regional chamber. Name, office and licence are public; availability and case counts are the chamber’s.',
  fields: (t) => ({
    name: t.string({
      select: { person: { select: { lastName: true, firstName: true, patronymic: true } } },
      resolve: (b) => [b.person.lastName, b.person.firstName, b.person.patronymic].filter(Boolean).join(' '),
    }),
    office: t.exposeString('office'),
    isChamberHead: t.exposeBoolean('isChamberHead'),
    memberSince: t.expose('memberSince', { type: 'Date' }),
    chamber: t.relation('chamber'),
    licence: t.relation('licence', { nullable: true }),
    districts: t.prismaField({
      type: ['EnforcementDistrict'],
      select: { districts: { select: { district: true } } },
      resolve: (_q, b) => b.districts.map((d) => d.district),
    }),
    availability: t.relation('availability', {
      description: 'Current and future periods without cases.',
      authScopes: (b, _a, ctx) => canSeeChamber(ctx.viewer, (b as { chamberId: string }).chamberId) || !!ctx.viewer && (b as { userId: string | null }).userId === ctx.viewer.id,
      query: (_a, ctx) => ({ where: { OR: [{ endsOn: null }, { endsOn: { gte: dbDate(almatyDate(ctx.now())) } }] }, orderBy: { startsOn: 'asc' } }),
    }),
    breachDecisions: t.relation('breaches', {
      authScopes: (b, _a, ctx) => canSeeChamber(ctx.viewer, (b as { chamberId: string }).chamberId),
      query: { orderBy: { decidedOn: 'desc' } },
    }),
    openCaseCount: t.int({
      description: 'Open cases of this bailiff: assigned now, with the proceeding awaiting a decision or initiated (those a redistribution moves).',
      resolve: (b, _a, ctx) =>
        ctx.db.prisma.assignment.count({ where: { bailiffId: b.id, activeDocumentId: { not: null }, document: { proceeding: { status: { in: ['AWAITING_DECISION', 'INITIATED'] } } } } }),
    }),
    assignedThisYear: t.int({
      description: 'Cases assigned in the current calendar year (the default counting window).',
      resolve: async (b, _a, ctx) => {
        const row = await ctx.db.prisma.bailiffLoad.findUnique({ where: { chamberId_bucket_bailiffId: { chamberId: b.chamberId, bucket: almatyDate(ctx.now()).slice(0, 4), bailiffId: b.id } } });
        return row?.count ?? 0;
      },
    }),
  }),
});

builder.prismaObjectField('Chamber', 'bailiffs', (t) =>
  t.relation('bailiffs', {
    description: 'Current members of the chamber.',
    query: { where: { leftOn: null }, orderBy: { person: { lastName: 'asc' } } },
  }),
);

const AvailabilityPayload = payloadRef<{ bailiffId: string; redistributedCount: number; strandedCount: number }>('SetBailiffAvailabilityPayload').implement({
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    redistributedCount: t.exposeInt('redistributedCount', { nullable: true, description: 'Open cases moved to other bailiffs in the same operation.' }),
    strandedCount: t.exposeInt('strandedCount', { nullable: true, description: 'Open cases nobody could take now: back in the queue.' }),
    bailiff: t.prismaField({
      type: 'PrivateBailiff',
      nullable: true,
      resolve: (query, { bailiffId: id }, _a, ctx) => (id ? ctx.db.prisma.privateBailiff.findUnique({ ...query, where: { id } }) : null),
    }),
  }),
});

const BreachPayload = payloadRef<{ breachDecisionId: string }>('RecordBreachDecisionPayload').implement({
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    breachDecision: t.prismaField({
      type: 'BreachDecision',
      nullable: true,
      resolve: (query, { breachDecisionId: id }, _a, ctx) => (id ? ctx.db.prisma.breachDecision.findUnique({ ...query, where: { id } }) : null),
    }),
  }),
});

const LicencePayload = payloadRef<{ licenceId: string; redistributedCount: number; strandedCount: number }>('ChangeLicenceStatusPayload').implement({
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    redistributedCount: t.exposeInt('redistributedCount', { nullable: true }),
    strandedCount: t.exposeInt('strandedCount', { nullable: true }),
    licence: t.prismaField({
      type: 'Licence',
      nullable: true,
      resolve: (query, { licenceId: id }, _a, ctx) => (id ? ctx.db.prisma.licence.findUnique({ ...query, where: { id } }) : null),
    }),
  }),
});

builder.mutationFields((t) => ({
  setBailiffAvailability: t.field({
    type: AvailabilityPayload,
    description: 'Chamber officials (or a chamber head pausing themself): record leave, sickness, suspension or a pause. Leave or sickness over a month, or a suspension, moves the bailiff’s open cases to others evenly: in the same operation when it has begun, or on the day it begins when recorded in advance.',
    authScopes: { authenticated: true },
    args: {
      input: t.arg({
        type: builder.inputType('SetBailiffAvailabilityInput', {
          fields: (f) => ({
            bailiffId: f.globalID({ for: PrivateBailiffNode }),
            kind: f.field({ type: AvailabilityKindEnum }),
            startsOn: f.field({ type: 'Date' }),
            endsOn: f.field({ type: 'Date', required: false }),
            reason: f.string({ required: false }),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const r = await setBailiffAvailability(ctx, { ...input, bailiffId: input.bailiffId.id });
        return { bailiffId: input.bailiffId.id, redistributedCount: r.redistributed, strandedCount: r.stranded };
      }),
  }),
  endBailiffAvailability: t.field({
    type: AvailabilityPayload,
    description: 'Chamber officials: end a period of absence, suspension or pause.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: builder.inputType('EndBailiffAvailabilityInput', { fields: (f) => ({ availabilityId: f.id(), endsOn: f.field({ type: 'Date' }) }) }) }) },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const row = await endBailiffAvailability(ctx, { availabilityId: String(input.availabilityId), endsOn: input.endsOn });
        return { bailiffId: row.bailiffId, redistributedCount: 0, strandedCount: 0 };
      }),
  }),
  recordBreachDecision: t.field({
    type: BreachPayload,
    description: 'Chamber officials: record a final decision (disciplinary commission or court) confirming a breach of duty (CH4).',
    authScopes: { role: 'CHAMBER_OFFICIAL' },
    args: {
      input: t.arg({
        type: builder.inputType('RecordBreachDecisionInput', {
          fields: (f) => ({
            bailiffId: f.globalID({ for: PrivateBailiffNode }),
            authority: f.field({ type: BreachAuthorityEnum }),
            number: f.string(),
            decidedOn: f.field({ type: 'Date' }),
            effectiveOn: f.field({ type: 'Date' }),
            summary: f.string(),
            idempotencyKey: f.string({ required: false, description: IDEMPOTENCY_KEY_DESCRIPTION }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => runForPayload(async () => ({ breachDecisionId: (await recordBreachDecision(ctx, { ...input, bailiffId: input.bailiffId.id })).id })),
  }),
  changeLicenceStatus: t.field({
    type: LicencePayload,
    description: 'Licensing officers: suspend, revoke, terminate or restore a licence. A bailiff without a valid licence receives no cases; their open cases move to others evenly (L9, CH2).',
    authScopes: { role: 'LICENSING_OFFICER' },
    args: {
      input: t.arg({
        type: builder.inputType('ChangeLicenceStatusInput', {
          fields: (f) => ({ licenceId: f.globalID({ for: LicenceNode }), status: f.field({ type: LicenceStatusEnum }), reason: f.string() }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) =>
      runForPayload(async () => {
        const r = await changeLicenceStatus(ctx, { ...input, licenceId: input.licenceId.id });
        return { licenceId: r.licence.id, redistributedCount: r.redistributed, strandedCount: r.stranded };
      }),
  }),
}));
