import { AlkahestError } from '@alkahest/core/dialect';
import type { OracleDriverOptions } from './driver';

/**
 * Reads `oracle://user:password@host:port/service_name` into driver options.
 * The port defaults to 1521; user and password are percent-decoded; an IPv6
 * host is written in brackets. Query options: `stmtCacheSize`,
 * `connectTimeout` (seconds).
 *
 * @example
 * ```ts
 * parseOracleUrl('oracle://app:s%40cret@db.example.com/FREEPDB1');
 * // { connectString: 'db.example.com:1521/FREEPDB1', user: 'app', password: 's@cret' }
 * ```
 */
export function parseOracleUrl(url: string): OracleDriverOptions {
  if (!/^oracle:\/\//i.test(url)) throw new AlkahestError('not an Oracle URL: expected oracle://user:password@host:port/service');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new AlkahestError('cannot parse the Oracle URL: expected oracle://user:password@host:port/service');
  }
  if (parsed.hostname === '') throw new AlkahestError('the Oracle URL names no host');
  const service = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  if (service === '' || service.includes('/')) {
    throw new AlkahestError('the Oracle URL must name one service: oracle://user:password@host:port/service');
  }
  const port = parsed.port === '' ? 1521 : Number(parsed.port);
  const options: { -readonly [K in keyof OracleDriverOptions]: OracleDriverOptions[K] } = {
    connectString: `${parsed.hostname}:${port}/${service}`,
  };
  if (parsed.username !== '') options.user = decodeURIComponent(parsed.username);
  if (parsed.password !== '') options.password = decodeURIComponent(parsed.password);
  for (const [key, value] of parsed.searchParams) {
    if (key === 'stmtCacheSize' || key === 'connectTimeout') {
      const n = Number(value);
      if (!Number.isInteger(n) || n < 0) throw new AlkahestError(`Oracle URL option ${key} must be a non-negative integer`);
      options[key] = n;
    } else {
      throw new AlkahestError(`unknown Oracle URL option ${JSON.stringify(key)}`);
    }
  }
  return options;
}
