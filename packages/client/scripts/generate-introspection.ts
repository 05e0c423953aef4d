// Writes src/generated/introspection.ts from schema.graphql (see ./introspection.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname } from 'node:path';
import { buildIntrospectionModule, INTROSPECTION_PATH, SCHEMA_PATH } from './introspection.ts';

const out = fileURLToPath(INTROSPECTION_PATH);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, buildIntrospectionModule(readFileSync(SCHEMA_PATH, 'utf8')));
console.log(`✓ Graphcache introspection written to ${out}`);
