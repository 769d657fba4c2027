/** Jest runs the TypeScript sources directly (via SWC), so tests need no build. */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }],
    // PGlite's CommonJS build imports Node's built-ins dynamically, which jest's runtime refuses.
    '/node_modules/@electric-sql/pglite/dist/.+\\.cjs$': '<rootDir>/tests/support/dynamic-import-transform.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!@electric-sql/pglite/)'],
  moduleNameMapper: {
    '^@alkahest/core/dialect$': '<rootDir>/packages/core/src/dialect-api.ts',
    '^@alkahest/(core|sqlite|postgres|mysql|oracle|pool|migrate)$': '<rootDir>/packages/$1/src/index.ts',
  },
  testMatch: ['<rootDir>/packages/*/test/**/*.test.ts', '<rootDir>/tests/**/*.test.ts', '<rootDir>/examples/test/**/*.test.ts'],
  // tests/restart restarts the database servers: `npm run test:restart` runs it alone, after the rest;
  // tests/chaos (`npm run test:chaos`) runs alone before it.
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/tests/restart/', '<rootDir>/tests/chaos/', '<rootDir>/.stryker-tmp'],
  // Mutation testing's sandboxes (npm run mutation) hold a copy of the packages.
  modulePathIgnorePatterns: ['<rootDir>/.stryker-tmp'],
  testTimeout: 30000,
  // `npm run coverage`: the packages' sources.
  collectCoverageFrom: ['packages/*/src/**/*.ts'],
  reporters: ['default', '<rootDir>/tests/support/summary-reporter.js'],
};
