import { RegionKind } from '@oryndau/db';
import { builder } from '../builder.ts';

export const RegionKindEnum = builder.enumType(RegionKind, {
  name: 'RegionKind',
  values: {
    REGION: { description: 'A region (oblys).' },
    CITY: { description: 'A city of republican significance (Astana, Almaty, Shymkent).' },
  } as const,
});

builder.prismaNode('Region', {
  id: { field: 'id' },
  description: 'One of the 17 regions or 3 cities of republican significance.',
  fields: (t) => ({
    code: t.exposeString('code'),
    kind: t.expose('kind', { type: RegionKindEnum }),
    nameKk: t.exposeString('nameKk'),
    nameRu: t.exposeString('nameRu'),
    nameEn: t.exposeString('nameEn'),
    districts: t.relation('districts', { query: { orderBy: { code: 'asc' } } }),
    chamber: t.relation('chamber', { nullable: true }),
  }),
});

export const EnforcementDistrictNode = builder.prismaNode('EnforcementDistrict', {
  id: { field: 'id' },
  description: 'An enforcement district: the territorial competence of bailiffs.',
  fields: (t) => ({
    code: t.exposeString('code'),
    nameKk: t.exposeString('nameKk'),
    nameRu: t.exposeString('nameRu'),
    nameEn: t.exposeString('nameEn'),
    region: t.relation('region'),
  }),
});

export const ChamberNode = builder.prismaNode('Chamber', {
  id: { field: 'id' },
  description: 'A regional Chamber of Private Bailiffs.',
  fields: (t) => ({
    name: t.exposeString('name'),
    region: t.relation('region'),
  }),
});

builder.queryField('regions', (t) =>
  t.prismaField({
    type: ['Region'],
    description: 'All regions and cities of republican significance, by code.',
    resolve: (query, _root, _args, ctx) => ctx.db.prisma.region.findMany({ ...query, orderBy: { code: 'asc' } }),
  }),
);
