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

/** `compiler` for packages/core/src/compiler/x/compiler.ts alone; `postgres-compiler` for packages/postgres/src/compiler.ts. */
function reportFileName(file) {
  const path = file.replace(/\.ts(:.*)?$/, '');
  const base = path.replace(/^.*\//, '');
  const dialectPackage = /^packages\/(sqlite|postgres|mysql|oracle)\/src\//.exec(path)?.[1];
  return (dialectPackage === undefined ? base : `${dialectPackage}-${base}`).replace(/[^\w.-]+/g, '_');
}

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
  // A file's name with its package where files of that name live in several packages (compiler.ts, driver.ts, codecs.ts).
  const files = entries.map((file) => reportFileName(file));
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
  // STRYKER_COVERAGE=all runs every test for every mutant: for code whose results are memoized per
  // object (cache/shape.ts numbers a column once), per-test coverage credits only the first test
  // that computed a value, and mutants there look survived to tests that would kill them.
  coverageAnalysis: process.env.STRYKER_COVERAGE === 'all' ? 'all' : 'perTest',
  checkers: process.env.STRYKER_CHECK === 'false' ? [] : ['typescript'],
  tsconfigFile: 'tsconfig.json',
  typescriptChecker: { prioritizePerformanceOverAccuracy: true },
  mutate,
  // Static mutants can be told apart only with per-test coverage.
  ignoreStatic: process.env.STRYKER_COVERAGE !== 'all',
  concurrency: 1,
  timeoutMS: 5000,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports/mutation/${reportName()}.json` },
  // STRYKER_BREAK fails the run below that score (CI's slice).
  thresholds: { high: 90, low: 80, break: process.env.STRYKER_BREAK === undefined ? null : Number(process.env.STRYKER_BREAK) },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
