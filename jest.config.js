/**
 * Jest runs TypeScript through ts-jest in transpile-only mode; `npm test` type-checks with tsc first.
 * TEST_DATABASE=postgresql runs every database test on PostgreSQL (README, "Tests"). The
 * understanding's tests touch no database (test/understanding/evaluation/layering.test.ts
 * keeps it so): that pass leaves them to the SQLite one.
 */
const onPostgresql = /^postgres/.test(process.env.TEST_DATABASE ?? '');

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...(onPostgresql ? ['<rootDir>/test/understanding/'] : [])],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { diagnostics: false }],
  },
  globalSetup: '<rootDir>/test/globalSetup.ts',
  globalTeardown: '<rootDir>/test/globalTeardown.ts',
  testTimeout: 30000,
};
