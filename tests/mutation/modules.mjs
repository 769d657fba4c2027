/**
 * The modules mutation testing covers: where a silent bug costs most. Each
 * names the source it mutates and the tests that guard it, as globs from the
 * repository's root: jest runs only those, and per-test coverage narrows each
 * mutant to the tests that reach it.
 * `STRYKER_MODULES=oracle-driver,cache npm run mutation` runs a few of them.
 */
export const modules = {
  'core-compiler': {
    mutate: ['packages/core/src/compiler/**/*.ts'],
    tests: ['tests/conformance/**/*.test.ts', 'tests/dml/**/*.test.ts', 'tests/analytics/**/*.test.ts', 'tests/printing/**/*.test.ts', 'tests/json-dates/**/*.test.ts', 'tests/security/**/*.test.ts', 'packages/core/test/**/*.test.ts', 'packages/*/test/@(dml|select|ddl|returning|booleans|values|identifiers|empty-string).test.ts'],
  },
  'dialect-compilers': {
    mutate: ['packages/{sqlite,postgres,mysql,oracle}/src/compiler.ts', 'packages/{mysql,oracle}/src/{base,expression,query,dml}-compiler.ts'],
    tests: ['tests/conformance/**/*.test.ts', 'tests/dml/**/*.test.ts', 'tests/analytics/**/*.test.ts', 'tests/json-dates/**/*.test.ts', 'tests/security/**/*.test.ts', 'packages/*/test/@(dml|select|ddl|returning|booleans|values|identifiers|empty-string|url).test.ts'],
  },
  cache: {
    mutate: ['packages/core/src/cache/**/*.ts'],
    // Only fast tests: every compile reaches the cache, so each mutant runs them all.
    tests: ['tests/cache/**/*.test.ts', 'packages/core/test/**/*.test.ts', 'tests/dml/**/*.test.ts', 'packages/pool/test/@(engine-sqlite|returning).test.ts'],
  },
  codecs: {
    // decimal.ts declares types only: nothing of it runs, nothing to mutate.
    mutate: ['packages/core/src/types/**/*.ts', '!packages/core/src/types/decimal.ts', 'packages/*/src/codecs.ts'],
    // The dialects' codecs are read back live (tests/json-dates); the rest needs no server.
    tests: ['tests/json-dates/**/*.test.ts', 'packages/core/test/**/*.test.ts', 'packages/*/test/@(values|booleans).test.ts', 'tests/security/hostile-values.test.ts'],
  },
  engine: {
    mutate: ['packages/pool/src/{engine,session,pool,transaction,cancellation,outcome}.ts'],
    // tests/api runs the engine's API (executeMany, explain, hooks) on SQLite too.
    tests: ['packages/pool/test/**/*.test.ts', 'tests/coverage/**/*.test.ts', 'tests/api/**/*.test.ts'],
  },
  'oracle-driver': {
    mutate: ['packages/oracle/src/{driver,fetch,returning}.ts'],
    tests: ['packages/oracle/test/@(driver*|returning|values).test.ts'],
  },
  drivers: {
    mutate: ['packages/{sqlite,postgres,mysql}/src/driver.ts'],
    tests: ['packages/pool/test/**/*.test.ts', 'packages/*/test/live*.test.ts', 'tests/coverage/**/*.test.ts'],
  },
};

/** The modules named in STRYKER_MODULES (all when unset). */
export function selectedModules() {
  const names = (process.env.STRYKER_MODULES ?? Object.keys(modules).join(',')).split(',').filter(Boolean);
  for (const name of names) if (!(name in modules)) throw new Error(`unknown mutation module ${name}: one of ${Object.keys(modules).join(', ')}`);
  return names;
}
