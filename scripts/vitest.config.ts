import { defineProject } from 'vitest/config';

// The repository's own checks (scripts/*.mjs), tested with scratch inputs.
export default defineProject({
  test: { name: 'scripts', include: ['test/**/*.test.ts'] },
});
