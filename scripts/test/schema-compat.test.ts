// The breaking-change check of schema.graphql (scripts/schema-compat.mjs), on scratch schemas.
import { describe, expect, it } from 'vitest';
import { compareSchemas, removalDate } from '../schema-compat.mjs';

type Result = { breaking: { type: string; description: string; allowed: boolean; why: string }[]; dangerous: { type: string; description: string }[] };
const compare = (a: string, b: string, today = '2026-12-01', accepted: string[] = []): Result => compareSchemas(a, b, { today, accepted });
const refused = (r: Result) => r.breaking.filter((b) => !b.allowed);

const base = /* GraphQL */ `
  type Query {
    application(id: ID!): Application
    applications(first: Int): [Application!]!
  }
  type Application {
    id: ID!
    number: String!
    claimant: String!
    oldNumber: String @deprecated(reason: "Use number. Removal after 2026-06-30.")
    legacyStage: LegacyStage @deprecated(reason: "Use stage. Removal after 2027-03-31.")
    stage: Stage!
  }
  type LegacyStage { name: String! }
  enum Stage { SUBMITTED REGISTERED CLOSED OBSOLETE @deprecated(reason: "Removal after 2026-01-31.") }
  input ApplyInput { court: String! note: String @deprecated(reason: "Unused. Removal after 2026-05-01.") }
  type Mutation { apply(input: ApplyInput!): Application! }
`;
const without = (sdl: string, line: RegExp) => sdl.replace(line, '');

describe('schema compatibility check', () => {
  it('an unchanged schema and additions pass (a new type, field, optional input field)', () => {
    const added = base
      .replace('stage: Stage!', 'stage: Stage!\n    submittedAt: String')
      .replace('court: String!', 'court: String! idempotencyKey: String')
      .concat('\n type Note { text: String! }\n extend type Query { note: Note }\n');
    expect(compare(base, base)).toEqual({ breaking: [], dangerous: [] });
    const r = compare(base, added);
    expect(r.breaking).toEqual([]);
    expect(r.dangerous.map((d) => d.type)).toEqual(['OPTIONAL_INPUT_FIELD_ADDED']);
  });

  it('a removed field fails', () => {
    const r = compare(base, without(base, /claimant: String!/));
    expect(refused(r).map((b) => b.description)).toEqual(['Application.claimant was removed.']);
    expect(refused(r)[0].why).toMatch(/not @deprecated/);
  });

  it('a removed deprecated field whose removal date has passed passes', () => {
    expect(refused(compare(base, without(base, /oldNumber: .*\n/)))).toEqual([]);
    expect(compare(base, without(base, /oldNumber: .*\n/)).breaking[0]).toMatchObject({ allowed: true, description: 'Application.oldNumber was removed.' });
  });

  it('a removed deprecated field before its removal date fails; on the date itself too', () => {
    expect(refused(compare(base, without(base, /oldNumber: .*\n/), '2026-06-01'))).toHaveLength(1);
    expect(refused(compare(base, without(base, /oldNumber: .*\n/), '2026-06-30'))).toHaveLength(1);
    expect(refused(compare(base, without(base, /oldNumber: .*\n/), '2026-07-01'))).toHaveLength(0);
  });

  it('a deprecation without a removal date does not allow removal', () => {
    const old = base.replace('claimant: String!', 'claimant: String! @deprecated(reason: "Use parties.")');
    expect(refused(compare(old, without(old, /claimant: .*\n/)))[0].why).toMatch(/without "Removal after/);
  });

  it('an added optional argument passes and is printed as dangerous; an added required argument fails', () => {
    const opt = compare(base, base.replace('applications(first: Int)', 'applications(first: Int, after: String)'));
    expect(opt.breaking).toEqual([]);
    expect(opt.dangerous.map((d) => d.type)).toEqual(['OPTIONAL_ARG_ADDED']);
    expect(refused(compare(base, base.replace('applications(first: Int)', 'applications(first: Int, region: ID!)'))).map((b) => b.type)).toEqual(['REQUIRED_ARG_ADDED']);
  });

  it('a removed enum value fails; a deprecated one past its date passes', () => {
    expect(refused(compare(base, base.replace(' CLOSED', ''))).map((b) => b.description)).toEqual(['CLOSED was removed from enum type Stage.']);
    expect(refused(compare(base, base.replace(/ OBSOLETE @deprecated\([^)]*\)/, '')))).toEqual([]);
  });

  it('a narrowed argument or a field made nullable fails: a deprecation cannot make a change of type safe', () => {
    expect(refused(compare(base, base.replace('applications(first: Int)', 'applications(first: Int!)'))).map((b) => b.type)).toEqual(['ARG_CHANGED_KIND']);
    expect(refused(compare(base, base.replace('claimant: String!', 'claimant: String'))).map((b) => b.type)).toEqual(['FIELD_CHANGED_KIND']);
  });

  it('a type removed with the only deprecated field that used it passes when the date passed, fails before', () => {
    const gone = without(without(base, /legacyStage: .*\n/), /type LegacyStage \{ name: String! \}/);
    expect(refused(compare(base, gone, '2027-04-01'))).toEqual([]);
    expect(refused(compare(base, gone, '2027-03-01')).map((b) => b.type).sort()).toEqual(['FIELD_REMOVED', 'TYPE_REMOVED']);
  });

  it('a removed deprecated input field past its date passes', () => {
    expect(refused(compare(base, base.replace(/ note: String @deprecated\([^)]*\)/, '')))).toEqual([]);
  });

  it('a breaking change listed as accepted passes, another one does not', () => {
    const r = compare(base, without(without(base, /claimant: String!/), /number: String!/), '2026-12-01', ['Application.claimant was removed.']);
    expect(refused(r).map((b) => b.description)).toEqual(['Application.number was removed.']);
  });

  it('reads the removal date of a deprecation reason', () => {
    expect(removalDate('Use number. Removal after 2026-06-30.')).toBe('2026-06-30');
    expect(removalDate('Use number.')).toBeNull();
    expect(removalDate(undefined)).toBeNull();
  });
});
