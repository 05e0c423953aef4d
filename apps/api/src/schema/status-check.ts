// The public status check (issue 10, G2): an applicant's access code, and the check by number and code without sign-in.
import { builder } from '../builder.ts';
import { issueStatusAccessCode } from '../usecases/issue-status-access-code.ts';
import { publicStatusCheck, type PublicStatus } from '../usecases/public-status-check.ts';
import { payloadRef, runForPayload, UserErrorRef } from './errors.ts';
import { applicationIdOf, ComplaintNode } from './complaint.ts';

// ---------------------------------------------------------------- the public status check

const AccessCodePayload = payloadRef<{ number: string; accessCode: string }>('IssueStatusAccessCodePayload').implement({
  description: 'A new access code for the public status check (the old one stops working).',
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    number: t.exposeString('number', { nullable: true }),
    accessCode: t.exposeString('accessCode', { nullable: true, description: 'Shown only now; only its hash is kept.' }),
  }),
});

builder.mutationField('issueStatusAccessCode', (t) =>
  t.field({
    type: AccessCodePayload,
    description: 'Applicants: get a (new) access code for the public status check of one of your applications or complaints.',
    authScopes: { authenticated: true },
    args: {
      input: t.arg({
        type: builder.inputType('IssueStatusAccessCodeInput', {
          fields: (f) => ({
            applicationId: f.globalID({ required: false, description: 'An application of yours (a ServiceApplication id).' }),
            complaintId: f.globalID({ required: false, for: ComplaintNode }),
          }),
        }),
      }),
    },
    resolve: (_r, { input }, ctx) => runForPayload(() => issueStatusAccessCode(ctx, { applicationId: applicationIdOf(input.applicationId), complaintId: input.complaintId?.id ?? null })),
  }),
);

const PublicItemKindEnum = builder.enumType('PublicItemKind', {
  description: 'What a public status check found.',
  values: { APPLICATION: { description: 'An application for a public service.' }, COMPLAINT: { description: 'A complaint.' } } as const,
});

const PublicStatusRef = builder.objectRef<PublicStatus>('PublicStatus').implement({
  description: 'G2: the stage and the due date of an item, and nothing else (no names, no identification numbers, no content).',
  fields: (t) => ({
    number: t.exposeString('number'),
    itemKind: t.field({ type: PublicItemKindEnum, resolve: (s) => s.itemKind }),
    stage: t.exposeString('stage', { description: 'The current stage: an ApplicationStageKind (e.g. REGISTERED) for an application, a ComplaintStageKind for a complaint.' }),
    stageAt: t.expose('stageAt', { type: 'DateTime', description: 'When the current stage began.' }),
    dueOn: t.field({ type: 'Date', nullable: true, description: 'The last day of its term.', resolve: (s) => s.dueOn }),
    decided: t.exposeBoolean('decided', { description: 'A final result exists.' }),
    overdue: t.exposeBoolean('overdue', { description: 'Not decided and the last day has passed.' }),
  }),
});

const PublicStatusResult = payloadRef<{ status: PublicStatus }>('PublicStatusCheckResult').implement({
  description: 'The result of a public status check: the status, or why not (NOT_FOUND for a wrong number or code alike; RATE_LIMITED with params.retryAfterSeconds).',
  fields: (t) => ({
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    status: t.field({ type: PublicStatusRef, nullable: true, resolve: (r) => r.status ?? null }),
  }),
});

builder.queryField('publicStatusCheck', (t) =>
  t.field({
    type: PublicStatusResult,
    description: 'Without signing in: the stage and due date of an application or complaint, from its number and access code. Rate-limited per address and per number.',
    args: {
      number: t.arg.string({ description: 'The application’s or complaint’s number.' }),
      accessCode: t.arg.string({ description: 'The access code given to the applicant.' }),
    },
    resolve: (_r, args, ctx) => runForPayload(async () => ({ status: await publicStatusCheck(ctx, args) })),
  }),
);
