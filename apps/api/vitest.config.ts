import { createRequire } from 'node:module';
import { defineProject } from 'vitest/config';

export default defineProject({
  // one graphql-js for the sources and the libraries (Pothos, GraphQL Armor): Node's CJS entry, as tsx loads it;
  // Vite would otherwise give the sources the ESM entry, another realm for graphql-js's instanceof checks
  resolve: { alias: [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve('graphql') }] },
  test: {
    name: 'api',
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
