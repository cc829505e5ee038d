/**
 * Jest runs TypeScript through ts-jest in transpile-only mode; `npm test` type-checks with tsc first.
 * TEST_DATABASE=postgresql runs every database test on PostgreSQL (README, "Tests").
 */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  globalSetup: '<rootDir>/test/globalSetup.ts',
  globalTeardown: '<rootDir>/test/globalTeardown.ts',
  testTimeout: 30000,
};
