// Mutation testing (StrykerJS): `npm run mutation`; see docs/testing.md.
// One worker, one test process: the machine this runs on is shared.
import { createRequire } from 'node:module';
import { modules, selectedModules } from './tests/mutation/modules.mjs';

const require = createRequire(import.meta.url);
const jestConfig = require('./jest.config.js');
const selected = selectedModules();
// STRYKER_MUTATE narrows a run to some files of the selected modules (CI's slice).
const mutate = process.env.STRYKER_MUTATE?.split(',') ?? selected.flatMap((name) => modules[name].mutate);
// STRYKER_TESTS narrows the tests run (globs from the root), e.g. to a module's tests that need no server.
const tests = process.env.STRYKER_TESTS?.split(',') ?? [...new Set(selected.flatMap((name) => modules[name].tests))];
const { testMatch: _all, reporters: _reporters, ...baseJest } = jestConfig;

/**
 * The JSON report's name: the modules run, and with STRYKER_MUTATE the files'
 * names, so that runs of a module a file at a time keep a report each (npm run
 * mutation:scores merges them). STRYKER_REPORT names it outright (CI's slice:
 * `slice`). Reports named slice… (also runs of line ranges) are left out of the scores.
 */
function reportName() {
  if (process.env.STRYKER_REPORT !== undefined) return process.env.STRYKER_REPORT;
  if (process.env.STRYKER_MUTATE === undefined) return selected.join('+');
  const entries = process.env.STRYKER_MUTATE.split(',');
  const files = entries.map((file) => file.replace(/^.*\//, '').replace(/\.ts(:.*)?$/, '').replace(/[^\w.-]+/g, '_'));
  // Line ranges (file.ts:12:1-14:3) measure part of a file: a slice, left out of the scores.
  const slice = entries.some((file) => /\.ts:\d/.test(file));
  return `${slice ? 'slice--' : ''}${selected.join('+')}--${files.join('+')}`;
}

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'jest',
  jest: {
    projectType: 'custom',
    config: { ...baseJest, testMatch: tests.map((glob) => `<rootDir>/${glob}`) },
    enableFindRelatedTests: false,
  },
  coverageAnalysis: 'perTest',
  checkers: process.env.STRYKER_CHECK === 'false' ? [] : ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate,
  ignoreStatic: true,
  concurrency: 1,
  timeoutMS: 5000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${reportName()}.json` },
  // STRYKER_BREAK fails the run below that score (CI's slice).
  thresholds: { high: 90, low: 80, break: process.env.STRYKER_BREAK === undefined ? null : Number(process.env.STRYKER_BREAK) },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
