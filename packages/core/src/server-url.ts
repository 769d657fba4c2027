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

/** Reads a non-negative integer URL option, or throws naming it. */
export function integerUrlOption(what: string, name: string, value: string): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n < 0) throw new AlkahestError(`${what} URL option ${name} must be a non-negative integer, got ${JSON.stringify(value)}`);
  return n;
}

/** A URL query option that must be `true` or `false`. */
export function booleanUrlOption(what: string, name: string, value: string): boolean {
  if (value !== 'true' && value !== 'false') throw new AlkahestError(`${what} URL option ${name} must be true or false, got ${JSON.stringify(value)}`);
  return value === 'true';
}

/**
 * Waits for a graceful close for at most `millis`; when the peer does not
 * answer (a dead network), calls `force` to drop the socket.
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
