/**
 * Finds each dialect package's `alkahestDialect` at load time. A package that
 * does not exist yet (or does not export it) is reported loudly; the suite
 * then fails for that dialect rather than skipping it silently.
 */
import type { DialectModule } from '@alkahest/core/dialect';
import type { DialectName } from './case';

const PACKAGES: Readonly<Record<DialectName, string>> = {
  sqlite: '@alkahest/sqlite',
  postgres: '@alkahest/postgres',
  mysql: '@alkahest/mysql',
  oracle: '@alkahest/oracle',
};

/** A dialect module, or why it could not be loaded. */
export type LoadedDialect = { readonly module: DialectModule } | { readonly missing: string };

function isDialectModule(value: unknown): value is DialectModule {
  return typeof value === 'object' && value !== null && typeof (value as { createDialect?: unknown }).createDialect === 'function';
}

/** Loads one dialect package by its name. */
export function loadDialect(dialect: DialectName): LoadedDialect {
  const name = PACKAGES[dialect];
  let exported: unknown;
  try {
    // A dynamic require: the package may not exist yet while the suite is written.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    exported = (require(name) as { alkahestDialect?: unknown }).alkahestDialect;
  } catch (error) {
    const reason = (error as Error).message.split('\n').map((l) => l.trim()).filter((l) => l !== '' && l !== 'Configuration error:');
    return { missing: `${name} cannot be loaded: ${reason.slice(0, 2).join(' ')}` };
  }
  if (!isDialectModule(exported)) return { missing: `${name} does not export alkahestDialect` };
  return { module: exported };
}

const cache = new Map<DialectName, LoadedDialect>();

/** Loads a dialect once per test file, printing a loud line when it is missing. */
export function dialectModule(dialect: DialectName): LoadedDialect {
  let loaded = cache.get(dialect);
  if (loaded === undefined) {
    loaded = loadDialect(dialect);
    cache.set(dialect, loaded);
    if ('missing' in loaded) {
      process.stderr.write(`\n!!! CONFORMANCE: the ${dialect} dialect is NOT TESTED: ${loaded.missing}\n\n`);
    }
  }
  return loaded;
}
