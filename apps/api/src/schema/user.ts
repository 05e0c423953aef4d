import { Kind, type FieldNode } from 'graphql';
import { builder } from '../builder.ts';
import { devLogin } from '../usecases/dev-login.ts';
import { setLocale } from '../usecases/set-locale.ts';
import { RoleEnum, LocaleEnum } from './enums.ts';
import { payloadRef, runForPayload, UserErrorRef } from './errors.ts';
import { markVisible, recordAuthScopes } from './record-auth.ts';

builder.prismaObject('RoleGrant', {
  description: 'A role held by a user, possibly scoped to a region or a chamber.',
  fields: (t) => ({
    role: t.expose('role', { type: RoleEnum }),
    region: t.relation('region', { nullable: true }),
    chamber: t.relation('chamber', { nullable: true }),
  }),
});

builder.prismaNode('User', {
  id: { field: 'id' },
  description: 'A person or a company representative using the platform. Visible to themselves and to inspectors.',
  authScopes: recordAuthScopes('User'),
  fields: (t) => ({
    login: t.exposeString('login'),
    displayName: t.exposeString('displayName'),
    locale: t.expose('locale', { type: LocaleEnum }),
    roles: t.relation('roles', { description: 'The roles this user holds.' }),
  }),
});

builder.queryField('viewer', (t) =>
  t.prismaField({
    type: 'User',
    nullable: true,
    description: 'The signed-in user; null without a valid token.',
    resolve: (query, _root, _args, ctx, info) => {
      if (!ctx.viewer) return null;
      markVisible(ctx, 'User', [ctx.viewer], 'PERSONAL'); // one's own record (OWN:P for every role)
      // read path: what the request's viewer already holds (viewer-cache.ts, forgotten on every change of the
      // user) answers without a query — `viewer { login }` is the most frequent request of every app
      if (asksOnly(info.fieldNodes, FROM_VIEWER)) return { id: ctx.viewer.id, login: ctx.viewer.login, displayName: ctx.viewer.displayName } as never;
      return ctx.db.prisma.user.findUnique({ ...query, where: { id: ctx.viewer.id } });
    },
  }),
);

/** The User fields the request's Viewer carries. */
const FROM_VIEWER = new Set(['id', 'login', 'displayName', '__typename']);

/** Whether the field's selection asks only for the given fields (no fragments, no arguments, no directives). */
function asksOnly(nodes: readonly FieldNode[], fields: Set<string>): boolean {
  return nodes.every((n) => n.selectionSet?.selections.every((s) => s.kind === Kind.FIELD && fields.has(s.name.value) && !s.arguments?.length && !s.directives?.length && !s.selectionSet));
}

interface DemoUserShape {
  login: string;
  displayName: string;
  roles: string[];
  description: string;
}

const DemoUser = builder.objectRef<DemoUserShape>('DemoUser').implement({
  description: 'A seeded demo user one can sign in as in dev mode.',
  fields: (t) => ({
    login: t.exposeString('login'),
    displayName: t.exposeString('displayName'),
    roles: t.field({ type: [RoleEnum], resolve: (u) => u.roles as never }),
    description: t.exposeString('description'),
  }),
});

builder.queryField('demoUsers', (t) =>
  t.field({
    type: [DemoUser],
    description: 'Dev mode only: the demo users to sign in as. Absent from the schema an API without dev sign-in serves.',
    resolve: async (_root, _args, ctx) => {
      if (!ctx.config.devAuth) return [];
      const users = await ctx.db.prisma.user.findMany({
        orderBy: { login: 'asc' },
        select: { login: true, displayName: true, roles: { select: { role: true, region: { select: { nameEn: true } }, chamber: { select: { name: true } } } } },
      });
      return users.map((u) => ({
        login: u.login,
        displayName: u.displayName,
        roles: [...new Set(u.roles.map((r) => r.role))],
        description: u.roles.map((r) => [r.role, r.chamber?.name ?? r.region?.nameEn].filter(Boolean).join(' · ')).join(', '),
      }));
    },
  }),
);

const DevLoginInput = builder.inputType('DevLoginInput', {
  fields: (t) => ({ login: t.string({ description: 'The demo user login, e.g. "aigerim".' }) }),
});

const DevLoginPayload = payloadRef<{ token: string; userId: string }>('DevLoginPayload').implement({
  fields: (t) => ({
    token: t.exposeString('token', { nullable: true, description: 'Send as `Authorization: Bearer <token>`.' }),
    userErrors: t.expose('userErrors', { type: [UserErrorRef] }),
    viewer: t.prismaField({
      type: 'User',
      nullable: true,
      resolve: (query, { userId: id }, _args, ctx) => {
        if (id) markVisible(ctx, 'User', [{ id }], 'PERSONAL'); // the user who has just signed in
        return id ? ctx.db.prisma.user.findUnique({ ...query, where: { id } }) : null;
      },
    }),
  }),
});

builder.mutationField('devLogin', (t) =>
  t.field({
    type: DevLoginPayload,
    description: 'Dev mode only: signs in as a seeded demo user and returns a token. Absent from the schema an API without dev sign-in serves.',
    args: { input: t.arg({ type: DevLoginInput }) },
    resolve: (_root, { input }, ctx) =>
      runForPayload(async () => {
        const user = await devLogin(ctx, input);
        return { token: await ctx.tokens.sign(user.id, user.login), userId: user.id };
      }),
  }),
);

const SetLocalePayload = builder.simpleObject('SetLocalePayload', {
  fields: (t) => ({ userErrors: t.field({ type: [UserErrorRef] }) }),
});
builder.objectField(SetLocalePayload, 'viewer', (t) =>
  t.prismaField({
    type: 'User',
    nullable: true,
    resolve: (query, _p, _a, ctx) => (ctx.viewer ? ctx.db.prisma.user.findUnique({ ...query, where: { id: ctx.viewer.id } }) : null),
  }),
);

builder.mutationField('setLocale', (t) =>
  t.field({
    type: SetLocalePayload,
    description: 'Saves the interface language of the signed-in user.',
    authScopes: { authenticated: true },
    args: { input: t.arg({ type: builder.inputType('SetLocaleInput', { fields: (f) => ({ locale: f.field({ type: LocaleEnum }) }) }) }) },
    resolve: (_r, { input }, ctx) => runForPayload(async () => (await setLocale(ctx, input), {})),
  }),
);
