// The access log (issue 8): staff reads of personal data and denied attempts on records holding it, for the
// Ministry's and quality-control inspectors. Written by schema/record-auth.ts.
import { encodeGlobalID } from '@pothos/plugin-relay';
import { builder } from '../builder.ts';

builder.prismaObject('AccessLog', {
  description: 'One read of personal data by staff, or one denied attempt on a record holding personal data.',
  fields: (t) => ({
    at: t.expose('at', { type: 'DateTime' }),
    actorLogin: t.exposeString('actorLogin', { nullable: true, description: 'Who: null for a visitor without a token.' }),
    action: t.exposeString('action', { description: 'READ_PERSONAL or DENIED.' }),
    entityType: t.exposeString('entityType'),
    entityId: t.id({ description: 'The global id of the record.', resolve: (r) => encodeGlobalID(r.entityType, r.entityId) }),
    fieldGroup: t.exposeString('fieldGroup', { description: 'PERSONAL (a personal field) or RECORD (the record itself).' }),
    requestId: t.exposeString('requestId', { nullable: true }),
  }),
});

builder.queryField('accessLog', (t) =>
  t.prismaConnection({
    type: 'AccessLog',
    cursor: 'id',
    description: 'Inspectors: who read personal data, and who was denied it, newest first.',
    authScopes: { anyRole: ['MINISTRY_INSPECTOR', 'QUALITY_INSPECTOR'] },
    resolve: (query, _root, _args, ctx) => ctx.db.prisma.accessLog.findMany({ ...query, orderBy: { id: 'desc' } }),
  }),
);
