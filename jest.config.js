// @ts-check

/**
 * Unit and integration tests (node). Browser tests live in tests/e2e/ and run
 * with jest.e2e.config.js. globalSetup starts (or creates) one database for the
 * whole run and hands its URL to the workers through DATABASE_URL.
 */

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/tests/e2e/', '<rootDir>/.next/'],
  modulePathIgnorePatterns: ['<rootDir>/.next/'],
  transform: {
    '^.+\\.(t|m?j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // happy-dom (the DOM behind @tiptap/html/server, used by the Word import) ships only as ES modules.
  transformIgnorePatterns: ['/node_modules/(?!(happy-dom|whatwg-mimetype)/)'],
  moduleNameMapper: {
    '^server-only$': '<rootDir>/tests/setup/empty-module.js',
    '^@/(.*)$': '<rootDir>/$1',
  },
  globalSetup: '<rootDir>/tests/setup/global-setup.ts',
  globalTeardown: '<rootDir>/tests/setup/global-teardown.ts',
  setupFilesAfterEnv: ['<rootDir>/tests/setup/close-db-after-file.ts'],
  // Each test file opens its own pool (up to 10 connections); two workers stay far
  // below the embedded server's 100 connections and keep a 2-core machine responsive.
  maxWorkers: 2,
  // Password hashing (argon2id) makes sign-in tests slower than plain unit tests.
  testTimeout: 30_000,
};

module.exports = config;
