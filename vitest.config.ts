import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Every test lives under tests/, by tier (unit, contract, acceptance, property, int, e2e).
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
