/**
 * Browser tests: a real `npm start` (embedded database in a temporary folder,
 * fresh demo data) driven by playwright-core with the system's chromium.
 * @type {import('jest').Config}
 */
module.exports = {
  rootDir: __dirname,
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': '@swc/jest',
    // The export's worker modules are plain ES modules (lib/export/*.mjs); render-docx.ts imports zip.mjs.
    '^.+\\.mjs$': ['@swc/jest', { module: { type: 'commonjs' } }],
  },
  testEnvironment: 'node',
  globalSetup: '<rootDir>/tests/e2e/support/global-setup.ts',
  globalTeardown: '<rootDir>/tests/e2e/support/global-teardown.ts',
  // Some browser tests write through the use cases into the app's database; lib/ marks a few modules server-only.
  moduleNameMapper: { '^server-only$': '<rootDir>/tests/setup/empty-module.js', '^@/(.*)$': '<rootDir>/$1' },
  maxWorkers: 1,
  testTimeout: 90_000,
};
