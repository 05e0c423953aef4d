import { defineProject } from 'vitest/config';

export default defineProject({
  test: {
    name: 'desk',
    include: ['e2e/**/*.test.ts', 'src/**/*.test.{ts,tsx}'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
