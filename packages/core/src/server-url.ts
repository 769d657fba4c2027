/**
 * Shared pieces of the drivers' URL parsing and connection handling.
 */
import { AlkahestError } from './errors';

/** The parts of a `scheme://user:password@host:port/database?options` URL. */
export interface ServerUrl {
  readonly protocol: string;
  readonly host?: string;
  readonly port?: number;
  readonly user?: string;
  readonly password?: string;
  readonly database?: string;
  /** The query options, for the dialect to read (and refuse the unknown ones). */
  readonly options: URLSearchParams;
}

/**
 * Takes a server URL apart, percent-decoding each part. The message of an
 * invalid URL never repeats the URL, which may hold a password.
 *
 * @example
 * ```ts
 * parseServerUrl('postgres://app:s%40cret@db:5432/shop?sslmode=require', ['postgres', 'postgresql'], 'PostgreSQL')
 * // { protocol: 'postgres', host: 'db', port: 5432, user: 'app', password: 's@cret', database: 'shop', options: … }
 * ```
 */
export function parseServerUrl(url: string, schemes: readonly string[], what: string): ServerUrl {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new AlkahestError(`not a valid ${what} URL (expected ${schemes[0]}://user:password@host:port/database)`);
  }
  const protocol = u.protocol.replace(/:$/, '');
  if (!schemes.includes(protocol)) throw new AlkahestError(`not a ${what} URL scheme: ${u.protocol}`);
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''));
  return {
    protocol,
    ...(u.hostname ? { host: decodeURIComponent(u.hostname.replace(/^\[|\]$/g, '')) } : {}),
    ...(u.port ? { port: Number(u.port) } : {}),
    ...(u.username ? { user: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(database ? { database } : {}),
    options: u.searchParams,
  };
}

/**
 * Reads a non-negative integer URL option, or throws naming it.
 *
 * @example
 * ```ts
 * integerUrlOption('MySQL', 'connect_timeout', '5000'); // 5000
 * ```
 */
export function integerUrlOption(what: string, name: string, value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new AlkahestError(`${what} URL option ${name} must be a non-negative integer, got ${JSON.stringify(value)}`);
  return n;
}

/**
 * A URL query option that must be `true` or `false`.
 *
 * @example
 * ```ts
 * booleanUrlOption('PostgreSQL', 'ssl', 'true'); // true
 * booleanUrlOption('PostgreSQL', 'ssl', 'yes'); // throws, naming the option
 * ```
 */
export function booleanUrlOption(what: string, name: string, value: string): boolean {
  if (value !== 'true' && value !== 'false') throw new AlkahestError(`${what} URL option ${name} must be true or false, got ${JSON.stringify(value)}`);
  return value === 'true';
}

/**
 * Waits for a graceful close for at most `millis`; when the peer does not
 * answer (a dead network), calls `force` to drop the socket.
 *
 * @example
 * ```ts
 * // a driver's close(): end the session politely, or drop the socket after a second
 * await closeWithin(1_000, () => client.end(), () => client.destroy());
 * ```
 */
export async function closeWithin(millis: number, graceful: () => Promise<unknown>, force: () => void): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const ended = graceful().then(
    () => true,
    () => true,
  );
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), millis)));
  const clean = await Promise.race([ended, late]);
  clearTimeout(timer);
  if (!clean) force();
}

/** One server of a URL's host list. */
export interface ServerAddress {
  readonly host: string;
  readonly port?: number;
}

/**
 * Takes the host list out of a multi-host URL, as libpq reads
 * `postgres://user@h1:5432,h2:5433/db`: the URL comes back with its first host
 * only (for {@link parseServerUrl}), and `hosts` lists them all, in order
 * (undefined for a URL with one host). IPv6 addresses go in brackets.
 *
 * @example
 * ```ts
 * splitHostList('postgres://app@db1:5432,db2:5433/shop')
 * // { url: 'postgres://app@db1:5432/shop', hosts: [{ host: 'db1', port: 5432 }, { host: 'db2', port: 5433 }] }
 * ```
 */
export function splitHostList(url: string, what: string): { readonly url: string; readonly hosts?: readonly ServerAddress[] } {
  const match = /^([a-zA-Z][a-zA-Z0-9+.-]*:\/\/)([^/?#]*)(.*)$/s.exec(url);
  if (!match) return { url };
  const [, scheme, authority, rest] = match as unknown as [string, string, string, string];
  const at = authority.lastIndexOf('@');
  const credentials = at === -1 ? '' : authority.slice(0, at + 1);
  const hostList = authority.slice(at + 1);
  if (!hostList.includes(',')) return { url };
  const hosts = hostList.split(',').map((entry): ServerAddress => {
    const parsed = /^(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(entry);
    const host = parsed?.[1] ?? '';
    if (host === '') throw new AlkahestError(`${what} URL has an empty host in its host list`);
    const port = parsed?.[2];
    const name = decodeURIComponent(host.replace(/^\[|\]$/g, ''));
    return port === undefined || port === '' ? { host: name } : { host: name, port: Number(port) };
  });
  return { url: `${scheme}${credentials}${hostList.split(',')[0]!}${rest}`, hosts };
}
