/**
 * Finding the dialect package for a connection URL's scheme.
 */
import { AlkahestError, DialectModule } from '@alkahest/core';

/** URL schemes and the package that serves each. */
const PACKAGES: Readonly<Record<string, string>> = {
  sqlite: '@alkahest/sqlite',
  postgres: '@alkahest/postgres',
  postgresql: '@alkahest/postgres',
  mysql: '@alkahest/mysql',
  mariadb: '@alkahest/mysql',
  oracle: '@alkahest/oracle',
};

/** The scheme of a URL: `postgres` in `postgres://…`, `sqlite` in `sqlite::memory:`. */
export function schemeOf(url: string): string {
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(url);
  if (!match) throw new AlkahestError(`cannot tell the database from ${JSON.stringify(redact(url))}: expected a URL such as sqlite::memory: or postgres://host/db`);
  return match[1]!.toLowerCase();
}

/** A URL with its password hidden, for messages. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]*:)[^@]*@/, '$1***@');
}

/** Loads the dialect package serving `scheme`, with a clear error when unknown or not installed. */
export function loadDialectModule(scheme: string): DialectModule {
  if (!Object.prototype.hasOwnProperty.call(PACKAGES, scheme)) {
    throw new AlkahestError(`unknown database ${JSON.stringify(scheme)} in URL; known: ${Object.keys(PACKAGES).join(', ')}`);
  }
  const name = PACKAGES[scheme]!;
  let loaded: { alkahestDialect?: DialectModule };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require(name) as { alkahestDialect?: DialectModule };
  } catch (error) {
    if ((error as { code?: string }).code === 'MODULE_NOT_FOUND' && String((error as Error).message).includes(name)) {
      throw new AlkahestError(`the ${scheme} dialect needs the package ${name}: npm install ${name}`, { cause: error });
    }
    throw error;
  }
  if (!loaded.alkahestDialect) throw new AlkahestError(`${name} does not export alkahestDialect`);
  return loaded.alkahestDialect;
}
