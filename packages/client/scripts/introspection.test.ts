import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildIntrospectionModule, INTROSPECTION_PATH, SCHEMA_PATH } from './introspection.ts';

describe('generated Graphcache introspection', () => {
  it('is up to date with schema.graphql (run `pnpm --filter @oryndau/client generate`)', () => {
    const expected = buildIntrospectionModule(readFileSync(SCHEMA_PATH, 'utf8'));
    expect(readFileSync(INTROSPECTION_PATH, 'utf8')).toBe(expected);
  });
});
