/** The server-restart suite: run alone (`npm run test:restart`), after every other suite. */
const base = require('./jest.config.js');

/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['<rootDir>/tests/restart/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
};
