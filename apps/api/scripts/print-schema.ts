// Prints the GraphQL schema to ../../schema.graphql (committed). With --check, fails when the file is stale.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { schema } from '../src/schema/index.ts';

const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema.graphql');
const header = '# Generated from apps/api/src/schema by `pnpm --filter @oryndau/api schema:print`. Do not edit.\n\n';
const printed = header + printSchema(lexicographicSortSchema(schema)) + '\n';

if (process.argv.includes('--check')) {
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  if (current !== printed) {
    console.error('schema.graphql is stale: run `pnpm --filter @oryndau/api schema:print` and commit it.');
    process.exit(1);
  }
  console.log('schema.graphql is up to date.');
} else {
  fs.writeFileSync(file, printed);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
}
