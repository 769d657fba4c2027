/**
 * Finding the dialect package for a connection URL's scheme.
 */
import { AlkahestError, DialectModule } from '@alkahest/core/dialect';
import { loadPackage } from './load-package';

/** URL schemes and the package that serves each. */
const PACKAGES: Readonly<Record<string, string>> = {
  sqlite: '@alkahest/sqlite',
  postgres: '@alkahest/postgres',
  postgresql: '@alkahest/postgres',
  pglite: '@alkahest/postgres',
  mysql: '@alkahest/mysql',
  mariadb: '@alkahest/mysql',
  oracle: '@alkahest/oracle',
};

/**
 * The scheme of a URL: `postgres` in `postgres://…`, `sqlite` in `sqlite::memory:`.
 *
 * @example
 * ```ts
 * schemeOf('postgres://app@db/shop'); // 'postgres'
 * schemeOf('sqlite::memory:'); // 'sqlite'
 * ```
 */
export function schemeOf(url: string): string {
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  if (!match) throw new AlkahestError(`cannot tell the database from ${JSON.stringify(redact(url))}: expected a URL such as sqlite::memory: or postgres://host/db`);
  return match[1]!.toLowerCase();
}

/** A URL with its password hidden, for messages. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
}

/**
 * Loads the dialect package serving `scheme`, with a clear error when unknown
 * or not installed. `createEngine(url)` does this; a bundled application
 * passes `{ dialect }` to `createEngine` instead.
 *
 * @example
 * ```ts
 * const module = loadDialectModule(schemeOf('mariadb://root@db/shop')); // @alkahest/mysql's alkahestDialect
 * ```
 */
export function loadDialectModule(scheme: string): DialectModule {
  if (!Object.prototype.hasOwnProperty.call(PACKAGES, scheme)) {
    throw new AlkahestError(`unknown database ${JSON.stringify(scheme)} in URL; known: ${Object.keys(PACKAGES).join(', ')}`);
  }
  const name = PACKAGES[scheme]!;
  let loaded: { alkahestDialect?: DialectModule };
  try {
    loaded = loadPackage(name) as { alkahestDialect?: DialectModule };
  } catch (error) {
    if ((error as { code?: string }).code === 'MODULE_NOT_FOUND' && String((error as Error).message).includes(name)) {
      throw new AlkahestError(`the ${scheme} dialect needs the package ${name}: npm install ${name}`, { cause: error });
    }
    throw error;
  }
  if (!loaded.alkahestDialect) throw new AlkahestError(`${name} does not export alkahestDialect`);
  return loaded.alkahestDialect;
}

/**
 * The dialect an engine uses: the one given (checked to serve the URL's
 * scheme), else the package the scheme names.
 */
export function chosenDialect(given: DialectModule | undefined, scheme: string): DialectModule {
  if (given === undefined) return loadDialectModule(scheme);
  if (!given.schemes.includes(scheme)) {
    throw new AlkahestError(`the ${given.name} dialect does not serve ${scheme}: URLs; it serves ${given.schemes.map((s) => `${s}:`).join(', ')}`);
  }
  return given;
}
